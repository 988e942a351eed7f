import TemplateLanguage
import XCTest

/// Every problem of a template is reported at once, each with where it is,
/// what is wrong and how to fix it.
final class ErrorTests: XCTestCase {
  // MARK: - Compiling

  func testAnUnclosedOutputTagIsReportedWhereItOpens() {
    let errors = compileErrors("Kính gửi {{ name")
    XCTAssertEqual(errors.map(\.problem), [.unclosedTag(opening: "{{", closing: "}}")])
    XCTAssertEqual(errors[0].location.line, 1)
    XCTAssertEqual(errors[0].location.column, 10)
    XCTAssertEqual(errors[0].fix, "type }} at the end of the tag, in the same paragraph")
  }

  func testAnUnclosedStatementTagIsReported() {
    let errors = compileErrors("a {% if x ")
    XCTAssertEqual(errors.map(\.problem), [.unclosedTag(opening: "{%", closing: "%}")])
  }

  func testAnUnclosedCommentIsReported() {
    let errors = compileErrors("{# note")
    XCTAssertEqual(errors.map(\.problem), [.unclosedTag(opening: "{#", closing: "#}")])
  }

  func testAnUnclosedForPointsAtItsOpener() {
    let errors = compileErrors("a\n  {% for x in xs %}\n{{ x }}\n")
    XCTAssertEqual(errors.map(\.problem), [.unclosedBlock(keyword: "for", closing: "endfor")])
    XCTAssertEqual(errors[0].location.line, 2)
    XCTAssertEqual(errors[0].location.column, 3)
    XCTAssertEqual(errors[0].location.excerpt, "  {% for x in xs %}")
  }

  func testAnUnclosedIfPointsAtItsOpener() {
    let errors = compileErrors("{% if a %}x{% else %}y")
    XCTAssertEqual(errors.map(\.problem), [.unclosedBlock(keyword: "if", closing: "endif")])
    XCTAssertEqual(errors[0].location.column, 1)
  }

  func testAnEndifWithoutAnIfIsReported() {
    let errors = compileErrors("a {% endif %}")
    XCTAssertEqual(errors.map(\.problem), [.unexpectedEnd(found: "endif", expected: nil)])
    XCTAssertEqual(errors[0].location.column, 3)
  }

  func testAnEndforWithoutAForIsReported() {
    let errors = compileErrors("{% endfor %}")
    XCTAssertEqual(errors.map(\.problem), [.unexpectedEnd(found: "endfor", expected: nil)])
  }

  func testAnEndforWhereEndifIsExpectedIsOneProblem() {
    let errors = compileErrors("{% if x %}a{% endfor %}")
    XCTAssertEqual(errors.map(\.problem), [.unexpectedEnd(found: "endfor", expected: "endif")])
    XCTAssertEqual(errors[0].location.column, 12)
    XCTAssertEqual(errors[0].fix, "close the inner block first with {% endif %}")
  }

  func testAnEndifClosingAnOuterIfPastAnOpenForIsReported() {
    let errors = compileErrors("{% if x %}{% for y in z %}{% endif %}")
    XCTAssertEqual(errors.map(\.problem), [.unexpectedEnd(found: "endif", expected: "endfor")])
  }

  func testAnElseOutsideABlockIsReported() {
    let errors = compileErrors("{% else %}")
    XCTAssertEqual(
      errors.map(\.problem),
      [.misplaced(keyword: "else", allowedIn: "an {% if %} or {% for %} block")])
  }

  func testASecondElseIsReported() {
    let errors = compileErrors("{% if x %}{% else %}{% else %}{% endif %}")
    XCTAssertEqual(errors.count, 1)
    XCTAssertEqual(errors[0].location.column, 21)
  }

  func testAnElifAfterElseIsReported() {
    let errors = compileErrors("{% if x %}{% else %}{% elif y %}{% endif %}")
    XCTAssertEqual(
      errors.map(\.problem),
      [.misplaced(keyword: "elif", allowedIn: "an {% if %} block, before its {% else %}")])
  }

  func testAnElifInsideAForIsReported() {
    let errors = compileErrors("{% for x in xs %}{% elif y %}{% endfor %}")
    XCTAssertEqual(errors.count, 1)
  }

