import OfficeFixtures
import OfficePackage
import OfficeTemplates
import TemplateLanguage
import XCTest

/// What `vanban inspect` and `vanban lint` read from a template: names as
/// paths into the data, blocks and what they repeat, problems in place.
final class AuthoringInspectionTests: XCTestCase {
  private func analyse(_ body: String) throws -> TemplateAnalysis {
    try TemplateAnalysis(bytes: DocxFixture.make(body: body))
  }

  private func inspection(_ body: String) throws -> TemplateInspection {
    let analysis = try analyse(body)
    return TemplateInspection(try XCTUnwrap(analysis.parts.first).template)
  }

  func testLoopVariablesAreResolvedIntoPathsOfTheData() throws {
    let found = try inspection(
      p("{{ don_vi.ten | upper }}") + p("{% for y in years %}")
        + p("Năm {{ y.nam }}: {{ y.so | so }}")
        + p("{% endfor %}"))
    XCTAssertEqual(
      found.names.map(\.path.description), ["don_vi.ten", "years", "years[].nam", "years[].so"])
    XCTAssertEqual(found.filters.map(\.name), ["upper", "so"])
    XCTAssertEqual(found.blocks.map(\.over?.description), ["years"])
    XCTAssertEqual(found.blocks.first?.variables, ["y"])
  }

  func testItemsSetAliasesAndSortedLoopsResolveToo() throws {
    let found = try inspection(
      p("{% for k, v in diem.items() %}{{ k }}={{ v.tong }}{% endfor %}")
        + p("{% set dv = don_vi %}{{ dv.ten }}")
        + p(
          "{% for n in nguoi | sap_xep_ten('ho_ten') %}{{ loop.index }}. {{ n.chuc_vu }}{% endfor %}"
        )
        + p("{% for i in range(3) %}{{ i }}{% endfor %}"))
    XCTAssertEqual(
      found.names.map(\.path.description),
      ["diem", "diem[].tong", "don_vi", "don_vi.ten", "nguoi", "nguoi[].ho_ten", "nguoi[].chuc_vu"])
  }

  func testNamesAWithBlockBindsResolveIntoTheDataAndEndWithTheBlock() throws {
    let found = try inspection(
      p("{% with dv = don_vi, n = 3 %}{{ dv.ten }} {{ n }}{% endwith %}") + p("{{ dv }}"))
    XCTAssertEqual(found.names.map(\.path.description), ["don_vi", "don_vi.ten", "dv"])
  }

  func testNamesGuardedByDefaultOrIsDefinedAreOptional() throws {
    let found = try inspection(
      p("{{ ghi_chu | default('') }}") + p("{% if truong is defined %}{{ truong.ten }}{% endif %}")
        + p("{{ nam }}"))
    let optional = Dictionary(
      uniqueKeysWithValues: found.names.map { ($0.path.description, $0.optional) })
    XCTAssertEqual(optional, ["ghi_chu": true, "truong": true, "truong.ten": true, "nam": false])
  }

  func testEachBlockSaysWhatStructureItRepeats() throws {
    let body =
      table([["{%tr for d in don_vi %}"], ["{{ d.ten }}"], ["{%tr endfor %}"]])
      + p("{% for y in years %}") + p("{{ y }}") + p("{% endfor %}")
      + p("Có {% if dat %}đạt{% endif %} chuẩn")
    let analysis = try analyse(body)
    let part = try XCTUnwrap(analysis.parts.first)
    let found = TemplateInspection(part.template)
    XCTAssertEqual(found.blocks.map(\.kind), [.loop, .loop, .condition])
    XCTAssertEqual(found.blocks.map { part.structures[$0.tag] }, [.row, .paragraph, .inline])
    XCTAssertEqual(
      found.blocks.map { $0.end.map { part.template.tags[$0].inner } },
      ["endfor", "endfor", "endif"])
  }

  func testATagSplitByAFormattingChangeIsFoundWhole() throws {
    let analysis = try analyse(
      "<w:p>" + r("Ông {{ don_", bold: true) + r("vi.truong }}") + "</w:p>")
    let tag = try XCTUnwrap(analysis.parts.first?.template.tags.first)
    XCTAssertEqual(tag.inner, "don_vi.truong")
    XCTAssertEqual(tag.location.excerpt, "Ông ⟦{{ don_vi.truong }}⟧")
  }

  /// The planted mistakes of issue 8, all reported at once, each where the
  /// author typed it.
  static let plantedMistakes =
    p("Kế hoạch năm {{ nam }}")  // 1
    + p("Có {% endif %} thừa")  // 2: stray endif
    + "<w:p>" + r("{{ ten | up", bold: true) + r("pr }}") + "</w:p>"  // 3: unknown filter, split by formatting
    + table([["A {% for d in ds %}", "B"], ["C", "{% endfor %} D"]])  // 4–7: opened in one row, closed in another
    + p("{% for x in xs %}")  // 8: never closed
    + p("{{ x }}")  // 9

