import OfficeFixtures
import OfficeTemplates
import TemplateLanguage
import XCTest

/// docxtpl's table-cell statements: `{% cellbg %}`, `{% colspan %}`,
/// `{% vm %}` and `{% hm %}` become the cell's properties.
final class CellStatementTests: XCTestCase {
  /// The `w:tcPr` elements of a rendered body, in order.
  private func cellProperties(_ doc: RenderedDocument) throws -> [String] {
    try doc.body.components(separatedBy: "<w:tcPr>").dropFirst()
      .map { $0.components(separatedBy: "</w:tcPr>")[0] }
  }

  func testCellbgShadesTheCellOfEachRowWithItsColour() throws {
    let body = table([
      ["{%tr for a in alerts %}"], ["{% cellbg a.bg %}{{ a.text }}"], ["{%tr endfor %}"],
    ])
    let doc = try renderDocx(
      body: body,
      ["alerts": [["bg": "FF0000", "text": "Nguy cấp"], ["bg": "FFDD00", "text": "Cảnh báo"]]])
    XCTAssertEqual(try doc.paragraphs(), ["Nguy cấp", "Cảnh báo"])
    XCTAssertEqual(
      try cellProperties(doc),
      [
        #"<w:tcW w:w="3000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="FF0000"/>"#,
        #"<w:tcW w:w="3000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="FFDD00"/>"#,
      ])
  }

  func testCellbgReplacesTheCellsShadingWhereWordExpectsIt() throws {
    let cell =
      #"<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/><w:shd w:val="clear" w:fill="CCCCCC"/>"#
      + #"<w:vAlign w:val="center"/></w:tcPr>"# + p("{% cellbg 'AAAAAA' %}Ô") + "</w:tc>"
    let body = "<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/></w:tblGrid><w:tr>\(cell)</w:tr></w:tbl>"
    let doc = try renderDocx(body: body, [:])
    XCTAssertEqual(
      try cellProperties(doc),
      [
        #"<w:tcW w:w="3000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="AAAAAA"/>"#
          + #"<w:vAlign w:val="center"/>"#
      ])
  }

