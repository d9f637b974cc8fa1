// CypherValue.json: the JSON form of a value (compact, keys of maps sorted), and the JSON
// string escaping every JSON writer of the Output folder uses.

extension CypherValue {
    /// JSON: null/bool/number/string; list -> array; map -> object; node ->
    /// `{"id":..,"labels":[..],"properties":{..}}`; relationship ->
    /// `{"id":..,"type":..,"start":..,"end":..,"properties":{..}}`; path ->
    /// `{"nodes":[..],"relationships":[..]}`. NaN and infinities become the strings
    /// "NaN", "Infinity", "-Infinity" (JSON has no form for them).
    public var json: String {
        var out = ""
        JSONWriter.write(self, into: &out)
        return out
    }
}

enum JSONWriter {
    static func write(_ value: CypherValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            let text = NumberText.double(d)
            out += d.isFinite ? text : string(text)
        case .string(let s): out += string(s)
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .map(let m): writeObject(m, into: &out)
        case .node(let n): writeNode(n, into: &out)
        case .relationship(let r): writeRelationship(r, into: &out)
        case .path(let p):
            out += "{\"nodes\":["
            for (i, n) in p.nodes.enumerated() {
                if i > 0 { out += "," }
                writeNode(n, into: &out)
            }
            out += "],\"relationships\":["
            for (i, r) in p.relationships.enumerated() {
                if i > 0 { out += "," }
                writeRelationship(r, into: &out)
            }
            out += "]}"
        }
    }

    static func writeObject(_ map: [String: CypherValue], into out: inout String) {
        out += "{"
        for (i, key) in map.keys.sorted().enumerated() {
            if i > 0 { out += "," }
            out += string(key) + ":"
            write(map[key] ?? .null, into: &out)
        }
        out += "}"
    }

    static func writeNode(_ node: Node, into out: inout String) {
        out += "{\"id\":\(node.id),\"labels\":["
        out += node.labels.map(string).joined(separator: ",")
        out += "],\"properties\":"
        writeObject(node.properties, into: &out)
        out += "}"
    }

    static func writeRelationship(_ rel: Relationship, into out: inout String) {
        out += "{\"id\":\(rel.id),\"type\":" + string(rel.type)
        out += ",\"start\":\(rel.startId),\"end\":\(rel.endId),\"properties\":"
        writeObject(rel.properties, into: &out)
        out += "}"
    }

    /// A JSON string: quotes, backslashes and control characters escaped; other text as is.
    static func string(_ s: String) -> String {
        var out = "\""
        for sc in s.unicodeScalars {
            switch sc {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if sc.value < 0x20 { out += "\\u" + NumberText.hex4(sc.value) } else { out.unicodeScalars.append(sc) }
            }
        }
        return out + "\""
    }

    /// A JSON object of one row: keys in column order.
    static func row(columns: [String], values: [CypherValue]) -> String {
        var out = "{"
        for (i, column) in columns.enumerated() {
            if i > 0 { out += "," }
            out += string(column) + ":"
            write(i < values.count ? values[i] : .null, into: &out)
        }
        return out + "}"
    }
}
