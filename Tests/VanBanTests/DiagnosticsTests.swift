import Foundation
import TemplateLanguage
import VanBan
import XCTest

/// `--diagnostics json`: one JSON object per problem, with the same keys
/// always, for editors and CI; text stays GCC-style.
final class DiagnosticsTests: XCTestCase {
  private typealias F = MakeFixture
  private let keys: Set<String> = [
    "severity", "kind", "file", "line", "column", "location", "place", "message", "fix", "item",
  ]

  func testATemplateErrorAsJSONHasItsPartParagraphExcerptAndFix() throws {
    let dir = try temporaryFolder(self)
    try F.write(F.docx("x", "{% for x in xs %}"), dir.appendingPathComponent("t.docx"))
    let result = try F.vanban(
      ["render", "t.docx", "-o", "o.docx", "--diagnostics", "json"], in: dir)
    XCTAssertEqual(result.status, 66)
    let objects = try F.jsonObjects(result.standardError)
    XCTAssertEqual(objects.count, 1, result.standardError)
    let d = try XCTUnwrap(objects.first)
    XCTAssertEqual(Set(d.keys), keys)
    XCTAssertEqual(d["severity"] as? String, "error")
    XCTAssertEqual(d["kind"] as? String, "bad-template")
    XCTAssertEqual(d["file"] as? String, "t.docx")
    let location = try XCTUnwrap(d["location"] as? [String: Any])
    XCTAssertEqual(location["part"] as? String, "body")
    XCTAssertEqual(location["paragraph"] as? Int, 2)
    XCTAssertEqual(location["excerpt"] as? String, "⟦{% for x in xs %}⟧")
    XCTAssertTrue((d["message"] as? String ?? "").contains("never closed"))
    XCTAssertTrue((d["fix"] as? String ?? "").contains("{% endfor %}"))
  }

  func testADataFileErrorAsJSONHasItsLineAndSpreadsheetColumn() throws {
    let dir = try temporaryFolder(self)
    try F.write(F.docx("{{ x }}"), dir.appendingPathComponent("t.docx"))
    try F.write(
      "Năm,Đơn vị,Hình thức,Đối tượng,Số lượng\n2021,Ban Dân tộc,Giấy khen,tập thể,ba\n",
      dir.appendingPathComponent("k.csv"))
    let result = try F.vanban(
      ["render", "t.docx", "--data", "k.csv", "-o", "o.docx", "--diagnostics", "json"], in: dir)
    XCTAssertEqual(result.status, 65)
    let objects = try F.jsonObjects(result.standardError)
    let cell = try XCTUnwrap(
      objects.first { $0["file"] as? String == "k.csv" }, result.standardError)
    XCTAssertEqual(cell["line"] as? Int, 2)
    XCTAssertEqual(cell["column"] as? Int, 5)
    XCTAssertEqual(cell["kind"] as? String, "bad-data")
    XCTAssertTrue(objects.allSatisfy { Set($0.keys) == keys })
  }

  func testTheDefaultStaysGCCStyleForMake() throws {
    let dir = try temporaryFolder(self)
    try F.write(F.docx("x", "{% for x in xs %}"), dir.appendingPathComponent("t.docx"))
    let result = try F.vanban(["render", "t.docx", "-o", "o.docx"], in: dir)
    XCTAssertTrue(
      result.standardError.hasPrefix("t.docx: body, paragraph 2: error: {% for %} is never closed"),
      result.standardError)
  }

  func testLintPrintsEveryProblemAndNoteAsJSONOnStandardOutput() throws {
    let dir = try temporaryFolder(self)
    try F.write(F.docx("{{ ten }} {{ tuoi }}"), dir.appendingPathComponent("t.docx"))
    let result = try F.vanban(
      ["lint", "t.docx", "--set", "ten=A", "--set", "thua=1", "--diagnostics", "json"], in: dir)
    XCTAssertEqual(result.status, 65)
    let objects = try F.jsonObjects(String(decoding: result.standardOutput, as: UTF8.self))
    XCTAssertEqual(objects.map { $0["severity"] as? String }, ["error", "note"])
    XCTAssertTrue((objects[0]["message"] as? String ?? "").contains("tuoi"))
    XCTAssertTrue((objects[1]["message"] as? String ?? "").contains("thua"))
  }

  func testEveryCommandTakesTheDiagnosticsOption() throws {
    let dir = try temporaryFolder(self)
    for command in ["render", "batch", "init", "check-data", "check", "inspect", "lint", "preview"]
    {
      let help = try F.vanban([command, "--help"], in: dir)
      let text = String(decoding: help.standardOutput, as: UTF8.self)
      XCTAssertTrue(text.contains("--diagnostics"), "\(command) --help")
      XCTAssertTrue(text.contains("Example"), "\(command) --help has an example")
    }
  }

  func testAWordedMessageIsReadBackIntoFileLineAndColumn() {
    let d = Diagnostic(parsing: "k.csv:12:3: warning: the cell is empty")
    XCTAssertEqual(d.file, "k.csv")
    XCTAssertEqual(d.line, 12)
    XCTAssertEqual(d.column, 3)
    XCTAssertEqual(d.severity, .warning)
    XCTAssertEqual(d.message, "the cell is empty")
    let json = Diagnostic(parsing: "3:7: error: expected ':'", file: "c.json")
    XCTAssertEqual(json.file, "c.json")
    XCTAssertEqual(json.line, 3)
    XCTAssertEqual(json.column, 7)
    let bare = Diagnostic(parsing: "error: no data; give --data FILE")
    XCTAssertNil(bare.file)
    XCTAssertEqual(bare.message, "no data; give --data FILE")
  }

  func testJSONTextEscapesQuotesBackslashesAndControlCharacters() throws {
    let d = Diagnostic(file: "a\"b.docx", message: "x\\y\n\tz\u{1}", fix: "sửa")
    let object = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(d.json(kind: .badData).utf8)) as? [String: Any])
    XCTAssertEqual(object["file"] as? String, "a\"b.docx")
    XCTAssertEqual(object["message"] as? String, "x\\y\n\tz\u{1}")
    XCTAssertEqual(object["fix"] as? String, "sửa")
  }
}
