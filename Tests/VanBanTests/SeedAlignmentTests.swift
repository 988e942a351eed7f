import Foundation
import OfficeFixtures
import XCTest

/// Each sample, rendered by vanban and converted to text by LibreOffice (DOCX
/// and ODT), reproduces its seed document: after normalising white space and
/// Unicode (NFC), at least 98 % of the seed's characters are matched in order
/// by a character-level alignment (a longest common subsequence, Myers'
/// O(ND) algorithm). Text the seed lacks (the header's governing body and
/// Quốc hiệu, which the seed's extraction lost) is extra, not an error.
final class SeedAlignmentTests: XCTestCase {
  static let threshold = 0.98

  func testSeed000BaoCaoSoKet() throws { try check("bao-cao-so-ket") }
  func testSeed001KeHoachTrienKhai() throws { try check("ke-hoach-trien-khai") }
  func testSeed002KeHoachPhatDong() throws { try check("ke-hoach-phat-dong") }
  func testSeed003CongVan() throws { try check("cong-van") }
  func testSeed004KeHoachDienHinh() throws { try check("ke-hoach-dien-hinh") }

  private func check(_ name: String) throws {
    let sample = SeedSamples.sample(name)
    let seed = SeedAlignment.normalised(try SeedSamples.seedText(sample))
    try requireLibreOffice(LibreOffice.isInstalled)
    for format in ["docx", "odt"] {
      let text = SeedAlignment.normalised(try SeedSamples.plainText(sample, format))
      let result = try XCTUnwrap(
        SeedAlignment.align(seed: seed, rendered: text),
        "\(name).\(format): the text differs from the seed by more than \(SeedAlignment.maxEdits) edits"
      )
      let line = String(
        format: "%@.%@: %d of %d seed characters matched (%.2f %%)", name, format, result.matched,
        result.seedLength, 100 * result.score)
      print(line)
      if result.score < Self.threshold {
        XCTFail(
          line + ", below \(Int(Self.threshold * 100)) %; seed text not matched:\n"
            + result.unmatchedStretches(of: seed).map { "  ⟦\($0)⟧" }.joined(separator: "\n"))
      }
    }
  }

  // MARK: - The alignment itself

  func testAlignmentMatchesTheLongestCommonSubsequence() throws {
    let r = try XCTUnwrap(
      SeedAlignment.align(
        seed: Array("abcdef".unicodeScalars), rendered: Array("xabydefz".unicodeScalars)))
    XCTAssertEqual(r.matched, 5)
    XCTAssertEqual(r.unmatchedStretches(of: Array("abcdef".unicodeScalars)), ["c"])
  }

  func testAlignmentIsInOrderNotABagOfCharacters() throws {
    let seed = Array("abc def".unicodeScalars)
    let r = try XCTUnwrap(
      SeedAlignment.align(seed: seed, rendered: Array("def abc".unicodeScalars)))
    XCTAssertEqual(r.matched, 3, "only one of the two words can be matched in order")
    XCTAssertLessThan(r.score, 0.5)
  }

  func testAlignmentOfEmptyAndIdenticalTexts() throws {
    let a = Array("Số: 05/UBND-NCPC".unicodeScalars)
    XCTAssertEqual(try XCTUnwrap(SeedAlignment.align(seed: a, rendered: a)).matched, a.count)
    XCTAssertEqual(try XCTUnwrap(SeedAlignment.align(seed: a, rendered: [])).matched, 0)
    XCTAssertEqual(try XCTUnwrap(SeedAlignment.align(seed: [], rendered: a)).score, 1)
  }

  func testNormalisingFoldsWhiteSpaceAndComposesMarks() {
    let decomposed = "Kha\u{301}nh  Ho\u{300}a\n\n ngày\u{00A0}05"
    XCTAssertEqual(
      String(String.UnicodeScalarView(SeedAlignment.normalised(decomposed))), "Khánh Hòa ngày 05")
  }
}

/// A character-level alignment of a seed with a rendered text.
enum SeedAlignment {
  /// Beyond this many insertions and deletions the texts are too different
  /// to be worth aligning (the trace would need O(D²) memory).
  static let maxEdits = 6000

  struct Result {
    let seedLength: Int
    /// For each seed character, whether the alignment matched it.
    let matchedSeed: [Bool]
    var matched: Int { matchedSeed.lazy.filter { $0 }.count }
    var score: Double { seedLength == 0 ? 1 : Double(matched) / Double(seedLength) }

    /// The stretches of the seed left unmatched, in order.
    func unmatchedStretches(of seed: [Unicode.Scalar]) -> [String] {
      var out: [String] = []
      var i = 0
      while i < seed.count {
        guard !matchedSeed[i] else {
          i += 1
          continue
        }
        var j = i
        while j < seed.count && !matchedSeed[j] { j += 1 }
        out.append(String(String.UnicodeScalarView(seed[i..<j])))
        i = j
      }
      return out
    }
  }

  /// NFC, BOM removed, every run of white space one space, trimmed.
  static func normalised(_ text: String) -> [Unicode.Scalar] {
    let nfc = text.precomposedStringWithCanonicalMapping
    var out: [Unicode.Scalar] = []
    var pendingSpace = false
    for s in nfc.unicodeScalars where s != "\u{FEFF}" {
      if s.properties.isWhitespace {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(s)
      }
    }
    return out
  }

  /// Myers' greedy shortest edit script: the longest common subsequence of
  /// `seed` and `rendered`, as the seed characters it matches. Nil when the
  /// texts differ by more than `maxEdits`.
  static func align(seed a: [Unicode.Scalar], rendered b: [Unicode.Scalar]) -> Result? {
    let n = a.count
    let m = b.count
    let limit = min(n + m, maxEdits)
    let offset = limit + 1
    var v = [Int32](repeating: 0, count: 2 * limit + 3)
    // trace[d] holds v[k] for k in -d...d after step d.
    var trace: [[Int32]] = []
    var found = -1
    outer: for d in 0...limit {
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
          x = Int(v[offset + k + 1])
        } else {
          x = Int(v[offset + k - 1]) + 1
        }
        var y = x - k
        while x < n && y < m && a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = Int32(x)
        if x >= n && y >= m {
          trace.append(Array(v[(offset - d)...(offset + d)]))
          found = d
          break outer
        }
      }
      trace.append(Array(v[(offset - d)...(offset + d)]))
    }
    guard found >= 0 else { return nil }

    var matched = [Bool](repeating: false, count: n)
    var x = n
    var y = m
    for d in stride(from: found, to: 0, by: -1) {
      let previous = trace[d - 1]
      func at(_ k: Int) -> Int { Int(previous[k + d - 1]) }
      let k = x - y
      let prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
      let prevX = at(prevK)
      let prevY = prevX - prevK
      while x > prevX && y > prevY {
        matched[x - 1] = true
        x -= 1
        y -= 1
      }
      x = prevX
      y = prevY
    }
    while x > 0 && y > 0 {
      matched[x - 1] = true
      x -= 1
      y -= 1
    }
    return Result(seedLength: n, matchedSeed: matched)
  }
}