  func testAnUnknownFilterSuggestsTheClosestOne() {
    let errors = compileErrors("{{ name|uper }}")
    XCTAssertEqual(errors.map(\.problem), [.unknownFilter(name: "uper", suggestion: "upper")])
    XCTAssertEqual(errors[0].message, "there is no filter named \"uper\"")
    XCTAssertEqual(errors[0].fix, "did you mean \"upper\"?")
  }

  func testAnUnknownFilterWithNothingCloseHasNoSuggestion() {
    let errors = compileErrors("{{ name|qwertyuiop }}")
    XCTAssertEqual(errors.map(\.problem), [.unknownFilter(name: "qwertyuiop", suggestion: nil)])
  }

  func testAnUnknownFilterInsideAFilterArgumentIsReported() {
    let errors = compileErrors("{{ xs|join(sep|uper) }}")
    XCTAssertEqual(errors.map(\.problem), [.unknownFilter(name: "uper", suggestion: "upper")])
  }

  func testAnUnknownTestSuggestsTheClosestOne() {
    let errors = compileErrors("{{ x is evn }}")
    XCTAssertEqual(errors.map(\.problem), [.unknownTest(name: "evn", suggestion: "even")])
  }

  func testAnUnknownStatementSuggestsTheClosestOne() {
    let errors = compileErrors("{% endfro %}")
    XCTAssertEqual(errors.map(\.problem), [.unknownStatement(word: "endfro", suggestion: "endfor")])
    XCTAssertEqual(errors[0].fix, "did you mean {% endfor %}?")
  }

  func testAMisspeltEndforStillClosesItsFor() {
    let errors = compileErrors("{% for x in xs %}a{% endfro %}")
    XCTAssertEqual(errors.map(\.problem), [.unknownStatement(word: "endfro", suggestion: "endfor")])
  }

  func testAMisspeltIfStillPairsWithItsEndif() {
    let errors = compileErrors("{% iff x %}a{% endif %}")
    XCTAssertEqual(errors.map(\.problem), [.unknownStatement(word: "iff", suggestion: "if")])
  }

  func testAnUnsupportedStatementIsNamed() {
    let errors = compileErrors("{% macro m() %}")
    XCTAssertEqual(errors.map(\.problem), [.unsupportedStatement(word: "macro")])
  }

  func testARecursiveLoopIsReportedAsUnsupported() {
    let errors = compileErrors("{% for x in xs recursive %}{% endfor %}")
    XCTAssertEqual(errors.count, 1)
    XCTAssertTrue(
      errors[0].message.contains("recursive loops are not supported"), errors[0].message)
  }

  func testABlockSetIsReportedOnce() {
    let errors = compileErrors("{% set x %}{% endset %}")
    XCTAssertEqual(errors.count, 2)
    XCTAssertEqual(errors[1].problem, .unsupportedStatement(word: "endset"))
  }

  func testAnEmptyOutputTagIsReported() {
    let errors = compileErrors("{{ }}")
    XCTAssertEqual(errors.count, 1)
    XCTAssertTrue(errors[0].message.contains("the tag is empty"), errors[0].message)
  }

  func testASyntaxErrorNamesTheTagAndTheProblem() {
    let errors = compileErrors("{{ x + }}")
    XCTAssertEqual(
      errors.map(\.problem),
      [.syntax(tag: "{{ x + }}", detail: "expected a value but found the end of the tag")])
  }

  func testAnUnclosedQuoteInsideATagIsReported() {
    let errors = compileErrors("{{ 'abc }}")
    XCTAssertEqual(
      errors.map(\.problem), [.syntax(tag: "{{ 'abc }}", detail: "a quoted text is not closed")])
  }

  func testAStrayCharacterIsReported() {
    let errors = compileErrors("{{ x $ y }}")
    XCTAssertEqual(
      errors.map(\.problem),
      [.syntax(tag: "{{ x $ y }}", detail: "the character \"$\" cannot stand here")])
  }

  func testAnIfWithoutAConditionStillPairsWithItsEndif() {
    let errors = compileErrors("{% if %}a{% endif %}")
    XCTAssertEqual(errors.count, 1)
  }

