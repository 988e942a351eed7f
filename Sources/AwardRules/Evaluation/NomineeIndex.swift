import Tallies
import VietnameseText

/// The nominee histories indexed for the checker: rows by id and year,
/// members by collective and year, and each nominee's top unit.
struct NomineeIndex {
  let dataset: Dataset
  /// Rows by nominee id, then year.
  let rows: [String: [Int: NomineeYear]]
  /// Individuals by (matching key of their unit, year): a collective's members.
  let members: [String: [NomineeYear]]
  /// The unit each collective belongs to, by the collective's matching key.
  let parents: [String: String]
  /// Units of the units file, by matching key.
  let units: [String: String]
  /// Each unit name's chain upwards (see `chain(of:)`), worked out once per
  /// name: asked per row, each step normalising names, it made checking a
  /// history of thousands of rows take seconds.
  let chains: [String: [String]]

  init(_ dataset: Dataset) {
    self.dataset = dataset
    var rows: [String: [Int: NomineeYear]] = [:]
    var members: [String: [NomineeYear]] = [:]
    var parents: [String: String] = [:]
    for n in dataset.nominees {
      rows[n.id, default: [:]][n.year] = n
      if n.kind == .individual {
        members[Self.key(n.unit) + "\u{0}\(n.year)", default: []].append(n)
      }
      if n.kind == .collective { parents[Self.key(n.name)] = n.unit }
    }
    self.rows = rows
    self.members = members
    self.parents = parents
    var units: [String: String] = [:]
    for u in dataset.units { units[Self.key(u.name)] = u.name }
    self.units = units
    var chains: [String: [String]] = [:]
    for n in dataset.nominees where chains[n.unit] == nil {
      chains[n.unit] = Self.chain(from: n.unit, units: units, parents: parents)
    }
    self.chains = chains
  }

  static func key(_ name: String) -> String { ToneNormalization.matchingKey(name) }

  func row(_ id: String, _ year: Int) -> NomineeYear? { rows[id]?[year] }

  func members(of collective: NomineeYear) -> [NomineeYear] {
    members[Self.key(collective.name) + "\u{0}\(collective.year)"] ?? []
  }

  /// The names from a nominee's unit upwards: “Phòng Chính sách”, “Ban Dân tộc”.
  func chain(of n: NomineeYear) -> [String] {
    chains[n.unit] ?? Self.chain(from: n.unit, units: units, parents: parents)
  }

  private static func chain(
    from unit: String, units: [String: String], parents: [String: String]
  ) -> [String] {
    var out: [String] = []
    var name = unit
    var seen = Set<String>()
    while true {
      let key = Self.key(name)
      guard seen.insert(key).inserted else { break }
      out.append(units[key] ?? name)
      guard units[key] == nil, let parent = parents[key] else { break }
      name = parent
    }
    return out
  }

  /// The top of the chain: a unit of the units file when reached.
  func topUnit(of n: NomineeYear) -> String { chain(of: n).last ?? n.unit }
}

/// Initiatives of each nominee and which proposals used them.
struct InitiativeLedger {
  /// The proposal that used each initiative: “CSTĐCS năm 2023”.
  private(set) var used: [InitiativeID: String] = [:]

  /// A nominee's initiatives of `year` at `level` or above, lowest level first.
  static func initiatives(of row: NomineeYear, atLeast level: InitiativeLevel) -> [InitiativeID] {
    let i = row.initiatives
    var out: [InitiativeID] = []
    var number = 0
    for (count, l) in [
      (i.unit, InitiativeLevel.unit), (i.province, .province), (i.national, .national),
    ] {
      for _ in 0..<max(count, 0) {
        number += 1
        if l >= level {
          out.append(InitiativeID(nominee: row.id, year: row.year, number: number, level: l))
        }
      }
    }
    return out
  }

  func user(of id: InitiativeID) -> String? { used[id] }

  mutating func use(_ ids: [InitiativeID], by proposal: String) {
    for id in ids { used[id] = proposal }
  }
}
