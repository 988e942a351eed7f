import Foundation
import OfficeFixtures
import VanBan

/// `VanBanBenchmark --compile-scaling [N]`: compiling a template of N
/// tags, then of 2N, in four layouts: one paragraph with each tag split
/// across three runs, as Word splits them; one paragraph with every tag in
/// one run, half of them control tags, as a generated or hostile template
/// may hold them; paragraphs each between `{%p if %}` and `{%p endif %}`;
/// and paragraphs joined by lone `{%- if -%}` … `{%- endif -%}`. Compiling
/// must take time linear in the tags (a ratio near 2): no layout may take
/// minutes.
enum CompileScaling {
  enum Layout: String, CaseIterable {
    case splitRuns = "one paragraph, tags split across runs"
    case oneRun = "one paragraph, tags in one run"
    case paragraphConditions = "paragraphs between {%p if %} and {%p endif %}"
    case joinedParagraphs = "paragraphs joined by {%- if -%} and {%- endif -%}"
  }

  static func measure(tags: Int) throws {
    for layout in Layout.allCases {
      let once = try seconds(toCompile: tags, layout)
      let twice = try seconds(toCompile: 2 * tags, layout)
      print(
        String(
          format: "%@: %d tags %.3f s, %d tags %.3f s: %.2f× for twice the tags "
            + "(2 when linear)", layout.rawValue, tags, once, 2 * tags, twice, twice / once))
    }
  }

  /// The best of three compilations of `tags` tags laid out as `layout`.
  private static func seconds(toCompile tags: Int, _ layout: Layout) throws -> Double {
    var body = ""
    func paragraph(_ text: String) -> String {
      "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }
    switch layout {
    case .splitRuns:
      body += "<w:p>"
      for i in 0..<tags {
        body += "<w:r><w:t xml:space=\"preserve\">số \(i) {{</w:t></w:r>"
        body += "<w:r><w:t xml:space=\"preserve\"> x </w:t></w:r>"
        body += "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">}}, </w:t></w:r>"
      }
      body += "</w:p>"
    case .oneRun:
      body += "<w:p><w:r><w:t xml:space=\"preserve\">"
      for i in 0..<tags / 2 { body += "{% if x %}số \(i) {{ x }}, {% endif %}" }
      body += "</w:t></w:r></w:p>"
    case .paragraphConditions:
      for i in 0..<tags / 3 {
        body += paragraph("{%p if x %}") + paragraph("số \(i) {{ x }}") + paragraph("{%p endif %}")
      }
    case .joinedParagraphs:
      for i in 0..<tags / 3 {
        body +=
          paragraph("số \(i)") + paragraph("{%- if x -%}") + paragraph(" {{ x }}")
          + paragraph("{%- endif -%}")
      }
    }
    let bytes = DocxFixture.make(body: body)
    var best = Double.infinity
    for _ in 0..<3 {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try CompiledTemplate(bytes: bytes)
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
  }
}
