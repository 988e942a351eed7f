import OfficeFixtures
import OfficePackage
import OfficeTemplates
import TemplateLanguage
import XCTest

final class DocxRenderingTests: XCTestCase {
  func testAPlaceholderIsReplacedByItsValue() throws {
    let doc = try renderDocx(body: p("Kính gửi: {{ noi_nhan }}"), ["noi_nhan": "Sở Nội vụ"])
    XCTAssertEqual(try doc.paragraphs(), ["Kính gửi: Sở Nội vụ"])
  }

  func testWithAndEndwithAloneInTheirParagraphsLeaveNoParagraphBehind() throws {
    let body =
      p("Trước") + p("{% with dv = don_vi %}") + p("Kính gửi: {{ dv.ten }}") + p("{% endwith %}")
      + p("Sau")
    let doc = try renderDocx(body: body, ["don_vi": ["ten": "Sở Nội vụ"]])
    XCTAssertEqual(try doc.paragraphs(), ["Trước", "Kính gửi: Sở Nội vụ", "Sau"])
  }

  func testARawBlockPrintsTagsAsTextKeepingTheFormattingOfTheirRuns() throws {
    let body =
      "<w:p>" + r("Viết {% raw %}") + r("{{ ten", bold: true)
      + r(" }}{% endraw %} để in tên {{ ten }}")
      + "</w:p>"
    let doc = try renderDocx(body: body, ["ten": "Ánh"])
    XCTAssertEqual(try doc.paragraphs(), ["Viết {{ ten }} để in tên Ánh"])
    XCTAssertTrue(
      try doc.body.contains(
        "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{{ ten</w:t></w:r>"))
  }

  func testARawBlockMustEndInItsParagraph() throws {
    let errors = compileErrors(docx: p("{% raw %}{{ a }}") + p("{% endraw %}"))
    XCTAssertEqual(
      errors.map(\.problem),
      [
        .unclosedBlock(keyword: "raw", closing: "endraw"),
        .unexpectedEnd(found: "endraw", expected: nil),
      ])
    XCTAssertEqual(errors.first?.location.paragraph, 1)
  }

  func testWholeNumbersArePrintedInFullWithTheirSign() throws {
    let doc = try renderDocx(
      body: p("{{ a }} {{ b }} {{ c }} {{ d }}"),
      ["a": 0, "b": -42, "c": .int(Int.max), "d": .int(Int.min)])
    XCTAssertEqual(
      try doc.paragraphs(), ["0 -42 9223372036854775807 -9223372036854775808"])
  }

