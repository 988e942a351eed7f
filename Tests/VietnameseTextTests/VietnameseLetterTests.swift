import Foundation
import Testing

@testable import VietnameseText

@Suite struct VietnameseLetterTests {
  /// The hand-written table agrees with Unicode's own decomposition:
  /// every toned vowel is its base vowel followed by its tone mark.
  @Test func theLetterTableMatchesUnicodeDecomposition() throws {
    let toneMarks: [VietnameseLetter.Tone: String] = [
      .none: "", .huyen: "\u{0300}", .hoi: "\u{0309}", .nga: "\u{0303}",
      .sac: "\u{0301}", .nang: "\u{0323}",
    ]
    for base in VietnameseLetter.Base.allCases where base.isVowel {
      for upper in [false, true] {
        let plain = String(VietnameseLetter(base: base, tone: .none, isUppercase: upper).scalar)
        for tone in VietnameseLetter.Tone.allCases {
          let letter = VietnameseLetter(base: base, tone: tone, isUppercase: upper)
          let expected = (plain + (toneMarks[tone] ?? "")).precomposedStringWithCanonicalMapping
          #expect(String(letter.scalar) == expected)
          #expect(VietnameseLetter(letter.scalar) == letter)
        }
      }
    }
  }

  @Test func everyLetterRoundTripsThroughItsScalar() {
    for base in VietnameseLetter.Base.allCases {
      for upper in [false, true] {
        let letter = VietnameseLetter(base: base, tone: .none, isUppercase: upper)
        #expect(VietnameseLetter(letter.scalar) == letter)
      }
    }
    #expect(VietnameseLetter("1") == nil)
    #expect(VietnameseLetter("ü") == nil)
  }
}
