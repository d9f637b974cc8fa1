// ImportTests: COPY of nodes and relationships from CSV files written to a temporary folder:
// inferred and declared types, keys, errors with file:line:col, atomicity, options, fileRoot.
import Foundation
import XCTest
@testable import Quiver

final class ImportTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// A session whose relative paths resolve in the test folder.
    private func session(_ graph: Graph = Graph()) -> Session {
        var o = SessionOptions()
        o.allowFileAccess = true
        o.fileRoot = dir
        return Session(graph: graph, options: o)
    }

    private func scalar(_ s: Session, _ q: String) throws -> CypherValue {
        let r = try s.run(q)
        XCTAssertEqual(r.rows.count, 1, q)
        return r.rows.first?.first ?? .null
    }

    private func importError(_ s: Session, _ q: String, file: StaticString = #filePath, line: UInt = #line) -> QuiverError? {
        do {
            try s.run(q)
            XCTFail("expected an error from \(q)", file: file, line: line)
            return nil
        } catch let e as QuiverError { return e } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
            return nil
        }
    }

    // MARK: Nodes

    func testInferredTypes() throws {
        try write("p.csv", "id,name,age,score,flag,mixed\n1,ann,30,0.5,true,7\n2,bob,,2,false,x\n3,cy,41,1e2,TRUE,\n")
        let s = session()
        let r = try s.run("COPY P FROM 'p.csv'")
        XCTAssertEqual(r.stats.nodesCreated, 3)
        XCTAssertEqual(r.stats.labelsAdded, 1)
        XCTAssertEqual(r.stats.propertiesSet, 3 * 6 - 2)
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 2}) RETURN p.name"), .string("bob"))
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 2}) RETURN p.age"), .null)
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 3}) RETURN p.age"), .int(41))
        // A column with a float is a float column: the int 2 is read as 2.0.
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 2}) RETURN p.score"), .double(2.0))
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 3}) RETURN p.score"), .double(100.0))
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 3}) RETURN p.flag"), .bool(true))
        // A column with any text is a string column, numbers included.
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 1}) RETURN p.mixed"), .string("7"))
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 3}) RETURN p.mixed"), .null)
        XCTAssertEqual(try scalar(s, "MATCH (p:P) RETURN sum(p.age)"), .int(71))
    }

    func testDeclaredTypes() throws {
        try write("p.csv", "id:INT64,code:STRING,w:DOUBLE,ok:BOOL\n1,007,3,false\n2,12,-1.25,true\n")
        let s = session()
        try s.run("COPY P FROM 'p.csv'")
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 1}) RETURN p.code"), .string("007"))
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 1}) RETURN p.w"), .double(3.0))
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 2}) RETURN p.w"), .double(-1.25))
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 2}) RETURN p.ok"), .bool(true))
        XCTAssertEqual(try scalar(s, "MATCH (p:P) WHERE p.code = '12' RETURN p.id"), .int(2))
    }

    func testQuotedFieldsDelimiterAndCRLF() throws {
        try write("p.tsv", "id\tnote\r\n1\t\"a\tb\"\r\n2\t\"say \"\"hi\"\"\nthere\"\r\n")
        let s = session()
        try s.run("COPY P FROM 'p.tsv' (DELIM '\\t')")
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 1}) RETURN p.note"), .string("a\tb"))
        XCTAssertEqual(try scalar(s, "MATCH (p:P {id: 2}) RETURN p.note"), .string("say \"hi\"\nthere"))
    }

    func testNoHeaderAndKeyOption() throws {
        try write("p.csv", "x1,5\nx2,6\n")
        let s = session()
        try s.run("COPY P FROM 'p.csv' (HEADER false, KEY column1)")
        XCTAssertEqual(try scalar(s, "MATCH (p:P {column1: 'x2'}) RETURN p.column2"), .int(6))
        try write("k.csv", "a,b\nx1,x2\n")
        try s.run("COPY L FROM 'k.csv' (FROM P, TO P)")
        XCTAssertEqual(try scalar(s, "MATCH (a:P)-[:L]->(b:P) RETURN b.column2"), .int(6))
    }

    func testDoublesParseExactly() throws {
        let texts = ["0.218149", "1e-7", "123456789.123456789", "-0.5", "3.14159265358979323846", "1.7976931348623157e308", "5e-324", ".5"]
        try write("d.csv", "id,v\n" + texts.enumerated().map { "\($0.offset),\($0.element)" }.joined(separator: "\n") + "\n")
        let s = session()
        try s.run("COPY D FROM 'd.csv'")
        for (i, t) in texts.enumerated() {
            XCTAssertEqual(try scalar(s, "MATCH (d:D {id: \(i)}) RETURN d.v"), .double(Double(t) ?? .nan), t)
        }
    }

    /// The word-at-a-time field scan splits like a plain split on random rows: empty and long
    /// fields, multi-byte UTF-8, CRLF, a last line without a newline.
    func testScannerSplitsLikeANaiveSplit() throws {
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(n)) }
        let alphabet = Array("ab9_-.é漢 xyz0123456789")
        for delim in [",", "|", ";"] {
            var rows: [[String]] = []
            for _ in 0..<200 {
                rows.append((0..<3).map { _ in String((0..<next(21)).map { _ in alphabet[next(alphabet.count)] }) })
            }
            var text = rows.map { $0.joined(separator: delim) }.enumerated().map { $0.offset % 5 == 0 ? $0.element + "\r\n" : $0.element + "\n" }.joined()
            text.removeLast()  // the last line ends without a newline
            let bytes = Array(text.utf8)
            try bytes.withUnsafeBufferPointer { buf in
                var scanner = CSVScanner(bytes: buf, delim: Array(delim.utf8)[0])
                defer { scanner.release() }
                var fields = [CSVField](repeating: .empty, count: 4)
                var rowEnd = 0
                var got: [[String]] = []
                try fields.withUnsafeMutableBufferPointer { f in
                    while let n = try scanner.nextRow(into: f, rowEnd: &rowEnd) { got.append((0..<min(n, 4)).map { f[$0].string }) }
                }
                XCTAssertEqual(got, rows, "delimiter \(delim)")
            }
        }
    }

    // MARK: Relationships

    func testRelationshipsBothDirections() throws {
        try write("p.csv", "id,name\n10,a\n20,b\n30,c\n")
        try write("k.csv", "src,dst,since\n10,20,2001\n20,30,2002\n10,30,\n")
        let s = session()
        try s.run("COPY P FROM 'p.csv'")
        let r = try s.run("COPY K FROM 'k.csv' (FROM P, TO P)")
        XCTAssertEqual(r.stats.relationshipsCreated, 3)
        XCTAssertEqual(r.stats.propertiesSet, 2)
        XCTAssertEqual(try scalar(s, "MATCH (:P {id: 10})-[:K]->(b) RETURN count(b)"), .int(2))
        XCTAssertEqual(try scalar(s, "MATCH (a)-[:K]->(:P {id: 30}) RETURN count(a)"), .int(2))
        XCTAssertEqual(try scalar(s, "MATCH (:P {id: 30})<-[k:K]-(a {name: 'b'}) RETURN k.since"), .int(2002))
        XCTAssertEqual(try scalar(s, "MATCH (:P {id: 20})-[:K]-(x) RETURN count(x)"), .int(2))
        XCTAssertEqual(try scalar(s, "MATCH ()-[k:K]->() WHERE k.since IS NULL RETURN count(k)"), .int(1))
        // A second COPY of the same type adds to the existing CSR.
        try write("k2.csv", "src,dst\n30,10\n")
        try s.run("COPY K FROM 'k2.csv' (FROM P, TO P)")
        XCTAssertEqual(try scalar(s, "MATCH (:P {id: 10})<-[:K]-(x) RETURN x.name"), .string("c"))
        XCTAssertEqual(try scalar(s, "MATCH ()-[k:K]->() RETURN count(k)"), .int(4))
    }

    /// Endpoints resolve through each kind of key table: ids in row order (computed), a
    /// compact but shuffled range (array), sparse ids (hash table).
    func testKeyTablesResolveEndpoints() throws {
        let s = session()
        for (label, ids) in [("Seq", [5, 6, 7, 8]), ("Shuf", [8, 5, 7, 6]), ("Sparse", [5, -3_000_000_000, 7_000_000_000_000, 6])] {
            try write("\(label).csv", "id,name\n" + ids.map { "\($0),n\($0)" }.joined(separator: "\n") + "\n")
            try s.run("COPY \(label) FROM '\(label).csv'")
            try write("\(label)-r.csv", "a,b\n\(ids[0]),\(ids[1])\n\(ids[1]),\(ids[2])\n\(ids[3]),\(ids[0])\n")
            try s.run("COPY R\(label) FROM '\(label)-r.csv' (FROM \(label), TO \(label))")
            let r = try s.run("MATCH (a:\(label))-[:R\(label)]->(b) RETURN a.name, b.name ORDER BY a.name")
            let pairs = r.rows.map { "\($0[0])>\($0[1])" }
            let want = [(ids[0], ids[1]), (ids[1], ids[2]), (ids[3], ids[0])].map { (CypherValue.string("n\($0.0)"), CypherValue.string("n\($0.1)")) }
                .sorted { "\($0.0)" < "\($1.0)" }.map { "\($0.0)>\($0.1)" }
            XCTAssertEqual(pairs, want, label)
            try write("\(label)-bad.csv", "a,b\n\(ids[0]),4\n")
            let e = importError(s, "COPY R\(label) FROM '\(label)-bad.csv' (FROM \(label), TO \(label))")
            XCTAssertTrue(e?.message.contains("\(label)-bad.csv:2:") == true, e?.message ?? "")
        }
    }

    func testStringKeysAndTwoLabels() throws {
        try write("c.csv", "code,name\nfr,France\nde,Germany\n")
        try write("t.csv", "id,name\n1,Paris\n2,Berlin\n")
        try write("in.csv", "from,to\n1,fr\n2,de\n")
        let s = session()
        try s.run("COPY Country FROM 'c.csv' (KEY code)")
        try s.run("COPY Town FROM 't.csv'")
        try s.run("COPY IN FROM 'in.csv' (FROM Town, TO Country)")
        XCTAssertEqual(try scalar(s, "MATCH (:Town {name: 'Berlin'})-[:IN]->(c) RETURN c.name"), .string("Germany"))
    }

    // MARK: Errors

    func testErrorsNameFileLineAndColumn() throws {
        try write("p.csv", "id,age:INT64\n1,30\n2,3x\n")
        let s = session()
        let e = importError(s, "COPY P FROM 'p.csv'")
        XCTAssertEqual(e?.kind, .importError)
        XCTAssertTrue(e?.message.contains("p.csv:3:3") == true, e?.message ?? "")

        try write("short.csv", "id,a,b\n1,2,3\n2,3\n")
        let e2 = importError(s, "COPY P FROM 'short.csv'")
        XCTAssertEqual(e2?.kind, .importError)
        XCTAssertTrue(e2?.message.contains("short.csv:3:4") == true, e2?.message ?? "")

        try write("p2.csv", "id\n1\n2\n")
        try s.run("COPY Q FROM 'p2.csv'")
        try write("k.csv", "s,d\n1,2\n2,9\n")
        let e3 = importError(s, "COPY K FROM 'k.csv' (FROM Q, TO Q)")
        XCTAssertTrue(e3?.message.contains("k.csv:3:3") == true, e3?.message ?? "")
        XCTAssertTrue(e3?.message.contains("9") == true, e3?.message ?? "")

        try write("k2.csv", "s,d\n1,x\n")
        let e4 = importError(s, "COPY K FROM 'k2.csv' (FROM Q, TO Q)")
        XCTAssertTrue(e4?.message.contains("k2.csv:2:3") == true, e4?.message ?? "")

        try write("dup.csv", "id\n5\n6\n5\n")
        let e5 = importError(s, "COPY D FROM 'dup.csv'")
        XCTAssertTrue(e5?.message.contains("dup.csv:4:1") == true, e5?.message ?? "")
    }

    func testFailedCopyChangesNothing() throws {
        try write("p.csv", "id\n1\n2\n")
        let g = Graph()
        let s = session(g)
        try s.run("COPY P FROM 'p.csv'")
        try write("bad.csv", "id,x:DOUBLE\n3,1.5\n4,nope\n")
        _ = importError(s, "COPY P FROM 'bad.csv'")
        XCTAssertEqual(g.nodeCount, 2)
        try write("k.csv", "a,b\n1,2\n2,404\n")
        _ = importError(s, "COPY K FROM 'k.csv' (FROM P, TO P)")
        XCTAssertEqual(g.relationshipCount, 0)
        XCTAssertEqual(try scalar(s, "MATCH (p:P) RETURN count(p)"), .int(2))
        XCTAssertEqual(try scalar(s, "MATCH ()-[r]->() RETURN count(r)"), .int(0))
    }

    /// A long COPY stops at the statement's time limit, or when cancelled from another
    /// thread, and leaves the graph as it was.
    func testLongCopyStopsAtTimeoutAndCancel() throws {
        let rows = 400_000
        var text = "id,x\n"
        text.reserveCapacity(rows * 14)
        for i in 0..<rows { text += "\(i),\(i % 97)\n" }
        try write("big.csv", text)
        let g = Graph()
        let s = session(g)
        s.options.timeout = 0.000_001
        let e = importError(s, "COPY Big FROM 'big.csv'")
        XCTAssertEqual(e?.kind, .resourceLimit)
        XCTAssertEqual(e?.detail, "Timeout")
        XCTAssertEqual(g.nodeCount, 0)

        s.options.timeout = nil
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: QuiverError? = nil
        nonisolated(unsafe) var finished = false
        Thread.detachNewThread {
            do { try s.run("COPY Big FROM 'big.csv'"); finished = true } catch let e as QuiverError { outcome = e } catch {}
            done.signal()
        }
        // Cancel until the statement is gone (a cancel before it starts is reset by run()).
        while done.wait(timeout: .now() + 0.001) == .timedOut { s.cancel() }
        if finished {
            // The import beat every cancel: then it must be whole.
            XCTAssertEqual(g.nodeCount, rows)
        } else {
            XCTAssertEqual(outcome?.kind, .cancelled)
            XCTAssertEqual(g.nodeCount, 0)
        }
    }

    func testOptionErrors() throws {
        try write("p.csv", "id\n1\n")
        let s = session()
        XCTAssertEqual(importError(s, "COPY P FROM 'p.csv' (COLOUR red)")?.kind, .importError)
        XCTAssertEqual(importError(s, "COPY P FROM 'p.csv' (HEADER maybe)")?.kind, .importError)
        XCTAssertEqual(importError(s, "COPY P FROM 'p.csv' (KEY nope)")?.kind, .importError)
        XCTAssertEqual(importError(s, "COPY K FROM 'p.csv' (FROM P)")?.kind, .importError)
        XCTAssertEqual(importError(s, "COPY K FROM 'p.csv' (FROM Nobody, TO Nobody)")?.kind, .importError)
        XCTAssertEqual(importError(s, "COPY P FROM 'missing.csv'")?.kind, .ioError)
    }

    func testFileRootConfinesPaths() throws {
        let s = session()
        let e = importError(s, "COPY P FROM '../outside.csv'")
        XCTAssertEqual(e?.detail, "FileAccessDenied")
        let e2 = importError(s, "COPY P FROM '/etc/passwd'")
        XCTAssertEqual(e2?.detail, "FileAccessDenied")
        var off = SessionOptions()
        off.allowFileAccess = false
        let locked = Session(graph: Graph(), options: off)
        XCTAssertEqual(importError(locked, "COPY P FROM 'p.csv'")?.detail, "FileAccessDenied")
    }
}
