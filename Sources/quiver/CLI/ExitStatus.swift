// ExitStatus: the process exit codes, one place for the code and its documentation.

enum ExitStatus: Int32 {
    /// Every statement ran.
    case success = 0
    /// A statement failed (parse or runtime error), or a transcript did not match.
    case queryFailed = 1
    /// A script, graph or transcript file could not be read.
    case unreadableFile = 2
    /// Bad command-line flags (swift-argument-parser's ValidationError, EX_USAGE).
    case usage = 64
    /// Interrupted by Ctrl-C (SIGINT) outside the REPL.
    case interrupted = 130

    static let documentation = """
        EXIT STATUS:
          0    success
          1    a statement failed (or a transcript did not match)
          2    a file could not be read
          64   bad command-line flags
          130  interrupted with Ctrl-C outside the interactive shell
        """
}
