import OfficeFixtures
import OfficePackage
import OfficeTemplates
import TemplateLanguage
import XCTest

/// `vanban lint --annotate`: a copy of the template with a comment at each
/// faulty tag, and nothing else changed.
final class AuthoringAnnotationTests: XCTestCase {
  private func notes(_ analysis: TemplateAnalysis) -> [TemplateAnnotator.Note] {
    analysis.problems.map {
      TemplateAnnotator.Note(
        location: $0.location, place: $0.location.place, paragraphs: [$0.message, $0.fix])
    }
  }

  private func part(_ bytes: [UInt8], _ name: String) throws -> XMLPart {
    let reader = try PackageReader(bytes: bytes)
    let entry = try XCTUnwrap(reader.entry(named: name), name)
    return try XMLPart.parse(try reader.data(of: entry), name: name)
  }

  /// For each comment id, the number of the paragraph (1-based, body
  /// order, as in messages) where its mark starts.
  static func commentParagraphs(
    _ root: XMLElementNode, paragraph: Set<String>, mark: String, id: String
  )
    -> [String: Int]
  {
    var result: [String: Int] = [:]
    var number = 0
    func visit(_ e: XMLElementNode, _ current: Int) {
      if e.name == mark, let value = e.attribute(id) {
        result[value] = current
        return
      }
      var current = current
      if paragraph.contains(e.name) {
        number += 1
        current = number
      }
      for child in e.elementChildren { visit(child, current) }
    }
    visit(root, 0)
    return result
  }

  /// The part with every comment mark taken out again, serialized.
  static func withoutMarks(_ part: XMLPart) -> String {
    let marks: Set<String> = [
      "w:commentRangeStart", "w:commentRangeEnd", "office:annotation", "office:annotation-end",
    ]
    func strip(_ e: XMLElementNode) {
      for (i, child) in e.children.enumerated().reversed() {
        guard let c = child as? XMLElementNode else { continue }
        if marks.contains(c.name)
          || (c.name == "w:r" && c.elementChildren.first?.name == "w:commentReference")
        {
          e.remove(at: i)
        } else {
          strip(c)
        }
      }
    }
    strip(part.root)
    return String(decoding: part.serialized(), as: UTF8.self)
  }

  func testEachFaultyTagGetsAWordCommentAtItsParagraph() throws {
    let template = DocxFixture.make(body: AuthoringInspectionTests.plantedMistakes)
    let analysis = try TemplateAnalysis(bytes: template)
    let annotated = try TemplateAnnotator.annotate(bytes: template, notes: notes(analysis))

    let document = try part(annotated, "word/document.xml")
    let starts = Self.commentParagraphs(
      document.root, paragraph: ["w:p"], mark: "w:commentRangeStart", id: "w:id")
    let comments = try part(annotated, "word/comments.xml")
    var paragraphOf: [String: Int] = [:]
    for comment in comments.root.elementChildren {
      var bytes: [UInt8] = []
      comment.appendXML(to: &bytes)
      let text = String(decoding: bytes, as: UTF8.self)
      let id = try XCTUnwrap(comment.attribute("w:id"))
      for problem in analysis.problems
      where text.contains(problem.message.replacingOccurrences(of: "\"", with: "&quot;"))
        || text.contains(problem.message)
      {
        paragraphOf[problem.problem.code] = starts[id]
      }
    }
    XCTAssertEqual(
      paragraphOf,
      ["unexpected-end": 2, "unknown-filter": 3, "unbalanced-structure": 7, "unclosed-block": 8])

    // The references and the package's bookkeeping.
    var body: [UInt8] = []
    document.root.appendXML(to: &body)
    XCTAssertEqual(
      String(decoding: body, as: UTF8.self).components(separatedBy: "<w:commentReference ").count
        - 1, 4)
    let rels = String(
      decoding: try part(annotated, "word/_rels/document.xml.rels").serialized(), as: UTF8.self)
    XCTAssertTrue(rels.contains("relationships/comments\" Target=\"comments.xml\""), rels)
    let types = String(
      decoding: try part(annotated, "[Content_Types].xml").serialized(), as: UTF8.self)
    XCTAssertTrue(types.contains("PartName=\"/word/comments.xml\""), types)
  }

  func testTheAnnotatedCopyChangesNoTextAndCopiesOtherPartsAsTheyWere() throws {
    let template = DocxFixture.make(
      body: AuthoringInspectionTests.plantedMistakes, header: p("{{ co_quan }}"))
    let analysis = try TemplateAnalysis(bytes: template)
    let annotated = try TemplateAnnotator.annotate(bytes: template, notes: notes(analysis))
    XCTAssertEqual(
      Self.withoutMarks(try part(annotated, "word/document.xml")),
      String(decoding: try part(template, "word/document.xml").serialized(), as: UTF8.self))
    let reader = try PackageReader(bytes: template)
    let copy = try PackageReader(bytes: annotated)
    for name in ["word/header1.xml", "word/styles.xml", "docProps/core.xml", "word/settings.xml"] {
      let a = try XCTUnwrap(reader.entry(named: name))
      let b = try XCTUnwrap(copy.entry(named: name))
      XCTAssertEqual(try copy.rawData(of: b), try reader.rawData(of: a), name)
    }
  }

