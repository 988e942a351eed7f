/// One count of awards: “in 2021 the head of Ban Dân tộc gave a Giấy khen
/// to 3 collectives”.
///
/// Reports (seed 000: “Năm 2021: Trưởng Ban tặng Giấy khen đối với 03 tập
/// thể và 16 cá nhân …”) are sums of these, grouped by year, authority,
/// award and status.
public struct Tally: Sendable, Hashable {
  /// The year the count belongs to (năm khen thưởng).
  public var year: Int
  /// The unit whose count it is, as written (NFC, spaces collapsed).
  public var unit: String
  public var award: Award
  public var kind: RecipientKind
  public var count: Int
  /// Who decides (“Trưởng Ban”, “Chủ tịch UBND tỉnh”): the cell, or the
  /// award's authority, or the unit's head.
  public var authority: String
  public var status: TallyStatus
  /// The status as the cell words it (“đã trình”, “đề xuất”), for text
  /// that keeps the author's verb; the status's name when the cell is empty.
  public var statusText: String
  /// The emulation movement (phong trào), if given.
  public var movement: String?
  /// The occasion (dịp): a conference, an anniversary.
  public var occasion: String?
  /// The achievement the award is for (thành tích).
  public var achievement: String?
  public var note: String?
  public var source: SourceLocation

  public init(
    year: Int, unit: String, award: Award, kind: RecipientKind, count: Int, authority: String,
    status: TallyStatus, statusText: String? = nil, movement: String? = nil,
    occasion: String? = nil, achievement: String? = nil, note: String? = nil,
    source: SourceLocation
  ) {
    self.year = year
    self.unit = unit
    self.award = award
    self.kind = kind
    self.count = count
    self.authority = authority
    self.status = status
    self.statusText = statusText ?? status.name
    self.movement = movement
    self.occasion = occasion
    self.achievement = achievement
    self.note = note
    self.source = source
  }
}
