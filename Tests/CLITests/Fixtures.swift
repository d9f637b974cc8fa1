// Fixtures: small graphs and helpers the CLI tests share (a graph script with Chinese names,
// temporary files, CSV reading).
import Foundation

enum Fixtures {
    /// A graph of two companies, a chip and a person, with Chinese names and aliases.
    static let graphScript = """
        CREATE (n:Company {name: 'NVIDIA', name_zh: '英伟达', aliases: ['Nvidia', 'NVDA'], founded: 1993})
        CREATE (t:Company {name: 'TSMC', name_zh: '台积电', aliases: ['Taiwan Semiconductor'], founded: 1987})
        CREATE (h:Chip {name: 'H100', process_nm: 4})
        CREATE (p:Person {name: 'Jensen Huang', name_zh: '黄仁勋', aliases: ['老黄']})
        CREATE (n)-[:MAKES]->(h), (t)-[:MANUFACTURES {process_nm: 4}]->(h), (p)-[:CEO_OF]->(n);
        """

    /// Writes `text` to a new file in a scratch folder and returns its path.
    static func file(_ text: String, name: String = "script.cypher") -> String {
        let url = QuiverProcess.scratch().appendingPathComponent(name)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static var graphFile: String { file(graphScript, name: "graph.cypher") }

    /// Parses RFC 4180 CSV (quoted fields, doubled quotes, embedded newlines).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, wasQuoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars = chars.dropFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true; wasQuoted = true }
            else if c == "," { row.append(field); field = ""; wasQuoted = false }
            else if c == "\n" || c == "\r\n" { row.append(field); rows.append(row); row = []; field = ""; wasQuoted = false }
            else if c != "\r" { field.append(c) }
        }
        if !field.isEmpty || wasQuoted || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// The lines of `text` that belong to a drawn table (start with a border character).
    static func tableLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            guard let f = line.unicodeScalars.first else { return false }
            return "+|┌├└│╭╰┏┣┗┃".unicodeScalars.contains(f)
        }
    }
}
