import TemplateLanguage
import XCTest

/// A template is input too: what it may make is bounded, and going past a
/// bound is an error at the tag, found at once.
final class LimitTests: XCTestCase {
  // MARK: - Nesting within one tag

  func testATagHoldingMoreThan256OperatorsIsRefusedWithAHint() throws {
    let errors = compileErrors("{{ " + String(repeating: "-", count: 300) + "1 }}")
    let message = try XCTUnwrap(errors.first?.problem.message)
    XCTAssertTrue(message.contains("more than 256 operators"), message)
    XCTAssertTrue(message.contains("{% set %}"), message)
  }

  func testAttributeChainsAndFilterChainsCountAsNesting() {
    XCTAssertFalse(compileErrors("{{ a" + String(repeating: ".b", count: 300) + " }}").isEmpty)
    XCTAssertFalse(compileErrors("{{ a" + String(repeating: "|trim", count: 300) + " }}").isEmpty)
  }

  func testAFlatListOfTwentyThousandItemsIsNotLimited() throws {
    let items = Array(repeating: "1", count: 20_000).joined(separator: ", ")
    XCTAssertEqual(try render("{{ [\(items)] | length }}"), "20000")
  }

  func testAVeryLongTagIsQuotedShortenedInItsMessage() throws {
    let errors = compileErrors("{{ a" + String(repeating: " + a", count: 5_000) + " }}")
    let message = try XCTUnwrap(errors.first?.problem.message)
    XCTAssertLessThan(message.count, 300, message)
    XCTAssertTrue(message.contains("{{ a + a + a"), message)
    XCTAssertTrue(message.contains(" … "), message)
  }

  func testABlockOpenedInside256OpenBlocksIsReportedOnceAndNothingAfterIt() throws {
    let source =
      String(repeating: "{% if true %}", count: 300) + "x"
      + String(repeating: "{% endif %}", count: 300)
    let errors = compileErrors(source)
    XCTAssertEqual(errors.map(\.problem), [.nestedTooDeep(limit: 256)])
    XCTAssertEqual(errors.first?.location.column, 256 * 13 + 1)
  }

  func testBlocksNested256DeepStillRender() throws {
    let source =
      String(repeating: "{% for i in [1] %}", count: 128)
      + String(repeating: "{% if true %}", count: 128)
      + "x" + String(repeating: "{% endif %}", count: 128)
      + String(repeating: "{% endfor %}", count: 128)
    XCTAssertEqual(try render(source), "x")
  }

  // MARK: - Values one operation makes

  func testRepeatingATextPastSixteenMebibytesIsAnError() throws {
    let message = try XCTUnwrap(renderErrors("{{ 'x' * 3000000000 }}").first?.problem.message)
    XCTAssertTrue(message.contains("a text longer than 16 MiB"), message)
  }

  func testRepeatingAListPastSixteenMebiItemsIsAnError() throws {
    let message = try XCTUnwrap(
      renderErrors("{{ ([1, 2] * 10000000) | length }}").first?.problem.message)
    XCTAssertTrue(message.contains("a list of more than 16 Mi items"), message)
  }

  func testARangeOfMoreThanAHundredThousandItemsIsRefusedBeforeItIsMade() throws {
    for source in [
      "{{ range(9223372036854775807) | length }}",
      "{{ range(-9223372036854775807 - 1, 9223372036854775807) | length }}",
      "{{ range(0, -9223372036854775807 - 1, -3) | length }}",
    ] {
      let message = try XCTUnwrap(renderErrors(source).first?.problem.message, source)
      XCTAssertTrue(message.contains("more than 100000 items"), message)
    }
    XCTAssertEqual(
      try render("{{ range(100000) | length }} {{ range(10, 0, -3) | list }}"),
      "100000 [10, 7, 4, 1]")
  }

  func testRepeatingWithinTheBoundStillWorks() throws {
    XCTAssertEqual(try render("{{ 'ab' * 3 }} {{ [1] * 2 }}"), "ababab [1, 1]")
  }

  func testATextDoubledInALoopStopsAtTheBound() throws {
    let errors = renderErrors(
      "{% set ns = namespace(s='x') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"
    )
    let message = try XCTUnwrap(errors.first?.problem.message)
    XCTAssertTrue(
      message.contains("ns.s ~ ns.s: this would make a text longer than 16 MiB"), message)
  }

  func testAddingTextsPastTheBoundIsAnError() throws {
    let errors = renderErrors("{{ ('a' * 10000000) + ('a' * 10000000) }}")
    let message = try XCTUnwrap(errors.first?.problem.message)
    XCTAssertTrue(message.contains("a text longer than 16 MiB"), message)
  }

  func testPaddingWidthsPastTheBoundAreErrors() {
    for source in [
      "{{ 'ab' | center(3000000000) }}", "{{ 'a\nb' | indent(3000000000) }}",
      "{{ '%999999999d' % 1 }}", "{{ '%.999999999f' % 1 }}", "{{ '{:>999999999}'.format(1) }}",
      "{{ '%999999999s' | format('a') }}",
    ] {
      let message = renderErrors(source).first?.problem.message ?? ""
      XCTAssertTrue(message.contains("longer than 16 MiB"), "\(source): \(message)")
    }
  }

