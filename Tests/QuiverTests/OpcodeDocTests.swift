// docs/opcodes.md is generated from the instruction set's one declaration; this test fails
// when the file is stale (and rewrites it when QUIVER_WRITE_DOCS=1).
import XCTest
@testable import Quiver

final class OpcodeDocTests: XCTestCase {
    func testOpcodeReferenceIsCurrent() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/opcodes.md")
        let generated = Opcode.markdownReference()
        if ProcessInfo.processInfo.environment["QUIVER_WRITE_DOCS"] == "1" {
            try generated.write(to: url, atomically: true, encoding: .utf8)
        }
        let current = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        XCTAssertEqual(current, generated, "docs/opcodes.md is stale: run QUIVER_WRITE_DOCS=1 swift test --filter OpcodeDocTests")
    }

    func testEveryOpcodeHasAUniqueName() {
        let names = Opcode.allCases.map { $0.spec.name }
        XCTAssertEqual(Set(names).count, names.count)
    }
}
