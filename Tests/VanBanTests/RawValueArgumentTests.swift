import ArgumentParser
import OfficePackage
import Tallies
import VanBan
import XCTest

@testable import vanban

/// Enum options list and show their raw values, as the argument parser's
/// own defaults would, without its start-up cost.
final class RawValueArgumentTests: XCTestCase {
  func testAnEnumOptionListsItsRawValuesInOrder() {
    XCTAssertEqual(CompressionLevel.allValueStrings, ["store", "fast", "default"])
    XCTAssertEqual(DiagnosticsFormat.allValueStrings, ["text", "json"])
    XCTAssertEqual(TextEncoding.allValueStrings, TextEncoding.allCases.map(\.rawValue))
  }

  func testTheHelpOfRenderShowsTheValuesAndTheDefault() {
    let help = RenderCommand.helpMessage(columns: 200)
    XCTAssertTrue(
      help.contains("store, fast or default (the default). (values: store, fast, default)"), help)
    XCTAssertTrue(help.contains("for make and people; the default) or json"), help)
  }

  func testWithoutTheOptionsRenderCompressesAtTheDefaultLevelAndPrintsText() throws {
    let render = try RenderCommand.parse(["t.docx", "-o", "out.docx"])
    XCTAssertEqual(render.level, .default)
    XCTAssertEqual(render.diagnostics.format, .text)
  }
}
