import OfficeFixtures
import OfficePackage
import OfficeTemplates
import TemplateLanguage
import XCTest

final class OdtRenderingTests: XCTestCase {
  func testATagSplitAcrossSpansKeepsTheFirstSpansStyle() throws {
    let body = op(
      #"Năm <text:span text:style-name="T1">{{ na</text:span><text:span text:style-name="T2">m }}</text:span>!"#
    )
    let doc = try renderOdt(body: body, ["nam": 2022])
    XCTAssertEqual(try doc.paragraphs(), ["Năm 2022!"])
    XCTAssertTrue(try doc.body.contains(#"<text:span text:style-name="T1">2022</text:span>"#))
    XCTAssertFalse(try doc.body.contains("T2"), "the span that held only the tag's end is removed")
  }

  func testALoneControlTagActsOnItsParagraph() throws {
    let body = op("{% for x in xs %}") + op("{{ x }}") + op("{% endfor %}")
    XCTAssertEqual(try renderOdt(body: body, ["xs": ["a", "b"]]).paragraphs(), ["a", "b"])
  }

  func testAListItemLoopLeavesNoEmptyBullet() throws {
    let body =
      "<text:list><text:list-item>\(op("{% for x in xs %}"))</text:list-item>"
      + "<text:list-item>\(op("{{ x }}"))</text:list-item>"
      + "<text:list-item>\(op("{% endfor %}"))</text:list-item></text:list>"
    let doc = try renderOdt(body: body, ["xs": ["a", "b"]])
    XCTAssertEqual(try doc.paragraphs(), ["a", "b"])
    XCTAssertEqual(try doc.body.components(separatedBy: "<text:list-item>").count - 1, 2)
  }

  func testARowPrefixRepeatsTableRows() throws {
    func row(_ cells: String...) -> String {
      "<table:table-row>"
        + cells.map {
          "<table:table-cell office:value-type=\"string\">\(op($0))</table:table-cell>"
        }
        .joined() + "</table:table-row>"
    }
    let body =
      "<table:table table:name=\"T\"><table:table-column table:number-columns-repeated=\"2\"/>"
      + row("{%tr for u in units %}", "") + row("{{ loop.index }}", "{{ u }}")
      + row("{%tr endfor %}", "") + "</table:table>"
    let doc = try renderOdt(body: body, ["units": ["A", "B"]])
    XCTAssertEqual(try doc.paragraphs(), ["1", "A", "2", "B"])
  }

  func testRunsOfSpacesInAValueAreKept() throws {
    let doc = try renderOdt(body: op("[{{ a }}]"), ["a": "x   y"])
    XCTAssertEqual(try doc.paragraphs(), ["[x   y]"])
    XCTAssertTrue(try doc.body.contains(#"x <text:s text:c="2"/>y"#))
  }

  func testAHugeSpaceCountInsideATagIsReadAsSomeSpacesNotGigabytes() throws {
    let body = op(#"{{<text:s text:c="9223372036854775807"/>nam }}"#)
    XCTAssertEqual(try renderOdt(body: body, ["nam": 2024]).paragraphs(), ["2024"])
  }

  func testTagsSharingOneSpanKeepTheSpacesBetweenThem() throws {
    let body = op(
      #"<text:span text:style-name="T1">Từ {{ a }}<text:s text:c="3"/>{{ b }} và {{ c }}</text:span>"#
    )
    let doc = try renderOdt(body: body, ["a": 1, "b": 2, "c": 3])
    XCTAssertEqual(try doc.paragraphs(), ["Từ 1   2 và 3"])
    let xml = try doc.body
    XCTAssertTrue(
      xml.contains(#"<text:span text:style-name="T1">Từ 1<text:s text:c="3"/>2 và 3</text:span>"#),
      xml)
  }

  func testWhereLibreOfficeLastBrokeThePageIsNotRepeatedByALoop() throws {
    let body =
      op("{% for x in xs %}") + op("<text:soft-page-break/>{{ x }}") + "<text:soft-page-break/>"
      + op("{% endfor %}")
    let doc = try renderOdt(body: body, ["xs": ["a", "b", "c"]])
    XCTAssertEqual(try doc.paragraphs(), ["a", "b", "c"])
    let xml = try doc.body
    XCTAssertFalse(xml.contains("soft-page-break"), xml)
  }

  func testANewlineBecomesALineBreak() throws {
    let doc = try renderOdt(body: op("{{ a }}"), ["a": "một\nhai\tba"])
    XCTAssertEqual(try doc.paragraphs(), ["một\nhai\tba"])
  }

  func testHeadersFootersAndMetadataAreTemplatesToo() throws {
    let doc = try renderOdt(
      body: op("x"), header: op("Đầu {{ a }}"), footer: op("Chân {{ b }}"), title: "T {{ c }}",
      ["a": "1", "b": "2", "c": "3"])
    XCTAssertEqual(try doc.paragraphs("styles.xml"), ["Đầu 1", "Chân 2"])
    XCTAssertTrue(try doc.xml("meta.xml").contains(">T 3<"))
  }

  func testTheMimetypeStaysFirstAndStored() throws {
    let doc = try renderOdt(body: op("{{ a }}"), ["a": "x"])
    let first = try XCTUnwrap(doc.reader.entries.first)
    XCTAssertEqual(first.name, "mimetype")
    XCTAssertFalse(first.isCompressed)
    XCTAssertEqual(
      String(decoding: try doc.reader.data(of: first), as: UTF8.self),
      "application/vnd.oasis.opendocument.text")
  }
}
