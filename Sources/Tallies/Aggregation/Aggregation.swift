import VietnameseText

/// The tallies summed along each dimension a report speaks of: by year,
/// unit, award, recipient kind and status, with totals, and grouped into
/// the sentences a report writes.
///
/// Orders: years ascending; units, awards and groups in the order the
/// data first names them; kinds and statuses in their declared order.
/// Summaries and groups hold positions in `tallies`, not copies.
public struct Aggregation: Sendable {
  public let tallies: [Tally]
  public let total: RecipientCounts
  public let years: [TallySummary]
  public let units: [TallySummary]
  public let awards: [TallySummary]
  public let kinds: [TallySummary]
  public let statuses: [TallySummary]
  /// The sentence groups of all tallies.
  public let groups: [TallyGroup]

  public init(_ tallies: [Tally]) {
    self.tallies = tallies
    // Every tally's sentence group, found once: texts that group are
    // compared by matching key, numbered on first sight.
    var keys = KeyCache()
    var groupIndex: [GroupKey: Int] = [:]
    var global: [TallyGroup] = []
    var unitIDs: [Int] = []
    unitIDs.reserveCapacity(tallies.count)
    var groupOf: [Int] = []
    groupOf.reserveCapacity(tallies.count)
    var total = RecipientCounts()
    for t in tallies {
      total.add(t)
      let key = GroupKey(
        year: t.year, authority: keys.id(t.authority), award: t.award.ordinal, status: t.status,
        movement: keys.id(t.movement), occasion: keys.id(t.occasion),
        achievement: keys.id(t.achievement))
      let g =
        groupIndex[key]
        ?? {
          global.append(
            TallyGroup(
              year: t.year, authority: t.authority, award: t.award, status: t.status,
              statusText: t.statusText, movement: t.movement, occasion: t.occasion,
              achievement: t.achievement, units: [], counts: RecipientCounts(), indices: []))
          groupIndex[key] = global.count - 1
          return global.count - 1
        }()
      groupOf.append(g)
      unitIDs.append(keys.id(t.unit))
    }
    self.total = total
    let all = Array(tallies.indices)
    /// The groups of the tallies at `indices`, in first-appearance order.
    func groups(_ indices: [Int]) -> [TallyGroup] {
      var local: [Int: Int] = [:]
      var out: [TallyGroup] = []
      var seenUnits: [Set<Int>] = []
      for i in indices {
        let g = groupOf[i]
        let l =
          local[g]
          ?? {
            out.append(global[g])
            seenUnits.append([])
            local[g] = out.count - 1
            return out.count - 1
          }()
        out[l].counts.add(tallies[i])
        out[l].indices.append(i)
        if seenUnits[l].insert(unitIDs[i]).inserted { out[l].units.append(tallies[i].unit) }
      }
      return out
    }
    func summaries(_ key: (Int) -> Int, _ text: (Int) -> String, _ name: (Tally) -> String)
      -> [TallySummary]
    {
      var index: [Int: Int] = [:]
      var out: [TallySummary] = []
      for i in all {
        let k = key(i)
        let s =
          index[k]
          ?? {
            out.append(
              TallySummary(
                key: text(i), name: name(tallies[i]), counts: RecipientCounts(), indices: [],
                groups: []))
            index[k] = out.count - 1
            return out.count - 1
          }()
        out[s].counts.add(tallies[i])
        out[s].indices.append(i)
      }
      for s in out.indices { out[s].groups = groups(out[s].indices) }
      return out
    }
    self.groups = groups(all)
    self.years = summaries({ tallies[$0].year }, { String(tallies[$0].year) }, { String($0.year) })
      .sorted { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }
    let keyTexts = keys.keyTexts
    self.units = summaries({ unitIDs[$0] }, { keyTexts[unitIDs[$0]] }, \.unit)
    self.awards = summaries({ tallies[$0].award.ordinal }, { tallies[$0].award.name }, \.award.name)
    let kindOrder = RecipientKind.allCases
    self.kinds = summaries(
      { kindOrder.firstIndex(of: tallies[$0].kind) ?? 0 }, { tallies[$0].kind.key }, \.kind.name
    ).sorted {
      (RecipientKind(rawValue: $0.key) ?? .household)
        < (RecipientKind(rawValue: $1.key) ?? .household)
    }
    let statusOrder = TallyStatus.allCases
    self.statuses = summaries(
      { statusOrder.firstIndex(of: tallies[$0].status) ?? 0 }, { tallies[$0].status.rawValue },
      \.status.name
    ).sorted { a, b in
      (statusOrder.firstIndex(of: TallyStatus(rawValue: a.key) ?? .awarded) ?? 0)
        < (statusOrder.firstIndex(of: TallyStatus(rawValue: b.key) ?? .awarded) ?? 0)
    }
  }

  /// The summary of `year`, if it has tallies.
  public func year(_ year: Int) -> TallySummary? { years.first { $0.key == String(year) } }

  /// The rows at `indices`.
  public func tallies(_ indices: [Int]) -> [Tally] { indices.map { tallies[$0] } }

  /// Numbers for texts by matching key (tone placement, case, spacing
  /// ignored), computed once per distinct text.
  struct KeyCache {
    private var idByText: [ByteString: Int] = [:]
    private var idByKey: [ByteString: Int] = [:]
    private(set) var keyTexts: [String] = []
    private var last: (String, Int)?

    mutating func id(_ text: String?) -> Int {
      guard let text else { return -1 }
      if let last, ByteString(last.0) == ByteString(text) { return last.1 }
      let id =
        idByText[ByteString(text)]
        ?? {
          let key = ToneNormalization.matchingKey(text)
          let k =
            idByKey[ByteString(key)]
            ?? {
              keyTexts.append(key)
              idByKey[ByteString(key)] = keyTexts.count - 1
              return keyTexts.count - 1
            }()
          idByText[ByteString(text)] = k
          return k
        }()
      last = (text, id)
      return id
    }
  }

  private struct GroupKey: Hashable {
    var year: Int
    var authority: Int
    var award: Int
    var status: TallyStatus
    var movement: Int
    var occasion: Int
    var achievement: Int
  }
}
