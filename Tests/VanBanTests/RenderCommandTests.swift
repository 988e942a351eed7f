import Foundation
import OfficeFixtures
import OfficePackage
import XCTest

final class RenderCommandTests: XCTestCase {
  private func write(_ bytes: [UInt8], _ url: URL) throws { try Data(bytes).write(to: url) }

  private func bodyText(_ url: URL) throws -> String {
    let reader = try PackageReader(path: url.path)
    let entry = try XCTUnwrap(reader.entry(named: "word/document.xml"))
    return String(decoding: try reader.data(of: entry), as: UTF8.self)
  }

  func testRenderFillsATemplateFromAJSONContextAndSetOverrides() throws {
    let dir = try temporaryFolder(self)
    try write(
      DocxFixture.make(body: wordParagraph("{{ don_vi.ten }} – {{ nam }} – {{ so }}")),
      dir.appendingPathComponent("t.docx"))
    try Data(#"{"don_vi": {"ten": "Ban"}, "nam": 2021}"#.utf8).write(
      to: dir.appendingPathComponent("c.json"))
    let result = try CommandRunner.vanban(
      [
        "render", "t.docx", "--context", "c.json", "--set", "nam=2023", "--set",
        "don_vi.ten=Ban Dân tộc",
        "--set", "so=16", "-o", "out.docx",
      ], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertTrue(
      try bodyText(dir.appendingPathComponent("out.docx")).contains("Ban Dân tộc – 2023 – 16"))
  }

  func testASecondRenderOfATemplateReadsItCompiledFromTheCacheFolder() throws {
    let dir = try temporaryFolder(self)
    try write(
      DocxFixture.make(body: wordParagraph("Năm {{ nam }}")), dir.appendingPathComponent("t.docx"))
    let cache = ["VANBAN_CACHE": dir.appendingPathComponent("cache").path]
    let render = { (output: String) in
      try CommandRunner.vanban(
        ["render", "t.docx", "--set", "nam=2023", "-o", output], in: dir, environment: cache)
    }

    XCTAssertEqual(try render("first.docx").status, 0)
    let entries = try FileManager.default.contentsOfDirectory(
      atPath: dir.appendingPathComponent("cache").path)
    XCTAssertEqual(entries.count, 1)
    XCTAssertEqual(try render("second.docx").status, 0)

    XCTAssertEqual(
      try Data(contentsOf: dir.appendingPathComponent("second.docx")),
      try Data(contentsOf: dir.appendingPathComponent("first.docx")))
  }

  func testVanbanCacheOffCompilesEveryTimeAndKeepsNothing() throws {
    let dir = try temporaryFolder(self)
    try write(
      DocxFixture.make(body: wordParagraph("Năm {{ nam }}")), dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(
      ["render", "t.docx", "--set", "nam=2023", "-o", "out.docx"], in: dir,
      environment: [
        "VANBAN_CACHE": "off", "XDG_CACHE_HOME": dir.appendingPathComponent("xdg").path,
      ])

    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("xdg").path))
  }

