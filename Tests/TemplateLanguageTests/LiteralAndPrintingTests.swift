import TemplateLanguage
import XCTest

final class LiteralAndPrintingTests: XCTestCase {
  func testPlainTextWithoutTagsIsCopiedUnchanged() throws {
    XCTAssertEqual(try render("Kế hoạch số 12/KH"), "Kế hoạch số 12/KH")
  }

  func testANameIsReplacedByItsValue() throws {
    XCTAssertEqual(try render("Xin chào {{ name }}!", "{\"name\": \"Lan\"}"), "Xin chào Lan!")
  }

  func testASingleQuotedStringLiteralPrintsItsText() throws {
    XCTAssertEqual(try render("{{ 'abc' }}"), "abc")
  }

  func testADoubleQuotedStringLiteralPrintsItsText() throws {
    XCTAssertEqual(try render("{{ \"a'b\" }}"), "a'b")
  }

  func testABackslashEscapeInAStringLiteralIsDecoded() throws {
    XCTAssertEqual(try render("{{ 'a\\'b' }}|{{ 'x\\ny' }}"), "a'b|x\ny")
  }

  func testAdjacentStringLiteralsAreJoined() throws {
    XCTAssertEqual(try render("{{ 'a' 'b' }}"), "ab")
  }

  func testAnIntegerLiteralPrintsAsWritten() throws {
    XCTAssertEqual(try render("{{ 42 }}"), "42")
  }

  func testAnIntegerLiteralMayUseUnderscores() throws {
    XCTAssertEqual(try render("{{ 1_000_000 }}"), "1000000")
  }

  func testAFloatLiteralPrintsAsPythonPrintsIt() throws {
    XCTAssertEqual(try render("{{ 3.5 }} {{ 2.0 }} {{ 0.1 }}"), "3.5 2.0 0.1")
  }

  func testAFloatLiteralWithAnExponentIsAFloat() throws {
    XCTAssertEqual(try render("{{ 1e3 }} {{ 2.5e-3 }}"), "1000.0 0.0025")
  }

  func testLowercaseTrueAndFalseAreBooleans() throws {
    XCTAssertEqual(try render("{{ true }} {{ false }}"), "True False")
  }

  func testCapitalizedTrueAndFalseAreBooleans() throws {
    XCTAssertEqual(try render("{{ True }} {{ False }}"), "True False")
  }

  func testLowercaseNoneIsNone() throws {
    XCTAssertEqual(try render("{{ none }}"), "None")
  }

  func testCapitalizedNoneIsNone() throws {
    XCTAssertEqual(try render("{{ None }}"), "None")
  }

  func testAListLiteralPrintsAsPythonRepr() throws {
    XCTAssertEqual(try render("{{ ['a', 1, None, true, 2.5] }}"), "['a', 1, None, True, 2.5]")
  }

  func testAnEmptyListPrintsAsBrackets() throws {
    XCTAssertEqual(try render("{{ [] }}"), "[]")
  }

  func testATupleLiteralIsReadAsAList() throws {
    XCTAssertEqual(try render("{{ (1, 2)|list }}"), "[1, 2]")
  }

  func testAParenthesizedExpressionIsNotATuple() throws {
    XCTAssertEqual(try render("{{ (1 + 2) * 3 }}"), "9")
  }

  func testAMappingLiteralPrintsAsPythonRepr() throws {
    XCTAssertEqual(try render("{{ {'k': 'v', 'n': 1} }}"), "{'k': 'v', 'n': 1}")
  }

  func testAStringFromTheDataPrintsWithoutQuotes() throws {
    XCTAssertEqual(try render("{{ s }}", "{\"s\": \"it's\"}"), "it's")
  }

  func testAListFromTheDataPrintsAsPythonRepr() throws {
    XCTAssertEqual(
      try render("{{ xs }}", "{\"xs\": [\"a\", 1, null, true, 1.5]}"),
      "['a', 1, None, True, 1.5]")
  }

  func testAMappingFromTheDataPrintsInItsOwnOrder() throws {
    XCTAssertEqual(
      try render("{{ m }}", "{\"m\": {\"z\": 1, \"a\": [2], \"m\": {\"k\": \"v\"}}}"),
      "{'z': 1, 'a': [2], 'm': {'k': 'v'}}")
  }

  func testAStringWithAnApostropheInsideAListIsDoubleQuoted() throws {
    XCTAssertEqual(
      try render("{{ xs }}", "{\"xs\": [\"it's\", \"say \\\"hi\\\"\"]}"),
      "[\"it's\", 'say \"hi\"']")
  }

  func testAStringWithANewlineInsideAListIsEscaped() throws {
    XCTAssertEqual(
      try render("{{ xs }}", "{\"xs\": [\"a\\nb\", \"c\\\\d\"]}"),
      "['a\\nb', 'c\\\\d']")
  }

