import TemplateLanguage
import XCTest

final class LoopTests: XCTestCase {
  func testALoopRepeatsItsBodyForEachItem() throws {
    XCTAssertEqual(
      try render("{% for x in xs %}[{{ x }}]{% endfor %}", "{\"xs\": [1, 2, 3]}"),
      "[1][2][3]")
  }

  func testALoopOverALiteralList() throws {
    XCTAssertEqual(try render("{% for x in ['a', 'b'] %}{{ x }}{% endfor %}"), "ab")
  }

  func testALoopOverRange() throws {
    XCTAssertEqual(try render("{% for i in range(3) %}{{ i }}{% endfor %}"), "012")
  }

  func testLoopIndexCountsFromOne() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs %}{{ loop.index }}{% endfor %}", "{\"xs\": [\"a\", \"b\", \"c\"]}"),
      "123")
  }

  func testLoopIndex0CountsFromZero() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs %}{{ loop.index0 }}{% endfor %}", "{\"xs\": [\"a\", \"b\", \"c\"]}"),
      "012")
  }

  func testLoopFirstAndLastMarkTheEnds() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs %}{{ loop.first }}/{{ loop.last }} {% endfor %}",
        "{\"xs\": [\"a\", \"b\", \"c\"]}"),
      "True/False False/False False/True ")
  }

  func testLoopLengthIsTheNumberOfItems() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs %}{{ loop.length }}{% endfor %}", "{\"xs\": [\"a\", \"b\", \"c\"]}"),
      "333")
  }

  func testLoopRevindexCountsDownToOne() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs %}{{ loop.revindex }}{{ loop.revindex0 }} {% endfor %}",
        "{\"xs\": [\"a\", \"b\", \"c\"]}"),
      "32 21 10 ")
  }

  func testLoopPrevitemAndNextitemAreTheNeighbours() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs %}{{ loop.previtem|default('^') }}<{{ x }}>{{ loop.nextitem|default('$') }} {% endfor %}",
        "{\"xs\": [1, 2, 3]}"),
      "^<1>2 1<2>3 2<3>$ ")
  }

  func testLoopPrevitemIsUndefinedOnTheFirstItem() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs %}{{ loop.previtem is defined }}{{ loop.nextitem is defined }} {% endfor %}",
        "{\"xs\": [1, 2]}"),
      "FalseTrue TrueFalse ")
  }

  func testLoopDepthIsOneEvenInANestedLoop() throws {
    XCTAssertEqual(
      try render(
        "{% for a in [1] %}{{ loop.depth }}{% for b in [1] %}{{ loop.depth }}{{ loop.depth0 }}{% endfor %}{% endfor %}"
      ),
      "110")
  }

  func testALoopOverAnImplicitTuple() throws {
    XCTAssertEqual(
      try render("{% for x in a, b %}{{ x }}{% endfor %}", "{\"a\": 1, \"b\": 2}"),
      "12")
  }

  func testALoopOverAnImplicitTupleWithAFilter() throws {
    XCTAssertEqual(try render("{% for x in 1, 2, 3 if x > 1 %}{{ x }}{% endfor %}"), "23")
  }

  func testALoopUnpacksTheCharactersOfStrings() throws {
    XCTAssertEqual(
      try render("{% for a, b in xs %}{{ b }}{{ a }} {% endfor %}", "{\"xs\": [\"ab\", \"cd\"]}"),
      "ba dc ")
  }

  func testALoopOverGroupbyReadsGrouperAndList() throws {
    XCTAssertEqual(
      try render(
        "{% for g in xs|groupby('k') %}{{ g.grouper }}{{ g.list|length }}{% endfor %}",
        "{\"xs\": [{\"k\": 1}, {\"k\": 1}]}"),
      "12")
  }

  func testACommaSeparatedListIsJoinedWithLoopLast() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs %}{{ x }}{% if not loop.last %}, {% endif %}{% endfor %}",
        "{\"xs\": [\"An\", \"Bình\", \"Chi\"]}"),
      "An, Bình, Chi")
  }

  func testALoopElseRunsWhenTheListIsEmpty() throws {
    XCTAssertEqual(
      try render("{% for x in xs %}{{ x }}{% else %}trống{% endfor %}", "{\"xs\": []}"),
      "trống")
  }

  func testALoopElseDoesNotRunWhenThereAreItems() throws {
    XCTAssertEqual(
      try render("{% for x in xs %}{{ x }}{% else %}trống{% endfor %}", "{\"xs\": [1]}"),
      "1")
  }

  func testALoopElseRunsWhenTheFilterKeepsNothing() throws {
    XCTAssertEqual(
      try render("{% for x in xs if x > 5 %}{{ x }}{% else %}none{% endfor %}", "{\"xs\": [1, 2]}"),
      "none")
  }

  func testALoopFilterSkipsItems() throws {
    XCTAssertEqual(
      try render("{% for x in xs if x is odd %}{{ x }}{% endfor %}", "{\"xs\": [1, 2, 3, 4, 5]}"),
      "135")
  }

  func testALoopFilterCountsOnlyKeptItemsInLoopIndexAndLength() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs if x is odd %}{{ loop.index }}/{{ loop.length }} {% endfor %}",
        "{\"xs\": [1, 2, 3, 4, 5]}"),
      "1/3 2/3 3/3 ")
  }

  func testALoopFilterCanReadAttributes() throws {
    XCTAssertEqual(
      try render(
        "{% for p in people if p.active %}{{ p.name }}{% endfor %}",
        "{\"people\": [{\"name\": \"A\", \"active\": true}, {\"name\": \"B\", \"active\": false}]}"),
      "A")
  }

  func testALoopOverAMappingGivesItsKeysInOrder() throws {
    XCTAssertEqual(
      try render("{% for k in m %}{{ k }}{% endfor %}", "{\"m\": {\"b\": 1, \"a\": 2}}"),
      "ba")
  }

  func testALoopOverItemsUnpacksKeyAndValue() throws {
    XCTAssertEqual(
      try render(
        "{% for k, v in m.items() %}{{ k }}={{ v }} {% endfor %}", "{\"m\": {\"b\": 1, \"a\": 2}}"),
      "b=1 a=2 ")
  }

  func testALoopOverAStringGivesItsCharacters() throws {
    XCTAssertEqual(try render("{% for c in 'Hà' %}[{{ c }}]{% endfor %}"), "[H][à]")
  }

  func testALoopUnpacksPairs() throws {
    XCTAssertEqual(
      try render(
        "{% for a, b in pairs %}{{ a }}-{{ b }} {% endfor %}",
        "{\"pairs\": [[1, \"x\"], [2, \"y\"]]}"),
      "1-x 2-y ")
  }

  func testALoopUnpacksParenthesizedNames() throws {
    XCTAssertEqual(
      try render("{% for (a, b) in pairs %}{{ a }}{{ b }}{% endfor %}", "{\"pairs\": [[1, 2]]}"),
      "12")
  }

  func testALoopUnpacksTriples() throws {
    XCTAssertEqual(
      try render(
        "{% for a, b, c in rows %}{{ a }}{{ b }}{{ c }} {% endfor %}",
        "{\"rows\": [[1, 2, 3], [4, 5, 6]]}"),
      "123 456 ")
  }

  func testNestedLoopsSeeTheOuterVariable() throws {
    XCTAssertEqual(
      try render(
        "{% for r in rows %}{% for c in r %}{{ r|length }}{{ c }} {% endfor %}{% endfor %}",
        "{\"rows\": [[1, 2], [3]]}"),
      "21 22 13 ")
  }

  func testNestedLoopsHaveTheirOwnLoopVariable() throws {
    XCTAssertEqual(
      try render(
        "{% for a in xs %}{% for b in xs %}{{ loop.index }}{% endfor %}{{ loop.index }}|{% endfor %}",
        "{\"xs\": [1, 2]}"),
      "121|122|")
  }

  func testLoopsNestThreeDeep() throws {
    XCTAssertEqual(
      try render(
        "{% for a in x %}{% for b in a %}{% for c in b %}{{ c }}{% if not loop.last %},{% endif %}{% endfor %};{% endfor %}|{% endfor %}",
        "{\"x\": [[[1, 2], [3]], [[4]]]}"),
      "1,2;3;|4;|")
  }

  func testTheOuterLoopIsReachableThroughAVariable() throws {
    XCTAssertEqual(
      try render(
        "{% for a in xs %}{% set outer = loop %}{% for b in xs %}{{ outer.index }}{{ loop.index }} {% endfor %}{% endfor %}",
        "{\"xs\": [1, 2]}"),
      "11 12 21 22 ")
  }

  func testALoopVariableDoesNotLeakOut() throws {
    XCTAssertEqual(
      try render("{% for x in xs %}{% endfor %}{{ x is defined }}", "{\"xs\": [1]}"),
      "False")
  }

  func testALoopVariableShadowsAndRestoresAnOuterName() throws {
    XCTAssertEqual(
      try render(
        "{{ x }}{% for x in xs %}{{ x }}{% endfor %}{{ x }}", "{\"x\": \"o\", \"xs\": [1, 2]}"),
      "o12o")
  }

  func testALoopOverGroupbyUnpacksGroups() throws {
    XCTAssertEqual(
      try render(
        "{% for unit, ps in people|groupby('unit') %}{{ unit }}:{% for p in ps %}{{ p.name }}{% endfor %} {% endfor %}",
        "{\"people\": [{\"name\": \"A\", \"unit\": \"y\"}, {\"name\": \"B\", \"unit\": \"x\"}, {\"name\": \"C\", \"unit\": \"y\"}]}"
      ),
      "x:B y:AC ")
  }

  func testALoopOverBatchMakesRows() throws {
    XCTAssertEqual(
      try render(
        "{% for row in xs|batch(2) %}{{ row|join(',') }};{% endfor %}", "{\"xs\": [1, 2, 3]}"),
      "1,2;3;")
  }

  func testALoopOverSortedItems() throws {
    XCTAssertEqual(
      try render(
        "{% for p in people|sort(attribute='age') %}{{ p.name }}{% endfor %}",
        "{\"people\": [{\"name\": \"A\", \"age\": 3}, {\"name\": \"B\", \"age\": 1}]}"),
      "BA")
  }

  func testALoopOverDictsort() throws {
    XCTAssertEqual(
      try render(
        "{% for k, v in m|dictsort %}{{ k }}{{ v }}{% endfor %}", "{\"m\": {\"b\": 1, \"a\": 2}}"),
      "a2b1")
  }

  func testAnIfInsideALoop() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs %}{% if x > 1 %}{{ x }}{% else %}-{% endif %}{% endfor %}",
        "{\"xs\": [1, 2, 3]}"),
      "-23")
  }

  func testALoopInsideAnIf() throws {
    XCTAssertEqual(
      try render(
        "{% if xs %}{% for x in xs %}{{ x }}{% endfor %}{% else %}none{% endif %}",
        "{\"xs\": [1, 2]}"),
      "12")
  }

  func testLoopChangedIsTrueAtTheFirstItemAndWhenTheValueChanges() throws {
    let json = """
      {"units": [{"khoi": "A", "ten": "a1"}, {"khoi": "A", "ten": "a2"},
                 {"khoi": "B", "ten": "b1"}, {"khoi": "A", "ten": "a3"}]}
      """
    XCTAssertEqual(
      try render(
        "{% for u in units %}{% if loop.changed(u.khoi) %}[{{ u.khoi }}]{% endif %}{{ u.ten }} {% endfor %}",
        json),
      "[A]a1 a2 [B]b1 [A]a3 ")
  }

  func testLoopChangedComparesAllItsValuesAndStartsAfreshInEachInnerLoop() throws {
    let source =
      "{% for g in groups %}{% for x in g %}"
      + "{{ 'y' if loop.changed(x, 1) else 'n' }}{% endfor %};{% endfor %}"
    XCTAssertEqual(try render(source, #"{"groups": [[1, 1, 2], [2, 2]]}"#), "yny;yn;")
  }

  func testLoopChangedOutsideALoopSaysWhereItBelongs() {
    let errors = renderErrors("{{ loop.changed(1) }}")
    XCTAssertEqual(
      errors.map(\.problem),
      [.invalidValue(detail: "loop.changed(…) is only defined inside a {% for %} loop")])
  }
}