  func testRenderNotesOnceThatTagsOfAnotherToolArePrintedAsTheyAre() throws {
    let dir = try temporaryFolder(self)
    try write(
      DocxFixture.make(body: wordParagraph("{ten}, {d.so}, {{ nam }}") + wordParagraph("{ten}")),
      dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(
      ["render", "t.docx", "--set", "nam=2023", "-o", "out.docx", "--lang", "en"], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertEqual(
      result.standardError,
      "t.docx: note: 3 tags are written for another tool ({ten}, {d.so}, {ten}) and printed as "
        + "they are; run vanban lint t.docx for what to write instead\n")
    XCTAssertTrue(
      try bodyText(dir.appendingPathComponent("out.docx")).contains("{ten}, {d.so}, 2023"))
  }

  func testASetKeyOfMoreThan64DottedPartsIsAUsageErrorAnd64Work() throws {
    let dir = try temporaryFolder(self)
    try write(
      DocxFixture.make(body: wordParagraph("{{ a | length }}")),
      dir.appendingPathComponent("t.docx"))
    let deep = try CommandRunner.vanban(
      [
        "render", "t.docx", "--set",
        Array(repeating: "a", count: 30_000).joined(separator: ".") + "=1",
        "-o", "out.docx",
      ], in: dir)
    XCTAssertEqual(deep.status, 64, deep.standardError)
    XCTAssertTrue(
      deep.standardError.contains("the key has 30000 dotted parts; at most 64"), deep.standardError)
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.docx").path))
    let allowed = try CommandRunner.vanban(
      [
        "render", "t.docx", "--set", Array(repeating: "a", count: 64).joined(separator: ".") + "=1",
        "-o", "out.docx",
      ], in: dir)
    XCTAssertEqual(allowed.status, 0, allowed.standardError)
  }

  func testADashForTheOutputWritesTheDocumentToStandardOutput() throws {
    let dir = try temporaryFolder(self)
    try write(
      DocxFixture.make(body: wordParagraph("{{ a }}")), dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(["render", "t.docx", "--set", "a=x", "-o", "-"], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertEqual(
      Array(result.standardOutput.prefix(2)), [0x50, 0x4B], "a zip on standard output")
  }

  func testAnOutputOfAnotherFormatThanTheTemplateIsAUsageError() throws {
    let dir = try temporaryFolder(self)
    try write(DocxFixture.make(body: wordParagraph("x")), dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(["render", "t.docx", "-o", "out.odt"], in: dir)
    XCTAssertEqual(result.status, 64)
    XCTAssertTrue(result.standardError.contains("must be a .docx file"), result.standardError)
  }

  func testAnOutputThatIsAFileTheRenderReadsIsRefusedAndLeftAsItWas() throws {
    let dir = try temporaryFolder(self)
    let template = DocxFixture.make(body: wordParagraph("{{ nam }}"))
    try write(template, dir.appendingPathComponent("t.docx"))
    try Data(#"{"nam": 2021}"#.utf8).write(to: dir.appendingPathComponent("c.json"))
    try FileManager.default.createSymbolicLink(
      atPath: dir.appendingPathComponent("link.docx").path, withDestinationPath: "t.docx")

    for (output, depfile) in [("t.docx", nil), ("./link.docx", nil), ("out.docx", "c.json")] {
      let result = try CommandRunner.vanban(
        ["render", "t.docx", "--context", "c.json", "-o", output]
          + (depfile.map { ["--depfile", $0] } ?? []), in: dir)
      XCTAssertEqual(result.status, 64, result.standardError)
      XCTAssertTrue(
        result.standardError.contains("is a file this command reads"), result.standardError)
    }
    XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("t.docx")), Data(template))
    XCTAssertEqual(
      try Data(contentsOf: dir.appendingPathComponent("c.json")), Data(#"{"nam": 2021}"#.utf8))
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.docx").path))
  }

  func testATemplateMistakeExitsWithTheBadTemplateCodeAndSaysWhere() throws {
    let dir = try temporaryFolder(self)
    try write(
      DocxFixture.make(body: wordParagraph("x") + wordParagraph("{% for x in xs %}")),
      dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(["render", "t.docx", "-o", "out.docx"], in: dir)
    XCTAssertEqual(result.status, 66)
    XCTAssertTrue(
      result.standardError.contains("t.docx: body, paragraph 2: error: {% for %} is never closed"),
      result.standardError)
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.docx").path))
  }

  func testMissingDataExitsWithTheBadDataCodeAndLeavesThePreviousOutput() throws {
    let dir = try temporaryFolder(self)
    try write(
      DocxFixture.make(body: wordParagraph("{{ ten }}")), dir.appendingPathComponent("t.docx"))
    try Data("old".utf8).write(to: dir.appendingPathComponent("out.docx"))
    let result = try CommandRunner.vanban(["render", "t.docx", "-o", "out.docx"], in: dir)
    XCTAssertEqual(result.status, 65)
    XCTAssertTrue(result.standardError.contains("\"ten\" is not defined"), result.standardError)
    XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("out.docx")), Data("old".utf8))
  }

  func testAnUnwritableOutputExitsWithTheOutputFailureCode() throws {
    let dir = try temporaryFolder(self)
    try write(DocxFixture.make(body: wordParagraph("x")), dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(
      ["render", "t.docx", "-o", "missing/dir/out.docx"], in: dir)
    XCTAssertEqual(result.status, 73, result.standardError)
  }

  func testBrokenJSONIsReportedWithItsLineAndColumn() throws {
    let dir = try temporaryFolder(self)
    try write(DocxFixture.make(body: wordParagraph("x")), dir.appendingPathComponent("t.docx"))
    try Data("{\n  \"a\": 1,\n  \"b\" 2\n}".utf8).write(to: dir.appendingPathComponent("c.json"))
    let result = try CommandRunner.vanban(
      ["render", "t.docx", "--context", "c.json", "-o", "o.docx"], in: dir)
    XCTAssertEqual(result.status, 65)
    XCTAssertTrue(result.standardError.contains("c.json: 3:7: error:"), result.standardError)
  }
}
