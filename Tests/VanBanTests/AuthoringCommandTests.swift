import Foundation
import OfficeFixtures
import OfficePackage
import VanBan
import XCTest

/// `vanban inspect` and `vanban lint`, run as an author would.
final class AuthoringCommandTests: XCTestCase {
  /// Planted mistakes: a stray endif (paragraph 2), an unknown filter in a
  /// tag split by a formatting change (3), a loop opened in one table row
  /// and closed in another (4 → 7), an unclosed loop (8).
  static let plantedMistakes =
    wordParagraph("Kế hoạch năm {{ nam }}") + wordParagraph("Có {% endif %} thừa")
    + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{{ ten | up</w:t></w:r><w:r><w:t>pr }}</w:t></w:r></w:p>"
    + "<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>"
    + "<w:tr><w:tc>\(wordParagraph("A {% for d in ds %}"))</w:tc><w:tc>\(wordParagraph("B"))</w:tc></w:tr>"
    + "<w:tr><w:tc>\(wordParagraph("C"))</w:tc><w:tc>\(wordParagraph("{% endfor %} D"))</w:tc></w:tr></w:tbl>"
    + wordParagraph("{% for x in xs %}") + wordParagraph("{{ x }}")

  static let soundTemplate =
    wordParagraph("{{ co_quan | upper }}") + wordParagraph("{% for y in years %}")
    + wordParagraph("Năm {{ y.nam }}: {{ y.so | so }} cá nhân") + wordParagraph("{% endfor %}")
    + "<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/></w:tblGrid>"
    + "<w:tr><w:tc>\(wordParagraph("{%tr for d in don_vi %}"))</w:tc></w:tr>"
    + "<w:tr><w:tc>\(wordParagraph("{{ d.ten }}"))</w:tc></w:tr>"
    + "<w:tr><w:tc>\(wordParagraph("{%tr endfor %}"))</w:tc></w:tr></w:tbl>"
    + wordParagraph("{{ ghi_chu | default('') }}")

  private func write(_ bytes: [UInt8], _ url: URL) throws { try Data(bytes).write(to: url) }