  func testIndentingManyLinesPastTheBoundIsAnError() throws {
    let errors = renderErrors(
      "{{ text | indent(20) }}", #"{"text": "\#(String(repeating: "a\\n", count: 1_000_000))"}"#)
    let message = try XCTUnwrap(errors.first?.problem.message)
    XCTAssertTrue(message.contains("longer than 16 MiB"), message)
  }

  func testBatchAndSliceCountsPastTheBoundAreErrors() {
    for source in ["{{ [1, 2] | batch(999999999, 0) | list }}", "{{ [1, 2] | slice(999999999) }}"] {
      let message = renderErrors(source).first?.problem.message ?? ""
      XCTAssertTrue(message.contains("more than 16 Mi items"), "\(source): \(message)")
    }
  }

  func testJoiningPastTheBoundIsAnErrorAsFilterAndAsMethod() {
    for source in [
      "{{ (['a' * 1000] * 20000) | join(',') }}", "{{ ','.join(['a' * 1000] * 20000) }}",
    ] {
      let message = renderErrors(source).first?.problem.message ?? ""
      XCTAssertTrue(message.contains("longer than 16 MiB"), "\(source): \(message)")
    }
  }

  func testReplacingPastTheBoundIsAnError() throws {
    let errors = renderErrors(
      "{{ ('a' * 1000000) | replace('a', '" + String(repeating: "b", count: 20) + "') }}")
    let message = try XCTUnwrap(errors.first?.problem.message)
    XCTAssertTrue(message.contains("longer than 16 MiB"), message)
  }

  func testASetThatNestsAValuePast512LevelsIsAnError() throws {
    for wrap in ["[ns.x]", "{'k': ns.x}"] {
      let errors = renderErrors(
        "{% set ns = namespace(x=1) %}{% for i in range(600) %}{% set ns.x = \(wrap) %}{% endfor %}"
      )
      let message = errors.first?.problem.message ?? ""
      XCTAssertTrue(message.contains("more than 512 levels deep"), "\(wrap): \(message)")
    }
  }

  func testValuesNested512LevelsDeepStillWork() throws {
    XCTAssertEqual(
      try render(
        "{% set ns = namespace(x=1) %}{% for i in range(511) %}{% set ns.x = [ns.x] %}{% endfor %}"
          + "{{ (ns.x | string) | length }}"), "1023")
  }

  // MARK: - One render

  func testLoopsPastTheIterationLimitStopAtTheLoopThatRanOut() throws {
    let errors = renderErrors(
      "{% for i in range(10) %}\n{% for j in range(10) %}{% endfor %}{% endfor %}",
      limits: limits(iterations: 50))
    XCTAssertEqual(errors.map(\.problem), [.tooManyIterations(limit: 50)])
    XCTAssertEqual(errors.first?.location.line, 2)
  }

  func testTheIterationLimitCountsTheItemsALoopConditionLooksAt() throws {
    let errors = renderErrors(
      "{% for i in range(100) if i > 98 %}{{ i }}{% endfor %}", limits: limits(iterations: 50))
    XCTAssertEqual(errors.map(\.problem), [.tooManyIterations(limit: 50)])
  }

  func testLoopsWithinTheIterationLimitRenderWhole() throws {
    let template = try TextTemplate(
      "{% for i in range(4) %}{% for j in range(4) %}.{% endfor %}{% endfor %}")
    let output = try template.render(
      Scope(try JSONValueReader.parse("{}")), limits: limits(iterations: 20))
    XCTAssertEqual(output, String(repeating: ".", count: 16))
  }

  func testOutputPastTheLimitStopsTheLoopPrintingIt() throws {
    let errors = renderErrors(
      "{% for i in range(1000) %}{{ text }}{% endfor %}", #"{"text": "0123456789"}"#,
      limits: limits(outputBytes: 100))
    XCTAssertEqual(errors.map(\.problem), [.outputTooLarge(limit: 100)])
    XCTAssertTrue(errors[0].problem.message.contains("past 100 B"), errors[0].problem.message)
  }

  func testOutputPastTheLimitIsFoundOutsideLoopsToo() throws {
    let errors = renderErrors(
      "{{ text }}{{ text }}{{ text }}", #"{"text": "\#(String(repeating: "a", count: 60))"}"#,
      limits: limits(outputBytes: 100))
    XCTAssertEqual(errors.map(\.problem), [.outputTooLarge(limit: 100)])
    XCTAssertEqual(errors.first?.location.column, 11)
  }

  func testTheLimitsAreReportedInVietnameseToo() {
    XCTAssertEqual(
      TemplateProblem.outputTooLarge(limit: 256 << 20).message(in: .vietnamese),
      "văn bản đã vượt quá 256 MiB khi đang tạo; không văn bản nào cần lớn đến vậy")
    XCTAssertTrue(
      TemplateProblem.tooManyIterations(limit: 10_000_000).message(in: .vietnamese)
        .contains("quá 10000000 lượt"))
  }

  private func limits(iterations: Int = 10_000_000, outputBytes: Int = 256 << 20) -> RenderLimits {
    var limits = RenderLimits()
    limits.maxIterations = iterations
    limits.maxOutputBytes = outputBytes
    return limits
  }
}
