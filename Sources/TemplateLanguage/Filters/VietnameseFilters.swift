import FoundationEssentials
import VietnameseText
import OrderedCollections

/// The Vietnamese administrative filters, each under its Vietnamese name
/// (as authors speak) and an English alias. A public contract: authors type
/// these names. The work is done by the `VietnameseText` module.
enum VietnameseFilters {
  static let table: [String: Filter] = {
    var t: [String: Filter] = [:]
    func add(_ vietnamese: String, _ english: String, _ filter: @escaping Filter) {
      t[vietnamese] = filter
      t[english] = filter
    }
    add("hai_so", "pad2") { v, _ throws(FilterFailure) in
      let count = try integer(v)
      return .string(
        try run { () throws(VietnameseTextError) in try VietnameseNumber.paddedCount(count) })
    }
    add("so", "number") { v, a throws(FilterFailure) in
      let decimals = a.value(0, "decimals") == nil ? nil : try a.int(0, "decimals", default: 0)
      return .string(
        try run { () throws(VietnameseTextError) in
          switch v {
          case .int(let i) where decimals == nil: return VietnameseNumber.formatted(i)
          case .int(let i): return try VietnameseNumber.formatted(Decimal(i), decimals: decimals)
          case .double(let d): return try VietnameseNumber.formatted(d, decimals: decimals)
          default: return try VietnameseNumber.formatted(v.printed, decimals: decimals)
          }
        })
    }
    add("so_tien", "money") { v, _ throws(FilterFailure) in
      .string(VietnameseNumber.money(try integer(v)))
    }
    add("bang_chu", "words") { v, a throws(FilterFailure) in
      let words = numberWords(a, capitalized: false)
      return .string(
        try run { () throws(VietnameseTextError) in
          switch v {
          case .int(let i): return words.words(i)
          case .double(let d): return try words.words(d)
          default: return try words.words(v.printed)
          }
        })
    }
    add("tien_bang_chu", "money_words") { v, a throws(FilterFailure) in
      let amount = try integer(v)
      return .string(
        try run { () throws(VietnameseTextError) in
          try numberWords(a, capitalized: true).moneyWords(amount)
        })
    }
    add("tien_day_du", "money_full") { v, a throws(FilterFailure) in
      let amount = try integer(v)
      return .string(
        try run { () throws(VietnameseTextError) in
          try numberWords(a, capitalized: true).moneyWithWords(amount)
        })
    }
    add("ngay_thang_nam", "long_date") { v, a throws(FilterFailure) in
      let date = try calendarDate(v)
      if let place = a.value(0, "noi"), place != .none {
        return .string(AdministrativeDate.placeAndDate(place.printed, date))
      }
      return .string(AdministrativeDate.long(date))
    }
    add("ngay_trong", "blank_date") { v, a throws(FilterFailure) in
      let year = try integer(v)
      let month = try optionalInteger(a.value(0, "thang"))
      let day = try optionalInteger(a.value(1, "ngay"))
      let place = a.value(2, "noi").flatMap { $0 == .none ? nil : $0.printed }
      return .string(
        try run { () throws(VietnameseTextError) in
          if let place {
            return try AdministrativeDate.placeAndDate(place, year: year, month: month, day: day)
          }
          return try AdministrativeDate.long(year: year, month: month, day: day)
        })
    }
    add("ngay_ngan", "short_date") { v, a throws(FilterFailure) in
      .string(
        AdministrativeDate.short(
          try calendarDate(v), padding: a.bool(0, "du", default: false) ? .full : .decree))
    }
    add("giai_doan", "year_range") { v, a throws(FilterFailure) in
      let first = try integer(v)
      guard let lastValue = a.value(0, "den") else {
        throw FilterFailure("giai_doan needs the last year: {{ 2021 | giai_doan(2025) }}")
      }
      let last = try integer(lastValue)
      let separatorText = a.string(1, "ngan_cach", default: "-")
      guard let separator = YearRangeSeparator(rawValue: separatorText) else {
        throw FilterFailure(
          "the separator must be \"-\", \" - \" or \" – \", not \"\(separatorText)\"")
      }
      return .string(
        try run { () throws(VietnameseTextError) in
          try AdministrativeDate.yearRange(first, last, separator: separator)
        })
    }
    add("so_ky_hieu", "doc_number") { v, a throws(FilterFailure) in
      .string(try documentNumber(v, a).line())
    }
    add("ky_hieu", "number_symbol") { v, a throws(FilterFailure) in
      .string(try documentNumber(v, a).numberAndSymbol())
    }
    add("viet_tat", "type_abbr") { v, _ throws(FilterFailure) in
      let abbreviation = try run { () throws(VietnameseTextError) in
        try DocumentType.abbreviation(forName: v.printed)
      }
      return abbreviation.map(Value.string) ?? .string("")
    }
    add("la_ma", "roman") { v, _ throws(FilterFailure) in
      let n = try integer(v)
      return .string(try run { () throws(VietnameseTextError) in try Enumeration.roman(n) })
    }
    add("chu_cai", "letter") { v, _ throws(FilterFailure) in
      let n = try integer(v)
      return .string(try run { () throws(VietnameseTextError) in try Enumeration.letter(n) })
    }
    add("noi_danh_sach", "join_vi") { v, a throws(FilterFailure) in
      let items = try StandardFilters.items(v, "noi_danh_sach").map(\.printed)
      let styles: [String: ProseListStyle] = [
        "tu_dong": .automatic, "phay": .comma, "cham_phay": .semicolon,
        "automatic": .automatic, "comma": .comma, "semicolon": .semicolon,
      ]
      let name = a.string(0, "kieu", default: "tu_dong")
      guard let style = styles[name] else {
        throw FilterFailure("kieu must be \"tu_dong\", \"phay\" or \"cham_phay\", not \"\(name)\"")
      }
      return .string(
        ProseList.join(items, style: style, conjunction: a.string(1, "lien", default: "và")))
    }
    add("sap_xep_ten", "sort_names") { v, a throws(FilterFailure) in
      let items = try StandardFilters.items(v, "sap_xep_ten")
      let attribute = a.value(0, "thuoc_tinh")
      var keyed: [(VietnameseSortKey, Value)] = []
      for item in items {
        let name = attribute.map { StandardFilters.lookup(item, $0) ?? .none } ?? item
        let key = try run { () throws(VietnameseTextError) in
          try PersonName.sortKey(forFullName: name.printed)
        }
        keyed.append((key, item))
      }
      return .list(
        keyed.enumerated().sorted { x, y in
          x.element.0 == y.element.0 ? x.offset < y.offset : x.element.0 < y.element.0
        }.map(\.element.1))
    }
    add("hoa", "upper") { v, _ in .string(VietnameseCase.uppercased(v.printed)) }
    add("thuong", "lower") { v, _ in .string(VietnameseCase.lowercased(v.printed)) }
    add("hoa_dau", "title_vi") { v, _ in .string(VietnameseCase.titlecased(v.printed)) }
    // Only the first letter: "sơ kết công tác…" → "Sơ kết công tác…" (Jinja's
    // capitalize lowercases the rest, which breaks proper names).
    add("hoa_chu_dau", "capfirst") { v, _ in
      .string(VietnameseCase.capitalizingFirstLetter(v.printed))
    }
    add("dau_kieu", "tone_style") { v, a throws(FilterFailure) in
      let styles: [String: TonePlacement] = ["cu": .old, "moi": .new, "old": .old, "new": .new]
      let name = a.string(0, "kieu", default: "moi")
      guard let placement = styles[name] else {
        throw FilterFailure("the tone style must be \"cu\" (hòa) or \"moi\" (hoà), not \"\(name)\"")
      }
      return .string(ToneNormalization.placingTones(v.printed, placement))
    }
    add("tien_thuong", "bonus") { v, a throws(FilterFailure) in
      let salary = try integer(v)
      guard let multiple = a.value(0, "he_so") else {
        throw FilterFailure("tien_thuong needs the multiple: {{ 2340000 | tien_thuong(1.5) }}")
      }
      let bonus = try run { () throws(VietnameseTextError) in
        try BonusAmount(baseSalary: salary, multiple: multiple.printed)
      }
      return .int(bonus.amount)
    }
    return t
  }()

