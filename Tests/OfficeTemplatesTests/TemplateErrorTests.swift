import OfficeFixtures
import OfficePackage
import OfficeTemplates
import TemplateLanguage
import XCTest

final class TemplateErrorTests: XCTestCase {
  func testAnUnclosedLoopIsReportedWhereItOpens() throws {
    let errors = compileErrors(docx: p("Mở đầu") + p("{% for x in xs %}") + p("{{ x }}"))
    XCTAssertEqual(errors.count, 1)
    let error = try XCTUnwrap(errors.first)
    XCTAssertEqual(error.problem, .unclosedBlock(keyword: "for", closing: "endfor"))
    XCTAssertEqual(error.location.part, "body")
    XCTAssertEqual(error.location.paragraph, 2)
    XCTAssertEqual(error.location.excerpt, "⟦{% for x in xs %}⟧")
    XCTAssertTrue(error.description.contains("body, paragraph 2: error:"), error.description)
  }

  func testAStrayEndifIsReported() throws {
    let errors = compileErrors(docx: p("Có {% endif %} thừa"))
    XCTAssertEqual(errors.map(\.problem), [.unexpectedEnd(found: "endif", expected: nil)])
    XCTAssertEqual(errors.first?.location.excerpt, "Có ⟦{% endif %}⟧ thừa")
  }

  func testAnExcerptKeepsFortyLettersEachSideOfTheTagAndMarksWhatItCuts() throws {
    let before = String(repeating: "ă", count: 45)
    let after = String(repeating: "ê", count: 41)
    let errors = compileErrors(docx: p(before + "{% endif %}" + after))
    XCTAssertEqual(
      errors.first?.location.excerpt,
      "…" + String(repeating: "ă", count: 40) + "⟦{% endif %}⟧" + String(repeating: "ê", count: 40)
        + "…")
  }

  func testAnExcerptOfExactlyFortyLettersIsNotCut() throws {
    let side = String(repeating: "ơ", count: 40)
    let errors = compileErrors(docx: p(side + "{% endif %}" + side))
    XCTAssertEqual(errors.first?.location.excerpt, side + "⟦{% endif %}⟧" + side)
  }

  func testAnExcerptShortensATagLongerThan120BytesInTheMiddle() throws {
    let tag = "{{ a" + String(repeating: " + á", count: 400) + " }}"
    let errors = compileErrors(docx: p("Trước " + tag + " sau"))
    let excerpt = try XCTUnwrap(errors.first?.location.excerpt)
    XCTAssertTrue(excerpt.hasPrefix("Trước ⟦{{ a + á + á"), excerpt)
    XCTAssertTrue(excerpt.hasSuffix(" + á }}⟧ sau"), excerpt)
    XCTAssertTrue(excerpt.contains("…"), excerpt)
    XCTAssertLessThan(excerpt.utf8.count, 150, excerpt)
  }

  func testAnUnknownFilterSuggestsTheClosestOne() throws {
    let errors = compileErrors(docx: p("{{ ten | uper }}"))
    XCTAssertEqual(errors.map(\.problem), [.unknownFilter(name: "uper", suggestion: "upper")])
  }

  func testAnUnclosedTagIsReportedWithItsParagraph() throws {
    let errors = compileErrors(docx: p("x") + p("Năm {{ nam"))
    XCTAssertEqual(errors.map(\.problem), [.unclosedTag(opening: "{{", closing: "}}")])
    XCTAssertEqual(errors.first?.location.paragraph, 2)
  }

  func testALoopOpenedInOneRowAndClosedInAnotherIsUnbalanced() throws {
    let errors = compileErrors(
      docx: table([["A {% for x in xs %}", "B"], ["C", "{% endfor %} D"]]))
    XCTAssertEqual(errors.count, 1)
    guard case .unbalancedStructure(let keyword, let opener, let openedAt)? = errors.first?.problem
    else { return XCTFail("\(errors)") }
    XCTAssertEqual(keyword, "endfor")
    XCTAssertEqual(opener, "for")
    XCTAssertEqual(openedAt, "body, paragraph 1 (table 1, row 1, cell 1)")
    XCTAssertEqual(errors.first?.location.row, 2)
    XCTAssertEqual(errors.first?.location.cell, 2)
  }

