import FoundationEssentials
import TOMLKit
import Tallies
import VietnameseText

/// Reads ruleset files (TOML) into `Ruleset`s, collecting every problem.
///
/// The format is documented in the README (“Rulesets”); the built-in files
/// in `Rulesets/` are complete, commented examples.
public struct RulesetParser {
  let file: String
  let vocabulary: AwardVocabulary
  private(set) var problems: [RulesetError.Problem] = []

  init(file: String, vocabulary: AwardVocabulary = .standard) {
    self.file = file
    self.vocabulary = vocabulary
  }

  /// Parses TOML text into its table.
  static func table(text: String, file: String) throws(RulesetError) -> ConfigTable {
    do {
      let t = try TOMLTable(string: text)
      guard case .table(let table) = ConfigValue(toml: t) else { return ConfigTable() }
      return table
    } catch let error as TOMLParseError {
      throw RulesetError(
        file: file, place: "line \(error.source.begin.line)",
        "the TOML is malformed: \(error.description)",
        fix: "text needs quotes; an inline table { … } must stay on one line")
    } catch {
      throw RulesetError(file: file, "the TOML is malformed: \(error)")
    }
  }

  /// A whole ruleset file.
  public static func parse(text: String, file: String) throws(RulesetError) -> Ruleset {
    var parser = RulesetParser(file: file)
    let ruleset = parser.ruleset(try table(text: text, file: file))
    if !parser.problems.isEmpty { throw RulesetError(parser.problems) }
    return ruleset
  }

  // MARK: - Problems

  mutating func fail(_ place: String?, _ message: String, _ fix: String? = nil) {
    problems.append(.init(file: file, place: place, message: message, fix: fix))
  }

  mutating func unknownKeys(_ table: ConfigTable, allowed: [String], _ place: String?) {
    for key in table.keys where !allowed.contains(key) {
      let close = allowed.filter {
        $0.hasPrefix(String(key.prefix(3))) || key.hasPrefix(String($0.prefix(3)))
      }
      fail(
        place, "unknown key “\(key)”",
        close.isEmpty
          ? "the keys here are " + allowed.joined(separator: ", ")
          : "did you mean " + close.map { "“\($0)”" }.joined(separator: ", ") + "?")
    }
  }

  // MARK: - Values

  mutating func string(_ t: ConfigTable, _ key: String, _ place: String?, required: Bool = false)
    -> String?
  {
    switch t[key] {
    case .string(let s)?:
      let clean = s.trimmingWhitespace()
      if clean.isEmpty && required { fail(place, "“\(key)” is empty", "write it") }
      return clean.isEmpty ? nil : clean
    case .int(let i)?: return String(i)
    case nil:
      if required { fail(place, "“\(key)” is missing", "add \(key) = \"…\"") }
      return nil
    case let other?:
      fail(place, "“\(key)” must be text, not \(other)", "write it in quotes: \(key) = \"…\"")
      return nil
    }
  }

  mutating func int(_ t: ConfigTable, _ key: String, _ place: String?, minimum: Int = 0) -> Int? {
    switch t[key] {
    case .int(let i)?:
      if i < minimum { fail(place, "“\(key)” is \(i); it must be at least \(minimum)") }
      return i
    case nil: return nil
    case let other?:
      fail(place, "“\(key)” must be a whole number, not \(other)", "write \(key) = 3")
      return nil
    }
  }

  mutating func date(_ t: ConfigTable, _ key: String, _ place: String?) -> CalendarDate? {
    switch t[key] {
    case .date(let d)?: return d
    case .string(let s)?:
      if let d = try? CalendarDate(iso: s) { return d }
      fail(place, "“\(key)” = “\(s)” is not a date", "write \(key) = 2024-01-01")
      return nil
    case nil: return nil
    case let other?:
      fail(place, "“\(key)” must be a date, not \(other)", "write \(key) = 2024-01-01")
      return nil
    }
  }

  mutating func decimal(_ value: ConfigValue, _ key: String, _ place: String?) -> Decimal? {
    switch value {
    case .string(let s):
      if let d = try? VietnameseNumber.parse(s) { return d }
    case .int(let i): return Decimal(i)
    case .double(let d): return Decimal(string: String(d), locale: nil)
    default: break
    }
    fail(place, "“\(key)” = \(value) is not a number", "write a multiple as text: \(key) = \"0,3\"")
    return nil
  }

