import VietnameseText

/// Reading single cells: text, counts, years, yes/no, lists.
enum CellText {
  /// The text trimmed, inner runs of whitespace one space, in NFC; nil
  /// when nothing is left.
  static func clean(_ raw: String) -> String? {
    var isPlain = true
    var previousSpace = true  // A leading space is not plain.
    for byte in raw.utf8 {
      if byte >= 0x80 { isPlain = false; break }
      let space = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
      if space && (previousSpace || byte != 0x20) { isPlain = false; break }
      previousSpace = space
    }
    if isPlain {
      if raw.isEmpty { return nil }
      if previousSpace { return clean(slow: raw) }  // Trailing space.
      return raw
    }
    return clean(slow: raw)
  }

  private static func clean(slow raw: String) -> String? {
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in raw.unicodeScalars {
      if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
        pendingSpace = true
        continue
      }
      if pendingSpace && !scalars.isEmpty { scalars.append(" ") }
      pendingSpace = false
      scalars.append(scalar)
    }
    if scalars.isEmpty { return nil }
    return ToneNormalization.nfc(String(scalars))
  }

  /// A whole, non-negative number as offices type it.
  enum CountValue: Equatable {
    case value(Int)
    case empty
    case negative
    case fraction
    case notANumber
    /// Past `largestCount`.
    case tooLarge
  }

  /// No tally, year or count of initiatives comes near a billion: a larger
  /// number is a typing mistake, and refusing it keeps every sum of a
  /// million rows within an Int.
  static let largestCount = 1_000_000_000

  /// Reads “3”, “03”, “1.234”, “1 234”, “1234,0”: “.” and spaces group
  /// thousands (groups of three digits), “,” starts decimals, which must be
  /// zero.
  static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> CountValue {
    var start = 0
    var end = bytes.count
    func isSpace(_ i: Int) -> Bool {
      let b = bytes[i]
      if b == 0x20 || b == 0x09 { return true }
      // U+00A0 (C2 A0) and U+202F (E2 80 AF) as spreadsheets group digits.
      return false
    }
    while start < end && isSpace(start) { start += 1 }
    while end > start && isSpace(end - 1) { end -= 1 }
    if start == end { return .empty }
    // Fast path: plain digits.
    var value = 0
    var i = start
    while i < end {
      let d = bytes[i] &- 0x30
      if d > 9 { break }
      let (m, o1) = value.multipliedReportingOverflow(by: 10)
      let (s, o2) = m.addingReportingOverflow(Int(d))
      if o1 || o2 { return .tooLarge }
      value = s
      i += 1
    }
    if i == end { return value > largestCount ? .tooLarge : .value(value) }
    return slowCount(Array(bytes[start..<end]))
  }

  private static func slowCount(_ bytes: [UInt8]) -> CountValue {
    var text = String(decoding: bytes, as: UTF8.self)
    var negative = false
    if text.hasPrefix("-") || text.hasPrefix("−") {
      negative = true
      text.removeFirst()
    } else if text.hasPrefix("+") {
      text.removeFirst()
    }
    // Split off decimals after a comma.
    var integerPart = Substring(text)
    if let comma = text.firstIndex(of: ",") {
      let decimals = text[text.index(after: comma)...]
      guard !decimals.isEmpty, decimals.allSatisfy({ $0 >= "0" && $0 <= "9" }) else {
        return .notANumber
      }
      if decimals.contains(where: { $0 != "0" }) { return .fraction }
      integerPart = text[..<comma]
    }
    // Thousands groups: 1-3 digits, then groups of exactly 3 after one
    // separator kind.
    let separators: Set<Character> = [".", " ", "\u{00A0}", "\u{202F}"]
    var groups: [Substring] = []
    var current = integerPart.startIndex
    var separatorSeen: Character?
    for index in integerPart.indices where separators.contains(integerPart[index]) {
      if let seen = separatorSeen, seen != integerPart[index] { return .notANumber }
      separatorSeen = integerPart[index]
      groups.append(integerPart[current..<index])
      current = integerPart.index(after: index)
    }
    groups.append(integerPart[current...])
    guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 >= "0" && $0 <= "9" } }) else {
      return .notANumber
    }
    if groups.count > 1 {
      guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
        return separatorSeen == "." && groups.count == 2 ? .fraction : .notANumber
      }
    }
    // Only digits are left: a number Int cannot hold is too large.
    guard let value = Int(groups.joined()), value <= largestCount else {
      return negative ? .negative : .tooLarge
    }
    if negative && value != 0 { return .negative }
    return .value(value)
  }

  /// Reads a yes/no cell: x, có, 1, yes, true, đúng → true; empty, không,
  /// 0, no, false, sai → false; nil otherwise.
  static func flag(_ raw: String) -> Bool? {
    switch VocabularyKey.of(raw) {
    case "x", "co", "1", "yes", "y", "true", "dung", "v": return true
    case "", "khong", "0", "no", "n", "false", "sai", "k": return false
    default:
      return raw.unicodeScalars.contains("✓") || raw.unicodeScalars.contains("✔") ? true : nil
    }
  }

  /// Whether a cell means “none”: empty, “không”, “0”, “-”.
  static func meansNone(_ raw: String) -> Bool {
    switch VocabularyKey.of(raw) {
    case "", "khong", "0", "none", "no", "k", "khong_co": return true
    default: return false
    }
  }

  /// Splits a list cell at “;”, “+” and line breaks.
  static func listItems(_ raw: String) -> [String] {
    raw.split(whereSeparator: { $0 == ";" || $0 == "+" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    )
    .compactMap { clean(String($0)) }
  }
}
