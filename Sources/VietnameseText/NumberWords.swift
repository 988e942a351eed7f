import FoundationEssentials

/// Numbers written out in Vietnamese words: 21 → “hai mươi mốt”,
/// 105 → “một trăm linh năm”, 1800000 → “Một triệu tám trăm nghìn đồng chẵn”.
///
/// The regional and house-style variants are options rather than constants
/// because official texts from different provinces differ: “tư” or “bốn”
/// after “mươi”, “linh” or “lẻ” for an empty tens digit, “nghìn” or “ngàn”.
public struct NumberWords: Sendable, Hashable {
  /// How a final 4 after “mươi” is read (24: “hai mươi tư” / “hai mươi bốn”).
  public var saysTuAfterMuoi: Bool
  /// Whether an empty tens digit is “lẻ” (105 “một trăm lẻ năm”) instead of
  /// “linh”.
  public var saysLe: Bool
  /// Whether 1000 is “ngàn” (southern usage) instead of “nghìn”.
  public var saysNgan: Bool
  /// Whether the first letter is a capital, as at the start of an amount in
  /// brackets: “(Một triệu tám trăm nghìn đồng chẵn)”.
  public var capitalized: Bool

  public init(
    saysTuAfterMuoi: Bool = false, saysLe: Bool = false,
    saysNgan: Bool = false, capitalized: Bool = false
  ) {
    self.saysTuAfterMuoi = saysTuAfterMuoi
    self.saysLe = saysLe
    self.saysNgan = saysNgan
    self.capitalized = capitalized
  }

  private static let digitWords = [
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
  ]

  /// An integer in words; negative numbers start with “âm”.
  public func words(_ number: Int) -> String {
    var parts: [String] = []
    if number < 0 { parts.append("âm") }
    if number == 0 {
      parts.append("không")
    } else {
      appendWords(of: number.magnitude, to: &parts)
    }
    return finish(parts)
  }

  /// A decimal in words, the fraction read as a number after “phẩy”, its
  /// leading zeros read one by one: 4,5 → “bốn phẩy năm”, 2,05 → “hai phẩy
  /// không năm”.
  public func words(_ number: Decimal) throws(VietnameseTextError) -> String {
    try words(digits: DecimalDigits(number), original: number.description)
  }

  /// A Double in words, read from its shortest text (4.5 → “bốn phẩy năm”).
  public func words(_ number: Double) throws(VietnameseTextError) -> String {
    try words(digits: DecimalDigits(number), original: number.description)
  }

  /// A number given as text ("4,5", "2.340.000", "105") in words.
  public func words(_ text: String) throws(VietnameseTextError) -> String {
    try words(digits: DecimalDigits(parsing: text), original: text)
  }

  /// An amount of money in words, as official text writes it after the
  /// figures: 1800000 → “một triệu tám trăm nghìn đồng chẵn” (“chẵn”:
  /// a whole number of đồng). Negative amounts are an error.
  public func moneyWords(_ amount: Int) throws(VietnameseTextError) -> String {
    guard amount >= 0 else { throw .negativeAmount(amount) }
    var parts: [String] = []
    if amount == 0 {
      parts.append("không")
    } else {
      appendWords(of: amount.magnitude, to: &parts)
    }
    parts.append("đồng chẵn")
    return finish(parts)
  }

  /// Figures followed by words, as official text writes an amount:
  /// “1.800.000 đồng (Một triệu tám trăm nghìn đồng chẵn)”. The words are
  /// capitalised whatever `capitalized` says, because that is the form.
  public func moneyWithWords(_ amount: Int) throws(VietnameseTextError)
    -> String
  {
    var style = self
    style.capitalized = true
    return VietnameseNumber.money(amount) + " (" + (try style.moneyWords(amount))
      + ")"
  }

  // MARK: - Reading

