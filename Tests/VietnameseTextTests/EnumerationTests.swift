import Testing
import VietnameseText

@Suite struct EnumerationTests {
  @Test func romanNumeralsForParts() throws {
    let first20 = [
      "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
      "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
    ]
    #expect(try (1...20).map { try Enumeration.roman($0) } == first20)
    let more = [
      (21, "XXI"), (40, "XL"), (49, "XLIX"), (90, "XC"), (400, "CD"),
      (1948, "MCMXLVIII"), (2024, "MMXXIV"), (3999, "MMMCMXCIX"),
    ]
    for (number, text) in more { #expect(try Enumeration.roman(number) == text) }
  }

  @Test func romanNumeralsOutsideOneTo3999AreErrors() {
    for number in [0, -1, 4000] {
      #expect(throws: VietnameseTextError.self) { try Enumeration.roman(number) }
    }
  }

  @Test func pointsUseTheVietnameseLetters() throws {
    #expect(try Enumeration.letter(1) == "a")
    #expect(try Enumeration.letter(5) == "đ")
    #expect(try Enumeration.letter(7) == "g")
    #expect(
      try (1...23).map { try Enumeration.letter($0) }.joined()
        == "abcdđeghiklmnopqrstuvxy")
  }

  @Test func thereIsNoLetterPastY() {
    #expect(throws: VietnameseTextError.self) { try Enumeration.letter(24) }
    #expect(throws: VietnameseTextError.self) { try Enumeration.letter(0) }
    do {
      _ = try Enumeration.letter(24)
    } catch {
      #expect(error.english.contains("from a to y"))
      #expect(error.vietnamese.contains("từ a đến y"))
    }
  }
}