  func testAColourWithAQuoteIsEscapedInsideTheAttribute() throws {
    let doc = try renderDocx(body: table([["{% cellbg c %}x"]]), ["c": "F\"0&"])
    let xml = try doc.body
    XCTAssertTrue(xml.contains(#"w:fill="F&quot;0&amp;""#), xml)
  }

  func testAStatementAloneInItsCellLeavesTheCellItsParagraph() throws {
    let doc = try renderDocx(body: table([["{% cellbg 'AAAAAA' %}", "b"]]), [:])
    XCTAssertEqual(try doc.paragraphs(), ["", "b"])
  }

  func testColspanMakesTheCellSpanThatManyGridColumns() throws {
    let doc = try renderDocx(body: table([["{% colspan n %}Tiêu đề"], ["a", "b"]]), ["n": 2])
    XCTAssertEqual(
      try cellProperties(doc).first,
      #"<w:tcW w:w="3000" w:type="dxa"/><w:gridSpan w:val="2"/>"#)
  }

  func testVmMergesTheCellDownTheRowsOfTheLoopShowingTheFirstRowsText() throws {
    let body = table([
      ["{%tr for u in units %}", ""], ["{% vm %}{{ group }}", "{{ u }}"], ["{%tr endfor %}", ""],
    ])
    let doc = try renderDocx(
      body: body, ["group": "Khối A", "units": ["Phòng 1", "Phòng 2", "Phòng 3"]])
    XCTAssertEqual(try doc.paragraphs(), ["Khối A", "Phòng 1", "", "Phòng 2", "", "Phòng 3"])
    let merges = try doc.body.components(separatedBy: "<w:vMerge w:val=\"").dropFirst()
      .map { $0.prefix { $0 != "\"" } }
    XCTAssertEqual(merges, ["restart", "continue", "continue"])
  }

  func testHmWritesOneCellSpanningTheColumnsOfTheLoop() throws {
    let body = table([
      ["Đơn vị", "{%tc for m in months %}", "{% hm %}Tháng", "{%tc endfor %}"],
      ["A", "{%tc for m in months %}", "{{ m }}", "{%tc endfor %}"],
    ])
    let doc = try renderDocx(body: body, ["months": [1, 2, 3]])
    XCTAssertEqual(try doc.paragraphs(), ["Đơn vị", "Tháng", "A", "1", "2", "3"])
    let xml = try doc.body
    XCTAssertTrue(xml.contains(#"<w:gridSpan w:val="3"/>"#), xml)
    XCTAssertEqual(xml.components(separatedBy: "<w:gridCol ").count - 1, 4)
  }

  func testHmMultipliesASpanTheCellAlreadyHas() throws {
    let cell =
      #"<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>"# + p("{% hm %}Quý") + "</w:tc>"
    let loop = { (text: String) in "<w:tc>\(p(text))</w:tc>" }
    let body =
      "<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/></w:tblGrid><w:tr>"
      + loop("{%tc for q in quarters %}") + cell + loop("{%tc endfor %}") + "</w:tr></w:tbl>"
    let doc = try renderDocx(body: body, ["quarters": ["I", "II"]])
    let xml = try doc.body
    XCTAssertTrue(xml.contains(#"<w:gridSpan w:val="4"/>"#), xml)
  }

  func testSpansTooWideForATableAreTakenAsTheWidestNotOverflowed() throws {
    let huge =
      #"<w:tc><w:tcPr><w:gridSpan w:val="9223372036854775807"/></w:tcPr>"# + p("x") + "</w:tc>"
    let loop = { (text: String) in "<w:tc>\(p(text))</w:tc>" }
    let body =
      #"<w:tbl><w:tblGrid><w:gridCol w:w="9223372036854775807"/><w:gridCol w:w="9223372036854775807"/></w:tblGrid><w:tr>"#
      + huge + huge + loop("{%tc for m in ms %}") + loop("{{ m }}") + loop("{%tc endfor %}")
      + "</w:tr></w:tbl>"

    let doc = try renderDocx(body: body, ["ms": [1, 2]])

    XCTAssertEqual(try doc.paragraphs(), ["x", "x", "1", "2"])
    XCTAssertEqual(try doc.body.components(separatedBy: "<w:gridCol ").count - 1, 2 * 1024 + 2)
  }

  func testACellStatementOutsideATableSaysWhereItMustGo() {
    let errors = compileErrors(docx: p("Màu {% cellbg 'FF0000' %}"))
    XCTAssertEqual(
      errors.map(\.problem), [.misplaced(keyword: "cellbg", allowedIn: "a table cell")])
    XCTAssertEqual(errors.first?.location.place, "body, paragraph 1")
  }

  func testVmAndHmOutsideTheirLoopsSayWhichLoopTheyNeed() {
    let errors = compileErrors(docx: table([["{% vm %}Khối", "{% hm %}Tháng"]]))
    XCTAssertEqual(
      errors.map(\.problem),
      [
        .misplaced(keyword: "vm", allowedIn: "a row loop ({%tr for … %})"),
        .misplaced(keyword: "hm", allowedIn: "a column loop ({%tc for … %})"),
      ])
  }

  func testCellbgWithoutAColourIsASyntaxErrorThatShowsAnExample() {
    let errors = compileErrors(docx: table([["{% cellbg %}x"]]))
    XCTAssertEqual(errors.count, 1)
    XCTAssertTrue(errors.first?.message.contains("{% cellbg 'FF0000' %}") == true, "\(errors)")
  }

  func testCellStatementsInAnODTTemplateSayTheyAreForWord() {
    let body =
      "<table:table><table:table-column/><table:table-row><table:table-cell>"
      + op("{% cellbg 'FF0000' %}x") + "</table:table-cell></table:table-row></table:table>"
    XCTAssertThrowsError(try CompiledTemplate(bytes: OdtFixture.make(body: body))) { error in
      guard case .template(let errors) = error as? OfficeTemplateError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(
        errors.diagnostics.map(\.problem),
        [.misplaced(keyword: "cellbg", allowedIn: "a table cell of a Word (.docx) template")])
    }
  }
}