  mutating func share(_ value: ConfigValue, _ key: String, _ place: String?) -> Share? {
    if case .string(let s) = value, let share = Share(text: s) { return share }
    if case .double(let d) = value, let share = Share(text: String(d)) { return share }
    fail(
      place, "“\(key)” = \(value) is not a share", "write a percentage as text: \(key) = \"70%\"")
    return nil
  }

  mutating func texts(_ t: ConfigTable, _ key: String, _ place: String?) -> [String] {
    switch t[key] {
    case .string(let s)?: return [s]
    case .list(let l)?:
      return l.compactMap { item in
        if case .string(let s) = item { return s }
        fail(place, "“\(key)” must list text, found \(item)", "write \(key) = [\"…\", \"…\"]")
        return nil
      }
    case nil: return []
    case let other?:
      fail(place, "“\(key)” must be text or a list of text, not \(other)")
      return []
    }
  }

  mutating func award(_ name: String, _ key: String, _ place: String?) -> Award? {
    switch vocabulary.match(name) {
    case .award(let a): return a
    case .ambiguous(let candidates):
      fail(
        place,
        "“\(name)” (\(key)) could be "
          + candidates.map { "“\($0.name)”" }.joined(separator: " or "),
        "write the full name")
    case .unknown(let closest):
      fail(
        place, "“\(name)” (\(key)) is not a known award",
        closest.isEmpty
          ? "use a name of the award vocabulary (README, “Awards”)"
          : "did you mean " + closest.map { "“\($0)”" }.joined(separator: ", ") + "?")
    }
    return nil
  }

  mutating func awards(_ t: ConfigTable, _ key: String, _ place: String?) -> [Award] {
    texts(t, key, place).compactMap { award($0, key, place) }
  }

  mutating func basis(_ value: ConfigValue?, _ place: String?, default fallback: LegalBasis?)
    -> LegalBasis?
  {
    guard let value else { return fallback }
    guard case .table(let t) = value else {
      fail(
        place, "“basis” must be a table", "write basis = { van_ban = \"…\", dieu = 24, khoan = 1 }")
      return fallback
    }
    unknownKeys(t, allowed: ["van_ban", "dieu", "khoan", "diem", "chua_xac_nhan"], place)
    let document = string(t, "van_ban", place) ?? fallback?.document
    guard let document else {
      fail(
        place, "the legal basis has no document (van_ban)",
        "add van_ban = \"Luật Thi đua, khen thưởng 2022\"")
      return fallback
    }
    var unconfirmed = false
    if case .bool(let b)? = t["chua_xac_nhan"] { unconfirmed = b }
    return LegalBasis(
      document: document, article: string(t, "dieu", place), clause: string(t, "khoan", place),
      point: string(t, "diem", place), unconfirmed: unconfirmed)
  }

  mutating func bound(_ t: ConfigTable, _ place: String?, required: Bool) -> Bound? {
    let present = Bound.Relation.allCases.filter { t[$0.rawValue] != nil }
    guard let relation = present.first else {
      if required {
        fail(
          place, "no bound", "add one of at_least, more_than, at_most, less_than (= 3 or = \"70%\")"
        )
      }
      return nil
    }
    if present.count > 1 {
      fail(
        place, "more than one bound (\(present.map(\.rawValue).joined(separator: ", ")))",
        "keep one")
    }
    switch t[relation.rawValue] {
    case .int(let n)?: return Bound(relation, .count(n))
    case let v?: return share(v, relation.rawValue, place).map { Bound(relation, .share($0)) }
    case nil: return nil
    }
  }

  static func kinds(_ text: String) -> RecipientKind? { RecipientKind(cell: text) }

  // MARK: - Checks

  static let boundKeys = Bound.Relation.allCases.map(\.rawValue)

