// deal-report: every Deal of the article graph with its parties and targets, as Markdown (the
// default) or JSON. Shows the embedding API: decoding rows into structs, a host function, a
// prepared statement run once per deal, parameters, and errors as Swift values.
//
//   swift run --package-path examples/embed deal-report [--json] [--min-usd N] [--kind KIND]
import Foundation
import Quiver

struct Options {
    var json = false
    var minUSD: Int64? = nil
    var kind: String? = nil

    init(_ args: [String]) throws {
        var rest = args[...]
        while let a = rest.popFirst() {
            switch a {
            case "--json": json = true
            case "--min-usd":
                guard let v = rest.popFirst(), let n = Int64(v) else { throw UsageError("--min-usd needs a whole number of dollars") }
                minUSD = n
            case "--kind":
                guard let v = rest.popFirst() else { throw UsageError("--kind needs a deal kind (investment, acquisition, ...)") }
                kind = v
            case "-h", "--help": throw UsageError(nil)
            default: throw UsageError("unknown argument '\(a)'")
            }
        }
    }
}

struct UsageError: Error {
    let message: String?
    init(_ message: String?) { self.message = message }
}

/// One row of the deal query, decoded by column name.
struct Deal: Codable {
    let id: String
    let name: String?
    let kind: String
    let date: String?
    let amountUSD: Int64?
    let amount: String
    let round: String?
}

/// One party of a deal (a Company or Person) and its role.
struct Party: Codable {
    let name: String
    let role: String?
}

struct Report: Codable {
    let deal: Deal
    let parties: [Party]
    let targets: [String]
}

func report(_ options: Options) throws -> [Report] {
    let session = Session(graph: try Graph.articles())

    // A host function: the query formats amounts with Swift code.
    try session.register("usd") { (amount: Int64) -> String in
        let units: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        let d = Double(amount)
        for (size, suffix) in units where d >= size {
            return "$" + String(format: "%.1f", d / size).replacingOccurrences(of: ".0", with: "") + suffix
        }
        return "$\(amount)"
    }

    let deals: [Deal] = try session.run("""
        MATCH (d:Deal)
        WHERE ($kind IS NULL OR d.kind = $kind) AND ($min IS NULL OR d.amount_usd >= $min)
        RETURN d.id AS id, d.name AS name, d.kind AS kind, d.date AS date, d.amount_usd AS amountUSD,
               coalesce(usd(d.amount_usd), d.amount_note, 'undisclosed') AS amount, d.round AS round
        ORDER BY coalesce(d.amount_usd, -1) DESC, d.id
        """, parameters: ["kind": options.kind.map { .string($0) } ?? .null,
                          "min": options.minUSD.map { .int($0) } ?? .null]).decode(Deal.self)

    // Parsed once, run once per deal.
    let parties = try session.compile("""
        MATCH (p)-[r:PARTY_TO]->(d:Deal {id: $id})
        RETURN p.name AS name, r.role AS role ORDER BY r.role, p.name
        """)
    let targets = try session.compile("MATCH (:Deal {id: $id})-[:TARGET]->(t) RETURN t.name AS name ORDER BY name")

    return try deals.map { deal in
        Report(deal: deal,
               parties: try parties.run(parameters: ["id": .string(deal.id)]).decode(Party.self),
               targets: try targets.run(parameters: ["id": .string(deal.id)]).decode(String.self))
    }
}

func markdown(_ reports: [Report]) -> String {
    func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
    var out = "# Deals in the article graph\n\n"
    out += "\(reports.count) deal\(reports.count == 1 ? "" : "s"), largest first.\n\n"
    out += "| deal | kind | date | amount | parties | target |\n|---|---|---|---|---|---|\n"
    for r in reports {
        let parties = r.parties.map { p in p.role.map { "\(p.name) (\($0))" } ?? p.name }.joined(separator: ", ")
        let name = r.deal.name ?? r.deal.id
        let kind = r.deal.round.map { "\(r.deal.kind), \($0)" } ?? r.deal.kind
        out += "| \(cell(name)) | \(cell(kind)) | \(r.deal.date ?? "") | \(cell(r.deal.amount)) | \(cell(parties)) | \(cell(r.targets.joined(separator: ", "))) |\n"
    }
    return out
}

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let reports = try report(options)
    if options.json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(reports), as: UTF8.self))
    } else {
        print(markdown(reports), terminator: "")
    }
} catch let e as UsageError {
    if let m = e.message { FileHandle.standardError.write(Data("deal-report: \(m)\n".utf8)) }
    FileHandle.standardError.write(Data("usage: deal-report [--json] [--min-usd N] [--kind KIND]\n".utf8))
    exit(e.message == nil ? 0 : 64)
} catch let e as QuiverError {
    // Query errors carry their position; rendered() shows the line with a caret.
    FileHandle.standardError.write(Data("deal-report: \(e.rendered())\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("deal-report: \(error)\n".utf8))
    exit(1)
}
