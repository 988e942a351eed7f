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
    XCTAssertTrue(help.contains("(values: store, fast, default; default: default)"), help)
    XCTAssertTrue(help.contains("(values: text, json; default:"), help)
  }
}
