import FoundationEssentials
import VietnameseText

/// The date of a document; a draft leaves the day, or the day and month,
/// to be written in at signing (“ngày    tháng 4 năm 2023”).
public struct DocumentDate: Sendable, Hashable {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The full date, when day and month are given.
  public var calendarDate: CalendarDate? {
    guard let month, let day else { return nil }
    return try? CalendarDate(year: year, month: month, day: day)
  }

  /// Reads “27/3/2023”, “2023-03-27”, “4/2023” (a draft without its day),
  /// “2023” (without day and month).
  public init?(text: String) {
    let t = text.trimmingWhitespace()
    if let date = try? CalendarDate(iso: t) {
      self.init(year: date.year, month: date.month, day: date.day)
      return
    }
    let parts = t.split(separator: "/").map { Int($0.trimmingWhitespace()) }
    switch parts.count {
    case 1:
      guard let y = parts[0], (1000...9999).contains(y) else { return nil }
      self.init(year: y)
    case 2:
      guard let m = parts[0], let y = parts[1], (1...12).contains(m), (1000...9999).contains(y)
      else { return nil }
      self.init(year: y, month: m)
    default: return nil
    }
  }
}

/// The signature block: “TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Đăng Bình”.
public struct Signer: Sendable, Hashable {
  /// The authority prefix: TM., KT., Q., TL., TUQ.; nil when the head
  /// signs in their own name.
  public var prefix: String?
  /// The body signed for, after the prefix (“Ủy ban nhân dân”).
  public var body: String?
  /// “Chủ tịch”, “Trưởng Ban”, “Phó Trưởng Ban”.
  public var title: String?
  public var name: String?

  public init(prefix: String? = nil, body: String? = nil, title: String? = nil, name: String? = nil)
  {
    self.prefix = prefix
    self.body = body
    self.title = title
    self.name = name
  }
}

/// A document cited in the preamble: “Kế hoạch số 12065/KH-UBND ngày
/// 21/4/2021 của UBND tỉnh về việc …”.
public struct Reference: Sendable, Hashable {
  /// “Kế hoạch”, “Chỉ thị”, “Luật”.
  public var type: String
  /// “12065/KH-UBND”; nil for a law, cited by name and date.
  public var number: String?
  public var date: CalendarDate?
  /// “UBND tỉnh”, “Bộ Chính trị”.
  public var issuer: String?
  /// What it is about, with its own preposition: “về việc tuyên truyền …”.
  public var summary: String?

  public init(
    type: String, number: String? = nil, date: CalendarDate? = nil, issuer: String? = nil,
    summary: String? = nil
  ) {
    self.type = type
    self.number = number
    self.date = date
    self.issuer = issuer
    self.summary = summary
  }

  /// The citation as preambles write it: “Kế hoạch số 12065/KH-UBND ngày
  /// 21/4/2021 của UBND tỉnh về việc …”; a law without number: “Luật Thi
  /// đua, khen thưởng ngày 15 tháng 6 năm 2022”.
  public var citation: String {
    var text = type
    if let number { text += " số " + number }
    if let date {
      text +=
        number == nil
        ? " " + AdministrativeDate.long(date) : " ngày " + AdministrativeDate.short(date)
    }
    if let issuer { text += " của " + issuer }
    if let summary { text += " " + summary }
    return text
  }
}

/// A dated task of a plan: “gửi về Văn phòng Ban trước ngày 15/03/2021”.
public struct Deadline: Sendable, Hashable {
  public var task: String
  public var date: CalendarDate

  public init(task: String, date: CalendarDate) {
    self.task = task
    self.date = date
  }
}

/// A heading of the “Nơi nhận” list with its recipients (seed 003: “Gửi bản
/// điện tử:”, “Gửi bản giấy:”).
public struct RecipientGroup: Sendable, Hashable {
  public var heading: String?
  public var items: [String]

  public init(heading: String? = nil, items: [String]) {
    self.heading = heading
    self.items = items
  }
}

/// Everything a document needs that is not a tally: number, date, type,
/// summary, addressees, signer, citations, deadlines. Read from a small
/// TOML file per document.
public struct DocumentMetadata: Sendable {
  /// The registered number; nil for a draft (“Số:    /KH-BDT”).
  public var number: Int?
  public var date: DocumentDate?
  /// “Kế hoạch”, “Báo cáo”, “Công văn”, “Tờ trình”.
  public var type: DocumentType?
  /// The summary under the type, or after “V/v” in a Công văn.
  public var summary: String?
  /// The issuing unit's name, looked up in the units file.
  public var issuer: String?
  /// The whole symbol, when given outright (“KH-BDT”); otherwise it is made
  /// from the type, the unit's symbol and `draftingUnit`.
  public var symbol: String?
  /// The drafting unit's abbreviation of a Công văn (“NCPC” in
  /// “UBND-NCPC”).
  public var draftingUnit: String?
  /// Overrides of the unit's place name and governing body.
  public var place: String?
  public var governingBody: String?
  /// “Kính gửi”: one or more addressees.
  public var to: [String]
  /// “Nơi nhận”, in groups (one group without heading when the list is flat).
  public var recipients: [RecipientGroup]
  public var signer: Signer?
  public var references: [Reference]
  public var deadlines: [Deadline]
  /// The plan period (“2021-2025”), also the years data rows must fall in.
  public var period: ClosedRange<Int>?
  /// Anything else, for the template to read as `meta.extra.…`.
  public var extra: ConfigTable

  public init(
    number: Int? = nil, date: DocumentDate? = nil, type: DocumentType? = nil,
    summary: String? = nil, issuer: String? = nil, symbol: String? = nil,
    draftingUnit: String? = nil, place: String? = nil, governingBody: String? = nil,
    to: [String] = [], recipients: [RecipientGroup] = [], signer: Signer? = nil,
    references: [Reference] = [], deadlines: [Deadline] = [], period: ClosedRange<Int>? = nil,
    extra: ConfigTable = ConfigTable()
  ) {
    self.number = number
    self.date = date
    self.type = type
    self.summary = summary
    self.issuer = issuer
    self.symbol = symbol
    self.draftingUnit = draftingUnit
    self.place = place
    self.governingBody = governingBody
    self.to = to
    self.recipients = recipients
    self.signer = signer
    self.references = references
    self.deadlines = deadlines
    self.period = period
    self.extra = extra
  }
}
