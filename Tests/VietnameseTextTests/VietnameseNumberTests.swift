import Foundation
import Testing
import VietnameseText

@Suite struct VietnameseNumberTests {
  @Test func countsArePaddedToTwoDigitsBelowTen() throws {
    let cases = [
      (0, "00"), (1, "01"), (3, "03"), (9, "09"), (10, "10"), (16, "16"),
      (100, "100"), (12065, "12065"),
    ]
    for (count, text) in cases { #expect(try VietnameseNumber.paddedCount(count) == text) }
  }

  @Test func aNegativeCountIsAnErrorInBothLanguages() {
    #expect(throws: VietnameseTextError.self) { try VietnameseNumber.paddedCount(-1) }
    do {
      _ = try VietnameseNumber.paddedCount(-3)
    } catch {
      #expect(error.vietnamese.contains("-3") && error.english.contains("negative"))
      #expect(error.description == error.english)
    }
  }

  @Test func integersGroupThousandsWithDots() {
    let cases = [
      (0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (2_340_000, "2.340.000"),
      (-999, "-999"), (-1_234_567, "-1.234.567"), (100_000, "100.000"),
      (Int.max, "9.223.372.036.854.775.807"), (Int.min, "-9.223.372.036.854.775.808"),
    ]
    for (number, text) in cases { #expect(VietnameseNumber.formatted(number) == text) }
    #expect(VietnameseNumber.money(1_800_000) == "1.800.000 đồng")
  }

  @Test func decimalsUseACommaAndAChosenNumberOfPlaces() throws {
    func d(_ text: String) -> Decimal { Decimal(string: text, locale: nil) ?? .nan }
    let cases: [(Decimal, Int?, String)] = [
      (d("4.5"), nil, "4,5"), (d("4.5"), 2, "4,50"), (d("4.5"), 0, "5"),
      (d("1234567.891"), 2, "1.234.567,89"), (d("1234567.89"), nil, "1.234.567,89"),
      (d("0.005"), 2, "0,01"), (d("0.004"), 2, "0,00"), (d("-0.004"), 2, "0,00"),
      (d("9.995"), 2, "10,00"), (d("999.5"), 0, "1.000"), (d("-2.5"), 0, "-3"),
      (d("2340000"), nil, "2.340.000"), (d("0.3"), nil, "0,3"), (d("12"), 1, "12,0"),
    ]
    for (value, places, text) in cases {
      #expect(try VietnameseNumber.formatted(value, decimals: places) == text, "\(value)")
    }
  }

  @Test func doublesAreFormattedFromTheirShortestText() throws {
    #expect(try VietnameseNumber.formatted(4.5) == "4,5")
    #expect(try VietnameseNumber.formatted(0.1 + 0.2, decimals: 2) == "0,30")
    #expect(try VietnameseNumber.formatted(1e-5) == "0,00001")
    #expect(try VietnameseNumber.formatted(1.5e20) == "150.000.000.000.000.000.000")
    #expect(throws: VietnameseTextError.self) { try VietnameseNumber.formatted(Double.nan) }
    #expect(throws: VietnameseTextError.self) { try VietnameseNumber.formatted(Double.infinity) }
  }

  @Test func textInEitherNotationIsFormatted() throws {
    let cases: [(String, Int?, String)] = [
      ("2340000", nil, "2.340.000"), ("4.5", nil, "4,5"), ("4,5", nil, "4,5"),
      ("2.340.000", nil, "2.340.000"), ("1.234.567,89", nil, "1.234.567,89"),
      ("-4,5", nil, "-4,5"), (" 12 ", nil, "12"), ("4.5", 2, "4,50"),
      ("1234,5", nil, "1.234,5"), ("+7", nil, "7"), ("1e3", nil, "1.000"),
    ]
    for (text, places, expected) in cases {
      #expect(try VietnameseNumber.formatted(text, decimals: places) == expected, "\(text)")
    }
    #expect(try VietnameseNumber.parse("2.340.000") == 2_340_000)
    #expect(try VietnameseNumber.parse("4,5") == Decimal(string: "4.5", locale: nil))
    #expect(try VietnameseNumber.parse("0,3") == Decimal(string: "0.3", locale: nil))
  }

  @Test func textThatIsNotANumberIsAnError() {
    for text in ["", "abc", "1,2,3", "1.23.4", "12.34,5", ",5", "4,", "--1", "1e", "1.000.00"] {
      #expect(throws: VietnameseTextError.self, "\(text)") {
        try VietnameseNumber.formatted(text)
      }
    }
    #expect(throws: VietnameseTextError.self) {
      try VietnameseNumber.formatted("4.5", decimals: -1)
    }
    #expect(throws: VietnameseTextError.self) {
      try VietnameseNumber.formatted("4.5", decimals: 21)
    }
  }

  @Test func formattedIntegersReadBack() throws {
    var generator = SplitMix64(seed: 1)
    for _ in 0..<10_000 {
      let number = Int.random(in: -1_000_000_000_000...1_000_000_000_000, using: &generator)
      let text = VietnameseNumber.formatted(number)
      #expect(try VietnameseNumber.parse(text) == Decimal(number))
      #expect(text.filter { $0 != "." } == String(number))
    }
  }
}
