import TemplateLanguage
import XCTest

/// Other tools' tags are recognised, with what vanban writes instead.
final class ForeignTagTests: XCTestCase {
  private func recognised(_ text: String) -> ForeignTag? {
    ForeignTag.at(0, in: Array(text.utf8))?.tag
  }

  func testADocxtemplaterPlaceholderBecomesAnOutputTag() {
    XCTAssertEqual(
      recognised("{don_vi.ten}"),
      ForeignTag(text: "{don_vi.ten}", tool: "docxtemplater", replacement: "{{ don_vi.ten }}"))
  }

  func testDocxtemplaterSectionsBecomeLoopsAndConditions() {
    XCTAssertEqual(
      recognised("{#users}")?.replacement,
      "{% for item in users %} … {% endfor %} (or {% if users %} … {% endif %})")
    XCTAssertEqual(recognised("{/users}")?.replacement, "{% endfor %} or {% endif %}")
    XCTAssertEqual(recognised("{^users}")?.replacement, "{% if not users %} … {% endif %}")
  }

  func testACarbonePathLosesItsDataPrefixAndFormatter() {
    XCTAssertEqual(
      recognised("{d.so:formatN()}"),
      ForeignTag(text: "{d.so:formatN()}", tool: "Carbone", replacement: "{{ so }}"))
  }

  func testACarboneArrayPathBecomesARowLoop() {
    XCTAssertEqual(
      recognised("{d.items[i].label}")?.replacement,
      "{%tr for item in items %} … {{ item.label }} … {%tr endfor %}")
  }

  func testBracesAroundProseFormulasOrNothingAreLeftAlone() {
    for text in ["{một câu có dấu cách}", "{x+1}", "{}", "{1abc}", "{a..b}", "{{ x }}"] {
      XCTAssertNil(recognised(text), text)
    }
  }

  func testOnlyTheTextBetweenVanbansOwnTagsIsSearched() {
    let text = Array("{{ x }} và {ten} {% if y %}{z}{% endif %}".utf8)
    let found = ForeignTag.all(in: text, pieces: TagScanner.scan(text))
    XCTAssertEqual(found.map(\.tag.text), ["{ten}", "{z}"])
    XCTAssertEqual(found.map { String(decoding: text[$0.range], as: UTF8.self) }, ["{ten}", "{z}"])
  }
}
