import Foundation
import Testing
import VietnameseText

@Suite struct NumberWordsTests {
  /// Hand-checked readings with the default style (bốn, linh, nghìn).
  static let table: [(Int, String)] = [
    (0, "không"), (1, "một"), (5, "năm"), (9, "chín"), (10, "mười"),
    (11, "mười một"), (14, "mười bốn"), (15, "mười lăm"), (19, "mười chín"),
    (20, "hai mươi"), (21, "hai mươi mốt"), (24, "hai mươi bốn"),
    (25, "hai mươi lăm"), (30, "ba mươi"), (31, "ba mươi mốt"),
    (44, "bốn mươi bốn"), (45, "bốn mươi lăm"), (55, "năm mươi lăm"),
    (99, "chín mươi chín"), (100, "một trăm"), (101, "một trăm linh một"),
    (104, "một trăm linh bốn"), (105, "một trăm linh năm"),
    (110, "một trăm mười"), (111, "một trăm mười một"),
    (115, "một trăm mười lăm"), (121, "một trăm hai mươi mốt"),
    (200, "hai trăm"), (305, "ba trăm linh năm"),
    (999, "chín trăm chín mươi chín"), (1000, "một nghìn"),
    (1001, "một nghìn không trăm linh một"),
    (1005, "một nghìn không trăm linh năm"),
    (1010, "một nghìn không trăm mười"),
    (1015, "một nghìn không trăm mười lăm"),
    (1021, "một nghìn không trăm hai mươi mốt"),
    (1100, "một nghìn một trăm"),
    (1234, "một nghìn hai trăm ba mươi bốn"),
    (2021, "hai nghìn không trăm hai mươi mốt"),
    (2023, "hai nghìn không trăm hai mươi ba"),
    (10_000, "mười nghìn"), (10_500, "mười nghìn năm trăm"),
    (12_345, "mười hai nghìn ba trăm bốn mươi lăm"),
    (15_000, "mười lăm nghìn"), (21_000, "hai mươi mốt nghìn"),
    (50_505, "năm mươi nghìn năm trăm linh năm"),
    (100_000, "một trăm nghìn"), (105_000, "một trăm linh năm nghìn"),
    (110_000, "một trăm mười nghìn"), (702_000, "bảy trăm linh hai nghìn"),
    (1_000_000, "một triệu"),
    (1_000_001, "một triệu không trăm linh một"),
    (1_000_050, "một triệu không trăm năm mươi"),
    (1_000_100, "một triệu một trăm"),
    (1_001_000, "một triệu không trăm linh một nghìn"),
    (1_800_000, "một triệu tám trăm nghìn"),
    (2_340_000, "hai triệu ba trăm bốn mươi nghìn"),
    (10_530_000, "mười triệu năm trăm ba mươi nghìn"),
    (11_000_000, "mười một triệu"), (21_000_000, "hai mươi mốt triệu"),
    (101_000_000, "một trăm linh một triệu"),
    (1_000_000_000, "một tỷ"),
    (1_000_000_001, "một tỷ không trăm linh một"),
    (1_000_010_000, "một tỷ không trăm mười nghìn"),
    (1_500_000_000, "một tỷ năm trăm triệu"),
    (2_000_000_005, "hai tỷ không trăm linh năm"),
    (
      1_234_567_891,
      "một tỷ hai trăm ba mươi bốn triệu năm trăm sáu mươi bảy nghìn tám trăm "
        + "chín mươi mốt"
    ),
    (1_000_000_000_000, "một nghìn tỷ"),
    (1_200_000_000_000, "một nghìn hai trăm tỷ"),
    (1_000_000_000_000_000, "một triệu tỷ"),
    (1_000_000_000_000_000_000, "một tỷ tỷ"),
    (-5, "âm năm"), (-21, "âm hai mươi mốt"), (-1000, "âm một nghìn"),
  ]

