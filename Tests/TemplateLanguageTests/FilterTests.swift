import TemplateLanguage
import XCTest

final class FilterTests: XCTestCase {
  func testDefaultReplacesAnUndefinedName() throws {
    XCTAssertEqual(try render("{{ missing|default('n/a') }}"), "n/a")
  }

  func testDefaultKeepsADefinedValue() throws {
    XCTAssertEqual(try render("{{ x|default('n/a') }}", "{\"x\": \"ok\"}"), "ok")
  }

  func testDefaultKeepsAFalsyDefinedValue() throws {
    XCTAssertEqual(try render("[{{ x|default('n/a') }}]", "{\"x\": \"\"}"), "[]")
  }

  func testDefaultWithBooleanReplacesAFalsyValue() throws {
    XCTAssertEqual(try render("{{ x|default('n/a', true) }}", "{\"x\": \"\"}"), "n/a")
  }

  func testDefaultWithBooleanKeywordReplacesAFalsyValue() throws {
    XCTAssertEqual(try render("{{ x|default('n/a', boolean=true) }}", "{\"x\": 0}"), "n/a")
  }

  func testDefaultWithoutArgumentGivesEmptyText() throws {
    XCTAssertEqual(try render("[{{ missing|default }}]"), "[]")
  }

  func testDAbbreviatesDefault() throws {
    XCTAssertEqual(try render("{{ missing|d('-') }}"), "-")
  }

  func testDefaultReplacesAnUndefinedAttribute() throws {
    XCTAssertEqual(
      try render("{{ unit.phone|default('-') }}", "{\"unit\": {\"name\": \"x\"}}"),
      "-")
  }

  func testDefaultKeepsANone() throws {
    XCTAssertEqual(try render("{{ x|default('-') }}", "{\"x\": null}"), "None")
  }

  func testUpperUppercasesVietnamese() throws {
    XCTAssertEqual(try render("{{ 'nguyễn văn ánh'|upper }}"), "NGUYỄN VĂN ÁNH")
  }

  func testLowerLowercasesVietnamese() throws {
    XCTAssertEqual(try render("{{ 'ĐÀ NẴNG'|lower }}"), "đà nẵng")
  }

  func testCapitalizeUppercasesTheFirstLetterAndLowersTheRest() throws {
    XCTAssertEqual(try render("{{ 'hÀ NỘI'|capitalize }}"), "Hà nội")
  }

  func testTitleCapitalizesEachWord() throws {
    XCTAssertEqual(try render("{{ 'nguyễn văn ánh'|title }}"), "Nguyễn Văn Ánh")
  }

  func testTitleStartsAWordAfterPunctuation() throws {
    XCTAssertEqual(try render("{{ \"o'neil-smith x2y\"|title }}"), "O'neil-Smith X2y")
  }

  func testTrimRemovesSurroundingWhitespace() throws {
    XCTAssertEqual(try render("[{{ '  a b \\n'|trim }}]"), "[a b]")
  }

  func testTrimWithCharactersRemovesThoseCharacters() throws {
    XCTAssertEqual(try render("[{{ '--a-b--'|trim('-') }}]"), "[a-b]")
  }

  func testReplaceReplacesEveryOccurrence() throws {
    XCTAssertEqual(try render("{{ 'a-b-c'|replace('-', '/') }}"), "a/b/c")
  }

  func testReplaceWithACountReplacesOnlyThatMany() throws {
    XCTAssertEqual(try render("{{ 'a-b-c'|replace('-', '/', 1) }}"), "a/b-c")
  }

  func testReplaceWorksOnANumber() throws {
    XCTAssertEqual(try render("{{ 1.5|replace('.', ',') }}"), "1,5")
  }

  func testJoinJoinsWithASeparator() throws {
    XCTAssertEqual(try render("{{ ['a', 'b', 'c']|join(', ') }}"), "a, b, c")
  }

