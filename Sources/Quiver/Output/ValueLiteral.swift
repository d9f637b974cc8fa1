// CypherValue.literal: the openCypher TCK literal form of a value (as transcripts and table
// cells of nested values show it), with the number and name spellings it shares with JSON.

extension CypherValue {
    /// The openCypher TCK literal form: `1`, `1.5`, `'str'`, `true`, `null`, `[1, 'a']`,
    /// `{a: 1, b: 'x'}` (keys sorted), `(:A:B {k: 'v'})`, `[:T {k: 1}]`, `<(:A)-[:T]->(:B)>`.
    public var literal: String {
        var out = ""
        LiteralWriter.write(self, into: &out)
        return out
    }
}

enum LiteralWriter {
    static func write(_ value: CypherValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += NumberText.double(d)
        case .string(let s): out += quoted(s)
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                write(item, into: &out)
            }
            out += "]"
        case .map(let m): writeMap(m, into: &out)
        case .node(let n): writeNode(n, into: &out)
        case .relationship(let r): writeRelationship(r, into: &out)
        case .path(let p): writePath(p, into: &out)
        }
    }

    /// `{a: 1, b: 'x'}` with keys sorted so the text is stable.
    static func writeMap(_ map: [String: CypherValue], into out: inout String) {
        out += "{"
        for (i, key) in map.keys.sorted().enumerated() {
            if i > 0 { out += ", " }
            out += NameText.quotedIfNeeded(key) + ": "
            write(map[key] ?? .null, into: &out)
        }
        out += "}"
    }

    static func writeNode(_ node: Node, into out: inout String) {
        out += "("
        for label in node.labels { out += ":" + NameText.quotedIfNeeded(label) }
        if !node.properties.isEmpty {
            if !node.labels.isEmpty { out += " " }
            writeMap(node.properties, into: &out)
        }
        out += ")"
    }

    static func writeRelationship(_ rel: Relationship, into out: inout String) {
        out += "[:" + NameText.quotedIfNeeded(rel.type)
        if !rel.properties.isEmpty {
            out += " "
            writeMap(rel.properties, into: &out)
        }
        out += "]"
    }

    /// Each hop is written in its stored direction: forward when the relationship starts at
    /// the node before it.
    static func writePath(_ path: Path, into out: inout String) {
        out += "<"
        guard let first = path.nodes.first else { out += ">"; return }
        writeNode(first, into: &out)
        var previous = first
        for (i, rel) in path.relationships.enumerated() {
            let next = i + 1 < path.nodes.count ? path.nodes[i + 1] : nil
            let forward = rel.startId == previous.id
            out += forward ? "-" : "<-"
            writeRelationship(rel, into: &out)
            out += forward ? "->" : "-"
            if let next {
                writeNode(next, into: &out)
                previous = next
            }
        }
        out += ">"
    }

    /// `'text'` with quote, backslash and control characters escaped (so a value stays on one line).
    static func quoted(_ s: String) -> String {
        var out = "'"
        for sc in s.unicodeScalars {
            switch sc {
            case "'": out += "\\'"
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if sc.value < 0x20 || sc.value == 0x7F {
                    out += "\\u" + NumberText.hex4(sc.value)
                } else {
                    out.unicodeScalars.append(sc)
                }
            }
        }
        return out + "'"
    }
}

/// Number spellings shared by the literal and JSON forms.
enum NumberText {
    /// Shortest round-trip digits; always a float form (`1.0`, `1.0e16`, `2.5e-7`);
    /// NaN and infinities by name.
    static func double(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        let text = d.description
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        var mantissa = String(text[..<e])
        var exponent = String(text[text.index(after: e)...])
        if !mantissa.contains(".") { mantissa += ".0" }
        var sign = ""
        if exponent.hasPrefix("+") { exponent.removeFirst() } else if exponent.hasPrefix("-") { sign = "-"; exponent.removeFirst() }
        while exponent.count > 1 && exponent.hasPrefix("0") { exponent.removeFirst() }
        return mantissa + "e" + sign + exponent
    }

    static func hex4(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(digits[Int((v >> UInt32(shift)) & 0xF)])
        }
        return out
    }
}

/// Label, type and key names: bare when they are plain identifiers, else in backticks.
enum NameText {
    static func quotedIfNeeded(_ name: String) -> String {
        if isPlain(name) { return name }
        var out = "`"
        for ch in name { out += ch == "`" ? "``" : String(ch) }
        return out + "`"
    }

    static func isPlain(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