  @Test func theHandCheckedTableIsReadCorrectly() {
    #expect(Self.table.count >= 60)
    let words = NumberWords()
    for (number, text) in Self.table {
      #expect(words.words(number) == text, "\(number)")
    }
  }

  @Test func theIssueExamplesAreReadCorrectly() throws {
    #expect(NumberWords().words(21) == "hai mươi mốt")
    #expect(NumberWords().words(105) == "một trăm linh năm")
    #expect(
      try NumberWords(capitalized: true).moneyWords(1_800_000)
        == "Một triệu tám trăm nghìn đồng chẵn")
    #expect(
      try NumberWords().moneyWithWords(1_800_000)
        == "1.800.000 đồng (Một triệu tám trăm nghìn đồng chẵn)")
  }

  @Test func theVariantsAreOptions() throws {
    #expect(NumberWords(saysTuAfterMuoi: true).words(24) == "hai mươi tư")
    #expect(NumberWords(saysTuAfterMuoi: true).words(14) == "mười bốn")
    #expect(NumberWords(saysTuAfterMuoi: true).words(104) == "một trăm linh bốn")
    #expect(NumberWords(saysTuAfterMuoi: true).words(2024) == "hai nghìn không trăm hai mươi tư")
    #expect(NumberWords(saysLe: true).words(105) == "một trăm lẻ năm")
    #expect(NumberWords(saysLe: true).words(1001) == "một nghìn không trăm lẻ một")
    #expect(NumberWords(saysNgan: true).words(15_000) == "mười lăm ngàn")
    #expect(NumberWords(capitalized: true).words(-21) == "Âm hai mươi mốt")
    #expect(NumberWords(capitalized: true).words(0) == "Không")
    #expect(try NumberWords(capitalized: true).moneyWords(0) == "Không đồng chẵn")
  }

  @Test func decimalsAreReadAfterPhay() throws {
    let words = NumberWords()
    #expect(try words.words("4,5") == "bốn phẩy năm")
    #expect(try words.words("4.5") == "bốn phẩy năm")
    #expect(try words.words("2,05") == "hai phẩy không năm")
    #expect(try words.words("0,3") == "không phẩy ba")
    #expect(try words.words("-1,25") == "âm một phẩy hai mươi lăm")
    #expect(try words.words("2.340.000") == "hai triệu ba trăm bốn mươi nghìn")
    #expect(try words.words(Decimal(string: "4.5", locale: nil) ?? 0) == "bốn phẩy năm")
    #expect(try words.words(4.5) == "bốn phẩy năm")
    #expect(words.words(5) == "năm")
  }

  @Test func badInputIsAClearError() {
    #expect(throws: VietnameseTextError.self) { try NumberWords().moneyWords(-1) }
    #expect(throws: VietnameseTextError.self) { try NumberWords().words("mười") }
    #expect(throws: VietnameseTextError.self) {
      try NumberWords().words("99999999999999999999")
    }
  }

  // MARK: - Properties over 0…10^12

  @Test func readingBackTheWordsGivesTheNumberForAllSmallNumbers() throws {
    let words = NumberWords()
    for number in 0...20_000 {
      let text = words.words(number)
      #expect(try Self.parse(text) == number, "\(number): \(text)")
      Self.checkInvariants(text, number)
    }
  }

  @Test(arguments: [
    NumberWords(), NumberWords(saysTuAfterMuoi: true, saysLe: true, saysNgan: true),
  ])
  func readingBackTheWordsGivesTheNumberForRandomNumbersUpToATrillion(
    style: NumberWords
  ) throws {
    var generator = SplitMix64(seed: 30_2020)
    for _ in 0..<20_000 {
      // Log-uniform magnitudes, so that every group size is well covered.
      let digits = Int.random(in: 1...13, using: &generator)
      let upper = min(Int(pow(10.0, Double(digits))) - 1, 1_000_000_000_000)
      let number = Int.random(in: 0...upper, using: &generator)
      let text = style.words(number)
      #expect(try Self.parse(text) == number, "\(number): \(text)")
      Self.checkInvariants(text, number)
    }
  }

  @Test func readingBackWorksAcrossTheWholeIntRange() throws {
    var generator = SplitMix64(seed: 7)
    for number in [Int.max, Int.min + 1, -1_000_000_000_000] {
      #expect(try Self.parse(NumberWords().words(number)) == number)
    }
    for _ in 0..<10_000 {
      let number = Int.random(in: Int.min + 1...Int.max, using: &generator)
      #expect(try Self.parse(NumberWords().words(number)) == number)
    }
  }

  /// What every reading must satisfy, whatever the number.
  static func checkInvariants(_ text: String, _ number: Int) {
    let words = text.split(separator: " ").map(String.init)
    #expect(!text.contains("  ") && text == text.trimmingCharacters(in: .whitespaces))
    for (index, word) in words.enumerated() {
      let previous = index > 0 ? words[index - 1] : ""
      let next = index + 1 < words.count ? words[index + 1] : ""
      // 1 after “mươi” is “mốt”; “mốt” only after “mươi”.
      #expect(!(previous == "mươi" && word == "một"), "\(number): \(text)")
      if word == "mốt" { #expect(previous == "mươi", "\(number): \(text)") }
      // 5 after “mười”/“mươi” is “lăm”; “lăm” only there.
      #expect(
        !((previous == "mười" || previous == "mươi") && word == "năm"),
        "\(number): \(text)")
      if word == "lăm" {
        #expect(previous == "mười" || previous == "mươi", "\(number): \(text)")
      }
      // “linh”/“lẻ” only after “trăm”, and only before a single digit.
      if word == "linh" || word == "lẻ" {
        #expect(previous == "trăm", "\(number): \(text)")
        #expect(!["mười", "mươi"].contains(words[safe: index + 2] ?? ""))
      }
      // “không” is either the whole number or empty hundreds.
      if word == "không" { #expect(next == "trăm" || words.count == 1) }
      // No “một mươi”, and no “mươi” without a digit before it.
      if word == "mươi" {
        #expect(!["một", "không", "mười", ""].contains(previous), "\(number): \(text)")
      }
    }
  }

  /// Reads Vietnamese number words back into an Int: the test's own,
  /// independent parser for the round trip.
  static func parse(_ text: String) throws -> Int {
    struct Unreadable: Error { let word: String }
    let digits: [String: Int] = [
      "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
      "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    ]
    var words = text.split(separator: " ").map(String.init)
    let negative = words.first == "âm"
    if negative { words.removeFirst() }
    // result: everything before the last “tỷ”; total: nghìn/triệu groups
    // since then; small: the current group below a thousand.
    var result = 0
    var total = 0
    var small = 0
    var pending: Int?
    func flush() {
      small += pending ?? 0
      pending = nil
    }
    for word in words {
      if let digit = digits[word] {
        guard pending == nil else { throw Unreadable(word: word) }
        pending = digit
        continue
      }
      switch word {
      case "trăm":
        guard let digit = pending else { throw Unreadable(word: word) }
        small += digit * 100
        pending = nil
      case "mươi":
        guard let digit = pending else { throw Unreadable(word: word) }
        small += digit * 10
        pending = nil
      case "mười": small += 10
      case "linh", "lẻ": break
      case "nghìn", "ngàn":
        flush()
        total += small * 1000
        small = 0
      case "triệu":
        flush()
        total += small * 1_000_000
        small = 0
      case "tỷ":
        flush()
        result = (result + total + small) * 1_000_000_000
        total = 0
        small = 0
      default: throw Unreadable(word: word)
      }
    }
    flush()
    let magnitude = result + total + small
    return negative ? -magnitude : magnitude
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}

/// A small seeded generator, so that the random samples are the same on
/// every run.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
