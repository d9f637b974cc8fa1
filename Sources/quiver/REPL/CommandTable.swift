// CommandTable: the shell's `:commands`, their arguments and help text, in one list that
// :help, completion and "did you mean" all read.

struct CommandSpec: Sendable {
    let name: String
    let arguments: String
    let summary: String
    let help: String
}

enum CommandTable {
    static let all: [CommandSpec] = [
        CommandSpec(name: "help", arguments: "[TOPIC]", summary: "show commands, or help on a command or topic",
                    help: "Topics: any command name (without ':'), keys, formats, params, exit."),
        CommandSpec(name: "schema", arguments: "", summary: "labels, relationship types and property keys, with counts",
                    help: "Lists what the graph holds now; the lists also drive Tab completion."),
        CommandSpec(name: "explain", arguments: "QUERY", summary: "show the program of QUERY without running it",
                    help: "Same as running `EXPLAIN QUERY`."),
        CommandSpec(name: "profile", arguments: "QUERY", summary: "run QUERY and show its program with counts",
                    help: "Same as running `PROFILE QUERY`."),
        CommandSpec(name: "timing", arguments: "on|off", summary: "print the run time of each statement",
                    help: "The time goes to stderr, after the result."),
        CommandSpec(name: "format", arguments: "table|csv|json|jsonl|markdown", summary: "choose the output format",
                    help: "Without an argument, shows the current format."),
        CommandSpec(name: "maxrows", arguments: "N", summary: "show at most N rows of a result (0: all)",
                    help: "The REPL starts at 1000; scripts show all rows."),
        CommandSpec(name: "param", arguments: "NAME => EXPRESSION", summary: "set parameter $NAME to the value of EXPRESSION",
                    help: "The expression is evaluated as `RETURN EXPRESSION`, so it may use functions and earlier parameters.\n`:param {a: 1, b: 'x'}` sets several at once; `:param NAME` with no value removes one."),
        CommandSpec(name: "params", arguments: "[clear]", summary: "list the parameters (or remove them all)",
                    help: "Each parameter is shown as a Cypher literal."),
        CommandSpec(name: "clear", arguments: "", summary: "clear the screen and any unfinished statement",
                    help: "In scripts it does nothing."),
        CommandSpec(name: "load", arguments: "FILE", summary: "run the statements and commands of FILE",
                    help: "Paths are relative to the current folder; ~ is your home folder."),
        CommandSpec(name: "find", arguments: "TEXT", summary: "find nodes whose name, Chinese name or alias contains TEXT",
                    help: "Matching ignores case; the closest names come first."),
        CommandSpec(name: "history", arguments: "[N]", summary: "show the last N (default 20) entries of the history",
                    help: "History is kept in $QUIVER_HISTORY, else $XDG_STATE_HOME/quiver/history (~/.local/state/quiver/history)."),
        CommandSpec(name: "quit", arguments: "", summary: "leave the shell (also :exit, Ctrl-D)",
                    help: "In a script, stops the script."),
    ]

    static let aliases: [String: String] = ["exit": "quit", "q": "quit", "h": "help", "?": "help", "source": "load", "timer": "timing"]

    static var names: [String] { all.map(\.name) }

    static func spec(_ name: String) -> CommandSpec? {
        let n = aliases[name] ?? name
        return all.first { $0.name == n }
    }

    /// Help topics that are not commands.
    static let topics: [String: String] = [
        "keys": """
            Editing keys (Emacs style; ~/.editrc is read too):
              Ctrl-A / Ctrl-E      start / end of line      Ctrl-R        search the history backwards
              Up / Down            previous / next entry    Tab           complete
              Ctrl-K / Ctrl-U      cut to end / whole line  Ctrl-W        cut the previous word
              Ctrl-C               clear the input, or cancel the running statement
              Ctrl-D               on an empty line: leave
            A statement runs when it ends with ';'; until then the prompt is '...>'.
            """,
        "formats": """
            Output formats (--format, :format): table (default), csv (RFC 4180, header row),
            json (one array of row objects per statement), jsonl (one object per row), markdown.
            Results go to stdout; errors, warnings, timing and summaries go to stderr.
            With json and jsonl, errors on stderr are JSON objects too.
            """,
        "params": """
            Parameters: `--param name=JSON` on the command line, `:param name => expression` in the shell.
            Use them as $name in queries. `:params` lists them.
            """,
        "exit": """
            Exit status: 0 success; 1 a statement failed (or a transcript did not match);
            2 a file could not be read; 64 bad command-line flags; 130 interrupted (Ctrl-C) outside the shell.
            """,
    ]

    static var topicNames: [String] { names + topics.keys.sorted() }
}
