import TemplateLanguage
import XCTest

final class SetTests: XCTestCase {
  func testASetDefinesANameForLaterTags() throws {
    XCTAssertEqual(try render("{% set total = a + b %}{{ total }}", "{\"a\": 1, \"b\": 2}"), "3")
  }

  func testASetCanOverrideAContextName() throws {
    XCTAssertEqual(try render("{{ x }}{% set x = 'new' %}{{ x }}", "{\"x\": \"old\"}"), "oldnew")
  }

  func testASetUnpacksAList() throws {
    XCTAssertEqual(try render("{% set a, b = [1, 2] %}{{ b }}{{ a }}"), "21")
  }

  func testASetUnpacksATuple() throws {
    XCTAssertEqual(try render("{% set a, b = 1, 2 %}{{ a }}{{ b }}"), "12")
  }

  func testASetUnpacksTheCharactersOfAString() throws {
    XCTAssertEqual(try render("{% set a, b = 'xy' %}{{ b }}{{ a }}"), "yx")
  }

  func testASetOfATupleMakesAList() throws {
    XCTAssertEqual(try render("{% set t = 1, 2 %}{{ t|join('-') }}"), "1-2")
  }

  func testASetCanOverrideTheLoopVariableInsideTheLoop() throws {
    XCTAssertEqual(
      try render("{% for x in xs %}{% set x = x * 2 %}{{ x }}{% endfor %}", "{\"xs\": [1, 2]}"),
      "24")
  }

  func testASetCanHoldAFilteredValue() throws {
    XCTAssertEqual(
      try render(
        "{% set names = people|map(attribute='name')|join(', ') %}{{ names }}",
        "{\"people\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}"),
      "A, B")
  }

  func testASetInsideALoopDoesNotLeakOut() throws {
    XCTAssertEqual(
      try render(
        "{% set n = 0 %}{% for x in xs %}{% set n = n + x %}{% endfor %}{{ n }}",
        "{\"xs\": [1, 2, 3]}"),
      "0")
  }

  func testASetInsideALoopIsSeenLaterInTheSameIteration() throws {
    XCTAssertEqual(
      try render("{% for x in xs %}{% set y = x * 10 %}{{ y }} {% endfor %}", "{\"xs\": [1, 2]}"),
      "10 20 ")
  }

  func testASetInsideALoopDoesNotCarryToTheNextIteration() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs %}{% if loop.first %}{% set y = 'first' %}{% endif %}{{ y is defined }} {% endfor %}",
        "{\"xs\": [1, 2]}"),
      "True False ")
  }

  func testASetInsideALoopIsGoneAfterTheLoop() throws {
    XCTAssertEqual(
      try render(
        "{% for x in xs %}{% set inner = 1 %}{% endfor %}{{ inner is defined }}", "{\"xs\": [1]}"),
      "False")
  }

  func testASetInsideAnIfIsVisibleAfterTheIf() throws {
    XCTAssertEqual(try render("{% if true %}{% set x = 1 %}{% endif %}{{ x }}"), "1")
  }

  func testASetInsideANestedLoopLeavesTheOuterLoopUntouched() throws {
    XCTAssertEqual(
      try render(
        "{% for a in xs %}{% set v = a %}{% for b in xs %}{% set v = 'inner' %}{% endfor %}{{ v }}{% endfor %}",
        "{\"xs\": [1, 2]}"),
      "12")
  }

  func testASetInsideALoopElseDoesNotLeakOut() throws {
    XCTAssertEqual(
      try render(
        "{% set v = 'out' %}{% for x in [] %}{% else %}{% set v = 'else' %}{{ v }}{% endfor %}{{ v }}"
      ),
      "elseout")
  }
}
