/// Vietnamese dictionary order: a < ă < â < b < … < d < đ < … < y, tones
/// none < huyền < hỏi < ngã < sắc < nặng.
///
/// Implemented on the module's letter table rather than Foundation's
/// collators, whose "vi" data Linux Foundation may lack. The levels follow
/// CLDR "vi": letters first (primary), then tones (secondary), then case
/// (tertiary, lower case first). Tones are weighed per syllable, not per
/// letter, so the old and new tone placements (“Hòa”, “Hoà”) sort as equal.
/// Digits compare one by one, as in CLDR's default.
public enum VietnameseCollation {
  /// The sort key of a text.
  public static func sortKey(_ text: String) -> VietnameseSortKey {
    var weights: [UInt32] = []
    appendWeights(of: text, to: &weights)
    return VietnameseSortKey(weights: weights)
  }

  /// Whether `lhs` comes before `rhs` in Vietnamese order; usable as the
  /// `by:` of `sorted`.
  public static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
    sortKey(lhs) < sortKey(rhs)
  }

  /// The texts in Vietnamese order; equal texts keep their order.
  public static func sorted(_ texts: [String]) -> [String] {
    texts.map { (key: sortKey($0), text: $0) }
      .enumerated()
      .sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
      .map(\.element.text)
  }

  // Primary weights by class; each class leaves room for every scalar value.
  private static let spaceWeight: UInt32 = 1
  private static let symbolBase: UInt32 = 0x10_0000
  private static let digitBase: UInt32 = 0x30_0000
  private static let letterBase: UInt32 = 0x40_0000
  private static let otherBase: UInt32 = 0x50_0000

  /// Appends primary, 0, secondary, 0, tertiary, 0 for `text`.
  static func appendWeights(of text: String, to weights: inout [UInt32]) {
    var secondary: [UInt32] = []
    var tertiary: [UInt32] = []
    var pendingSpace = false
    // The tone of the current syllable; a syllable carries at most one.
    var syllableTone: VietnameseLetter.Tone?
    func endSyllable() {
      if let tone = syllableTone { secondary.append(UInt32(tone.rawValue) + 1) }
      syllableTone = nil
    }
    for unit in VietnameseLetter.decode(text) {
      switch unit {
      case .letter(let letter):
        if pendingSpace && !weights.isEmpty { weights.append(spaceWeight) }
        pendingSpace = false
        weights.append(letterBase + UInt32(letter.base.rawValue))
        tertiary.append(letter.isUppercase ? 2 : 1)
        if syllableTone == nil || syllableTone == VietnameseLetter.Tone.none {
          syllableTone = letter.tone
        }
      case .other(let scalar):
        endSyllable()
        let properties = scalar.properties
        if properties.isWhitespace {
          pendingSpace = true
          continue
        }
        if properties.generalCategory == .nonspacingMark { continue }
        if pendingSpace && !weights.isEmpty { weights.append(spaceWeight) }
        pendingSpace = false
        if let digit = properties.numericType == .decimal
          ? properties.numericValue : nil
        {
          weights.append(digitBase + UInt32(digit))
        } else if properties.isAlphabetic {
          let folded = properties.lowercaseMapping.unicodeScalars.first ?? scalar
          weights.append(otherBase + folded.value)
          tertiary.append(folded == scalar ? 1 : 2)
        } else {
          weights.append(symbolBase + scalar.value)
        }
      }
    }
    endSyllable()
    weights.append(0)
    weights.append(contentsOf: secondary)
    weights.append(0)
    weights.append(contentsOf: tertiary)
    weights.append(0)
  }
}
