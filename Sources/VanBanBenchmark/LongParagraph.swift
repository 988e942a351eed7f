import Foundation
import OfficeFixtures
import VanBan

/// `VanBanBenchmark --long-paragraph [N]`: compiling a paragraph of N
/// tags, each split across three runs as Word splits them, then of 2N.
/// Compiling must take time linear in the tags (a ratio near 2): a hostile
/// or generated template of one huge paragraph must not take minutes.
enum LongParagraph {
  static func measure(tags: Int) throws {
    let once = try seconds(toCompile: tags)
    let twice = try seconds(toCompile: 2 * tags)
    print(
      String(
        format: "long paragraph: %d tags %.3f s, %d tags %.3f s: %.2f× for twice the tags "
          + "(2 when linear)", tags, once, 2 * tags, twice, twice / once))
  }

  /// The best of three compilations of one paragraph of `tags` tags.
  private static func seconds(toCompile tags: Int) throws -> Double {
    var runs = "<w:p>"
    for i in 0..<tags {
      runs += "<w:r><w:t xml:space=\"preserve\">số \(i) {{</w:t></w:r>"
      runs += "<w:r><w:t xml:space=\"preserve\"> x </w:t></w:r>"
      runs += "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">}}, </w:t></w:r>"
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