  func testSeveralErrorsAreReportedAtOnceInDocumentOrder() {
    let errors = compileErrors(
      "{{ x }} {{ y|uper }}\n{% if %}\n{{ z is evn }}\n{% endif %}{% endfor %}")
    XCTAssertEqual(
      errors.map(\.problem),
      [
        .unknownFilter(name: "uper", suggestion: "upper"),
        .syntax(tag: "{% if %}", detail: "expected a value but found the end of the tag"),
        .unknownTest(name: "evn", suggestion: "even"),
        .unexpectedEnd(found: "endfor", expected: nil),
      ])
    XCTAssertEqual(errors.map(\.location.line), [1, 2, 3, 4])
  }

  func testTheErrorListReadsOneProblemPerLine() {
    do {
      _ = try TextTemplate("{{ a|uper }}\n{% endif %}", name: "out.txt")
      XCTFail("expected errors")
    } catch {
      XCTAssertEqual(
        error.description,
        """
        out.txt:1:1: error: there is no filter named "uper"; did you mean "upper"?
            {{ a|uper }}
        out.txt:2:1: error: {% endif %} has no opening tag to close; remove the tag, or add the opening tag before it
            {% endif %}
        """)
    }
  }

  func testALocationCountsColumnsInCharactersNotBytes() {
    let errors = compileErrors("Đà Nẵng {{ x|uper }}")
    XCTAssertEqual(errors[0].location.column, 9)
  }

  // MARK: - Rendering

  func testARenderErrorIsLocatedAtItsTag() {
    let errors = renderErrors("line one\nxin chào {{ ten }}")
    XCTAssertEqual(errors.count, 1)
    XCTAssertEqual(errors[0].location.line, 2)
    XCTAssertEqual(errors[0].location.column, 10)
    XCTAssertEqual(errors[0].location.excerpt, "xin chào {{ ten }}")
  }

  func testEveryFailingTagIsReportedAtOnce() {
    let errors = renderErrors("{{ a }}{{ b }}{{ a }}")
    XCTAssertEqual(
      errors.map(\.problem),
      [
        .undefined(name: "a", suggestion: nil), .undefined(name: "b", suggestion: nil),
        .undefined(name: "a", suggestion: nil),
      ])
    XCTAssertEqual(errors.map(\.location.column), [1, 8, 15])
  }

