import OfficeFixtures
import VanBan
import XCTest
import OrderedCollections

/// Rendered documents opened by a real office suite: LibreOffice converts
/// them to PDF and the PDF's text is read back.
final class LibreOfficeRoundTripTests: XCTestCase {
  private let context: Value = [
    "co_quan": "Ban Dân tộc", "nam": 2023, "ghi_chu": "A & B <C>",
    "don_vi": [["ten": "Phòng Tổng hợp", "so": 3], ["ten": "Phòng Chính sách", "so": 16]],
  ]

  func testARenderedDocxOpensInLibreOfficeWithItsTextHeaderAndFooter() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    let body =
      wordParagraph("BÁO CÁO năm {{ nam }} của {{ co_quan }}")
      + wordParagraph("{% for d in don_vi %}")
      + wordParagraph("{{ loop.index }}. {{ d.ten }}: {{ d.so }} cá nhân")
      + wordParagraph("{% endfor %}") + wordParagraph("Ghi chú: {{ ghi_chu }}")
    let template = try CompiledTemplate(
      bytes: DocxFixture.make(
        body: body, header: wordParagraph("Đầu trang {{ co_quan }}"),
        footer: wordParagraph("Chân trang {{ nam }}")))
    let text = try LibreOffice.renderedText(of: template.render(context), fileExtension: "docx")
    for expected in [
      "BÁO CÁO năm 2023 của Ban Dân tộc", "1. Phòng Tổng hợp: 3 cá nhân",
      "2. Phòng Chính sách: 16 cá nhân", "Ghi chú: A & B <C>", "Đầu trang Ban Dân tộc",
      "Chân trang 2023",
    ] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in:\n\(text)")
    }
    XCTAssertFalse(text.contains("{%"), text)
  }

  func testARenderedOdtOpensInLibreOfficeWithItsTextHeaderAndFooter() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    let body =
      "<text:p>BÁO CÁO năm {{ nam }} của {{ co_quan }}</text:p>"
      + "<text:p>{% for d in don_vi %}</text:p><text:p>{{ loop.index }}. {{ d.ten }}: {{ d.so }} cá nhân</text:p>"
      + "<text:p>{% endfor %}</text:p><text:p>Ghi chú: {{ ghi_chu }}</text:p>"
    let template = try CompiledTemplate(
      bytes: OdtFixture.make(
        body: body, header: "<text:p>Đầu trang {{ co_quan }}</text:p>",
        footer: "<text:p>Chân trang {{ nam }}</text:p>"))
    let text = try LibreOffice.renderedText(of: template.render(context), fileExtension: "odt")
    for expected in [
      "BÁO CÁO năm 2023 của Ban Dân tộc", "1. Phòng Tổng hợp: 3 cá nhân",
      "2. Phòng Chính sách: 16 cá nhân", "Ghi chú: A & B <C>", "Đầu trang Ban Dân tộc",
      "Chân trang 2023",
    ] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in:\n\(text)")
    }
  }

  func testADocxWhoseWordPrefixWasRenamedOpensInLibreOfficeOnceRendered() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    let body =
      wordParagraph("{% for d in don_vi %}") + wordParagraph("{{ d.ten }}: {{ d.so }}")
      + wordParagraph("{% endfor %}")
    let template = try CompiledTemplate(
      bytes: DocxFixture.renamingWordPrefix(of: DocxFixture.make(body: body)))
    let text = try LibreOffice.plainText(of: template.render(context), fileExtension: "docx")
    XCTAssertEqual(
      text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) },
      ["Phòng Tổng hợp: 3", "Phòng Chính sách: 16"])
  }

  func testAHyperlinkWhoseAddressIsATagLinksToTheValueInLibreOffice() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    let body =
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      + "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"{{ url }}\" </w:instrText></w:r>"
      + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>{{ co_quan }}</w:t></w:r>"
      + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
    let template = try CompiledTemplate(bytes: DocxFixture.make(body: body))
    let rendered = try template.render(["url": "https://x.vn/a?b=1&c=2", "co_quan": "Ban Dân tộc"])
    let html = String(
      decoding: try LibreOffice.convert(rendered, fileExtension: "docx", to: "html"), as: UTF8.self)
    XCTAssertTrue(html.contains(#"href="https://x.vn/a?b=1&amp;c=2""#), html)
    XCTAssertTrue(html.contains("Ban Dân tộc"), html)
  }

  func testATableWithRepeatedRowsAndColumnsOpensInLibreOffice() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    func cell(_ text: String) -> String { "<w:tc>\(wordParagraph(text))</w:tc>" }
    let table =
      "<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
      + "<w:tr>\(cell("Đơn vị"))\(cell("{%tc for y in nam_hoc %}"))\(cell("Năm {{ y }}"))\(cell("{%tc endfor %}"))</w:tr>"
      + "<w:tr>\(cell("{%tr for d in don_vi %}"))\(cell(""))\(cell(""))\(cell(""))</w:tr>"
      + "<w:tr>\(cell("{{ d.ten }}"))\(cell("{%tc for y in nam_hoc %}"))\(cell("{{ d.so + y - 2020 }}"))\(cell("{%tc endfor %}"))</w:tr>"
      + "<w:tr>\(cell("{%tr endfor %}"))\(cell(""))\(cell(""))\(cell(""))</w:tr></w:tbl>"
    let template = try CompiledTemplate(bytes: DocxFixture.make(body: table + wordParagraph("")))
    var context = self.context
    if case .map(var m) = context {
      m["nam_hoc"] = [2021, 2022, 2023]
      context = .map(m)
    }
    let text = try LibreOffice.plainText(of: template.render(context), fileExtension: "docx")
    for expected in ["Năm 2021", "Năm 2023", "Phòng Tổng hợp", "Phòng Chính sách", "19"] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in:\n\(text)")
    }
  }

  func testATableWithDocxtplsCellStatementsOpensInLibreOffice() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    func cell(_ text: String) -> String { "<w:tc>\(wordParagraph(text))</w:tc>" }
    func row(_ texts: String...) -> String { "<w:tr>" + texts.map(cell).joined() + "</w:tr>" }
    let grid = String(repeating: "<w:gridCol w:w=\"2000\"/>", count: 5)
    let table =
      "<w:tbl><w:tblGrid>\(grid)</w:tblGrid>"
      + row("Khối", "Đơn vị", "{%tc for y in nam_hoc %}", "{% hm %}Năm học", "{%tc endfor %}")
      + row("{%tr for d in don_vi %}", "", "", "", "")
      + row(
        "{% vm %}Khối A", "{% cellbg 'FFDD00' %}{{ d.ten }}", "{%tc for y in nam_hoc %}",
        "{{ d.so + y - 2020 }}", "{%tc endfor %}")
      + row("{%tr endfor %}", "", "", "", "")
      + row("{% colspan 2 %}Cộng", "{%tc for y in nam_hoc %}", "{{ y }}", "{%tc endfor %}")
      + "</w:tbl>"
    let template = try CompiledTemplate(bytes: DocxFixture.make(body: table + wordParagraph("")))
    var context = self.context
    if case .map(var m) = context {
      m["nam_hoc"] = [2021, 2022]
      context = .map(m)
    }
    let text = try LibreOffice.plainText(of: template.render(context), fileExtension: "docx")
    for expected in ["Năm học", "Phòng Tổng hợp", "Phòng Chính sách", "18", "Cộng", "2022"] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in:\n\(text)")
    }
    XCTAssertEqual(text.components(separatedBy: "Khối A").count - 1, 1, text)
    XCTAssertFalse(text.contains("{%"), text)
  }
}
