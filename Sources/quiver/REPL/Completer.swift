// Completer: Tab completion from the live graph and the language: keywords, functions,
// labels after `:`, relationship types after `[:`, property keys after `.`, parameters after `$`,
// variables bound earlier in the statement, `:commands`, and file paths after `:load`.
import Foundation
import QuiverSyntax

/// What Tab does: replace the last `replaceCount` characters by `insertion`, or list `candidates`.
struct Completion: Equatable {
    var replaceCount = 0
    var insertion: String?
    var candidates: [String] = []

    /// Candidates laid out in columns for a terminal `width` wide.
    static func columns(_ items: [String], width: Int) -> String {
        let cell = (items.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let perLine = max(1, width / max(1, cell))
        var out = ""
        for (i, item) in items.enumerated() {
            out += item
            let last = (i + 1) % perLine == 0 || i == items.count - 1
            out += last ? "\n" : String(repeating: " ", count: max(1, cell - DisplayWidth.of(item)))
        }
        return out
    }
}

struct Completer {
    var labels: () -> [String]
    var relationshipTypes: () -> [String]
    var propertyKeys: () -> [String]
    var parameters: () -> [String]
    /// Keys of the nodes of a label / the relationships of a type (empty when unknown).
    var keysOfLabel: (String) -> [String] = { _ in [] }
    var keysOfType: (String) -> [String] = { _ in [] }

    private enum Kind { case keyword, function, command, plain }

    func complete(pending: String, line: String) -> Completion {
        if pending.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
           line.drop(while: { $0 == " " }).first == ":" {
            return completeCommand(line.trimmingCharacters(in: .whitespaces))
        }
        return completeCypher(before: pending.isEmpty ? line : pending + "\n" + line)
    }

    // MARK: Cypher

    func completeCypher(before text: String) -> Completion {
        let scalars = Array(text.unicodeScalars)
        var start = scalars.count
        while start > 0, CypherTokens.isIdentifier(scalars[start - 1]) { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start...]))
        let previous: Unicode.Scalar? = start > 0 ? scalars[start - 1] : nil
        if CypherTokens.endsInsideLiteral(String(String.UnicodeScalarView(scalars[..<start]))) { return Completion() }
        var items: [(String, Kind)]
        switch previous {
        case "$": items = parameters().map { ($0, .plain) }
        case ".": items = keys(before: String(String.UnicodeScalarView(scalars[..<(start - 1)])), text: text).map { ($0, .plain) }
        case ":", "|":
            let bracket = CypherTokens.innermostOpenBracket(String(String.UnicodeScalarView(scalars[..<start])))
            if bracket == "[" { items = relationshipTypes().map { ($0, .plain) } }
            else if bracket == "(" || previous == ":" && bracket == nil { items = labels().map { ($0, .plain) } }
            else { return Completion() }
        default:
            if word.isEmpty { return Completion() }
            if let p = previous, CypherTokens.isDigit(p) { return Completion() }
            let lower = word == word.lowercased()
            items = Vocabulary.keywords.map { (lower ? $0.lowercased() : $0, .keyword) }
            items += Vocabulary.functions.map { ($0, .function) }
            items += CypherTokens.boundVariables(in: text).map { ($0, .plain) }
        }
        return finish(word: word, items: items)
    }

    /// Keys for `variable.`: those of the variable's labels or types when the statement names
    /// them (`(c:Company) ... c.`), else every key of the graph.
    private func keys(before: String, text: String) -> [String] {
        let scalars = Array(before.unicodeScalars)
        var start = scalars.count
        while start > 0, CypherTokens.isIdentifier(scalars[start - 1]) { start -= 1 }
        let variable = String(String.UnicodeScalarView(scalars[start...]))
        guard !variable.isEmpty else { return propertyKeys() }
        let declared = CypherTokens.labelsOfVariable(variable, in: text)
        var keys: [String] = []
        for l in declared.labels { keys += keysOfLabel(l) }
        for t in declared.types { keys += keysOfType(t) }
        keys = Array(Set(keys)).sorted()
        return keys.isEmpty ? propertyKeys() : keys
    }

    private func finish(word: String, items: [(String, Kind)]) -> Completion {
        var seen = Set<String>()
        var matches = items.filter { $0.0.hasPrefix(word) && seen.insert($0.0).inserted }
        if matches.isEmpty {
            matches = items.filter { $0.0.lowercased().hasPrefix(word.lowercased()) && seen.insert($0.0).inserted }
        }
        let count = word.unicodeScalars.count
        guard let first = matches.first else { return Completion() }
        if matches.count == 1 {
            let suffix: String
            switch first.1 {
            case .keyword, .command: suffix = " "
            case .function: suffix = "("
            case .plain: suffix = ""
            }
            return Completion(replaceCount: count, insertion: first.0 + suffix, candidates: [first.0])
        }
        let names = matches.map(\.0)
        let common = Completer.commonPrefix(names)
        if common.unicodeScalars.count > count {
            return Completion(replaceCount: count, insertion: common, candidates: names)
        }
        return Completion(replaceCount: count, insertion: nil, candidates: names.sorted())
    }

    /// The longest prefix all `names` share, ignoring case (spelled as in the first name).
    static func commonPrefix(_ names: [String]) -> String {
        guard var prefix = names.first.map({ Array($0) }) else { return "" }
        for n in names.dropFirst() {
            let chars = Array(n)
            var k = 0
            while k < prefix.count && k < chars.count && prefix[k].lowercased() == chars[k].lowercased() { k += 1 }
            prefix = Array(prefix.prefix(k))
        }
        return String(prefix)
    }

    // MARK: commands

    private func completeCommand(_ line: String) -> Completion {
        let body = line.dropFirst()
        guard let space = body.firstIndex(where: { $0 == " " }) else {
            let word = String(body)
            let r = finish(word: word, items: CommandTable.names.map { ($0, .command) })
            return r
        }
        let name = String(body[..<space]).lowercased()
        let argument = String(body[body.index(after: space)...]).drop(while: { $0 == " " })
        switch CommandTable.spec(name)?.name {
        case "load": return completePath(String(argument))
        case "help": return finish(word: String(argument), items: CommandTable.topicNames.map { ($0, .plain) })
        case "format": return finish(word: String(argument), items: OutputFormatName.allCases.map { ($0.rawValue, .plain) })
        case "timing": return finish(word: String(argument), items: [("on", .plain), ("off", .plain)])
        case "explain", "profile", "param": return completeCypher(before: String(argument))
        default: return Completion()
        }
    }

    /// File names after `:load`; folders end in `/`.
    func completePath(_ typed: String) -> Completion {
        let slash = typed.lastIndex(of: "/")
        let dirPart = slash.map { String(typed[...$0]) } ?? ""
        let base = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let dir = dirPart.isEmpty ? "." : ScriptFile.expand(dirPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return Completion() }
        let items: [(String, Kind)] = names.filter { !$0.hasPrefix(".") || base.hasPrefix(".") }.sorted().map { name in
            var isDir: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent(name), isDirectory: &isDir)
            return (exists && isDir.boolValue ? name + "/" : name, .plain)
        }
        return finish(word: base, items: items)
    }
}
