import FoundationEssentials

/// A decimal number held as its digits, so that grouping, rounding and
/// reading aloud never pass through binary floating point.
///
/// Money must be exact (2.340.000 × 0,3 is 702.000, not 701.999,99…), and
/// the digits are what every formatter here needs anyway.
struct DecimalDigits: Sendable, Equatable {
  var isNegative: Bool
  /// Integer digits, most significant first, without leading zeros; empty
  /// for zero.
  var integer: [UInt8]
  /// Digits after the decimal point, without trailing zeros.
  var fraction: [UInt8]

  var isZero: Bool { integer.isEmpty && fraction.isEmpty }

  init(isNegative: Bool, integer: [UInt8], fraction: [UInt8]) {
    let integer = Array(integer.drop { $0 == 0 })
    var fraction = fraction
    while fraction.last == 0 { fraction.removeLast() }
    self.integer = integer
    self.fraction = fraction
    self.isNegative = isNegative && !(integer.isEmpty && fraction.isEmpty)
  }

  init(_ value: Int) {
    var magnitude = value.magnitude
    var digits: [UInt8] = []
    while magnitude > 0 {
      digits.append(UInt8(magnitude % 10))
      magnitude /= 10
    }
    self.init(isNegative: value < 0, integer: digits.reversed(), fraction: [])
  }

  init(_ value: Decimal) throws(VietnameseTextError) {
    // Decimal's description is locale-independent: "-1234.5".
    try self.init(machine: value.description, original: value.description)
  }

  init(_ value: Double) throws(VietnameseTextError) {
    // Swift prints the shortest text that reads back as the same Double,
    // which is the number the author typed (4.5, not 4.4999…).
    try self.init(machine: value.description, original: value.description)
  }

  /// Parses text a template value may hold: machine numbers ("2340000",
  /// "4.5", "-1.5e3") and Vietnamese-formatted ones ("2.340.000", "4,5",
  /// "1.234.567,89"). A single "." is a decimal point; two or more, or a
  /// "." before a ",", group thousands.
  init(parsing text: String) throws(VietnameseTextError) {
    let trimmed = text.trimmingWhitespace()
    let bytes = Array(trimmed.utf8)
    let commas = bytes.count(where: { $0 == UInt8(ascii: ",") })
    let dots = bytes.count(where: { $0 == UInt8(ascii: ".") })
    if commas == 0 && dots <= 1 {
      try self.init(machine: trimmed, original: text)
      return
    }
    // Vietnamese form: "." groups thousands, "," (at most one) is the point.
    guard commas <= 1 else { throw .notANumber(text) }
    var body = bytes[...]
    var negative = false
    if let sign = body.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
      negative = sign == UInt8(ascii: "-")
      body = body.dropFirst()
    }
    let parts = body.split(
      separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
    let groups = parts[0].split(
      separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard let firstGroup = groups.first, !firstGroup.isEmpty,
      firstGroup.count <= 3 || groups.count == 1,
      groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { throw .notANumber(text) }
    var integer: [UInt8] = []
    for group in groups {
      for byte in group {
        guard let digit = Self.digit(byte) else { throw .notANumber(text) }
        integer.append(digit)
      }
    }
    var fraction: [UInt8] = []
    if parts.count == 2 {
      guard !parts[1].isEmpty else { throw .notANumber(text) }
      for byte in parts[1] {
        guard let digit = Self.digit(byte) else { throw .notANumber(text) }
        fraction.append(digit)
      }
    }
    self.init(isNegative: negative, integer: integer, fraction: fraction)
  }

  /// Parses "[-+]digits[.digits][e[-+]digits]".
  private init(machine text: String, original: String) throws(VietnameseTextError) {
    var bytes = Array(text.utf8)[...]
    var negative = false
    if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
      negative = sign == UInt8(ascii: "-")
      bytes = bytes.dropFirst()
    }
    var mantissa: [UInt8] = []
    var pointPosition: Int?
    var exponent = 0
    while let byte = bytes.first {
      if let digit = Self.digit(byte) {
        mantissa.append(digit)
      } else if byte == UInt8(ascii: "."), pointPosition == nil {
        pointPosition = mantissa.count
      } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
        guard let value = Int(String(decoding: bytes.dropFirst(), as: UTF8.self)),
          abs(value) <= 400
        else { throw .notANumber(original) }
        exponent = value
        bytes = bytes[bytes.endIndex...]
        break
      } else {
        throw .notANumber(original)
      }
      bytes = bytes.dropFirst()
    }
    guard !mantissa.isEmpty else { throw .notANumber(original) }
    let split = (pointPosition ?? mantissa.count) + exponent
    if split <= 0 {
      self.init(
        isNegative: negative, integer: [],
        fraction: Array(repeating: 0, count: -split) + mantissa)
    } else if split >= mantissa.count {
      self.init(
        isNegative: negative,
        integer: mantissa + Array(repeating: 0, count: split - mantissa.count),
        fraction: [])
    } else {
      self.init(
        isNegative: negative, integer: Array(mantissa[..<split]),
        fraction: Array(mantissa[split...]))
    }
  }

  private static func digit(_ byte: UInt8) -> UInt8? {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      ? byte - UInt8(ascii: "0") : nil
  }

  /// Rounded to `places` decimals, halves away from zero (the rounding
  /// Vietnamese schoolbooks and accountants use).
  func rounded(toPlaces places: Int) -> DecimalDigits {
    guard fraction.count > places else { return self }
    var kept = integer + fraction[..<places]
    if fraction[places] >= 5 {
      var position = kept.count - 1
      while position >= 0 {
        if kept[position] == 9 {
          kept[position] = 0
          position -= 1
        } else {
          kept[position] += 1
          break
        }
      }
      if position < 0 { kept.insert(1, at: 0) }
    }
    let integerCount = kept.count - places
    return DecimalDigits(
      isNegative: isNegative, integer: Array(kept[..<integerCount]),
      fraction: Array(kept[integerCount...]))
  }

  /// The value as an Int, or nil if it has a fraction or does not fit.
  var exactInt: Int? {
    guard fraction.isEmpty, integer.count <= 19 else { return nil }
    var magnitude: UInt64 = 0
    for digit in integer {
      let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times10.addingReportingOverflow(UInt64(digit))
      if o1 || o2 { return nil }
      magnitude = sum
    }
    if isNegative {
      return magnitude <= UInt64(Int.max) + 1
        ? Int(truncatingIfNeeded: 0 &- magnitude) : nil
    }
    return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil
  }

  /// Vietnamese form: "." between thousands, "," before the decimals;
  /// `places` pads the decimals with zeros (after rounding).
  func formatted(places: Int?) -> String {
    let value = places.map { rounded(toPlaces: $0) } ?? self
    var bytes: [UInt8] = []
    bytes.reserveCapacity(value.integer.count * 4 / 3 + value.fraction.count + 4)
    if value.isNegative { bytes.append(UInt8(ascii: "-")) }
    if value.integer.isEmpty {
      bytes.append(UInt8(ascii: "0"))
    } else {
      for (position, digit) in value.integer.enumerated() {
        if position > 0 && (value.integer.count - position) % 3 == 0 {
          bytes.append(UInt8(ascii: "."))
        }
        bytes.append(UInt8(ascii: "0") + digit)
      }
    }
    var fraction = value.fraction
    if let places, fraction.count < places {
      fraction += Array(repeating: 0, count: places - fraction.count)
    }
    if !fraction.isEmpty {
      bytes.append(UInt8(ascii: ","))
      for digit in fraction { bytes.append(UInt8(ascii: "0") + digit) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
