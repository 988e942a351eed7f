import Foundation
import OfficeFixtures
import VanBan

/// `VanBanBenchmark --long-paragraph [N]`: compiling a paragraph of N
/// tags, then of 2N, in two layouts: each tag split across three runs, as
/// Word splits them, and every tag in one run, half of them control tags,
/// as a generated or hostile template may hold them. Compiling must take
/// time linear in the tags (a ratio near 2): one huge paragraph must not
/// take minutes.
enum LongParagraph {
  enum Layout: String, CaseIterable {
    case splitRuns = "split across runs"
    case oneRun = "in one run"
  }

  static func measure(tags: Int) throws {
    for layout in Layout.allCases {
      let once = try seconds(toCompile: tags, layout)
      let twice = try seconds(toCompile: 2 * tags, layout)
      print(
        String(
          format: "long paragraph, %@: %d tags %.3f s, %d tags %.3f s: %.2f× for twice the tags "
            + "(2 when linear)", layout.rawValue, tags, once, 2 * tags, twice, twice / once))
    }
  }

  /// The best of three compilations of one paragraph of `tags` tags.
  private static func seconds(toCompile tags: Int, _ layout: Layout) throws -> Double {
    var runs = "<w:p>"
    switch layout {
    case .splitRuns:
      for i in 0..<tags {
        runs += "<w:r><w:t xml:space=\"preserve\">số \(i) {{</w:t></w:r>"
        runs += "<w:r><w:t xml:space=\"preserve\"> x </w:t></w:r>"
        runs += "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">}}, </w:t></w:r>"
      }
    case .oneRun:
      runs += "<w:r><w:t xml:space=\"preserve\">"
      for i in 0..<tags / 2 { runs += "{% if x %}số \(i) {{ x }}, {% endif %}" }
      runs += "</w:t></w:r>"
    }
    runs += "</w:p>"
    let bytes = DocxFixture.make(body: runs)
    var best = Double.infinity
    for _ in 0..<3 {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try CompiledTemplate(bytes: bytes)
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
  }
}