  func testEveryPlantedMistakeIsReportedAtItsParagraph() throws {
    let analysis = try analyse(Self.plantedMistakes)
    let found = analysis.problems.map { ($0.problem.code, $0.location.paragraph ?? 0) }
    XCTAssertEqual(
      found.map(\.0).sorted(),
      ["unbalanced-structure", "unclosed-block", "unexpected-end", "unknown-filter"])
    let byCode = Dictionary(found, uniquingKeysWith: { a, _ in a })
    XCTAssertEqual(byCode["unexpected-end"], 2)
    XCTAssertEqual(byCode["unknown-filter"], 3)
    XCTAssertEqual(byCode["unbalanced-structure"], 7)
    XCTAssertEqual(byCode["unclosed-block"], 8)
  }

  func testMessagesReadInVietnameseWithThePlaceInVietnamese() throws {
    let errors = compileErrors(docx: p("Mở đầu") + table([["{% for y in nam_hoc %}"]]))
    let error = try XCTUnwrap(errors.first)
    XCTAssertEqual(
      error.description(in: .vietnamese),
      "thân văn bản, đoạn 2 (bảng 1, hàng 1, ô 1): lỗi: thẻ {% for %} chưa được đóng: thiếu {% endfor %}; thêm {% endfor %} sau đoạn cuối cần lặp\n    ⟦{% for y in nam_hoc %}⟧"
    )
    XCTAssertEqual(error.description(in: .english), error.description)
  }

  func testEveryProblemHasAVietnameseMessageAndFix() {
    let problems: [TemplateProblem] = [
      .unclosedTag(opening: "{{", closing: "}}"),
      .syntax(tag: "{{ a + }}", detail: "expected a value but found the end"),
      .unknownStatement(word: "fro", suggestion: "for"), .unsupportedStatement(word: "macro"),
      .unclosedBlock(keyword: "if", closing: "endif"),
      .unexpectedEnd(found: "endif", expected: "endfor"),
      .misplaced(keyword: "else", allowedIn: "an {% if %} or {% for %} block"),
      .unknownFilter(name: "uper", suggestion: "upper"), .unknownTest(name: "evn", suggestion: nil),
      .unbalancedStructure(
        keyword: "endfor", opener: "for", openedAt: "body, paragraph 1 (table 1, row 1, cell 1)"),
      .prefixOutsideStructure(prefix: "{%tr", structure: "table row"),
      .undefined(name: "ten", suggestion: "tên"),
      .wrongType(expression: "a", expected: "a number", found: "text"),
      .notIterable(expression: "a", found: "integer"),
      .unpackMismatch(names: 2, found: 3), .divisionByZero(expression: "a / b"),
      .filterFailed(filter: "so", detail: "x"), .invalidValue(detail: "ngày 31/4 không có"),
    ]
    for problem in problems {
      XCTAssertFalse(problem.message(in: .vietnamese).isEmpty)
      XCTAssertNotEqual(problem.fix(in: .vietnamese), problem.fix, "\(problem)")
      XCTAssertEqual(problem.message(in: .english), problem.message)
    }
    XCTAssertEqual(
      TemplateProblem.syntax(tag: "{{ a + }}", detail: "expected a value but found the end")
        .message(in: .vietnamese),
      "không đọc được thẻ {{ a + }}: thiếu một giá trị, lại gặp the end")
    XCTAssertEqual(
      VietnameseWording.place("first-page header of section 2, paragraph 1"),
      "đầu trang (trang đầu) của phần 2, đoạn 1")
  }

  func testTheLocaleChoosesVietnamese() {
    XCTAssertEqual(MessageLanguage.fromEnvironment { ["LANG": "vi_VN.UTF-8"][$0] }, .vietnamese)
    XCTAssertEqual(
      MessageLanguage.fromEnvironment { ["LC_ALL": "C", "LANG": "vi_VN.UTF-8"][$0] }, .english)
    XCTAssertEqual(MessageLanguage.fromEnvironment { _ in nil }, .english)
    XCTAssertEqual(MessageLanguage(code: "vi"), .vietnamese)
  }

  // MARK: - Data

  func testMissingNamesComeWithTheClosestNameTheDataHas() {
    let data: Value = ["don_vi": ["ten": "Ban"], "years": [["nam": 2021], ["nam_hoc": 2022]]]
    XCTAssertNil(DataCoverage.missing(DataPath(parsing: "don_vi.ten"), in: data))
    let truong = DataCoverage.missing(DataPath(parsing: "don_vi.tn"), in: data)
    XCTAssertEqual(truong?.suggestion?.description, "don_vi.ten")
    let nam = DataCoverage.missing(DataPath(parsing: "years[].nam"), in: data)
    XCTAssertEqual(nam?.missingIn?.count, 1)
    XCTAssertEqual(nam?.missingIn?.of, 2)
  }

  func testFieldsNoTagReadsAreFound() throws {
    let found = try inspection(p("{% for y in years %}{{ y.nam }}{% endfor %}") + p("{{ don_vi }}"))
    let data: Value = [
      "don_vi": ["ten": "Ban", "dia_chi": "Khánh Hòa"], "years": [["nam": 2021, "so": 3]],
      "thua": 1,
    ]
    XCTAssertEqual(
      DataCoverage.unread(data, by: found.names).map(\.description), ["years[].so", "thua"])
  }
}
