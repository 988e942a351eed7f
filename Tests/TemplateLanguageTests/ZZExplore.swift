import TemplateLanguage
import XCTest

final class ZZExplore: XCTestCase {
  func testExplore() throws {
    let cases: [(String, String)] = [
      ("{{ name }}", "{}"),
      ("{{ nme }}", #"{"name": 1}"#),
      ("{{ unit.ten }}", #"{"unit": {"name": 1}}"#),
      ("{{ unit.ten.x }}", #"{"unit": {}}"#),
      ("{{ units[0].ten }}", #"{"units": [{"tenn": 1}]}"#),
      ("{{ xs[3] }}", #"{"xs": [1]}"#),
      ("{{ m['k'] }}", #"{"m": {"a": 1}}"#),
      ("{{ s.ten }}", #"{"s": "abc"}"#),
      ("{{ n.ten }}", #"{"n": null}"#),
      ("{% for x in xs %}{{ x.a }}{% endfor %}", #"{"xs": [{}, {}, {}]}"#),
      ("{% for x in n %}{% endfor %}", #"{"n": 5}"#),
      ("{% for a, b in xs %}{% endfor %}", #"{"xs": [[1,2,3]]}"#),
      ("{{ 1 / 0 }} {{ x // 0 }}", #"{"x": 1}"#),
      ("{{ 'a' + 1 }}", "{}"),
      ("{{ 'a' < 1 }}", "{}"),
      ("{{ a }}{{ b }}{{ a }}", "{}"),
      ("{{ x|round('a') }}", #"{"x": 1.5}"#),
      ("{{ x|round(1, 'up') }}", #"{"x": 1.5}"#),
      ("{{ -x }}", #"{"x": "a"}"#),
      ("{{ 1 in 5 }}", "{}"),
      ("{{ x is even }}", #"{"x": "a"}"#),
      ("{{ f() }}", "{}"),
      ("{{ s.nope() }}", #"{"s": "a"}"#),
      ("{{ loop.index }}", "{}"),
      ("{{ xs|selectattr('a', 'eqq', 1)|list }}", #"{"xs": [{}]}"#),
    ]
    for (source, json) in cases {
      do {
        let out = try render(source, json)
        print("OK   \(source) => \(out)")
      } catch {
        print("ERR  \(source) =>\n\(error)")
      }
    }
    let compile: [String] = [
      "{{ name", "a {% if x %}b", "{% for x in xs %}a", "{% endif %}", "{% for x in xs %}{% endif %}",
      "{{ x|uper }}", "{{ x|frist }}", "{% iff x %}{% endif %}", "{% endfro %}", "{{ x is evn }}",
      "{{ }}", "{{ x + }}", "{% if %}{% endif %}", "{% macro m() %}", "{{ x }} {{ y|uper }} {% if %} {% endfor %}",
      "{% if x %}{% for y in z %}{% endif %}", "{% else %}", "{% if x %}{% else %}{% else %}{% endif %}",
      "{% for x in %}{% endfor %}", "{% set = 1 %}", "{{ 'abc }}", "{# abc", "{% if x %}\n{% for y in ys %}\n{% endif %}\n{% endfor %}",
      "{% elif x %}", "{% for x in xs recursive %}{% endfor %}", "{% set x %}{% endset %}", "{{ 99999999999999999999 }}",
      "{{ x $ y }}", "{% if x %}{% elif %}{% endif %}", "{% break %}",
    ]
    for source in compile {
      do {
        _ = try TextTemplate(source)
        print("COMPILES \(source)")
      } catch {
        print("CERR \(source) =>\n\(error)")
      }
    }
  }
}
