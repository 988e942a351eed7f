import FoundationEssentials

/// Numbers as Vietnamese official text writes them: "2.340.000", "4,5", "03".
///
/// Formatting is done by hand on the digits, not with NumberFormatter: it
/// runs inside template rendering, must not depend on the machine's locale
/// data, and must be exact for money.
public enum VietnameseNumber {
  /// The largest number of decimals a caller may ask for.
  public static let maximumDecimals = 20

  /// A count as reports write it: two digits below 10, as is from 10 up
  /// (“03 tập thể và 16 cá nhân”, “01 cá nhân”). Also the number of a
  /// document (“Số: 05/KH-BDT”). A negative count is an error.
  public static func paddedCount(_ count: Int) throws(VietnameseTextError)
    -> String
  {
    guard count >= 0 else { throw .negativeCount(count) }
    return count < 10 ? "0\(count)" : String(count)
  }

  /// An integer with "." between thousands: 2340000 → "2.340.000".
  public static func formatted(_ value: Int) -> String {
    if value > -1000 && value < 1000 { return String(value) }
    return DecimalDigits(value).formatted(places: nil)
  }

  /// A decimal with "." between thousands and "," before the decimals:
  /// 4.5 → "4,5"; with `decimals: 2`, 4.5 → "4,50" and 1234567.891 →
  /// "1.234.567,89" (halves rounded away from zero). Without `decimals`,
  /// every significant decimal is written.
  public static func formatted(_ value: Decimal, decimals: Int? = nil)
    throws(VietnameseTextError) -> String
  {
    try checked(decimals)
    return try DecimalDigits(value).formatted(places: decimals)
  }

  /// A Double, formatted from the shortest text that reads back as it
  /// (4.5 → "4,5"), never from its binary expansion.
  public static func formatted(_ value: Double, decimals: Int? = nil)
    throws(VietnameseTextError) -> String
  {
    try checked(decimals)
    return try DecimalDigits(value).formatted(places: decimals)
  }

  /// A number given as text, machine form ("2340000", "4.5") or Vietnamese
  /// form ("2.340.000", "4,5"), written the Vietnamese way.
  public static func formatted(_ text: String, decimals: Int? = nil)
    throws(VietnameseTextError) -> String
  {
    try checked(decimals)
    return try DecimalDigits(parsing: text).formatted(places: decimals)
  }

  /// Reads a number written either way ("2.340.000", "4,5", "4.5",
  /// "1.234.567,89") into an exact Decimal.
  public static func parse(_ text: String) throws(VietnameseTextError)
    -> Decimal
  {
    let digits = try DecimalDigits(parsing: text)
    var machine = digits.isNegative ? "-" : ""
    machine +=
      digits.integer.isEmpty
      ? "0" : String(decoding: digits.integer.map { $0 + 48 }, as: UTF8.self)
    if !digits.fraction.isEmpty {
      machine += "."
      machine += String(decoding: digits.fraction.map { $0 + 48 }, as: UTF8.self)
    }
    guard let value = Decimal(string: machine, locale: nil) else {
      throw .notANumber(text)
    }
    return value
  }

  /// An amount of money: 1800000 → "1.800.000 đồng".
  public static func money(_ amount: Int) -> String {
    formatted(amount) + " đồng"
  }

  private static func checked(_ decimals: Int?) throws(VietnameseTextError) {
    if let decimals, !(0...maximumDecimals).contains(decimals) {
      throw .badDecimals(decimals)
    }
  }
}