  func testATagFailingInEveryIterationIsReportedOnce() {
    let errors = renderErrors("{% for x in xs %}{{ x.a }}{% endfor %}", #"{"xs": [{}, {}, {}]}"#)
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "x.a", suggestion: nil)])
  }

  func testATagFailingDifferentlyInEachIterationIsReportedOnce() {
    let errors = renderErrors(
      "{% for x in xs %}{{ x.name }}{% endfor %}",
      #"{"xs": [{"nam": 1}, {"nme": 2}, {"name": 3}]}"#)
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "x.name", suggestion: "nam")])
  }

  func testTheRestOfATemplateRendersPastAFailingTag() {
    let errors = renderErrors("{{ a }}{% for x in xs %}{{ x.b }}{% endfor %}", #"{"xs": [1]}"#)
    XCTAssertEqual(errors.count, 2)
  }

  func testLoopingOverANumberIsReported() {
    let errors = renderErrors("{% for x in n %}{% endfor %}", #"{"n": 5}"#)
    XCTAssertEqual(errors.map(\.problem), [.notIterable(expression: "n", found: "integer")])
    XCTAssertEqual(
      errors[0].message, "cannot loop over n: it is integer, not a list")
  }

  func testLoopingOverNoneIsReported() {
    let errors = renderErrors("{% for x in n %}{% endfor %}", #"{"n": null}"#)
    XCTAssertEqual(errors.map(\.problem), [.notIterable(expression: "n", found: "none")])
  }

  func testUnpackingTheWrongNumberOfValuesIsReported() {
    let errors = renderErrors("{% for a, b in xs %}{% endfor %}", #"{"xs": [[1, 2, 3]]}"#)
    XCTAssertEqual(errors.map(\.problem), [.unpackMismatch(names: 2, found: 3)])
  }

  func testDivisionByZeroIsReportedWithTheExpression() {
    let errors = renderErrors("{{ 1 / 0 }} {{ x // 0 }} {{ x % 0 }}", #"{"x": 1}"#)
    XCTAssertEqual(
      errors.map(\.problem),
      [
        .divisionByZero(expression: "1 / 0"), .divisionByZero(expression: "x // 0"),
        .divisionByZero(expression: "x % 0"),
      ])
  }

  func testAddingTextAndANumberIsReported() {
    let errors = renderErrors("{{ 'a' + n }}", #"{"n": 1}"#)
    XCTAssertEqual(
      errors.map(\.problem),
      [.invalidValue(detail: "'a' + n: cannot apply \"+\" to text and integer")])
  }

  func testComparingTextWithANumberIsReported() {
    let errors = renderErrors("{{ s < 1 }}", #"{"s": "a"}"#)
    XCTAssertEqual(
      errors.map(\.problem), [.invalidValue(detail: "s < 1: cannot compare text with integer")])
  }

  func testNegatingTextIsReported() {
    let errors = renderErrors("{{ -x }}", #"{"x": "a"}"#)
    XCTAssertEqual(
      errors.map(\.problem), [.wrongType(expression: "x", expected: "a number", found: "text")])
  }

  func testAFilterFailureNamesTheFilter() {
    let errors = renderErrors("{{ x|round(1, 'up') }}", #"{"x": 1.5}"#)
    XCTAssertEqual(
      errors.map(\.problem),
      [
        .filterFailed(
          filter: "round", detail: "the method must be 'common', 'ceil' or 'floor', not 'up'")
      ])
  }

  func testAFilterOnTheWrongTypeIsReported() {
    let errors = renderErrors("{{ x|abs }}", #"{"x": "a"}"#)
    XCTAssertEqual(
      errors.map(\.problem), [.filterFailed(filter: "abs", detail: "abs needs a number, not text")])
  }

  func testSortingMixedValuesIsReported() {
    let errors = renderErrors("{{ xs|sort }}", #"{"xs": [1, "a"]}"#)
    XCTAssertEqual(errors.count, 1)
  }

  func testSelectattrOnAMissingAttributeIsReported() {
    let errors = renderErrors("{{ xs|selectattr('a')|list }}", #"{"xs": [{}]}"#)
    XCTAssertEqual(
      errors.map(\.problem),
      [.filterFailed(filter: "selectattr", detail: "an item has no attribute \"a\"")])
  }

  func testSelectattrWithAnUnknownTestSuggestsOne() {
    let errors = renderErrors("{{ xs|selectattr('a', 'eqq', 1)|list }}", #"{"xs": [{"a": 1}]}"#)
    XCTAssertEqual(
      errors.map(\.problem),
      [
        .filterFailed(
          filter: "selectattr", detail: "there is no test named \"eqq\" (did you mean \"eq\"?)")
      ])
  }

  func testCallingAnUnknownMethodIsReported() {
    let errors = renderErrors("{{ s.nope() }}", #"{"s": "a"}"#)
    XCTAssertEqual(errors.map(\.problem), [.invalidValue(detail: "s (text) has no method nope()")])
  }

  func testATestOnTheWrongTypeIsReported() {
    let errors = renderErrors("{{ x is even }}", #"{"x": "a"}"#)
    XCTAssertEqual(errors.count, 1)
  }

  func testEveryProblemHasAMessageAndAFix() {
    let problems: [TemplateProblem] = [
      .unclosedTag(opening: "{{", closing: "}}"), .syntax(tag: "{{ x }}", detail: "d"),
      .unknownStatement(word: "w", suggestion: nil), .unsupportedStatement(word: "macro"),
      .unclosedBlock(keyword: "if", closing: "endif"),
      .unexpectedEnd(found: "endif", expected: nil),
      .misplaced(keyword: "else", allowedIn: "x"), .unknownFilter(name: "f", suggestion: nil),
      .unknownTest(name: "t", suggestion: nil),
      .unbalancedStructure(keyword: "endfor", opener: "for", openedAt: "body"),
      .prefixOutsideStructure(prefix: "tr", structure: "table row"),
      .undefined(name: "n", suggestion: nil),
      .wrongType(expression: "x", expected: "a number", found: "text"),
      .notIterable(expression: "x", found: "integer"), .unpackMismatch(names: 2, found: 3),
      .divisionByZero(expression: "1 / 0"), .filterFailed(filter: "f", detail: "d"),
      .invalidValue(detail: "d"),
    ]
    for problem in problems {
      XCTAssertFalse(problem.message.isEmpty, "\(problem)")
      XCTAssertFalse(problem.fix.isEmpty, "\(problem)")
    }
  }
}