  /// One check table.
  mutating func check(_ t: ConfigTable, _ place: String?) -> Check? {
    let place = place.map { $0 + ", check \(ConfigValue.table(t))" }
    func allow(_ keys: [String]) -> [String] { keys }
    if t["rating"] != nil {
      unknownKeys(t, allowed: ["rating", "years", "count"], place)
      guard let text = string(t, "rating", place) else { return nil }
      guard let rating = TaskRating(cell: text) else {
        fail(place, "“\(text)” is not a task rating", "write HTXSNV, HTTNV, HTNV or KHTNV")
        return nil
      }
      return window(t, place).map { Check(kind: .rating(rating, $0), raw: t) }
    }
    if t["holds"] != nil {
      unknownKeys(t, allowed: ["holds", "years", "count"], place)
      let list = awards(t, "holds", place)
      guard !list.isEmpty else { return nil }
      return window(t, place).map { Check(kind: .holds(list, $0), raw: t) }
    }
    if t["initiatives"] != nil {
      unknownKeys(t, allowed: ["initiatives", "level", "years"], place)
      let count = int(t, "initiatives", place, minimum: 1) ?? 1
      var level = InitiativeLevel.unit
      if let text = string(t, "level", place) {
        if let l = InitiativeLevel(text: text) {
          level = l
        } else {
          fail(place, "“\(text)” is not an initiative level", "write co_so, tinh or toan_quoc")
        }
      }
      let years = int(t, "years", place, minimum: 1) ?? 1
      return Check(kind: .initiatives(count: count, level: level, years: years), raw: t)
    }
    if t["prior_award"] != nil {
      unknownKeys(t, allowed: ["prior_award", "years_since", "years_since_at_most"], place)
      let list = awards(t, "prior_award", place)
      guard !list.isEmpty else { return nil }
      let minimum = int(t, "years_since", place, minimum: 1) ?? 1
      let maximum = int(t, "years_since_at_most", place, minimum: 1)
      return Check(kind: .priorAward(list, minYearsSince: minimum, maxYearsSince: maximum), raw: t)
    }
    if t["no_discipline"] != nil {
      unknownKeys(t, allowed: ["no_discipline", "years", "from"], place)
      var from = DisciplineLevel.reprimand
      if let text = string(t, "from", place) {
        if let l = DisciplineLevel(cell: text) {
          from = l
        } else {
          fail(
            place, "“\(text)” is not a discipline level",
            "write khiển trách, cảnh cáo, hạ bậc lương, …")
        }
      }
      let years = int(t, "years", place, minimum: 1) ?? 1
      return Check(kind: .noDiscipline(from: from, years: years), raw: t)
    }
    if t["no_pending_case"] != nil {
      unknownKeys(t, allowed: ["no_pending_case"], place)
      return Check(kind: .noPendingCase, raw: t)
    }
    if t["members_holding"] != nil || t["members_rated"] != nil || t["members_disciplined"] != nil {
      let measureKeys = ["members_holding", "members_rated", "members_disciplined"]
      unknownKeys(t, allowed: measureKeys + Self.boundKeys, place)
      var measure: Check.MemberMeasure?
      if let name = string(t, "members_holding", place) {
        if let a = award(name, "members_holding", place) { measure = .holding(a) }
      } else if let text = string(t, "members_rated", place) {
        if let r = TaskRating(cell: text) {
          measure = .rated(r)
        } else {
          fail(place, "“\(text)” is not a task rating", "write HTXSNV, HTTNV, HTNV or KHTNV")
        }
      } else if let text = string(t, "members_disciplined", place) {
        if let l = DisciplineLevel(cell: text) {
          measure = .disciplined(l)
        } else {
          fail(place, "“\(text)” is not a discipline level", "write khiển trách, cảnh cáo, …")
        }
      }
      guard let measure, let b = bound(t, place, required: true) else { return nil }
      return Check(kind: .members(measure, b), raw: t)
    }
    if let text = string(t, "manual", place) {
      unknownKeys(t, allowed: ["manual"], place)
      return Check(kind: .manual(text), raw: t)
    }
    fail(
      place, "the check says nothing the language knows",
      "start it with rating, holds, initiatives, prior_award, no_discipline, no_pending_case, "
        + "members_holding, members_rated, members_disciplined or manual")
    return nil
  }

  mutating func window(_ t: ConfigTable, _ place: String?) -> Check.Window? {
    let years = int(t, "years", place, minimum: 1) ?? 1
    let count = int(t, "count", place, minimum: 1)
    if let count, count > years {
      fail(
        place, "count = \(count) is more than years = \(years)",
        "count is how many of the last `years` years")
      return nil
    }
    return Check.Window(years: years, count: count)
  }

  mutating func checks(_ t: ConfigTable, _ place: String) -> [Check] {
    var out: [Check] = []
    if case .table(let c)? = t["check"] {
      if let check = check(c, place) { out.append(check) }
    } else if let v = t["check"] {
      fail(
        place, "“check” must be an inline table, not \(v)", "write check = { rating = \"HTTNV\" }")
    }
    if case .list(let l)? = t["checks"] {
      for item in l {
        if case .table(let c) = item {
          if let check = check(c, place) { out.append(check) }
        } else {
          fail(place, "“checks” must list inline tables, found \(item)")
        }
      }
    } else if let v = t["checks"] {
      fail(place, "“checks” must be a list of inline tables, not \(v)")
    }
    return out
  }

  // MARK: - Rules

