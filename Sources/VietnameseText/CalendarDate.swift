import FoundationEssentials

/// A day of the Gregorian calendar, without time or time zone.
///
/// Documents are dated by day; carrying a time zone would only let a date
/// slip by one day between machines.
public struct CalendarDate: Sendable, Hashable, Comparable,
  CustomStringConvertible
{
  public let year: Int
  public let month: Int
  public let day: Int

  /// A validated date: month 13, 31 April and 29 February of a common year
  /// are errors.
  public init(year: Int, month: Int, day: Int) throws(VietnameseTextError) {
    try Self.validate(year: year, month: month)
    guard (1...Self.daysIn(month: month, year: year)).contains(day) else {
      throw VietnameseTextError(
        vietnamese:
          "Ngày \(day) không có trong tháng \(month) năm \(year) (tháng này có "
          + "\(Self.daysIn(month: month, year: year)) ngày); hãy sửa lại ngày.",
        english:
          "Day \(day) does not exist in month \(month) of \(year) (it has "
          + "\(Self.daysIn(month: month, year: year)) days); correct the day.")
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads “2023-03-27” (ISO 8601), “27/03/2023” or “27/3/2023”.
  public init(iso text: String) throws(VietnameseTextError) {
    let trimmed = text.trimmingWhitespace()
    let bytes = Array(trimmed.utf8)
    let parts: [Int?]
    let order: (year: Int, month: Int, day: Int)
    if bytes.contains(UInt8(ascii: "-")) {
      parts = Self.numbers(bytes, separator: "-", widths: [4...4, 2...2, 2...2])
      order = (0, 1, 2)
    } else {
      parts = Self.numbers(bytes, separator: "/", widths: [1...2, 1...2, 4...4])
      order = (2, 1, 0)
    }
    guard parts.count == 3, let year = parts[order.year],
      let month = parts[order.month], let day = parts[order.day]
    else {
      throw VietnameseTextError(
        vietnamese:
          "“\(text)” không phải là ngày; hãy viết dạng 2023-03-27 hoặc "
          + "27/3/2023.",
        english: "“\(text)” is not a date; write it as 2023-03-27 or 27/3/2023.")
    }
    try self.init(year: year, month: month, day: day)
  }

  /// The calendar day of `date` in `timeZone` (by default Vietnam's, UTC+7).
  public init(
    _ date: Date,
    timeZone: TimeZone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
  ) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    // A Gregorian calendar always yields all three components.
    year = parts.year ?? 1970
    month = parts.month ?? 1
    day = parts.day ?? 1
  }

  /// “2023-03-27”.
  public var iso: String {
    let y =
      year < 1000
      ? String(repeating: "0", count: 4 - String(year).count)
        + String(year) : String(year)
    return y + "-" + (month < 10 ? "0" : "") + String(month) + "-"
      + (day < 10 ? "0" : "") + String(day)
  }

  public var description: String { iso }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month (1–12) of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  static func validate(year: Int, month: Int?) throws(VietnameseTextError) {
    guard (1...9999).contains(year) else {
      throw VietnameseTextError(
        vietnamese: "Năm \(year) không hợp lệ; hãy ghi năm từ 1 đến 9999.",
        english: "The year \(year) is not valid; give a year from 1 to 9999.")
    }
    if let month, !(1...12).contains(month) {
      throw VietnameseTextError(
        vietnamese: "Tháng \(month) không có; tháng chỉ từ 1 đến 12.",
        english: "There is no month \(month); months run from 1 to 12.")
    }
  }

  /// Splits “a<sep>b<sep>c” into numbers whose digit counts lie in `widths`;
  /// a part that is not such a number is nil.
  private static func numbers(
    _ bytes: [UInt8], separator: Unicode.Scalar, widths: [ClosedRange<Int>]
  ) -> [Int?] {
    let parts = bytes.split(
      separator: UInt8(separator.value), omittingEmptySubsequences: false)
    guard parts.count == widths.count else { return [] }
    return zip(parts, widths).map { part, width in
      guard width.contains(part.count),
        part.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
      else { return nil }
      return part.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
  }
}