  func testAProblemInAHeaderIsCommentedAtTheStartOfTheBodyWithItsPlace() throws {
    let template = DocxFixture.make(body: p("Nội dung"), header: p("{% if a %}"))
    let analysis = try TemplateAnalysis(bytes: template)
    let annotated = try TemplateAnnotator.annotate(bytes: template, notes: notes(analysis))
    let comments = String(
      decoding: try part(annotated, "word/comments.xml").serialized(), as: UTF8.self)
    XCTAssertTrue(comments.contains("header of section 1, paragraph 1:"), comments)
    let header = try part(annotated, "word/header1.xml")
    XCTAssertEqual(header.serialized(), try part(template, "word/header1.xml").serialized())
  }

  func testNotesAtOneTagShareACommentAsDoNotesOutsideTheBody() throws {
    let template = DocxFixture.make(
      body: p("Trước") + p("{{ a | uper }}"), header: p("{{ b | lowr }}"))
    let problems = try TemplateAnalysis(bytes: template).problems
    let atTag = try XCTUnwrap(problems.first { $0.location.part == "body" })
    let inHeader = try XCTUnwrap(problems.first { $0.location.part != "body" })
    let notes = [(atTag, "một"), (atTag, "hai"), (inHeader, "ba"), (inHeader, "bốn")].map {
      TemplateAnnotator.Note(location: $0.location, place: $0.location.place, paragraphs: [$1])
    }
    let annotated = try TemplateAnnotator.annotate(bytes: template, notes: notes)

    XCTAssertEqual(try part(annotated, "word/comments.xml").root.elementChildren.count, 2)
    let starts = Self.commentParagraphs(
      try part(annotated, "word/document.xml").root, paragraph: ["w:p"],
      mark: "w:commentRangeStart", id: "w:id")
    XCTAssertEqual(starts.values.sorted(), [1, 2])
  }

  func testACommentIdPastWordsRangeInTheTemplateIsPassedOverNotOverflowed() throws {
    let template = DocxFixture.make(body: p("{{ a | uper }}"))
    let once = try TemplateAnnotator.annotate(
      bytes: template, notes: notes(try TemplateAnalysis(bytes: template)))
    // The same package with its comment's id set past Int.max's reach.
    let reader = try PackageReader(bytes: once)
    let hostile = FixturePackage.zip(
      try reader.entries.map { entry in
        let text = String(decoding: try reader.data(of: entry), as: UTF8.self)
        return (
          entry.name,
          entry.name == "word/comments.xml"
            ? text.replacingOccurrences(of: #"w:id="0""#, with: #"w:id="9223372036854775807""#)
            : text, false
        )
      })

    let twice = try TemplateAnnotator.annotate(
      bytes: hostile, notes: notes(try TemplateAnalysis(bytes: hostile)))

    let ids = try part(twice, "word/comments.xml").root.elementChildren.map { $0.attribute("w:id") }
    XCTAssertEqual(ids, ["9223372036854775807", "0"])
  }

  func testEachFaultyTagGetsAnOdtAnnotationAroundIt() throws {
    let body =
      op("Năm {{ nam }}") + op("{% for x in xs %}")
      + op("<text:span>{{ ten | up</text:span>pr }} và chữ sau")
    let template = OdtFixture.make(body: body)
    let analysis = try TemplateAnalysis(bytes: template)
    XCTAssertEqual(analysis.problems.count, 2)
    let annotated = try TemplateAnnotator.annotate(bytes: template, notes: notes(analysis))
    let content = try part(annotated, "content.xml")
    let names = Self.commentParagraphs(
      content.root, paragraph: ["text:p", "text:h"], mark: "office:annotation", id: "office:name")
    XCTAssertEqual(Set(names.values), [2, 3])
    var xml: [UInt8] = []
    content.root.appendXML(to: &xml)
    let text = String(decoding: xml, as: UTF8.self)
    XCTAssertTrue(
      text.contains("<office:annotation-end office:name=\"vanban-0\"/>pr }} và chữ sau")
        || text.contains("pr }}<office:annotation-end office:name=\"vanban-0\"/> và chữ sau"), text)
    XCTAssertEqual(
      Self.withoutMarks(content),
      String(decoding: try part(template, "content.xml").serialized(), as: UTF8.self))
  }
}