  mutating func rule(_ t: ConfigTable, index: Int) -> Rule? {
    let id = string(t, "id", "rule \(index + 1)", required: true) ?? "rule-\(index + 1)"
    let place = "rule \"\(id)\""
    unknownKeys(
      t,
      allowed: [
        "id", "award", "applies_to", "requirement", "basis", "council_vote", "unchecked",
        "criterion",
      ], place)
    var award: Award?
    if let name = string(t, "award", place, required: true) {
      award = self.award(name, "award", place)
    }
    var kinds = Set<RecipientKind>()
    for text in texts(t, "applies_to", place) {
      if let k = Self.kinds(text) {
        kinds.insert(k)
      } else {
        fail(
          place, "“\(text)” in applies_to is not a kind", "write ca_nhan, tap_the or ho_gia_dinh")
      }
    }
    if let award, kinds.isEmpty { kinds = award.recipients }
    let requirement = string(t, "requirement", place, required: true) ?? ""
    let basis = self.basis(t["basis"], place, default: nil)
    if t["basis"] == nil {
      fail(place, "the rule has no legal basis", "add basis = { van_ban = \"…\", dieu = … }")
    }
    var vote: Share?
    if let v = t["council_vote"] { vote = share(v, "council_vote", place) }
    var criteria: [Criterion] = []
    if case .list(let items)? = t["criterion"] {
      for (i, item) in items.enumerated() {
        guard case .table(let c) = item else { continue }
        if let criterion = criterion(c, index: i, rulePlace: place, ruleBasis: basis) {
          criteria.append(criterion)
        }
      }
    }
    if criteria.isEmpty && t["criterion"] == nil {
      fail(place, "the rule has no criterion", "add [[rule.criterion]] tables")
    }
    guard let award, let basis else { return nil }
    return Rule(
      id: id, award: award, appliesTo: kinds, requirement: requirement, basis: basis,
      criteria: criteria, councilVote: vote, unchecked: texts(t, "unchecked", place))
  }

  mutating func criterion(_ t: ConfigTable, index: Int, rulePlace: String, ruleBasis: LegalBasis?)
    -> Criterion?
  {
    let id = string(t, "id", nil) ?? "\(index + 1)"
    let place = rulePlace + ", criterion \"\(id)\""
    unknownKeys(
      t, allowed: ["id", "requirement", "basis", "check", "checks", "alternative"], place)
    let requirement = string(t, "requirement", place, required: true) ?? ""
    let basis = self.basis(t["basis"], place, default: ruleBasis)
    let checks = checks(t, place)
    var alternatives: [Alternative] = []
    if case .list(let items)? = t["alternative"] {
      for (i, item) in items.enumerated() {
        guard case .table(let a) = item else { continue }
        let point = string(a, "diem", nil)
        let altID = string(a, "id", nil) ?? point ?? "\(i + 1)"
        let altPlace = place + ", alternative \"\(altID)\""
        unknownKeys(
          a, allowed: ["id", "diem", "requirement", "basis", "check", "checks"], altPlace)
        let altBasis = self.basis(a["basis"], altPlace, default: basis?.at(point: point))
        let altChecks = self.checks(a, altPlace)
        if altChecks.isEmpty { fail(altPlace, "the alternative has no check", "add check = { … }") }
        if let altBasis {
          alternatives.append(
            Alternative(
              id: altID, requirement: string(a, "requirement", altPlace, required: true) ?? "",
              basis: altBasis, checks: altChecks))
        }
      }
    }
    if checks.isEmpty && alternatives.isEmpty && t["check"] == nil && t["checks"] == nil {
      fail(
        place, "the criterion has no check",
        "add check = { … }, checks = [ … ] or [[rule.criterion.alternative]]")
    }
    if !checks.isEmpty && !alternatives.isEmpty {
      fail(
        place, "the criterion has both checks and alternatives",
        "put the checks in each alternative")
    }
    guard let basis else { return nil }
    return Criterion(
      id: id, requirement: requirement, basis: basis, checks: checks, alternatives: alternatives)
  }

  mutating func quota(_ t: ConfigTable, index: Int) -> Quota? {
    let id = string(t, "id", "quota \(index + 1)", required: true) ?? "quota-\(index + 1)"
    let place = "quota \"\(id)\""
    unknownKeys(t, allowed: ["id", "award", "of", "requirement", "basis"] + Self.boundKeys, place)
    var award: Award?
    if let name = string(t, "award", place, required: true) {
      award = self.award(name, "award", place)
    }
    var of: Award?
    if let name = string(t, "of", place) { of = self.award(name, "of", place) }
    let bound = bound(t, place, required: true)
    let basis = basis(t["basis"], place, default: nil)
    if t["basis"] == nil { fail(place, "the quota has no legal basis", "add basis = { … }") }
    let requirement = string(t, "requirement", place, required: true) ?? ""
    guard let award, let bound, let basis else { return nil }
    return Quota(id: id, award: award, of: of, bound: bound, requirement: requirement, basis: basis)
  }

