// Commands: runs one `:command` line against the driver (and the REPL when there is one).
// Unknown commands get the closest known name.
import Foundation
import Quiver
import QuiverSyntax

enum CommandOutcome: Equatable { case ok, failed, quit }

enum Commands {
    /// Runs `line` (`:name args`); `source` names where it came from, for messages.
    static func run(_ line: String, driver: Driver, source: String = "<stdin>") -> CommandOutcome {
        var text = line.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix(":") { text.removeFirst() }
        if text.hasSuffix(";") { text.removeLast() }
        let name = String(text.prefix { !$0.isWhitespace }).lowercased()
        let argument = text.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        guard let spec = CommandTable.spec(name) else {
            var message = "unknown command :\(name)"
            if let s = EditDistance.suggestion(for: name, among: CommandTable.names) { message += "; did you mean :\(s)?" }
            driver.reportCommandError(message + " (:help lists the commands)", source: source)
            return .failed
        }
        let c = Context(driver: driver, argument: argument, source: source)
        switch spec.name {
        case "help": return c.help()
        case "schema": return c.schema()
        case "explain": return c.prefixed("EXPLAIN")
        case "profile": return c.prefixed("PROFILE")
        case "timing": return c.timing()
        case "format": return c.format()
        case "maxrows": return c.maxRows()
        case "param": return c.param()
        case "params": return c.params()
        case "clear": driver.repl?.clearScreen(); return .ok
        case "load": return c.load()
        case "find": return c.find()
        case "history": return c.history()
        case "quit": return .quit
        default: return .failed
        }
    }
}

/// One command invocation: its argument and where it came from.
private struct Context {
    let driver: Driver
    let argument: String
    let source: String

    private func usage(_ text: String) -> CommandOutcome {
        driver.reportCommandError(text, source: source)
        return .failed
    }

    private func info(_ text: String) { driver.console.err(text) }

    func help() -> CommandOutcome {
        let topic = argument.hasPrefix(":") ? String(argument.dropFirst()) : argument
        if topic.isEmpty {
            var lines = ["Commands:"]
            let width = CommandTable.all.map { $0.name.count + $0.arguments.count + 2 }.max() ?? 20
            for c in CommandTable.all {
                let head = ":\(c.name)" + (c.arguments.isEmpty ? "" : " \(c.arguments)")
                lines.append("  " + head.padding(toLength: max(width, head.count) + 2, withPad: " ", startingAt: 0) + c.summary)
            }
            lines.append("Statements end with ';'. More: :help keys | formats | params | exit")
            info(lines.joined(separator: "\n"))
            return .ok
        }
        if let spec = CommandTable.spec(topic.lowercased()) {
            info(":\(spec.name) \(spec.arguments)\n  \(spec.summary)\n  \(spec.help)")
            return .ok
        }
        if let text = CommandTable.topics[topic.lowercased()] { info(text); return .ok }
        var message = "no help on '\(topic)'"
        if let s = EditDistance.suggestion(for: topic, among: CommandTable.topicNames) { message += "; did you mean \(s)?" }
        return usage(message)
    }

    func schema() -> CommandOutcome {
        let s = driver.schema()
        if driver.settings.format != .table {
            // Machine formats get rows: kind, name, count (null for property keys).
            var rows: [[CypherValue]] = s.labels.map { [.string("label"), .string($0.name), .int(Int64($0.count))] }
            rows += s.relationshipTypes.map { [.string("relationship type"), .string($0.name), .int(Int64($0.count))] }
            rows += s.propertyKeys.map { [.string("property key"), .string($0.name), .null] }
            driver.show(QueryResult(kind: .rows, columns: ["kind", "name", "count"], rows: rows))
            return .ok
        }
        var out = "Graph: \(driver.graphName) (\(driver.session.graph.nodeCount) nodes, \(driver.session.graph.relationshipCount) relationships)\n"
        out += "Labels:\n" + (s.labels.isEmpty ? "  (none)\n" : s.labels.map { "  :\($0.name)  \($0.count)\n" }.joined())
        out += "Relationship types:\n" + (s.relationshipTypes.isEmpty ? "  (none)\n" : s.relationshipTypes.map { "  :\($0.name)  \($0.count)\n" }.joined())
        out += "Property keys:\n" + (s.propertyKeys.isEmpty ? "  (none)\n" : propertyKeyLines(s))
        driver.console.out(out)
        return .ok
    }

    /// One key per line with its value types when known, else the names wrapped to the width.
    private func propertyKeyLines(_ s: SchemaSnapshot) -> String {
        if s.propertyKeys.contains(where: { !$0.types.isEmpty }) {
            return s.propertyKeys.map { "  \($0.name)" + ($0.types.isEmpty ? "" : "  " + $0.types.joined(separator: " | ")) + "\n" }.joined()
        }
        let width = max(40, (Terminal.isTerminal(STDOUT_FILENO) ? Terminal.width() : nil) ?? 100)
        var lines: [String] = [], line = " "
        for k in s.propertyKeys.map(\.name) {
            if line.count + k.count + 2 > width && line.count > 1 { lines.append(line); line = " " }
            line += " " + k + ","
        }
        lines.append(String(line.dropLast()))
        return lines.joined(separator: "\n") + "\n"
    }