  func testARowPrefixOutsideATableIsReported() throws {
    let errors = compileErrors(docx: p("{%tr for x in xs %}") + p("{%tr endfor %}"))
    XCTAssertEqual(
      errors.first?.problem, .prefixOutsideStructure(prefix: "{%tr", structure: "table row"))
    XCTAssertEqual(errors.count, 2)
  }

  func testEveryErrorOfATemplateIsReportedAtOnce() throws {
    let errors = compileErrors(
      docx: p("{{ a | nofilter }}") + p("{% endfor %}") + p("{% if x %}") + p("{{ }}"))
    XCTAssertEqual(errors.count, 4, "\(errors)")
  }

  func testErrorsInAHeaderNameTheHeaderOfTheSection() throws {
    do {
      _ = try CompiledTemplate(bytes: DocxFixture.make(body: p("x"), header: p("{% if a %}")))
      XCTFail("expected an error")
    } catch {
      guard case .template(let errors) = error else { return XCTFail("\(error)") }
      XCTAssertEqual(errors.diagnostics.first?.location.part, "header of section 1")
    }
  }

  func testAnUndefinedNameIsReportedWithItsPlaceWhenRendering() throws {
    let template = try CompiledTemplate(
      bytes: DocxFixture.make(body: p("x") + p("Ông {{ don_vi.truong }}")))
    do {
      _ = try template.render(["don_vi": ["ten": "Ban"]])
      XCTFail("expected an error")
    } catch {
      guard case .template(let errors) = error else { return XCTFail("\(error)") }
      XCTAssertEqual(errors.diagnostics.count, 1)
      XCTAssertEqual(
        errors.diagnostics.first?.problem, .undefined(name: "don_vi.truong", suggestion: nil))
      XCTAssertEqual(errors.diagnostics.first?.location.paragraph, 2)
    }
  }

  func testAFileThatIsNotADocumentIsRefused() {
    XCTAssertThrowsError(try CompiledTemplate(bytes: Array("not a zip".utf8))) { error in
      guard case .package = error as? OfficeTemplateError else { return XCTFail("\(error)") }
    }
  }
}

/// Templates made for docxtemplater or Carbone.
final class ForeignTemplateTests: XCTestCase {
  func testADocxtemplaterLoopIsReportedAsSuchNotAsAnUnclosedComment() {
    let errors = compileErrors(docx: p("{#users}{ten}{/users}"))
    XCTAssertEqual(
      errors.map(\.problem),
      [
        .foreignTag(
          tag: "{#users}", tool: "docxtemplater",
          replacement: "{% for item in users %} … {% endfor %} (or {% if users %} … {% endif %})")
      ])
    XCTAssertEqual(errors.first?.location.excerpt, "⟦{#users}⟧{ten}{/users}")
  }

  func testSingleBracePlaceholdersAreNotesWithTheirPlace() throws {
    let analysis = try TemplateAnalysis(
      bytes: DocxFixture.make(body: p("Kính gửi {d.co_quan}, {{ so }}")))
    XCTAssertEqual(analysis.problems, [])
    XCTAssertEqual(
      analysis.hints.map(\.problem),
      [.foreignTag(tag: "{d.co_quan}", tool: "Carbone", replacement: "{{ co_quan }}")])
    XCTAssertEqual(analysis.hints.first?.location.place, "body, paragraph 1")
  }

  func testSingleBracesInsideARawBlockAreTextNotAnotherToolsTags() throws {
    let analysis = try TemplateAnalysis(
      bytes: DocxFixture.make(
        body: p("Mẫu cũ viết {% raw %}{d.co_quan}{% endraw %}, mẫu mới {{ co_quan }}")))
    XCTAssertEqual(analysis.problems, [])
    XCTAssertEqual(analysis.hints, [])
  }
}
