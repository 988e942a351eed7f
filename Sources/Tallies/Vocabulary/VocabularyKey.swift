import VietnameseText

/// The key words of a vocabulary are compared by: letters without marks,
/// lower case, words joined by “_”, with the phrases offices write in
/// several ways folded into one.
///
/// “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”, “Bằng khen Chủ tịch UBND
/// tỉnh” and “bang khen UBND tinh” all give `bang_khen_ubnd_tinh`; “LĐTT”
/// and “LDTT” give `ldtt`. Marks are dropped so that text typed without
/// them (Telex off, old fonts) still matches; the vocabulary checks that no
/// two of its names collide that way.
enum VocabularyKey {
  static func of(_ text: String) -> String {
    let words = ToneNormalization.headerKey(text).split(separator: "_")
    var out: [Substring] = []
    out.reserveCapacity(words.count)
    var i = 0
    while i < words.count {
      let w = words[i]
      func next(_ k: Int) -> Substring? { i + k < words.count ? words[i + k] : nil }
      if w == "cua" || w == "cho" || w == "ve" {
        i += 1
      } else if w == "chu" && next(1) == "tich" {
        i += 2
      } else if w == "uy" && next(1) == "ban" && next(2) == "nhan" && next(3) == "dan" {
        out.append("ubnd")
        i += 4
      } else if w == "thu" && next(1) == "tuong" && next(2) == "chinh" && next(3) == "phu" {
        out.append("thu")
        out.append("tuong")
        i += 4
      } else if w == "ttg" || w == "ttcp" {
        out.append("thu")
        out.append("tuong")
        i += 1
      } else if w.count == 2, w.last == "y", let c = w.first, "sklmt".contains(c) {
        // i and y after a consonant are one sound, spelt both ways: sỹ/sĩ,
        // kỹ/kĩ, lý/lí.
        out.append(Substring(String(c) + "i"))
        i += 1
      } else {
        out.append(w)
        i += 1
      }
    }
    return out.joined(separator: "_")
  }

  /// The names among `candidates` nearest to `text` by edit distance on
  /// their keys, best first, at most `limit`; only those near enough to be
  /// a plausible typo.
  static func closest(to text: String, among candidates: [String], limit: Int = 3) -> [String] {
    let target = Array(of(text).utf8)
    var scored: [(String, Int)] = []
    var seen = Set<String>()
    for candidate in candidates where seen.insert(candidate).inserted {
      let key = Array(of(candidate).utf8)
      let d = EditDistance.between(target, key)
      let allowed = max(2, min(target.count, key.count) / 3)
      if d <= allowed || (!target.isEmpty && key.starts(with: target) && target.count >= 2) {
        scored.append((candidate, d))
      }
    }
    scored.sort { $0.1 < $1.1 }
    return scored.prefix(limit).map(\.0)
  }
}
