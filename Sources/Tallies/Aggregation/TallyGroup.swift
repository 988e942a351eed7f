/// Tallies that one sentence of a report states: same year, authority,
/// award, status and descriptors, their counts summed by recipient kind.
///
/// Seed 000's “Năm 2021: Trưởng Ban tặng Giấy khen đối với 03 tập thể và 16
/// cá nhân có nhiều thành tích …” is one group of two rows (3 collectives,
/// 16 individuals).
public struct TallyGroup: Sendable {
  public var year: Int
  public var authority: String
  public var award: Award
  public var status: TallyStatus
  /// The status as the first row words it (“đã trình”, “đề xuất”).
  public var statusText: String
  public var movement: String?
  public var occasion: String?
  public var achievement: String?
  /// The units of the group's rows, in first-appearance order.
  public var units: [String]
  public var counts: RecipientCounts
  /// Positions of the group's rows in the aggregated tallies.
  public var indices: [Int]
}

/// The tallies of one key of a dimension (a year, a unit, an award, a
/// recipient kind, a status): their sums and sentence groups.
public struct TallySummary: Sendable {
  /// The key: “2021”, “Ban Dân tộc”, the award's name, “tap_the”,
  /// “awarded”.
  public var key: String
  /// What the key is called in text: “2021”, “Giấy khen”, “tập thể”, “đã
  /// khen thưởng”.
  public var name: String
  public var counts: RecipientCounts
  /// Positions of the rows in the aggregated tallies.
  public var indices: [Int]
  public var groups: [TallyGroup]
}
