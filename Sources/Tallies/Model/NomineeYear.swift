/// Initiatives (sáng kiến) recognised in a year, by the level that
/// recognised their effect.
public struct Initiatives: Sendable, Hashable {
  /// Recognised at cơ sở level.
  public var unit: Int
  /// With effect across a ministry, sector or province (bộ, ngành, tỉnh).
  public var province: Int
  /// With nationwide effect (toàn quốc).
  public var national: Int

  public init(unit: Int = 0, province: Int = 0, national: Int = 0) {
    self.unit = unit
    self.province = province
    self.national = national
  }

  public var total: Int { unit + province + national }
}

/// One person's or collective's year: the facts the award criteria read.
public struct NomineeYear: Sendable, Hashable {
  /// The stable id that ties the years of one nominee together.
  public var id: String
  public var year: Int
  public var name: String
  public var kind: RecipientKind
  /// The unit the nominee belongs to: for a person, the collective whose
  /// composition counts them.
  public var unit: String
  public var position: String?
  /// Whether the position is a managing post (giữ chức vụ quản lý).
  public var isManager: Bool
  public var sex: Sex?
  public var rating: TaskRating?
  /// Titles and awards received that year.
  public var received: [Award]
  public var initiatives: Initiatives
  /// Discipline in force that year, if any.
  public var discipline: DisciplineLevel?
  /// A pending case (discipline being considered, investigation,
  /// complaint), as written; nil when there is none.
  public var pendingCase: String?
  /// Awards proposed for this year.
  public var proposed: [Award]
  public var note: String?
  public var source: SourceLocation

  public init(
    id: String, year: Int, name: String, kind: RecipientKind, unit: String,
    position: String? = nil, isManager: Bool = false, sex: Sex? = nil, rating: TaskRating? = nil,
    received: [Award] = [], initiatives: Initiatives = Initiatives(),
    discipline: DisciplineLevel? = nil, pendingCase: String? = nil, proposed: [Award] = [],
    note: String? = nil, source: SourceLocation
  ) {
    self.id = id
    self.year = year
    self.name = name
    self.kind = kind
    self.unit = unit
    self.position = position
    self.isManager = isManager
    self.sex = sex
    self.rating = rating
    self.received = received
    self.initiatives = initiatives
    self.discipline = discipline
    self.pendingCase = pendingCase
    self.proposed = proposed
    self.note = note
    self.source = source
  }

  /// Whether the nominee received `award` that year.
  public func holds(_ award: Award) -> Bool { received.contains(award) }
}

/// A collective's members in a year, derived from the members' own rows:
/// the shares the collective titles' criteria are stated in.
public struct CollectiveComposition: Sendable, Hashable {
  /// Members with a row that year.
  public var members: Int
  /// Members rated HTNV or better.
  public var completed: Int
  /// Members rated at all.
  public var rated: Int
  /// Members holding each award that year, by canonical name.
  public var holding: [String: Int]
  /// Members under discipline that year.
  public var disciplined: Int

  public init(
    members: Int = 0, completed: Int = 0, rated: Int = 0, holding: [String: Int] = [:],
    disciplined: Int = 0
  ) {
    self.members = members
    self.completed = completed
    self.rated = rated
    self.holding = holding
    self.disciplined = disciplined
  }

  /// The share (0…1) of members holding `award`; 0 without members.
  public func share(holding award: Award) -> Double {
    members == 0 ? 0 : Double(holding[award.name] ?? 0) / Double(members)
  }

  /// The share (0…1) of members who completed their tasks.
  public var completedShare: Double { members == 0 ? 0 : Double(completed) / Double(members) }
}
