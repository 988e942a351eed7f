import Foundation
import OrderedCollections
import TemplateLanguage
import VanBan
import XCTest

/// `ContextSources`: the one order every command merges a context in.
final class ContextSourcesTests: XCTestCase {
  private func json(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "vanban-context-\(UUID().uuidString).json"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
  }

  /// The value at a dotted path of mappings.
  private func field(_ value: Value, _ path: String) -> Value? {
    var current: Value? = value
    for key in path.split(separator: ".") {
      guard case .map(let m)? = current else { return nil }
      current = m[String(key)]
    }
    return current
  }

  func testALaterJSONFileOverridesAnEarlierOneAndSetOverridesBoth() throws {
    let first = try json(#"{"nam": 2022, "don_vi": {"ten": "Sở A", "ma": 1}}"#)
    let second = try json(#"{"nam": 2023, "don_vi": {"ten": "Sở B"}}"#)
    let loaded = try ContextSources(jsonFiles: [first, second], assignments: ["don_vi.ma=7"]).load()
    XCTAssertEqual(field(loaded.values, "nam"), .int(2023))
    XCTAssertEqual(field(loaded.values, "don_vi.ten"), .string("Sở B"))
    XCTAssertEqual(field(loaded.values, "don_vi.ma"), .int(7))
    XCTAssertNil(loaded.data)
    XCTAssertEqual(loaded.filesRead, [first, second])
  }

  func testTheFilesNamedAreMetadataThenDataThenJSON() {
    let sources = ContextSources(
      data: DataInputs(dataFiles: ["a.csv", "b.csv"], metadataFile: "m.toml"),
      jsonFiles: ["c.json"])
    XCTAssertEqual(sources.files, ["m.toml", "a.csv", "b.csv", "c.json"])
  }

  func testABadJSONFileIsBadDataNamingTheFile() throws {
    let broken = try json(#"{"nam": }"#)
    XCTAssertThrowsError(try ContextSources(jsonFiles: [broken]).load()) { error in
      let error = error as? VanBanError
      XCTAssertEqual(error?.kind, .badData)
      XCTAssertTrue(error?.description.contains(broken) == true, error?.description ?? "")
    }
  }
}