  func testATagSplitAcrossThreeRunsKeepsTheFirstRunsFormatting() throws {
    let body =
      "<w:p>" + r("Năm ") + r("{{ na", bold: true) + r("m }", italic: true) + r("}") + "</w:p>"
    let doc = try renderDocx(body: body, ["nam": 2021])
    XCTAssertEqual(try doc.paragraphs(), ["Năm 2021"])
    let xml = try doc.body
    XCTAssertTrue(
      xml.contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">2021</w:t></w:r>"), xml)
    XCTAssertFalse(xml.contains("<w:i/>"), "the run that held only the tag's end is removed")
  }

  func testTextBeforeAndAfterATagKeepsItsOwnFormatting() throws {
    let body = "<w:p>" + r("Ông {{ ten", bold: true) + r(" }} ký", italic: true) + "</w:p>"
    let xml = try renderDocx(body: body, ["ten": "Võ Nam Thắng"]).body
    XCTAssertTrue(
      xml.contains("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Ông Võ Nam Thắng</w:t>"), xml)
    XCTAssertTrue(xml.contains("<w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\"> ký</w:t>"), xml)
  }

  func testTagsSharingOneRunKeepTheTextBetweenThemInThatRun() throws {
    let body = "<w:p>" + r("Từ {{ a }} đến {{ b }}, tổng {{ c }} người", bold: true) + "</w:p>"
    let xml = try renderDocx(body: body, ["a": 2021, "b": 2025, "c": 16]).body
    XCTAssertTrue(
      xml.contains(
        "<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Từ 2021 đến 2025, tổng 16 người</w:t>"),
      xml)
  }

  func testADelimiterSplitInTheMiddleIsStillFound() throws {
    let doc = try renderDocx(body: p("Số: {", "{ so }", "}/KH-BDT"), ["so": "16"])
    XCTAssertEqual(try doc.paragraphs(), ["Số: 16/KH-BDT"])
  }

  func testCurlyQuotesTypedByWordInsideATagAreStraightQuotes() throws {
    let doc = try renderDocx(body: p("{{ ten | default(“Ban Dân tộc”) }}"), [:])
    XCTAssertEqual(try doc.paragraphs(), ["Ban Dân tộc"])
  }

  func testValuesAreEscapedForXML() throws {
    let doc = try renderDocx(body: p("{{ a }}"), ["a": "<b> & \"c\" 'd'"])
    XCTAssertEqual(try doc.paragraphs(), ["<b> & \"c\" 'd'"])
    XCTAssertTrue(try doc.body.contains("&lt;b&gt; &amp; \"c\" 'd'"))
  }

  func testANewlineBecomesALineBreakAndATabATab() throws {
    let doc = try renderDocx(body: p("{{ a }}"), ["a": "một\nhai\tba"])
    XCTAssertEqual(try doc.paragraphs(), ["một\nhai\tba"])
    XCTAssertTrue(try doc.body.contains("một</w:t><w:br/><w:t xml:space=\"preserve\">hai"))
  }

  func testALoneControlTagActsOnItsParagraph() throws {
    let body = p("{% for x in xs %}") + p("- {{ x }};") + p("{% endfor %}") + p("Hết.")
    let doc = try renderDocx(body: body, ["xs": ["a", "b"]])
    XCTAssertEqual(try doc.paragraphs(), ["- a;", "- b;", "Hết."])
  }

  func testALoneControlTagInAContentControlTakesTheControlAlong() throws {
    func control(_ paragraph: String) -> String {
      "<w:sdt><w:sdtPr><w:alias w:val=\"Khối\"/></w:sdtPr><w:sdtContent>\(paragraph)</w:sdtContent></w:sdt>"
    }
    let body = control(p("{% if co %}")) + p("Có {{ ten }}") + control(p("{% endif %}")) + p("Hết")

    let shown = try renderDocx(body: body, ["co": true, "ten": "Ánh"])
    XCTAssertEqual(try shown.paragraphs(), ["Có Ánh", "Hết"])
    let xml = try shown.body
    XCTAssertFalse(xml.contains("w:sdt"), xml)
    XCTAssertEqual(try renderDocx(body: body, ["co": false, "ten": "Ánh"]).paragraphs(), ["Hết"])
  }

  func testWhereWordLastBrokeThePageIsNotRepeatedByALoop() throws {
    let body =
      p("{% for x in xs %}")
      + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>{{ x }}</w:t></w:r></w:p>" + p("{% endfor %}")
    let doc = try renderDocx(body: body, ["xs": ["a", "b", "c"]])
    XCTAssertEqual(try doc.paragraphs(), ["a", "b", "c"])
    let xml = try doc.body
    XCTAssertFalse(xml.contains("lastRenderedPageBreak"), xml)
  }

  func testAParagraphPrefixRemovesTheTagsParagraph() throws {
    let body = p("{%p if show %}") + p("Có") + p("{%p else %}") + p("Không") + p("{%p endif %}")
    XCTAssertEqual(try renderDocx(body: body, ["show": false]).paragraphs(), ["Không"])
    XCTAssertEqual(try renderDocx(body: body, ["show": true]).paragraphs(), ["Có"])
  }

  func testAnInlineConditionAcrossRunsKeepsTheParagraph() throws {
    let body = "<w:p>" + r("A{% if x %}") + r("B", bold: true) + r("{% endif %}C") + "</w:p>"
    XCTAssertEqual(try renderDocx(body: body, ["x": true]).paragraphs(), ["ABC"])
    XCTAssertEqual(try renderDocx(body: body, ["x": false]).paragraphs(), ["AC"])
  }

  func testARowPrefixRepeatsTableRows() throws {
    let body = table([
      ["STT", "Tên"], ["{%tr for u in units %}", ""], ["{{ loop.index }}", "{{ u }}"],
      ["{%tr endfor %}", ""],
    ])
    let doc = try renderDocx(body: body, ["units": ["A", "B", "C"]])
    XCTAssertEqual(try doc.paragraphs(), ["STT", "Tên", "1", "A", "2", "B", "3", "C"])
    XCTAssertEqual(try doc.body.components(separatedBy: "<w:tr>").count - 1, 4)
  }

  func testACellPrefixRepeatsColumnsAndTheGridFollows() throws {
    let body = table([["Năm", "{%tc for y in years %}", "{{ y }}", "{%tc endfor %}"]])
    let doc = try renderDocx(body: body, ["years": [2021, 2022, 2023]])
    XCTAssertEqual(try doc.paragraphs(), ["Năm", "2021", "2022", "2023"])
    let xml = try doc.body
    XCTAssertEqual(xml.components(separatedBy: "<w:gridCol ").count - 1, 4, xml)
    XCTAssertEqual(xml.components(separatedBy: "<w:tc>").count - 1, 4)
  }

  func testARunPrefixRemovesTheTagsRun() throws {
    let body = "<w:p>" + r("A") + r("{%r if x %}") + r("B") + r("{%r endif %}") + r("C") + "</w:p>"
    XCTAssertEqual(try renderDocx(body: body, ["x": false]).paragraphs(), ["AC"])
    XCTAssertFalse(try renderDocx(body: body, ["x": true]).body.contains("{%"))
  }

  func testLoopsNestThreeDeep() throws {
    let body =
      p("{% for a in xs %}") + p("{% for b in a.ys %}") + p("{% for c in b.zs %}")
      + p("{{ a.n }}.{{ b.n }}.{{ c }}") + p("{% endfor %}") + p("{% endfor %}") + p("{% endfor %}")
    let context: Value = [
      "xs": [
        ["n": 1, "ys": [["n": 1, "zs": ["a", "b"]], ["n": 2, "zs": ["c"]]]],
        ["n": 2, "ys": [["n": 1, "zs": ["d"]]]],
      ]
    ]
    XCTAssertEqual(
      try renderDocx(body: body, context).paragraphs(), ["1.1.a", "1.1.b", "1.2.c", "2.1.d"])
  }

  func testATableInsideALoopIsRepeated() throws {
    let body = p("{% for u in units %}") + p("{{ u }}") + table([["{{ u }}"]]) + p("{% endfor %}")
    let doc = try renderDocx(body: body, ["units": ["A", "B"]])
    XCTAssertEqual(try doc.paragraphs(), ["A", "A", "B", "B"])
  }

  func testALoopInsideATableCellRepeatsParagraphsOfTheCell() throws {
    let cell = "<w:tc>" + p("{% for x in xs %}") + p("{{ x }}") + p("{% endfor %}") + "</w:tc>"
    let body =
      "<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/></w:tblGrid><w:tr>\(cell)</w:tr></w:tbl>"
    XCTAssertEqual(try renderDocx(body: body, ["xs": ["a", "b"]]).paragraphs(), ["a", "b"])
  }

  func testHeadersFootersFootnotesAndPropertiesAreTemplatesToo() throws {
    let doc = try renderDocx(
      body: p("Thân"), header: p("Đầu {{ a }}"), footer: p("Chân {{ b }}"),
      footnotes: [p("Chú thích {{ c }}")], title: "Báo cáo {{ d }}",
      ["a": "1", "b": "2", "c": "3", "d": "4"])
    XCTAssertEqual(try doc.paragraphs("word/header1.xml"), ["Đầu 1"])
    XCTAssertEqual(try doc.paragraphs("word/footer1.xml"), ["Chân 2"])
    XCTAssertTrue(try doc.paragraphs("word/footnotes.xml").contains("Chú thích 3"))
    XCTAssertTrue(try doc.xml("docProps/core.xml").contains(">Báo cáo 4<"))
  }

  func testLiteralDelimitersPrintTheDelimitersThemselves() throws {
    let doc = try renderDocx(body: p("Gõ {_{ ten }_} và {_% if %_}"), [:])
    XCTAssertEqual(try doc.paragraphs(), ["Gõ {{ ten }} và {% if %}"])
  }

  func testWhitespaceControlTrimsTheTextBesideTheTag() throws {
    let doc = try renderDocx(body: p("a   {{- x -}}   b"), ["x": "X"])
    XCTAssertEqual(try doc.paragraphs(), ["aXb"])
  }

  func testPartsWithoutTagsAreCopiedWithoutRecompressing() throws {
    let source = DocxFixture.make(body: p("{{ a }}"))
    let output = try CompiledTemplate(bytes: source).render(["a": "x"])
    let before = try PackageReader(bytes: source)
    let after = try PackageReader(bytes: output)
    for name in ["word/styles.xml", "[Content_Types].xml", "word/settings.xml"] {
      let a = try XCTUnwrap(before.entry(named: name))
      let b = try XCTUnwrap(after.entry(named: name))
      XCTAssertEqual(try before.rawData(of: a), try after.rawData(of: b), name)
      XCTAssertEqual(a.crc32, b.crc32)
    }
  }

  func testTheSameInputsGiveByteIdenticalOutputs() throws {
    let template = try CompiledTemplate(bytes: DocxFixture.make(body: p("{{ a }}")))
    XCTAssertEqual(try template.render(["a": "x"]), try template.render(["a": "x"]))
  }

  func testEveryCompressionLevelGivesTheSameText() throws {
    let template = try CompiledTemplate(bytes: DocxFixture.make(body: p("{{ a }}")))
    for level in CompressionLevel.allCases {
      let doc = try RenderedDocument(template.render(["a": "x"], compression: level), format: .docx)
      XCTAssertEqual(try doc.paragraphs(), ["x"], "\(level)")
    }
  }

  func testAListPrintedDirectlyComesOutAsJinjaPrintsIt() throws {
    let doc = try renderDocx(body: p("{{ xs }} {{ m }}"), ["xs": ["a", 1, nil], "m": ["k": "v"]])
    XCTAssertEqual(try doc.paragraphs(), ["['a', 1, None] {'k': 'v'}"])
  }
}