  func testJoinWithoutSeparatorConcatenates() throws {
    XCTAssertEqual(try render("{{ [1, 2, 3]|join }}"), "123")
  }

  func testJoinWithAnAttributeJoinsThatAttribute() throws {
    XCTAssertEqual(
      try render(
        "{{ people|join(', ', attribute='name') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "Bình, an, Chi")
  }

  func testLengthCountsListItems() throws {
    XCTAssertEqual(try render("{{ [1, 2, 3]|length }}"), "3")
  }

  func testLengthCountsCharactersNotBytes() throws {
    XCTAssertEqual(try render("{{ 'Đà Nẵng'|length }}"), "7")
  }

  func testLengthCountsMappingKeys() throws {
    XCTAssertEqual(try render("{{ m|length }}", "{\"m\": {\"a\": 1, \"b\": 2}}"), "2")
  }

  func testCountIsLength() throws {
    XCTAssertEqual(try render("{{ [1, 2]|count }}"), "2")
  }

  func testFirstTakesTheFirstItem() throws {
    XCTAssertEqual(try render("{{ [3, 1, 2]|first }} {{ 'abc'|first }}"), "3 a")
  }

  func testLastTakesTheLastItem() throws {
    XCTAssertEqual(try render("{{ [3, 1, 2]|last }} {{ 'abc'|last }}"), "2 c")
  }

  func testSortSortsNumbers() throws {
    XCTAssertEqual(try render("{{ [3, 1, 2.5]|sort }}"), "[1, 2.5, 3]")
  }

  func testSortIgnoresCaseByDefault() throws {
    XCTAssertEqual(try render("{{ ['b', 'A', 'a', 'C']|sort }}"), "['A', 'a', 'b', 'C']")
  }

  func testSortWithCaseSensitiveSortsUppercaseFirst() throws {
    XCTAssertEqual(
      try render("{{ ['b', 'A', 'a', 'C']|sort(case_sensitive=true) }}"),
      "['A', 'C', 'a', 'b']")
  }

  func testSortReverseSortsDescending() throws {
    XCTAssertEqual(try render("{{ [3, 1, 2]|sort(reverse=true) }}"), "[3, 2, 1]")
  }

  func testSortReversePositionalSortsDescending() throws {
    XCTAssertEqual(try render("{{ [3, 1, 2]|sort(true) }}"), "[3, 2, 1]")
  }

  func testSortByAttributeSortsMappings() throws {
    XCTAssertEqual(
      try render(
        "{{ people|sort(attribute='age')|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "an,Bình,Chi")
  }

  func testSortByAttributeReverse() throws {
    XCTAssertEqual(
      try render(
        "{{ people|sort(attribute='age', reverse=true)|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "Chi,Bình,an")
  }

  func testSortByTextAttributeIgnoresCase() throws {
    XCTAssertEqual(
      try render(
        "{{ people|sort(attribute='name')|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "an,Bình,Chi")
  }

  func testSortByTwoAttributesSortsByBoth() throws {
    XCTAssertEqual(
      try render(
        "{{ people|sort(attribute='unit,age')|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "Bình,Chi,an")
  }

  func testSortIsStable() throws {
    XCTAssertEqual(
      try render(
        "{{ people|sort(attribute='unit')|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "Bình,Chi,an")
  }

  func testReverseReversesAList() throws {
    XCTAssertEqual(try render("{{ [1, 2, 3]|reverse|list }}"), "[3, 2, 1]")
  }

  func testReverseReversesAString() throws {
    XCTAssertEqual(try render("{{ 'abc'|reverse }}"), "cba")
  }

  func testSumAddsNumbers() throws {
    XCTAssertEqual(try render("{{ [1, 2, 3.5]|sum }}"), "6.5")
  }

  func testSumOfIntegersIsAnInteger() throws {
    XCTAssertEqual(try render("{{ [1, 2, 3]|sum }}"), "6")
  }

  func testSumByAttributeAddsThatAttribute() throws {
    XCTAssertEqual(
      try render(
        "{{ people|sum(attribute='age') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "90")
  }

  func testSumWithAStartAddsToIt() throws {
    XCTAssertEqual(try render("{{ [1, 2]|sum(start=10) }}"), "13")
  }

  func testSumOfAnEmptyListIsZero() throws {
    XCTAssertEqual(try render("{{ []|sum }}"), "0")
  }

  func testMinTakesTheSmallest() throws {
    XCTAssertEqual(try render("{{ [3, 1, 2]|min }} {{ ['b', 'A', 'c']|min }}"), "1 A")
  }

  func testMaxTakesTheLargest() throws {
    XCTAssertEqual(try render("{{ [3, 1, 2]|max }} {{ ['b', 'A', 'c']|max }}"), "3 c")
  }

  func testMinAndMaxByAttribute() throws {
    XCTAssertEqual(
      try render(
        "{{ (people|min(attribute='age')).name }} {{ (people|max(attribute='age')).name }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "an Chi")
  }

  func testMaxCaseSensitive() throws {
    XCTAssertEqual(try render("{{ ['b', 'A', 'c', 'C']|max(case_sensitive=true) }}"), "c")
  }

  func testRoundRoundsLikePythonHalvesToEvenOnTheExactValue() throws {
    XCTAssertEqual(
      try render(
        "{{ 2.5|round }} {{ 3.5|round }} {{ -2.5|round }} {{ 0.125|round(2) }} {{ 2.675|round(2) }}"
      ),
      "2.0 4.0 -2.0 0.12 2.67")
  }

  func testRoundWithANegativePrecisionRoundsToTens() throws {
    XCTAssertEqual(try render("{{ 1234|round(-2) }} {{ 1250.0|round(-2) }}"), "1200 1200.0")
  }

  func testWordcountCountsRunsOfLettersAndDigits() throws {
    XCTAssertEqual(
      try render("{{ 'nguyễn văn an-bình'|wordcount }} {{ 'Số 16/KH-BDT'|wordcount }}"), "4 4")
  }

  func testTojsonSortsKeysAndEscapesNonASCIILikeJinja() throws {
    XCTAssertEqual(
      try render(#"{{ {'b': 2, 'a': [1, none]}|tojson }} {{ 'Hoà <b>'|tojson }}"#),
      #"{"a": [1, null], "b": 2} "Ho\u00e0 \u003cb\u003e""#)
  }

  func testANamespaceKeepsAValueSetInsideALoop() throws {
    XCTAssertEqual(
      try render(
        "{% set ns = namespace(dem=0) %}{% for x in [1, 5, 2] %}{% if x > 1 %}{% set ns.dem = ns.dem + 1 %}{% endif %}{% endfor %}{{ ns.dem }}"
      ),
      "2")
  }

  func testRoundRoundsToTheNearest() throws {
    XCTAssertEqual(try render("{{ 2.4|round }} {{ 2.6|round }} {{ -2.6|round }}"), "2.0 3.0 -3.0")
  }

  func testRoundToAPrecision() throws {
    XCTAssertEqual(try render("{{ 3.14159|round(2) }} {{ 1234.5|round(-2) }}"), "3.14 1200.0")
  }

  func testRoundWithMethodFloorAndCeil() throws {
    XCTAssertEqual(
      try render("{{ 3.14159|round(2, 'floor') }} {{ 3.14159|round(2, 'ceil') }}"),
      "3.14 3.15")
  }

  func testRoundOfAnIntegerGivesAFloat() throws {
    XCTAssertEqual(try render("{{ 3|round }}"), "3")
  }

  func testRoundThenIntGivesAWholeNumber() throws {
    XCTAssertEqual(try render("{{ 2.7|round|int }}"), "3")
  }

  func testIntConvertsAFloatByTruncating() throws {
    XCTAssertEqual(try render("{{ 3.9|int }} {{ -3.9|int }}"), "3 -3")
  }

  func testIntConvertsText() throws {
    XCTAssertEqual(try render("{{ '42'|int }} {{ ' 7 '|int }} {{ '3.9'|int }}"), "42 7 3")
  }

  func testIntOfUnreadableTextIsTheDefault() throws {
    XCTAssertEqual(try render("{{ 'abc'|int }} {{ 'abc'|int(-1) }}"), "0 -1")
  }

  func testIntWithABaseReadsThatBase() throws {
    XCTAssertEqual(try render("{{ 'ff'|int(base=16) }} {{ '0x1A'|int(0, 16) }}"), "255 26")
  }

  func testIntReadsUnderscoresAndSigns() throws {
    XCTAssertEqual(
      try render(
        "{{ '1_000'|int }} {{ '-ff'|int(base=16) }} {{ '0b101'|int(base=2) }} {{ '0x1f'|int(base=0) }}"
      ),
      "1000 -255 5 31")
  }

  func testIntOfALargeFloatTextTruncates() throws {
    XCTAssertEqual(try render("{{ '1e3'|int }} {{ '-2.5'|int }}"), "1000 -2")
  }

  func testIntOfABooleanIsOneOrZero() throws {
    XCTAssertEqual(try render("{{ true|int }}"), "1")
  }

  func testFloatConvertsTextAndNumbers() throws {
    XCTAssertEqual(
      try render("{{ '3.5'|float }} {{ 2|float }} {{ 'x'|float }} {{ 'x'|float(1.5) }}"),
      "3.5 2.0 0.0 1.5")
  }

  func testStringConvertsToText() throws {
    XCTAssertEqual(try render("{{ 12|string ~ 'a' }} {{ [1]|string }}"), "12a [1]")
  }

  func testAbsTakesTheMagnitude() throws {
    XCTAssertEqual(
      try render("{{ -3|abs }} {{ (-2.5)|abs }} {{ x|abs }}", "{\"x\": -4}"),
      "3 2.5 4")
  }

  func testAbsOfTheSmallestIntegerIsAFloatNotATrap() throws {
    XCTAssertEqual(try render("{{ (-9223372036854775807 - 1)|abs }}"), "9.223372036854776e+18")
  }

  func testCenterInANegativeWidthLeavesTheTextAsItIs() throws {
    XCTAssertEqual(try render("[{{ 'x'|center(-9223372036854775807 - 1) }}]"), "[x]")
  }

  func testRoundingToMoreThan308DigitsLeftOfThePointGivesZeroAsPythonDoes() throws {
    XCTAssertEqual(
      try render("{{ 5|round(-9223372036854775807 - 1) }} {{ 5.5|round(-400) }}"), "0 0.0")
  }

  func testAWholeFloatTooLargeForAnIntIsRefusedAsAnIntegerArgument() throws {
    let message = try XCTUnwrap(renderErrors("{{ 'x'|center(1e300) }}").first?.problem.message)
    XCTAssertTrue(message.contains("must be a whole number"), message)
  }

  func testUniqueDropsRepeatsKeepingTheFirst() throws {
    XCTAssertEqual(try render("{{ [1, 2, 1, 3, 2]|unique|list }}"), "[1, 2, 3]")
  }

  func testUniqueIgnoresCaseByDefault() throws {
    XCTAssertEqual(try render("{{ ['a', 'A', 'b']|unique|list }}"), "['a', 'b']")
  }

  func testUniqueCaseSensitiveKeepsBothCases() throws {
    XCTAssertEqual(
      try render("{{ ['a', 'A', 'b']|unique(case_sensitive=true)|list }}"),
      "['a', 'A', 'b']")
  }

  func testUniqueByAttribute() throws {
    XCTAssertEqual(
      try render(
        "{{ people|unique(attribute='unit')|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "Bình,an")
  }

  func testMapAttributePicksThatAttribute() throws {
    XCTAssertEqual(
      try render(
        "{{ people|map(attribute='name')|list }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "['Bình', 'an', 'Chi']")
  }

  func testMapAttributeWithADefaultFillsMissingOnes() throws {
    XCTAssertEqual(
      try render("{{ xs|map(attribute='n', default=0)|list }}", "{\"xs\": [{\"n\": 1}, {}]}"),
      "[1, 0]")
  }

  func testMapWithAFilterNameAppliesTheFilter() throws {
    XCTAssertEqual(try render("{{ ['a', 'b']|map('upper')|join }}"), "AB")
  }

  func testMapWithAFilterAndArgumentsPassesThem() throws {
    XCTAssertEqual(try render("{{ ['a-b', 'c-d']|map('replace', '-', '+')|join(' ') }}"), "a+b c+d")
  }

  func testMapAttributeReadsANestedPath() throws {
    XCTAssertEqual(
      try render(
        "{{ xs|map(attribute='u.name')|join(',') }}",
        "{\"xs\": [{\"u\": {\"name\": \"a\"}}, {\"u\": {\"name\": \"b\"}}]}"),
      "a,b")
  }

  func testSelectKeepsTruthyItemsWithoutATest() throws {
    XCTAssertEqual(try render("{{ [0, 1, '', 'a', none]|select|list }}"), "[1, 'a']")
  }

  func testSelectWithATestKeepsPassingItems() throws {
    XCTAssertEqual(try render("{{ [1, 2, 3, 4]|select('even')|list }}"), "[2, 4]")
  }

  func testSelectWithATestArgument() throws {
    XCTAssertEqual(
      try render(
        "{{ [1, 5, 10]|select('gt', 3)|list }} {{ [3, 4, 9]|select('divisibleby', 3)|list }}"),
      "[5, 10] [3, 9]")
  }

  func testRejectDropsPassingItems() throws {
    XCTAssertEqual(try render("{{ [1, 2, 3, 4]|reject('odd')|list }}"), "[2, 4]")
  }

  func testSelectattrKeepsItemsWithATruthyAttribute() throws {
    XCTAssertEqual(
      try render(
        "{{ people|selectattr('active')|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "Bình,Chi")
  }

  func testSelectattrWithEqualto() throws {
    XCTAssertEqual(
      try render(
        "{{ people|selectattr('unit', 'equalto', 'A')|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "Bình,Chi")
  }

  func testSelectattrWithDoubleEquals() throws {
    XCTAssertEqual(
      try render(
        "{{ people|selectattr('unit', '==', 'B')|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "an")
  }

  func testSelectattrWithGreaterThan() throws {
    XCTAssertEqual(
      try render(
        "{{ people|selectattr('age', 'gt', 26)|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "Bình,Chi")
  }

  func testSelectattrWithIn() throws {
    XCTAssertEqual(
      try render(
        "{{ people|selectattr('unit', 'in', ['B', 'C'])|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "an")
  }

  func testSelectattrWithDefined() throws {
    XCTAssertEqual(
      try render("{{ xs|selectattr('n', 'defined')|list }}", "{\"xs\": [{\"n\": 1}, {}]}"),
      "[{'n': 1}]")
  }

  func testSelectattrWithNone() throws {
    XCTAssertEqual(
      try render("{{ xs|selectattr('n', 'none')|list }}", "{\"xs\": [{\"n\": 1}, {\"n\": null}]}"),
      "[{'n': None}]")
  }

  func testRejectattrDropsItemsWithATruthyAttribute() throws {
    XCTAssertEqual(
      try render(
        "{{ people|rejectattr('active')|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "an")
  }

  func testRejectattrWithATest() throws {
    XCTAssertEqual(
      try render(
        "{{ people|rejectattr('unit', 'eq', 'A')|map(attribute='name')|join(',') }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "an")
  }

  func testRejectattrWithUndefinedKeepsItemsThatHaveIt() throws {
    XCTAssertEqual(
      try render("{{ xs|rejectattr('n', 'undefined')|list }}", "{\"xs\": [{\"n\": 1}, {}]}"),
      "[{'n': 1}]")
  }

  func testGroupbyGroupsAndSortsByTheAttribute() throws {
    XCTAssertEqual(
      try render(
        "{% for g in people|groupby('unit') %}{{ g.grouper }}: {{ g.list|map(attribute='name')|join(',') }}; {% endfor %}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "A: Bình,Chi; B: an; ")
  }

  func testGroupbyUnpacksIntoGrouperAndList() throws {
    XCTAssertEqual(
      try render(
        "{% for unit, members in people|groupby('unit') %}{{ unit }}={{ members|length }} {% endfor %}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "A=2 B=1 ")
  }

  func testGroupbyByANumberSortsNumerically() throws {
    XCTAssertEqual(
      try render(
        "{% for k, g in xs|groupby('n') %}{{ k }}:{{ g|length }} {% endfor %}",
        "{\"xs\": [{\"n\": 10}, {\"n\": 9}, {\"n\": 10}]}"),
      "9:1 10:2 ")
  }

  func testGroupbyWithADefaultGroupsMissingOnes() throws {
    XCTAssertEqual(
      try render(
        "{% for k, g in xs|groupby('u', default='?') %}{{ k }}:{{ g|length }} {% endfor %}",
        "{\"xs\": [{\"u\": \"b\"}, {}, {\"u\": \"a\"}]}"),
      "?:1 a:1 b:1 ")
  }

  func testGroupbyWithANoneDefaultStillRefusesAnItemWithoutTheAttribute() {
    // As in Jinja, where default=None is no default.
    XCTAssertThrowsError(
      try render(
        "{% for k, g in xs|groupby('u', default=none) %}{{ k }} {% endfor %}",
        "{\"xs\": [{\"u\": \"b\"}, {}]}"))
  }

  func testGroupbyByAnIndexGroupsLists() throws {
    XCTAssertEqual(
      try render(
        "{% for k, g in xs|groupby(0) %}{{ k }}:{{ g|length }} {% endfor %}",
        "{\"xs\": [[\"a\", 1], [\"b\", 2], [\"a\", 3]]}"),
      "a:2 b:1 ")
  }

  func testGroupbyCaseSensitiveFalseGroupsCaselessly() throws {
    XCTAssertEqual(
      try render(
        "{% for k, g in xs|groupby('u', case_sensitive=false) %}{{ k }}:{{ g|length }} {% endfor %}",
        "{\"xs\": [{\"u\": \"a\"}, {\"u\": \"A\"}, {\"u\": \"b\"}]}"),
      "a:2 b:1 ")
  }

  func testBatchSplitsIntoChunks() throws {
    XCTAssertEqual(try render("{{ [1, 2, 3, 4, 5]|batch(2)|list }}"), "[[1, 2], [3, 4], [5]]")
  }

  func testBatchFillsTheLastChunk() throws {
    XCTAssertEqual(try render("{{ [1, 2, 3]|batch(2, '-')|list }}"), "[[1, 2], [3, '-']]")
  }

  func testSliceSplitsIntoColumns() throws {
    XCTAssertEqual(try render("{{ [1, 2, 3, 4, 5]|slice(2)|list }}"), "[[1, 2, 3], [4, 5]]")
  }

  func testSliceFillsShortColumns() throws {
    XCTAssertEqual(try render("{{ [1, 2, 3, 4, 5]|slice(3, 0)|list }}"), "[[1, 2], [3, 4], [5, 0]]")
  }

  func testTruncateKeepsShortText() throws {
    XCTAssertEqual(try render("{{ 'short'|truncate(10) }}"), "short")
  }

  func testTruncateRefusesALengthShorterThanItsEndAsJinjaDoes() throws {
    let message = try XCTUnwrap(
      renderErrors("{{ 'abc'|truncate(-9223372036854775807 - 1) }}").first?.problem.message)
    XCTAssertTrue(message.contains("at least that of its end (3)"), message)
  }

  func testTruncateWithTheLargestLengthKeepsTheText() throws {
    XCTAssertEqual(try render("{{ 'abc'|truncate(9223372036854775807) }}"), "abc")
  }

  func testTruncateCutsAtAWordAndAddsAnEllipsis() throws {
    XCTAssertEqual(
      try render("{{ 'the quick brown fox jumps over'|truncate(15) }}"),
      "the quick...")
  }

  func testTruncateWithKillwordsCutsInsideAWord() throws {
    XCTAssertEqual(
      try render("{{ 'the quick brown fox jumps over'|truncate(15, true) }}"),
      "the quick br...")
  }

  func testTruncateWithACustomEnd() throws {
    XCTAssertEqual(
      try render("{{ 'the quick brown fox jumps over'|truncate(15, end='…') }}"),
      "the quick…")
  }

  func testTruncateAllowsALeeway() throws {
    XCTAssertEqual(
      try render("{{ 'abcdefghijkl'|truncate(10) }} {{ 'abcdefghijkl'|truncate(10, leeway=0) }}"),
      "abcdefghijkl abcdefg...")
  }

  func testIndentIndentsLaterLines() throws {
    XCTAssertEqual(try render("{{ 'a\\nb\\n\\nc'|indent }}"), "a\n    b\n\n    c")
  }

  func testIndentSplitsWindowsLineEndsToo() throws {
    XCTAssertEqual(try render("{{ 'a\\r\\nb'|indent(2) }}"), "a\n  b")
  }

  func testIndentWithWidthAndFirst() throws {
    XCTAssertEqual(try render("{{ 'a\\nb'|indent(2, true) }}"), "  a\n  b")
  }

  func testIndentWithBlankIndentsEmptyLines() throws {
    XCTAssertEqual(try render("{{ 'a\\n\\nb'|indent(2, blank=true) }}"), "a\n  \n  b")
  }

  func testIndentWithTextUsesThatText() throws {
    XCTAssertEqual(try render("{{ 'a\\nb'|indent('> ') }}"), "a\n> b")
  }

  func testWordcountCountsWords() throws {
    XCTAssertEqual(try render("{{ 'một hai  ba'|wordcount }}"), "3")
  }

  func testCenterPadsBothSides() throws {
    XCTAssertEqual(try render("[{{ 'ab'|center(6) }}]"), "[  ab  ]")
  }

  func testCenterWithAnOddPaddingPutsTheExtraSpaceAsPython() throws {
    XCTAssertEqual(try render("[{{ 'ab'|center(5) }}] [{{ 'abc'|center(6) }}]"), "[  ab ] [ abc  ]")
  }

  func testTitleTreatsHyphensAndBracketsAsWordStarts() throws {
    XCTAssertEqual(
      try render("{{ 'a(b) [c]d tp.hcm x_y lê-văn'|title }}"),
      "A(B) [C]d Tp.hcm X_y Lê-Văn")
  }

  func testStriptagsDropsCommentsAndDecodesEntities() throws {
    XCTAssertEqual(try render("{{ '<!-- c --><p>A &amp; B</p>\\n<br/>x'|striptags }}"), "A & B x")
  }

  func testTrimWithNoneTrimsWhitespace() throws {
    XCTAssertEqual(try render("[{{ ' a '|trim(none) }}]"), "[a]")
  }

  func testFormatFillsPercentPlaceholders() throws {
    XCTAssertEqual(try render("{{ '%s có %d người'|format('Tổ', 5) }}"), "Tổ có 5 người")
  }

  func testPercentDPrintsIntegersPastAFloatsPrecisionAndTheSmallestExactly() throws {
    XCTAssertEqual(
      try render("{{ '%d %d %x'|format(9007199254740993, -9223372036854775807 - 1, -255) }}"),
      "9007199254740993 -9223372036854775808 -ff")
  }

  func testPercentDPrintsAFloatPastIntsRangeAsPythonsBigInteger() throws {
    XCTAssertEqual(try render("{{ '%d'|format(1e20) }}"), "100000000000000000000")
  }

  func testPercentDOfNanIsAnErrorNotATrap() throws {
    let message = try XCTUnwrap(
      renderErrors("{{ '%d'|format('nan'|float) }}").first?.problem.message)
    XCTAssertTrue(message.contains("cannot print nan"), message)
  }

  func testListTurnsTextIntoCharacters() throws {
    XCTAssertEqual(try render("{{ 'abc'|list }}"), "['a', 'b', 'c']")
  }

  func testItemsFilterGivesPairs() throws {
    XCTAssertEqual(
      try render(
        "{% for k, v in m|items %}{{ k }}{{ v }}{% endfor %}", "{\"m\": {\"b\": 1, \"a\": 2}}"),
      "b1a2")
  }

  func testDictsortSortsByKey() throws {
    XCTAssertEqual(
      try render(
        "{% for k, v in m|dictsort %}{{ k }}{{ v }}{% endfor %}",
        "{\"m\": {\"b\": 1, \"A\": 2, \"c\": 0}}"),
      "A2b1c0")
  }

  func testDictsortByValue() throws {
    XCTAssertEqual(
      try render(
        "{% for k, v in m|dictsort(by='value') %}{{ k }}{{ v }}{% endfor %}",
        "{\"m\": {\"b\": 1, \"a\": 2, \"c\": 0}}"),
      "c0b1a2")
  }

  func testDictsortReverse() throws {
    XCTAssertEqual(
      try render(
        "{% for k, v in m|dictsort(reverse=true) %}{{ k }}{% endfor %}",
        "{\"m\": {\"b\": 1, \"a\": 2, \"c\": 0}}"),
      "cba")
  }

  func testTojsonWritesJSON() throws {
    XCTAssertEqual(
      try render("{{ m|tojson }}", "{\"m\": {\"a\": [1, 2.5, null, true], \"b\": \"x\\\"y\"}}"),
      "{\"a\": [1, 2.5, null, true], \"b\": \"x\\\"y\"}")
  }

  // Not Jinja: the host escapes every value for XML; Jinja's e gives a&amp;b.
  func testSafeAndEscapeChangeNothing() throws {
    XCTAssertEqual(try render("{{ '<b>'|safe }}{{ 'a&b'|e }}"), "<b>a&b")
  }

  func testStriptagsRemovesTags() throws {
    XCTAssertEqual(try render("{{ '<b>bold</b>  text'|striptags }}"), "bold text")
  }

  func testFilterArgumentsCanBeExpressions() throws {
    XCTAssertEqual(
      try render("{{ xs|join(sep ~ ' ') }}", "{\"xs\": [1, 2], \"sep\": \";\"}"),
      "1; 2")
  }

  func testAFilterCanBeAppliedToALiteral() throws {
    XCTAssertEqual(try render("{{ 'x'|upper }}{{ [1, 2]|length }}"), "X2")
  }

  func testUpperOfANumberGivesItsText() throws {
    XCTAssertEqual(try render("{{ 12|upper }}"), "12")
  }

  func testLengthOfAFilteredListCountsTheKeptItems() throws {
    XCTAssertEqual(
      try render(
        "{{ people|selectattr('active')|list|length }}",
        "{\"people\": [{\"name\": \"Bình\", \"age\": 30, \"unit\": \"A\", \"active\": true}, {\"name\": \"an\", \"age\": 25, \"unit\": \"B\", \"active\": false}, {\"name\": \"Chi\", \"age\": 35, \"unit\": \"A\", \"active\": true}]}"
      ),
      "2")
  }
}