  func testAWholeNumberFloatFromTheDataPrintsWithPointZero() throws {
    XCTAssertEqual(try render("{{ x }}", "{\"x\": 2.0}"), "2.0")
  }

  func testAFloatFromTheDataPrintsItsShortestDigits() throws {
    XCTAssertEqual(
      try render("{{ x }} {{ y }}", "{\"x\": 0.30000000000000004, \"y\": 1234.5678}"),
      "0.30000000000000004 1234.5678")
  }

  func testALargeFloatPrintsInExponentFormAsPython() throws {
    XCTAssertEqual(try render("{{ x }}", "{\"x\": 1e20}"), "1e+20")
  }

  func testASmallFloatPrintsInExponentFormAsPython() throws {
    XCTAssertEqual(try render("{{ x }}", "{\"x\": 0.00001}"), "1e-05")
  }

  func testANegativeFloatPrintsWithItsSign() throws {
    XCTAssertEqual(try render("{{ x }}", "{\"x\": -0.5}"), "-0.5")
  }

  func testANullFromTheDataPrintsAsNone() throws {
    XCTAssertEqual(try render("{{ x }}", "{\"x\": null}"), "None")
  }

  func testABooleanFromTheDataPrintsCapitalized() throws {
    XCTAssertEqual(try render("{{ x }} {{ y }}", "{\"x\": true, \"y\": false}"), "True False")
  }

  func testUnicodeTextPassesThroughUnchanged() throws {
    XCTAssertEqual(
      try render("{{ s }} – đã ký", "{\"s\": \"Nguyễn Văn Ánh\"}"),
      "Nguyễn Văn Ánh – đã ký")
  }

  func testAnAttributeOfAMappingIsReadWithADot() throws {
    XCTAssertEqual(
      try render("{{ unit.name }}", "{\"unit\": {\"name\": \"Sở Tư pháp\"}}"),
      "Sở Tư pháp")
  }

  func testAnAttributeOfAMappingIsReadWithBrackets() throws {
    XCTAssertEqual(try render("{{ unit['name'] }}", "{\"unit\": {\"name\": \"Sở\"}}"), "Sở")
  }

  func testAnItemOfAListIsReadByIndex() throws {
    XCTAssertEqual(try render("{{ xs[0] }} {{ xs[2] }}", "{\"xs\": [10, 20, 30]}"), "10 30")
  }

  func testANegativeIndexCountsFromTheEnd() throws {
    XCTAssertEqual(try render("{{ xs[-1] }}", "{\"xs\": [10, 20, 30]}"), "30")
  }

  func testADotNumberReadsAListItem() throws {
    XCTAssertEqual(try render("{{ xs.1 }}", "{\"xs\": [10, 20, 30]}"), "20")
  }

  func testAnIndexInAVariableReadsTheItem() throws {
    XCTAssertEqual(try render("{{ xs[i] }}", "{\"xs\": [10, 20, 30], \"i\": 1}"), "20")
  }

  func testAKeyInAVariableReadsTheMappingValue() throws {
    XCTAssertEqual(try render("{{ m[k] }}", "{\"m\": {\"a\": 1, \"b\": 2}, \"k\": \"b\"}"), "2")
  }

  func testNestedAttributesAndIndexesChain() throws {
    XCTAssertEqual(
      try render("{{ years[1].plan.total }}", "{\"years\": [{}, {\"plan\": {\"total\": 7}}]}"),
      "7")
  }

  func testASliceOfAListTakesTheRange() throws {
    XCTAssertEqual(
      try render("{{ xs[1:3] }} {{ xs[:2] }} {{ xs[2:] }}", "{\"xs\": [1, 2, 3, 4]}"),
      "[2, 3] [1, 2] [3, 4]")
  }

  func testASliceWithAStepSkipsItems() throws {
    XCTAssertEqual(
      try render("{{ xs[::2] }} {{ xs[::-1] }}", "{\"xs\": [1, 2, 3, 4, 5]}"),
      "[1, 3, 5] [5, 4, 3, 2, 1]")
  }

  func testASliceOfAStringTakesCharacters() throws {
    XCTAssertEqual(try render("{{ s[:3] }}|{{ s[-2:] }}", "{\"s\": \"Hà Nội\"}"), "Hà |ội")
  }

  func testAnIndexIntoAStringTakesOneCharacter() throws {
    XCTAssertEqual(try render("{{ s[0] }}{{ s[-1] }}", "{\"s\": \"Đà Nẵng\"}"), "Đg")
  }

  func testAMappingLiteralCanBeIndexed() throws {
    XCTAssertEqual(try render("{{ {'a': 1, 'b': 2}['b'] }}"), "2")
  }

  // Not Jinja: Word types curly quotes; vanban reads them as straight ones.
  func testCurlySingleQuotesAreReadAsStraightQuotes() throws {
    XCTAssertEqual(try render("{{ ‘abc’ }}"), "abc")
  }

