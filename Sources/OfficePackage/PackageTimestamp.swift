#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The time stamped on every zip entry, fixed so that the same inputs give the same bytes.
///
/// Zip stores local time in MS-DOS format (two-second resolution, years
/// 1980–2107); we store UTC so the result does not depend on the machine.
public struct PackageTimestamp: Sendable, Equatable {
  /// Bits 15–9 year since 1980, 8–5 month, 4–0 day.
  public let dosDate: UInt16
  /// Bits 15–11 hours, 10–5 minutes, 4–0 seconds divided by two.
  public let dosTime: UInt16

  /// 1980-01-01 00:00, the earliest time zip can record.
  public static let dosEpoch = PackageTimestamp(dosDate: 0x21, dosTime: 0)

  init(dosDate: UInt16, dosTime: UInt16) {
    self.dosDate = dosDate
    self.dosTime = dosTime
  }

  /// Seconds since 1970 in UTC; times before 1980 become 1980-01-01 00:00 and
  /// times after 2107 the last representable moment, because zip can store
  /// nothing else.
  public init(unixTime: Int) {
    let (days, seconds) = unixTime.quotientAndRemainder(dividingBy: 86_400)
    // Floor division, so that negative times land on the previous day.
    let day = seconds < 0 ? days - 1 : days
    let secondOfDay = seconds < 0 ? seconds + 86_400 : seconds
    let (year, month, dayOfMonth) = Self.civilDate(daysSince1970: day)
    if year < 1980 {
      self = .dosEpoch
    } else if year > 2107 {
      self.init(dosDate: UInt16(127 << 9 | 12 << 5 | 31), dosTime: UInt16(23 << 11 | 59 << 5 | 29))
    } else {
      let hour = secondOfDay / 3600
      let minute = secondOfDay / 60 % 60
      let second = secondOfDay % 60
      self.init(
        dosDate: UInt16((year - 1980) << 9 | month << 5 | dayOfMonth),
        dosTime: UInt16(hour << 11 | minute << 5 | second / 2))
    }
  }

  /// `SOURCE_DATE_EPOCH` when it is set to a plain non-negative number of
  /// seconds (reproducible-builds.org), otherwise 1980-01-01 00:00.
  public static func fromEnvironment() -> PackageTimestamp {
    guard let raw = getenv("SOURCE_DATE_EPOCH") else { return .dosEpoch }
    let text = String(cString: raw)
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let seconds = Int(text)
    else { return .dosEpoch }
    return PackageTimestamp(unixTime: seconds)
  }

  /// Proleptic Gregorian date of a day count (Howard Hinnant's civil_from_days).
  private static func civilDate(daysSince1970: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = daysSince1970 + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }
}