  private func lines(_ data: Data) -> [String] {
    String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  func testInspectJSONListsNamesBlocksFiltersAndTagsWithTheirPlaces() throws {
    let dir = try temporaryFolder(self)
    try write(DocxFixture.make(body: Self.soundTemplate), dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(["inspect", "t.docx", "--format", "json"], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    let report = try JSONDecoder().decode(InspectionReport.self, from: result.standardOutput)
    XCTAssertEqual(report.version, 1)
    XCTAssertEqual(report.format, "docx")
    XCTAssertEqual(
      report.names.map(\.name),
      ["co_quan", "years", "years[].nam", "years[].so", "don_vi", "don_vi[].ten", "ghi_chu"])
    XCTAssertEqual(report.names.last?.optional, true)
    XCTAssertEqual(report.blocks.map(\.structure), ["paragraph", "row"])
    XCTAssertEqual(report.blocks.map(\.over), ["years", "don_vi"])
    XCTAssertEqual(report.filters.map(\.name), ["upper", "so", "default"])
    let loop = report.tags[report.blocks[1].tag]
    XCTAssertEqual(
      [loop.part, "\(loop.paragraph ?? 0)", "\(loop.table ?? 0)", "\(loop.row ?? 0)"],
      ["body", "5", "1", "1"])
    XCTAssertEqual(loop.text, "⟦{%tr for d in don_vi %}⟧")
    XCTAssertEqual(report.tags[report.blocks[1].end ?? 0].source, "{%tr endfor %}")
    XCTAssertTrue(report.problems.isEmpty)
  }

  func testInspectTextNamesWhatTheTemplateReadsAndRepeats() throws {
    let dir = try temporaryFolder(self)
    try write(DocxFixture.make(body: Self.soundTemplate), dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(["inspect", "t.docx", "--lang", "vi"], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    let text = String(decoding: result.standardOutput, as: UTF8.self)
    for expected in [
      "Tên mẫu đọc từ dữ liệu (7):", "years[].nam", "ghi_chu (có thể thiếu)",
      "{% for y in years %} — lặp lại các đoạn văn — từ thân văn bản, đoạn 2 đến thân văn bản, đoạn 4",
      "{% for d in don_vi %} — lặp lại các hàng của bảng",
    ] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in:\n\(text)")
    }
  }

  func testLintReportsEveryPlantedMistakeAtOnceWithTheBadTemplateCode() throws {
    let dir = try temporaryFolder(self)
    try write(DocxFixture.make(body: Self.plantedMistakes), dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(["lint", "t.docx", "--lang", "en"], in: dir)
    XCTAssertEqual(result.status, 66, result.standardError)
    let out = lines(result.standardOutput).filter { !$0.hasPrefix("    ") }
    XCTAssertEqual(
      out,
      [
        "t.docx: body, paragraph 2: error: {% endif %} has no opening tag to close; remove the tag, or add the opening tag before it",
        "t.docx: body, paragraph 3: error: there is no filter named \"uppr\"; did you mean \"upper\"?",
        "t.docx: body, paragraph 7 (table 1, row 2, cell 2): error: {% endfor %} closes the {% for %} opened at body, paragraph 4 (table 1, row 1, cell 1), but the two tags are in different places of the document's structure (paragraph, table row or cell); put both tags in the same paragraph, or use {%p …%} on paragraphs, {%tr …%} on table rows, {%tc …%} on cells for both",
        "t.docx: body, paragraph 8: error: {% for %} is never closed by {% endfor %}; add {% endfor %} after the last paragraph the block covers",
        "t.docx: 4 errors, 0 notes",
      ])
  }

  func testLintNotesAnotherToolsTagsWithWhatToWriteInstead() throws {
    let dir = try temporaryFolder(self)
    try write(
      DocxFixture.make(body: wordParagraph("Kính gửi {ten}: {{ so }}")),
      dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(["lint", "t.docx", "--lang", "en"], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertEqual(
      lines(result.standardOutput),
      [
        "t.docx: body, paragraph 1: note: {ten} is a docxtemplater tag; vanban reads Jinja tags, as docxtpl does; write {{ ten }}",
        "    Kính gửi ⟦{ten}⟧: {{ so }}",
        "t.docx: 0 errors, 1 note",
      ])
  }

  func testLintSpeaksVietnameseWhenAsked() throws {
    let dir = try temporaryFolder(self)
    try write(DocxFixture.make(body: Self.plantedMistakes), dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(["lint", "t.docx", "--lang", "vi"], in: dir)
    XCTAssertEqual(result.status, 66)
    let out = String(decoding: result.standardOutput, as: UTF8.self)
    XCTAssertTrue(
      out.contains(
        "t.docx: thân văn bản, đoạn 8: lỗi: thẻ {% for %} chưa được đóng: thiếu {% endfor %}; thêm {% endfor %} sau đoạn cuối cần lặp"
      ), out)
    XCTAssertTrue(out.contains("t.docx: 4 lỗi, 0 gợi ý"), out)
  }

  func testLintWithDataNamesWhatTheDataLacksAndWhatNoTagReads() throws {
    let dir = try temporaryFolder(self)
    try write(DocxFixture.make(body: Self.soundTemplate), dir.appendingPathComponent("t.docx"))
    try Data(
      #"{"co_quan": "Ban Dân tộc", "years": [{"nam": 2021, "so": 3}], "don_vi": [{"tn": "Phòng A", "ma": "PA"}], "thua": 1}"#
        .utf8
    ).write(to: dir.appendingPathComponent("c.json"))
    let result = try CommandRunner.vanban(["lint", "t.docx", "--context", "c.json"], in: dir)
    XCTAssertEqual(result.status, 65, result.standardError)
    XCTAssertEqual(
      lines(result.standardOutput).filter { !$0.hasPrefix("    ") },
      [
        "t.docx: body, paragraph 6 (table 1, row 2, cell 1): error: \"don_vi[].ten\" is not defined in the data; did you mean \"don_vi[].tn\"? Otherwise add it to the data, or write | default('…')",
        "t.docx: note: the data has \"don_vi[].tn\" but no tag reads it",
        "t.docx: note: the data has \"don_vi[].ma\" but no tag reads it",
        "t.docx: note: the data has \"thua\" but no tag reads it",
        "t.docx: 1 error, 3 notes",
      ])
  }

  func testLintOfASoundTemplateWithItsDataExitsZero() throws {
    let dir = try temporaryFolder(self)
    try write(DocxFixture.make(body: Self.soundTemplate), dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(
      ["lint", "t.docx", "--set", "co_quan=Ban", "--set", "years=[]", "--set", "don_vi=[]"], in: dir
    )
    XCTAssertEqual(result.status, 0, String(decoding: result.standardOutput, as: UTF8.self))
    XCTAssertEqual(lines(result.standardOutput), ["t.docx: no problems found"])
  }

  func testLintAnnotateWritesACopyWithACommentAtEachFaultyParagraph() throws {
    let dir = try temporaryFolder(self)
    try write(DocxFixture.make(body: Self.plantedMistakes), dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(
      ["lint", "t.docx", "--annotate", "t-loi.docx", "--lang", "vi"], in: dir)
    XCTAssertEqual(result.status, 66)
    let reader = try PackageReader(path: dir.appendingPathComponent("t-loi.docx").path)
    let document = try XMLPart.parse(
      try reader.data(of: try XCTUnwrap(reader.entry(named: "word/document.xml"))), name: "d")
    let comments = try XMLPart.parse(
      try reader.data(of: try XCTUnwrap(reader.entry(named: "word/comments.xml"))), name: "c")
    let paragraphs = Self.paragraphOfEachComment(document.root)
    var found: [Int: String] = [:]
    for comment in comments.root.elementChildren {
      let id = try XCTUnwrap(comment.attribute("w:id"))
      found[try XCTUnwrap(paragraphs[id])] = Self.text(of: comment)
    }
    XCTAssertEqual(found.keys.sorted(), [2, 3, 7, 8])
    XCTAssertTrue(found[8]?.contains("Lỗi: thẻ {% for %} chưa được đóng") == true, found[8] ?? "")
    XCTAssertTrue(
      found[8]?.contains("Cách sửa: thêm {% endfor %} sau đoạn cuối cần lặp") == true,
      found[8] ?? "")
    XCTAssertTrue(found[3]?.contains("\"uppr\"") == true, found[3] ?? "")
    XCTAssertTrue(found[2]?.contains("không có thẻ mở tương ứng") == true, found[2] ?? "")
    XCTAssertTrue(
      found[7]?.contains("{% endfor %} đóng thẻ {% for %} mở ở thân văn bản, đoạn 4") == true,
      found[7] ?? "")
  }

  func testLintAnnotateRefusesToWriteOverTheTemplate() throws {
    let dir = try temporaryFolder(self)
    let template = DocxFixture.make(body: Self.plantedMistakes)
    try write(template, dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(["lint", "t.docx", "--annotate", "t.docx"], in: dir)
    XCTAssertEqual(result.status, 64, result.standardError)
    XCTAssertTrue(
      result.standardError.contains("t.docx is a file this command reads"), result.standardError)
    XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("t.docx")), Data(template))
  }

  func testTheAnnotatedDocxOpensInLibreOfficeWithItsComments() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    let dir = try temporaryFolder(self)
    try write(DocxFixture.make(body: Self.plantedMistakes), dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(["lint", "t.docx", "--annotate", "t-loi.docx"], in: dir)
    XCTAssertEqual(result.status, 66)
    let annotated = [UInt8](try Data(contentsOf: dir.appendingPathComponent("t-loi.docx")))
    let odt = try LibreOffice.convert(annotated, fileExtension: "docx", to: "odt")
    let reader = try PackageReader(bytes: odt)
    let content = String(
      decoding: try reader.data(of: try XCTUnwrap(reader.entry(named: "content.xml"))),
      as: UTF8.self)
    XCTAssertEqual(
      content.components(separatedBy: "<office:annotation ").count - 1
        + content.components(separatedBy: "<office:annotation>").count - 1, 4, content)
    XCTAssertTrue(content.contains("there is no filter named"), content)
    XCTAssertTrue(content.contains("Kế hoạch năm {{ nam }}"), content)
  }

  func testTheAnnotatedOdtOpensInLibreOfficeWithItsAnnotations() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    let dir = try temporaryFolder(self)
    let body =
      "<text:p>Năm {{ nam }}</text:p><text:p>Có {% endif %} thừa</text:p>"
      + "<text:p><text:span>{{ ten | up</text:span>pr }} và chữ sau</text:p><text:p>{% for x in xs %}</text:p>"
    try write(OdtFixture.make(body: body), dir.appendingPathComponent("t.odt"))
    let result = try CommandRunner.vanban(["lint", "t.odt", "--annotate", "t-loi.odt"], in: dir)
    XCTAssertEqual(result.status, 66)
    let annotated = [UInt8](try Data(contentsOf: dir.appendingPathComponent("t-loi.odt")))
    let docx = try LibreOffice.convert(annotated, fileExtension: "odt", to: "docx")
    let reader = try PackageReader(bytes: docx)
    let comments = String(
      decoding: try reader.data(of: try XCTUnwrap(reader.entry(named: "word/comments.xml"))),
      as: UTF8.self)
    XCTAssertEqual(comments.components(separatedBy: "<w:comment ").count - 1, 3, comments)
    XCTAssertTrue(comments.contains("has no opening tag"), comments)
  }

  // MARK: - Helpers

  /// Comment id → number of the body paragraph its range starts in.
  static func paragraphOfEachComment(_ root: XMLElementNode) -> [String: Int] {
    var result: [String: Int] = [:]
    var number = 0
    func visit(_ e: XMLElementNode, _ current: Int) {
      var current = current
      if e.name == "w:p" {
        number += 1
        current = number
      }
      if e.name == "w:commentRangeStart", let id = e.attribute("w:id") { result[id] = current }
      for child in e.elementChildren { visit(child, current) }
    }
    visit(root, 0)
    return result
  }

  static func text(of element: XMLElementNode) -> String {
    var s = ""
    for child in element.children {
      if let t = child as? XMLTextNode { s += t.text }
      if let e = child as? XMLElementNode { s += text(of: e) + (e.name == "w:p" ? "\n" : "") }
    }
    return s
  }
}
