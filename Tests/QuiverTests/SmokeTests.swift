import XCTest
@testable import Quiver

final class SmokeTests: XCTestCase {
    func testEmptyGraph() { XCTAssertEqual(Graph().nodeCount, 0) }
}
