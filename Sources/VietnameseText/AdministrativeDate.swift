/// How a date pads its day and month with a leading zero.
public enum DatePadding: String, Sendable, Hashable, CaseIterable {
  /// Decree 30: days below 10 and months 1 and 2 (“05/02/2021”, “08/9/2016”).
  case decree
  /// Day and month always two digits (“15/03/2021”), as some texts write the
  /// short form.
  case full
}

/// The separator between the years of a period: “2021-2025”, “2022 - 2025”,
/// “2023 – 2025” all occur in the seeds; the author chooses.
public enum YearRangeSeparator: String, Sendable, Hashable, CaseIterable {
  case hyphen = "-"
  case spacedHyphen = " - "
  case spacedEnDash = " – "
}

/// Dates as Vietnamese administrative documents write them (Decree 30/2020).
///
/// The long form “ngày 05 tháng 02 năm 2021” heads and cites documents; the
/// short form “21/4/2021” is used inside body text; a draft leaves the day,
/// and sometimes the month, blank to be written in by hand at signing.
public enum AdministrativeDate {
  /// The gap a draft leaves for a day or month (it replaces “ 05 ”).
  public static let defaultBlank = "    "

  /// “ngày 05 tháng 02 năm 2021”, “ngày 27 tháng 3 năm 2023”.
  public static func long(_ date: CalendarDate) -> String {
    "ngày " + pad(date.day, .decree, isMonth: false) + " tháng "
      + pad(date.month, .decree, isMonth: true) + " năm " + String(date.year)
  }

  /// The long form with parts possibly missing, for an unsigned draft:
  /// (2023, 4, nil) → “ngày    tháng 4 năm 2023”; (2023, nil, nil) →
  /// “ngày    tháng    năm 2023”. Given parts are validated.
  public static func long(
    year: Int, month: Int?, day: Int?, blank: String = defaultBlank
  ) throws(VietnameseTextError) -> String {
    if let month, let day {
      return long(try CalendarDate(year: year, month: month, day: day))
    }
    try CalendarDate.validate(year: year, month: month)
    if let day, !(1...31).contains(day) {
      throw VietnameseTextError(
        vietnamese: "Ngày \(day) không có; ngày chỉ từ 1 đến 31.",
        english: "There is no day \(day); days run from 1 to 31.")
    }
    let dayText = day.map { " " + pad($0, .decree, isMonth: false) + " " } ?? blank
    let monthText = month.map { " " + pad($0, .decree, isMonth: true) + " " } ?? blank
    return "ngày" + dayText + "tháng" + monthText + "năm " + String(year)
  }

  /// The place-and-date line of the header: “Khánh Hòa, ngày 27 tháng 3 năm
  /// 2023”.
  public static func placeAndDate(_ place: String, _ date: CalendarDate) -> String {
    place + ", " + long(date)
  }

  /// The place-and-date line of a draft: (“Bình Phước”, 2023, 4, nil) →
  /// “Bình Phước, ngày    tháng 4 năm 2023”.
  public static func placeAndDate(
    _ place: String, year: Int, month: Int?, day: Int?,
    blank: String = defaultBlank
  ) throws(VietnameseTextError) -> String {
    place + ", " + (try long(year: year, month: month, day: day, blank: blank))
  }

  /// The short form used in body text: “21/4/2021”, “08/9/2016”,
  /// “04/01/2023”; with `.full` padding “15/03/2021”.
  public static func short(_ date: CalendarDate, padding: DatePadding = .decree)
    -> String
  {
    pad(date.day, padding, isMonth: false) + "/"
      + pad(date.month, padding, isMonth: true) + "/" + String(date.year)
  }

  /// A period of years: (2021, 2025) → “2021-2025”; with `.spacedEnDash`
  /// “2021 – 2025”. A period that ends before it starts is an error.
  public static func yearRange(
    _ first: Int, _ last: Int, separator: YearRangeSeparator = .hyphen
  ) throws(VietnameseTextError) -> String {
    try CalendarDate.validate(year: first, month: nil)
    try CalendarDate.validate(year: last, month: nil)
    guard first <= last else {
      throw VietnameseTextError(
        vietnamese:
          "Giai đoạn \(first)–\(last) kết thúc trước khi bắt đầu; hãy ghi năm "
          + "đầu trước, năm cuối sau.",
        english:
          "The period \(first)–\(last) ends before it starts; give the first "
          + "year first.")
    }
    return String(first) + separator.rawValue + String(last)
  }

  private static func pad(_ value: Int, _ padding: DatePadding, isMonth: Bool)
    -> String
  {
    let padded =
      switch padding {
      case .full: value < 10
      case .decree: isMonth ? value <= 2 : value < 10
      }
    return padded ? "0" + String(value) : String(value)
  }
}