  private func words(digits: DecimalDigits, original: String)
    throws(VietnameseTextError) -> String
  {
    var parts: [String] = []
    if digits.isNegative { parts.append("âm") }
    var integer = digits
    integer.fraction = []
    integer.isNegative = false
    guard let whole = integer.exactInt else { throw .numberTooLarge(original) }
    if whole == 0 {
      parts.append("không")
    } else {
      appendWords(of: whole.magnitude, to: &parts)
    }
    if !digits.fraction.isEmpty {
      parts.append("phẩy")
      let zeros = digits.fraction.prefix { $0 == 0 }.count
      for _ in 0..<zeros { parts.append("không") }
      let rest = DecimalDigits(
        isNegative: false, integer: Array(digits.fraction.dropFirst(zeros)),
        fraction: [])
      guard let value = rest.exactInt else { throw .numberTooLarge(original) }
      appendWords(of: value.magnitude, to: &parts)
    }
    return finish(parts)
  }

  /// Appends the words of a positive number. Numbers of a billion (tỷ) and
  /// more are read as “<words of the billions> tỷ <rest>”, which gives
  /// “một nghìn tỷ”, “một triệu tỷ” and “một tỷ tỷ” without further names.
  private func appendWords(of number: UInt, to parts: inout [String]) {
    let billion: UInt = 1_000_000_000
    let high = number / billion
    let low = number % billion
    if high > 0 {
      appendWords(of: high, to: &parts)
      parts.append("tỷ")
    }
    if low > 0 { appendBelowBillion(low, hasHigherPart: high > 0, to: &parts) }
  }

  /// Numbers below a billion in groups of three digits. A group inside a
  /// larger number says its empty hundreds (“không trăm”) and empty tens
  /// (“linh”); a group of three zeros says nothing.
  private func appendBelowBillion(
    _ number: UInt, hasHigherPart: Bool, to parts: inout [String]
  ) {
    let groups = [number / 1_000_000, number / 1000 % 1000, number % 1000]
    let names = ["triệu", saysNgan ? "ngàn" : "nghìn", nil]
    var started = hasHigherPart
    for (group, name) in zip(groups, names) where group > 0 {
      appendHundreds(Int(group), full: started, to: &parts)
      if let name { parts.append(name) }
      started = true
    }
  }

  private func appendHundreds(_ n: Int, full: Bool, to parts: inout [String]) {
    let hundreds = n / 100
    let tens = n / 10 % 10
    let units = n % 10
    if full || hundreds > 0 {
      parts.append(Self.digitWords[hundreds])
      parts.append("trăm")
    }
    switch tens {
    case 0:
      if units > 0 && (full || hundreds > 0) {
        parts.append(saysLe ? "lẻ" : "linh")
      }
    case 1:
      parts.append("mười")
    default:
      parts.append(Self.digitWords[tens])
      parts.append("mươi")
    }
    switch units {
    case 0:
      break
    case 1 where tens >= 2:
      parts.append("mốt")
    case 4 where tens >= 2 && saysTuAfterMuoi:
      parts.append("tư")
    case 5 where tens >= 1:
      parts.append("lăm")
    default:
      parts.append(Self.digitWords[units])
    }
  }

  private func finish(_ parts: [String]) -> String {
    var parts = parts
    // Only the first word can change; leave the rest alone.
    if capitalized, let first = parts.first {
      parts[0] = VietnameseCase.capitalizingFirstLetter(first)
    }
    return parts.joined(separator: " ")
  }
}

extension VietnameseTextError {
  static func negativeAmount(_ amount: Int) -> VietnameseTextError {
    VietnameseTextError(
      vietnamese: "Số tiền \(amount) là số âm; hãy ghi số tiền từ 0 trở lên.",
      english: "The amount \(amount) is negative; give an amount of 0 or more.")
  }

  static func numberTooLarge(_ text: String) -> VietnameseTextError {
    VietnameseTextError(
      vietnamese:
        "Số \(text) quá lớn để đọc thành chữ; phần nguyên và phần thập phân "
        + "mỗi phần tối đa 18 chữ số.",
      english:
        "The number \(text) is too large to write in words; the integer and "
        + "the fraction may have at most 18 digits each.")
  }
}