  mutating func shareTarget(_ t: ConfigTable, index: Int) -> ShareTarget? {
    let id = string(t, "id", "share \(index + 1)", required: true) ?? "share-\(index + 1)"
    let place = "share \"\(id)\""
    unknownKeys(t, allowed: ["id", "group", "requirement", "basis"] + Self.boundKeys, place)
    guard let text = string(t, "group", place, required: true) else { return nil }
    guard let group = ShareTarget.Group(rawValue: ToneNormalization.headerKey(text)) else {
      fail(place, "“\(text)” is not a group", "write khong_quan_ly or nu")
      return nil
    }
    return ShareTarget(
      id: id, group: group, bound: bound(t, place, required: false),
      requirement: string(t, "requirement", place, required: true) ?? "",
      basis: basis(t["basis"], place, default: nil))
  }

  mutating func bonusEntry(_ t: ConfigTable, index: Int) -> BonusTable.Entry? {
    let place = "bonus \(index + 1)"
    unknownKeys(t, allowed: ["award", "ca_nhan", "tap_the", "ho_gia_dinh"], place)
    guard let name = string(t, "award", place, required: true),
      let award = self.award(name, "award", place)
    else { return nil }
    let place2 = "bonus “\(award.name)”"
    var entry = BonusTable.Entry(award: award)
    if let v = t["ca_nhan"] { entry.individual = decimal(v, "ca_nhan", place2) }
    if let v = t["tap_the"] { entry.collective = decimal(v, "tap_the", place2) }
    if let v = t["ho_gia_dinh"] { entry.household = decimal(v, "ho_gia_dinh", place2) }
    return entry
  }

  mutating func baseSalary(_ t: ConfigTable, index: Int) -> BaseSalarySchedule.Step? {
    let place = "base_salary \(index + 1)"
    unknownKeys(t, allowed: ["from", "amount", "basis"], place)
    guard let from = date(t, "from", place) else {
      fail(place, "the base salary has no date", "add from = 2024-07-01")
      return nil
    }
    guard let amount = int(t, "amount", place, minimum: 0) else {
      fail(place, "the base salary has no amount", "add amount = 2340000 (in đồng)")
      return nil
    }
    return .init(from: from, amount: amount, basis: string(t, "basis", place))
  }

  static let topKeys = [
    "id", "name", "valid_from", "valid_to", "household_factor", "bonus_basis", "rule", "quota",
    "share", "bonus", "base_salary",
  ]

  static func tables(_ t: ConfigTable, _ key: String) -> [ConfigTable] {
    guard case .list(let l)? = t[key] else { return [] }
    return l.compactMap { if case .table(let x) = $0 { return x } else { return nil } }
  }

  mutating func ruleset(_ t: ConfigTable, overlayKeys: [String] = []) -> Ruleset {
    unknownKeys(t, allowed: Self.topKeys + overlayKeys, nil)
    var bonus = BonusTable(
      entries: Self.tables(t, "bonus").enumerated().compactMap { bonusEntry($1, index: $0) })
    if let f = t["household_factor"], let d = decimal(f, "household_factor", nil) {
      bonus.householdFactor = d
    }
    bonus.basis = basis(t["bonus_basis"], "bonus_basis", default: nil)
    let steps = Self.tables(t, "base_salary").enumerated().compactMap { baseSalary($1, index: $0) }
    let rules = Self.tables(t, "rule").enumerated().compactMap { rule($1, index: $0) }
    var seen = Set<String>()
    for r in rules where !seen.insert(r.id).inserted {
      fail("rule \"\(r.id)\"", "two rules have the id “\(r.id)”", "give each rule its own id")
    }
    return Ruleset(
      id: string(t, "id", nil) ?? "",
      name: string(t, "name", nil) ?? "",
      validFrom: date(t, "valid_from", nil), validTo: date(t, "valid_to", nil), rules: rules,
      quotas: Self.tables(t, "quota").enumerated().compactMap { quota($1, index: $0) },
      shares: Self.tables(t, "share").enumerated().compactMap { shareTarget($1, index: $0) },
      bonus: bonus, baseSalaries: BaseSalarySchedule(steps), source: file)
  }
}