  /// Runs a VietnameseText function, turning its error into a filter's.
  private static func run<T>(_ body: () throws(VietnameseTextError) -> T) throws(FilterFailure) -> T
  {
    do {
      return try body()
    } catch {
      throw FilterFailure(error.english)
    }
  }

  private static func numberWords(_ a: FilterArguments, capitalized: Bool) -> NumberWords {
    NumberWords(
      saysTuAfterMuoi: a.bool(99, "tu", default: false), saysLe: a.bool(99, "le", default: false),
      saysNgan: a.bool(99, "ngan", default: false),
      capitalized: a.bool(0, "hoa", default: capitalized))
  }

  /// A whole number from a number or from text as offices type it ("1.234").
  static func integer(_ v: Value) throws(FilterFailure) -> Int {
    switch v {
    case .int(let i): return i
    case .double(let d) where d == d.rounded() && abs(d) < 9e15: return Int(d)
    case .string(let s):
      if let i = Int(s.trimmingWhitespace()) { return i }
      if let d = try? VietnameseNumber.parse(s), let i = Int(exactly: Double(d.description) ?? .nan)
      {
        return i
      }
      throw FilterFailure("\"\(s)\" is not a whole number")
    default:
      throw FilterFailure("expected a whole number, not \(v.typeName)")
    }
  }

  private static func optionalInteger(_ v: Value?) throws(FilterFailure) -> Int? {
    guard let v, v != .none, v != .string("") else { return nil }
    return try integer(v)
  }

  private static func calendarDate(_ v: Value) throws(FilterFailure) -> CalendarDate {
    if case .map(let m) = v, let y = m["nam"] ?? m["year"], let mo = m["thang"] ?? m["month"],
      let d = m["ngay"] ?? m["day"]
    {
      let (year, month, day) = (try integer(y), try integer(mo), try integer(d))
      return try run { () throws(VietnameseTextError) in
        try CalendarDate(year: year, month: month, day: day)
      }
    }
    return try run { () throws(VietnameseTextError) in try CalendarDate(iso: v.printed) }
  }

  private static func documentNumber(_ v: Value, _ a: FilterArguments) throws(FilterFailure)
    -> DocumentNumber
  {
    let number = try optionalInteger(v)
    guard let type = a.value(0, "loai"), let issuer = a.value(1, "co_quan") else {
      throw FilterFailure(
        "so_ky_hieu needs the document type and the issuer: {{ 16 | so_ky_hieu(\"Kế hoạch\", \"BDT\") }}"
      )
    }
    let unit = a.value(2, "don_vi").flatMap { $0 == .none ? nil : $0.printed }
    return try run { () throws(VietnameseTextError) in
      try DocumentNumber(number: number, typeName: type.printed, issuer: issuer.printed, unit: unit)
    }
  }
}
