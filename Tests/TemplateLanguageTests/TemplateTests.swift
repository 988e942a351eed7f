import TemplateLanguage
import XCTest

/// The host-facing API: items in, a sink out, as the office layer uses it.
final class TemplateTests: XCTestCase {
  private struct RecordingSink: RenderSink {
    var events: [String] = []
    mutating func appendLiteral(_ index: Int) { events.append("L\(index)") }
    mutating func appendOutput(_ value: Value, context: UInt8) {
      events.append("O\(context):\(value.printed)")
    }
    mutating func marker(_ id: Int) { events.append("M\(id)") }
    var size: Int { events.count }
  }

  private func tag(
    _ kind: TagScanner.Kind, _ inner: String, container: Int = 0, context: UInt8 = 0,
    paragraph: Int = 1
  ) -> TemplateItem {
    .tag(
      TemplateTag(
        kind: kind, inner: inner, container: container, outputContext: context,
        location: TemplateLocation(part: "body", paragraph: paragraph)))
  }

  func testLiteralsMarkersAndOutputsReachTheSinkInOrder() throws {
    var diagnostics: [TemplateDiagnostic] = []
    let template = Template(
      items: [
        .literal(0), tag(.statement, "for x in xs"), .marker(7), tag(.output, "x", context: 2),
        tag(.statement, "endfor"), .literal(1),
      ], diagnostics: &diagnostics)
    XCTAssertEqual(diagnostics, [])
    var sink = RecordingSink()
    try template.render(Scope(["xs": [1, "a"]]), into: &sink)
    XCTAssertEqual(sink.events, ["L0", "M7", "O2:1", "M7", "O2:a", "L1"])
  }

  func testTheTemplateKeepsEveryTagInOrder() {
    var diagnostics: [TemplateDiagnostic] = []
    let template = Template(
      items: [tag(.output, "a"), tag(.comment, "c"), tag(.statement, "set b = 1")],
      diagnostics: &diagnostics)
    XCTAssertEqual(template.tags.map(\.inner), ["a", "c", "set b = 1"])
    XCTAssertEqual(template.nodes.count, 2)
  }

  func testProblemsAreAddedToTheGivenDiagnostics() {
    var diagnostics: [TemplateDiagnostic] = []
    _ = Template(items: [tag(.output, "a|uper", paragraph: 4)], diagnostics: &diagnostics)
    XCTAssertEqual(diagnostics.map(\.problem), [.unknownFilter(name: "uper", suggestion: "upper")])
    XCTAssertEqual(diagnostics[0].location.place, "body, paragraph 4")
  }

  func testABlockWhoseTagsStandInDifferentContainersIsReported() {
    var diagnostics: [TemplateDiagnostic] = []
    _ = Template(
      items: [
        tag(.statement, "if x", container: 1, paragraph: 2),
        tag(.statement, "endif", container: 2, paragraph: 3),
      ], diagnostics: &diagnostics)
    XCTAssertEqual(
      diagnostics.map(\.problem),
      [.unbalancedStructure(keyword: "endif", opener: "if", openedAt: "body, paragraph 2")])
  }

  func testARenderErrorIsLocatedAtTheTagsPlace() {
    var diagnostics: [TemplateDiagnostic] = []
    let template = Template(
      items: [tag(.output, "missing", paragraph: 9)], diagnostics: &diagnostics)
    var sink = RecordingSink()
    XCTAssertThrowsError(try template.render(Scope([:]), into: &sink)) { error in
      let errors = (error as? TemplateErrors)?.diagnostics ?? []
      XCTAssertEqual(errors.map(\.location.paragraph), [9])
    }
  }

  func testAnEnvironmentCanAddFilters() throws {
    let environment = TemplateEnvironment.standard.adding(filters: [
      "shout": { v, _ in .string(v.printed.uppercased() + "!") }
    ])
    let template = try TextTemplate("{{ 'hi'|shout }} {{ 'a'|upper }}", environment: environment)
    XCTAssertEqual(try template.render(Scope()), "HI! A")
  }

  func testAnAddedFilterReceivesItsArguments() throws {
    let environment = TemplateEnvironment.standard.adding(filters: [
      "wrap": { v, a in
        .string(a.string(0, "left", default: "(") + v.printed + a.string(1, "right", default: ")"))
      }
    ])
    let template = try TextTemplate(
      "{{ 1|wrap }}{{ 2|wrap('[', right=']') }}", environment: environment)
    XCTAssertEqual(try template.render(Scope()), "(1)[2]")
  }

  func testAFailingAddedFilterIsReportedByName() {
    let environment = TemplateEnvironment.standard.adding(filters: [
      "fail": { _, _ throws(FilterFailure) in throw FilterFailure("no") }
    ])
    XCTAssertThrowsError(try TextTemplate("{{ 1|fail }}", environment: environment).render(Scope()))
    {
      error in
      XCTAssertEqual(
        (error as? TemplateErrors)?.diagnostics.map(\.problem),
        [.filterFailed(filter: "fail", detail: "no")])
    }
  }

  func testACompiledTemplateRendersManyContexts() throws {
    let template = try TextTemplate("{{ n * 2 }}")
    XCTAssertEqual(
      try (1...3).map { try template.render(Scope(["n": .int($0)])) }, ["2", "4", "6"])
  }

  func testTheStandardEnvironmentHasTheJinjaFiltersAndTests() {
    for name in [
      "default", "upper", "lower", "capitalize", "title", "trim", "replace", "join", "length",
      "count",
      "first", "last", "sort", "reverse", "sum", "min", "max", "round", "int", "float", "string",
      "abs",
      "unique", "map", "selectattr", "rejectattr", "groupby", "batch", "truncate", "indent",
    ] {
      XCTAssertNotNil(TemplateEnvironment.standard.filters[name], name)
    }
    for name in [
      "defined", "none", "number", "integer", "string", "mapping", "sequence", "iterable", "even",
      "odd", "divisibleby",
    ] {
      XCTAssertNotNil(TemplateEnvironment.standard.tests[name], name)
    }
  }

  func testATextTemplateSaysWhichPiecesOfItsOutputAreValues() throws {
    let pieces = try TextTemplate("out/{{ a }}/{{ b }}.docx").renderPieces(
      Scope(try JSONValueReader.parse(#"{"a": "x/y", "b": 2}"#)))
    XCTAssertEqual(
      pieces.map { "\($0.isValue ? "V" : "T"):\($0.text)" },
      ["T:out/", "V:x/y", "T:/", "V:2", "T:.docx"])
  }
}
