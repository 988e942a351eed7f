import Tallies
import VietnameseText

/// The checks over each unit and year: quotas and shares of the judged
/// proposals, and tallies that the nominee histories do not bear out.
struct UnitChecker {
  let index: NomineeIndex
  let eligible: Set<String>

  func holds(_ n: NomineeYear, _ award: Award) -> Bool {
    n.received.contains(award) || eligible.contains(CheckEvaluator.key(n.id, n.year, award))
  }

  func check(findings: [Finding], years: [CheckReport.YearRuleset], dataset: Dataset) -> [UnitCheck]
  {
    var order: [String] = []
    var checks: [String: UnitCheck] = [:]
    func slot(_ unit: String, _ year: Int) -> String {
      let key = "\(year)\u{0}\(NomineeIndex.key(unit))"
      if checks[key] == nil {
        order.append(key)
        checks[key] = UnitCheck(
          unit: unit, year: year, rulesetID: years.first { $0.year == year }?.ruleset.id ?? "",
          quotas: [],
          shares: [], inconsistencies: [], eligible: 0, ineligible: 0, needsReview: 0, bonusTotal: 0
        )
      }
      return key
    }
    for f in findings {
      let k = slot(f.unit, f.year)
      switch f.verdict {
      case .eligible: checks[k]?.eligible += 1
      case .ineligible: checks[k]?.ineligible += 1
      case .needsReview: checks[k]?.needsReview += 1
      }
      checks[k]?.bonusTotal += f.bonus?.paidAmount ?? 0
    }
    for y in years {
      let units = Set(findings.filter { $0.year == y.year }.map(\.unit))
      for unit in units.sorted() {
        let k = slot(unit, y.year)
        let people = dataset.nominees.filter { $0.year == y.year && index.topUnit(of: $0) == unit }
        let yearFindings = findings.filter { $0.year == y.year && $0.unit == unit }
        checks[k]?.quotas = y.ruleset.quotas.compactMap {
          quota($0, people: people, findings: yearFindings)
        }
        checks[k]?.shares = y.ruleset.shares.compactMap { share($0, findings: yearFindings) }
      }
    }
    for i in inconsistencies(dataset) {
      checks[slot(i.unit, i.year)]?.inconsistencies.append(i)
    }
    return order.compactMap { checks[$0] }
  }

  func quota(_ q: Quota, people: [NomineeYear], findings: [Finding]) -> QuotaResult? {
    // Only where the award is proposed this time.
    guard findings.contains(where: { $0.award == q.award }) else { return nil }
    let holders = people.filter { holds($0, q.award) }
    let base =
      q.of.map { of in people.filter { holds($0, of) } }
      ?? people.filter { q.award.recipients.contains($0.kind) }
    let ok = q.bound.holds(holders.count, of: base.count)
    let share = Share.of(holders.count, in: base.count).map { " = \($0.percentText)" } ?? ""
    let baseName = q.of?.abbreviation ?? "đối tượng"
    let facts =
      "\(holders.count) \(q.award.abbreviation) / \(base.count) \(baseName)\(share), "
      + (ok ? "trong mức \(q.bound)" : "vượt mức \(q.bound)")
    return QuotaResult(
      id: q.id, requirement: q.requirement, basis: q.basis, award: q.award, of: q.of,
      count: holders.count,
      base: base.count, bound: q.bound, holds: ok, facts: facts)
  }

  func share(_ s: ShareTarget, findings: [Finding]) -> ShareResult? {
    let individual = findings.filter { $0.verdict == .eligible && $0.nominee.kind == .individual }
    guard !individual.isEmpty else { return nil }
    let count: Int =
      switch s.group {
      case .nonManagers: individual.filter { !$0.nominee.isManager }.count
      case .women: individual.filter { $0.nominee.sex == .female }.count
      }
    let share = Share.of(count, in: individual.count)
    let ok = s.bound.map { $0.holds(count, of: individual.count) }
    var facts = "\(count)/\(individual.count) khen thưởng đủ điều kiện dành cho \(s.group.name)"
    if let share { facts += " (\(share.percentText))" }
    if let bound = s.bound {
      facts += ok == true ? ", đạt mức \(bound)" : ", chưa đạt mức \(bound)"
    }
    return ShareResult(
      id: s.id, group: s.group, requirement: s.requirement, basis: s.basis, count: count,
      total: individual.count, share: share, bound: s.bound, holds: ok, facts: facts)
  }

  /// Tallies against the histories, for every unit and year the histories
  /// cover: a tally of 16 Giấy khen with 15 people named is reported.
  func inconsistencies(_ dataset: Dataset) -> [Inconsistency] {
    struct Key: Hashable {
      var year: Int
      var unit: String
      var award: Award
      var kind: RecipientKind
      var awarded: Bool
    }
    var tallied: [Key: (count: Int, unit: String, sources: [String])] = [:]
    var tallyOrder: [Key] = []
    for t in dataset.tallies {
      let k = Key(
        year: t.year, unit: NomineeIndex.key(t.unit), award: t.award, kind: t.kind,
        awarded: t.status == .awarded)
      if tallied[k] == nil { tallyOrder.append(k) }
      tallied[k, default: (0, t.unit, [])].count += t.count
      tallied[k]?.sources.append(t.source.description)
    }
    var named: [Key: [String]] = [:]
    var covered = Set<String>()
    var namedOrder: [Key] = []
    var unitNames: [String: String] = [:]
    for n in dataset.nominees {
      for unit in index.chain(of: n) {
        let u = NomineeIndex.key(unit)
        unitNames[u] = unit
        covered.insert("\(n.year)\u{0}\(u)")
        for (list, awarded) in [(n.received, true), (n.proposed, false)] {
          for award in Set(list) {
            let k = Key(year: n.year, unit: u, award: award, kind: n.kind, awarded: awarded)
            if named[k] == nil { namedOrder.append(k) }
            named[k, default: []].append(n.name)
          }
        }
      }
    }
    let tallyUnits = Set(tallyOrder.map { "\($0.year)\u{0}\($0.unit)" })
    var out: [Inconsistency] = []
    var seen = Set<Key>()
    for k in tallyOrder + namedOrder where seen.insert(k).inserted {
      let place = "\(k.year)\u{0}\(k.unit)"
      guard covered.contains(place), tallyUnits.contains(place) else { continue }
      let t = tallied[k]
      let names = named[k] ?? []
      let count = t?.count ?? 0
      guard count != names.count else { continue }
      let unit = t?.unit ?? unitNames[k.unit] ?? k.unit
      let status = k.awarded ? "đã khen thưởng" : "đề nghị"
      let people = k.kind == .individual ? "người" : k.kind.name
      var message =
        "Năm \(k.year), \(unit): bảng tổng hợp ghi \(count) \(k.kind.name) \(k.awarded ? "được" : "đề nghị") "
        + "\(k.award.name) nhưng danh sách đối tượng có \(names.count) \(people)"
      if let t { message += " (\(t.sources.joined(separator: ", ")))" }
      out.append(
        Inconsistency(
          year: k.year, unit: unit, award: k.award, kind: k.kind, status: status, tallied: count,
          named: names.count, names: names, sources: t?.sources ?? [], message: message))
    }
    return out
  }
}