  // Not Jinja: Word types curly quotes; vanban reads them as straight ones.
  func testCurlyDoubleQuotesAreReadAsStraightQuotes() throws {
    XCTAssertEqual(try render("{{ “abc”|upper }}"), "ABC")
  }

  // Not Jinja: Word types curly quotes; vanban reads them as straight ones.
  func testCurlyQuotesInAFilterArgumentAreReadAsStraightQuotes() throws {
    XCTAssertEqual(try render("{{ x|default(‘none’) }}"), "none")
  }

  func testACurlyApostropheInsideStraightQuotesIsPartOfTheText() throws {
    XCTAssertEqual(try render("{{ \"it’s\" }}"), "it’s")
  }

  func testANonBreakingSpaceInsideATagIsASpace() throws {
    XCTAssertEqual(try render("{{ name }}", "{\"name\": \"An\"}"), "An")
  }

  func testRangeMakesAListOfNumbers() throws {
    XCTAssertEqual(
      try render("{{ range(3)|list }} {{ range(1, 4)|list }} {{ range(10, 0, -3)|list }}"),
      "[0, 1, 2] [1, 2, 3] [10, 7, 4, 1]")
  }

  func testItemsOfAMappingArePairs() throws {
    XCTAssertEqual(
      try render(
        "{% for k, v in m.items() %}{{ k }}={{ v }};{% endfor %}", "{\"m\": {\"a\": 1, \"b\": 2}}"),
      "a=1;b=2;")
  }

  // Not Jinja: Value has no tuple; Jinja prints [('a', 1), ('b', 2)].
  func testAPairFromItemsPrintsAsAListNotATuple() throws {
    XCTAssertEqual(
      try render("{{ m.items()|list }}", "{\"m\": {\"a\": 1, \"b\": 2}}"),
      "[['a', 1], ['b', 2]]")
  }

  func testKeysAndValuesOfAMappingKeepTheirOrder() throws {
    XCTAssertEqual(
      try render("{{ m.keys()|list }} {{ m.values()|list }}", "{\"m\": {\"b\": 1, \"a\": 2}}"),
      "['b', 'a'] [1, 2]")
  }

  func testGetOfAMappingFallsBackToItsDefault() throws {
    XCTAssertEqual(
      try render("{{ m.get('a') }} {{ m.get('x') }} {{ m.get('x', 0) }}", "{\"m\": {\"a\": 1}}"),
      "1 None 0")
  }

  func testStringMethodsWork() throws {
    XCTAssertEqual(
      try render(
        "{{ s.upper() }}|{{ s.strip() }}|{{ s.startswith(' a') }}|{{ s.split() }}",
        "{\"s\": \" ab cd \"}"),
      " AB CD |ab cd|True|['ab', 'cd']")
  }

  func testStringSplitWithASeparatorKeepsEmptyParts() throws {
    XCTAssertEqual(try render("{{ s.split(',') }}", "{\"s\": \"a,,b\"}"), "['a', '', 'b']")
  }

  func testStringReplaceMethodReplaces() throws {
    XCTAssertEqual(try render("{{ s.replace('a', 'o') }}", "{\"s\": \"banana\"}"), "bonono")
  }

  func testStringFormatMethodFillsBraces() throws {
    XCTAssertEqual(
      try render(
        "{{ '{} of {}'.format(1, 2) }}|{{ '{:,.2f}'.format(x) }}|{{ '{n}!'.format(n='hi') }}",
        "{\"x\": 1234567.891}"),
      "1 of 2|1,234,567.89|hi!")
  }

  func testPercentFormattingFormatsNumbers() throws {
    XCTAssertEqual(
      try render(
        "{{ '%.2f' % x }}|{{ '%d items' % n }}|{{ '%s-%s' % (a, b) }}|{{ '%05.1f' % x }}",
        "{\"x\": 3.14159, \"n\": 7, \"a\": \"A\", \"b\": \"B\"}"),
      "3.14|7 items|A-B|003.1")
  }

  func testJoinStringMethodJoinsAList() throws {
    XCTAssertEqual(try render("{{ ', '.join(xs) }}", "{\"xs\": [\"a\", \"b\"]}"), "a, b")
  }

  func testListIndexAndCountMethodsWork() throws {
    XCTAssertEqual(try render("{{ xs.index(2) }} {{ xs.count(1) }}", "{\"xs\": [1, 2, 1]}"), "1 2")
  }

  func testLoopCycleAlternatesValues() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs %}{{ loop.cycle('odd', 'even') }} {% endfor %}", "{\"xs\": [1, 2, 3]}"),
      "odd even odd ")
  }

  func testDictBuildsAMapping() throws {
    XCTAssertEqual(try render("{{ dict(a=1, b='x') }}"), "{'a': 1, 'b': 'x'}")
  }

  func testAMappingLiteralWithAVariableKeyUsesItsValue() throws {
    XCTAssertEqual(try render("{{ {k: 1} }}", "{\"k\": \"key\"}"), "{'key': 1}")
  }
}