    func prefixed(_ keyword: String) -> CommandOutcome {
        guard !argument.isEmpty else { return usage(":\(keyword.lowercased()) needs a query") }
        let query = argument.hasSuffix(";") ? argument : argument + ";"
        return driver.runCypher("\(keyword) \(query)", name: "<query>") ? .ok : .failed
    }

    func timing() -> CommandOutcome {
        switch argument.lowercased() {
        case "on": driver.timing = true
        case "off": driver.timing = false
        case "": driver.timing.toggle()
        default: return usage(":timing on|off")
        }
        info("timing is \(driver.timing ? "on" : "off")")
        return .ok
    }

    func format() -> CommandOutcome {
        if argument.isEmpty { info("format: \(driver.settings.format.rawValue)"); return .ok }
        guard let f = OutputFormatName(rawValue: argument.lowercased()) else {
            return usage(":format \(OutputFormatName.allCases.map(\.rawValue).joined(separator: "|"))")
        }
        driver.settings.format = f
        return .ok
    }

    func maxRows() -> CommandOutcome {
        if argument.isEmpty { info("maxrows: \(driver.settings.maxRows.map(String.init) ?? "all")"); return .ok }
        guard let n = Int(argument), n >= 0 else { return usage(":maxrows N (a whole number; 0 shows all rows)") }
        driver.settings.maxRows = n == 0 ? nil : n
        return .ok
    }

    func param() -> CommandOutcome {
        if argument.isEmpty { return params() }
        if argument.hasPrefix("{") {
            guard let value = evaluate(argument) else { return .failed }
            guard case .map(let m) = value else { return usage(":param {name: value, ...} needs a map") }
            for (k, v) in m { driver.session.parameters[k] = v }
            return .ok
        }
        let parts = argument.components(separatedBy: "=>")
        var name = (parts.first ?? "").trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("$") { name.removeFirst() }
        if name.hasPrefix("`") && name.hasSuffix("`") && name.count >= 2 { name = String(name.dropFirst().dropLast()) }
        guard !name.isEmpty, !name.contains(" ") else { return usage(":param NAME => EXPRESSION") }
        if parts.count == 1 {
            driver.session.parameters[name] = nil
            return .ok
        }
        let expression = parts.dropFirst().joined(separator: "=>").trimmingCharacters(in: .whitespaces)
        guard !expression.isEmpty else { return usage(":param \(name) => EXPRESSION") }
        guard let value = evaluate(expression) else { return .failed }
        driver.session.parameters[name] = value
        info("$\(name) = \(Rendering.literal(value))")
        return .ok
    }

    /// The value of `RETURN expression` in the session (errors are reported).
    private func evaluate(_ expression: String) -> CypherValue? {
        var e = expression
        if e.hasSuffix(";") { e.removeLast() }
        do {
            let r = try driver.session.run("RETURN \(e) AS value")
            guard let row = r.rows.first, let v = row.first else { _ = usage("the expression gave no value"); return nil }
            return v
        } catch let error as QuiverError {
            driver.reportError(error)
        } catch {
            driver.reportError(QuiverError(.hostError, "\(error)"))
        }
        return nil
    }

    func params() -> CommandOutcome {
        if argument.lowercased() == "clear" { driver.session.parameters = [:]; return .ok }
        let p = driver.session.parameters
        if p.isEmpty { info("(no parameters)"); return .ok }
        driver.console.out(p.keys.sorted().map { ":param \($0) => \(Rendering.literal(p[$0] ?? .null))\n" }.joined())
        return .ok
    }

    func load() -> CommandOutcome {
        guard !argument.isEmpty else { return usage(":load FILE") }
        var path = argument
        if path.count >= 2, let f = path.first, (f == "'" || f == "\""), path.last == f { path = String(path.dropFirst().dropLast()) }
        return driver.runScriptFile(path) ? .ok : .failed
    }

    func find() -> CommandOutcome {
        guard !argument.isEmpty else { return usage(":find TEXT") }
        driver.show(LibraryBridge.find(argument, session: driver.session))
        return .ok
    }

    func history() -> CommandOutcome {
        let count = argument.isEmpty ? 20 : (Int(argument) ?? -1)
        guard count >= 0 else { return usage(":history [N]") }
        let entries = driver.repl?.historyEntries() ?? []
        let shown = entries.suffix(count)
        let first = entries.count - shown.count + 1
        driver.console.out(shown.enumerated().map { i, e in String(format: "%5d  ", first + i) + e + "\n" }.joined())
        return .ok
    }
}
