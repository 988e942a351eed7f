import FoundationEssentials
import Tallies
import VietnameseText

/// Checks every proposed award of a dataset against the ruleset in force,
/// then the quotas and shares of each unit and year, and computes bonuses.
///
/// Proposals are judged year by year, individuals before households and
/// collectives (a collective's criteria count its members' titles), and
/// within that in the order of the ruleset's rules, lowest title first: a
/// CSTĐCS found eligible counts as held when the same run judges a
/// Chiến sĩ thi đua cấp tỉnh that needs three of them. An initiative that
/// carried one eligible proposal carries no other.
public struct RuleEvaluator: Sendable {
  public let catalog: RulesetCatalog

  public init(catalog: RulesetCatalog) { self.catalog = catalog }

  /// An evaluator over the built-in rulesets.
  public static func builtIn() throws(RulesetError) -> RuleEvaluator {
    RuleEvaluator(catalog: try RulesetCatalog.builtIn())
  }

  /// The ruleset for `year`: the one named, or in force on the decision
  /// date (31 December of the year by default), with the user files applied.
  public func ruleset(for year: Int, options: CheckOptions) throws(RulesetError) -> (
    Ruleset, CalendarDate
  ) {
    let date = options.decisionDate ?? CalendarDate.endOfYear(year) ?? CalendarDate.distantPast
    var base: Ruleset?
    var overlays = options.overlays
    if let standalone = overlays.firstIndex(where: \.isStandalone) {
      base = try overlays[standalone].standalone()
      overlays.remove(at: standalone)
    }
    let named = options.rulesetName ?? overlays.compactMap(\.extends).first
    if base == nil, let named {
      guard let r = catalog.ruleset(named: named) else {
        throw RulesetError(
          file: named, "there is no built-in ruleset “\(named)”",
          fix: "the built-in rulesets are \(catalog.names)")
      }
      base = r
    }
    if base == nil { base = catalog.inForce(on: date) }
    guard var ruleset = base else {
      throw RulesetError(
        file: "--ruleset",
        "no built-in ruleset is in force on \(AdministrativeDate.short(date, padding: .full))",
        fix: "name one with --ruleset (\(catalog.names))")
    }
    for overlay in overlays where overlay.extends == nil || overlay.extends == ruleset.id {
      ruleset = try overlay.apply(to: ruleset)
    }
    return (ruleset, date)
  }

  /// Judges the proposals of `dataset`.
  public func check(_ dataset: Dataset, options: CheckOptions = CheckOptions()) throws(RulesetError)
    -> CheckReport
  {
    let index = NomineeIndex(dataset)
    let judged =
      options.years.map { Set($0) }
      ?? Set(dataset.nominees.filter { !$0.proposed.isEmpty }.map(\.year))
    var years: [CheckReport.YearRuleset] = []
    var eligible = Set<String>()
    var ledger = InitiativeLedger()
    var findings: [Finding] = []
    for year in judged.sorted() {
      let (ruleset, date) = try ruleset(for: year, options: options)
      var step = ruleset.baseSalaries.step(on: date)
      if let amount = options.baseSalary {
        step = BaseSalarySchedule.Step(from: date, amount: amount, basis: "theo --base-salary")
      }
      years.append(
        CheckReport.YearRuleset(
          year: year, ruleset: ruleset, decisionDate: date,
          decisionDateGiven: options.decisionDate != nil, baseSalary: step))
      var proposals: [(order: (Int, Int, Int), row: NomineeYear, award: Award)] = []
      for (position, row) in dataset.nominees.enumerated() where row.year == year {
        let kindOrder =
          [RecipientKind.individual, .household, .collective].firstIndex(of: row.kind) ?? 0
        for award in row.proposed {
          let ruleIndex = ruleset.rule(for: award, kind: row.kind)?.index ?? Int.max
          proposals.append(((kindOrder, ruleIndex, position), row, award))
        }
      }
      proposals.sort { $0.order < $1.order }
      var yearFindings: [Finding] = []
      for p in proposals {
        var finding = judge(
          p.row, p.award, ruleset: ruleset, index: index, eligible: eligible, ledger: ledger)
        if finding.verdict == .eligible {
          eligible.insert(CheckEvaluator.key(p.row.id, p.row.year, p.award))
          ledger.use(finding.initiativesUsed, by: "\(p.award.abbreviation) năm \(year)")
        }
        finding.bonus = nil
        yearFindings.append(finding)
      }
      BonusCalculator.assign(&yearFindings, ruleset: ruleset, step: step, date: date)
      findings += yearFindings
    }
    let units = UnitChecker(index: index, eligible: eligible).check(
      findings: findings, years: years, dataset: dataset)
    return CheckReport(years: years, findings: findings, units: units)
  }

  func judge(
    _ row: NomineeYear, _ award: Award, ruleset: Ruleset, index: NomineeIndex,
    eligible: Set<String>,
    ledger: InitiativeLedger
  ) -> Finding {
    let unit = index.topUnit(of: row)
    guard let (_, rule) = ruleset.rule(for: award, kind: row.kind) else {
      return Finding(
        nominee: row, award: award, unit: unit, rulesetID: ruleset.id, ruleID: nil,
        verdict: .needsReview,
        requirement: "", basis: nil, criteria: [], councilVote: nil, unchecked: [],
        initiativesUsed: [],
        bonus: nil,
        note: "Bộ quy tắc \(ruleset.id) không có quy tắc cho \(award.name) đối với \(row.kind.name)"
      )
    }
    var evaluator = CheckEvaluator(index: index, row: row, eligible: eligible, ledger: ledger)
    var results: [CriterionResult] = []
    for criterion in rule.criteria {
      if criterion.alternatives.isEmpty {
        let checks = criterion.checks.map { evaluator.evaluate($0) }
        results.append(
          CriterionResult(
            id: criterion.id, requirement: criterion.requirement, basis: criterion.basis,
            outcome: Outcome.all(checks.map(\.outcome)), checks: checks, alternatives: [],
            metAlternative: nil))
        continue
      }
      // Each alternative is tried on its own; the first met (in the file's
      // order) is chosen and only its initiatives are reserved.
      var alternatives: [AlternativeResult] = []
      var chosen: (id: String, reserved: Set<InitiativeID>)?
      for alternative in criterion.alternatives {
        var trial = evaluator
        let checks = alternative.checks.map { trial.evaluate($0) }
        let outcome = Outcome.all(checks.map(\.outcome))
        alternatives.append(
          AlternativeResult(
            id: alternative.id, requirement: alternative.requirement, basis: alternative.basis,
            outcome: outcome, checks: checks))
        if outcome == .met && chosen == nil { chosen = (alternative.id, trial.reserved) }
      }
      if let chosen { evaluator.reserved = chosen.reserved }
      results.append(
        CriterionResult(
          id: criterion.id, requirement: criterion.requirement, basis: criterion.basis,
          outcome: Outcome.any(alternatives.map(\.outcome)), checks: [], alternatives: alternatives,
          metAlternative: chosen?.id))
    }
    let outcome = Outcome.all(results.map(\.outcome))
    return Finding(
      nominee: row, award: award, unit: unit, rulesetID: ruleset.id, ruleID: rule.id,
      verdict: Verdict(outcome), requirement: rule.requirement, basis: rule.basis,
      criteria: results,
      councilVote: rule.councilVote, unchecked: rule.unchecked,
      initiativesUsed: outcome == .met ? evaluator.reserved.sorted() : [], bonus: nil, note: nil)
  }
}

/// Bonus money of a year's eligible proposals (domain.md §5).
enum BonusCalculator {
  static func assign(
    _ findings: inout [Finding], ruleset: Ruleset, step: BaseSalarySchedule.Step?,
    date: CalendarDate
  ) {
    for i in findings.indices where findings[i].verdict == .eligible {
      let f = findings[i]
      guard let multiple = ruleset.bonus.multiple(for: f.award, kind: f.nominee.kind) else {
        findings[i].note =
          "Bộ quy tắc \(ruleset.id) không có hệ số tiền thưởng cho \(f.award.name) (\(f.nominee.kind.name))"
        continue
      }
      guard let step, let amount = try? BonusAmount(baseSalary: step.amount, multiple: multiple)
      else {
        findings[i].note =
          "Không có mức lương cơ sở áp dụng ngày \(AdministrativeDate.short(date, padding: .full))"
        continue
      }
      let source =
        (step.basis.map { $0 + ", " } ?? "")
        + "áp dụng từ \(AdministrativeDate.short(step.from, padding: .full))"
      findings[i].bonus = BonusCalculation(
        multiple: multiple, baseSalary: step.amount, baseSalarySource: source, decisionDate: date,
        amount: amount.amount, paid: true, note: nil)
    }
    // Titles of the same period: only the highest is paid.
    var byNominee: [String: [Int]] = [:]
    for i in findings.indices where findings[i].bonus != nil && findings[i].award.category == .title
    {
      byNominee[findings[i].nominee.id, default: []].append(i)
    }
    for (_, indices) in byNominee where indices.count > 1 {
      guard
        let best = indices.max(by: {
          (findings[$0].bonus?.amount ?? 0) < (findings[$1].bonus?.amount ?? 0)
        })
      else { continue }
      let bestName = findings[best].award.abbreviation
      for i in indices where i != best {
        findings[i].bonus?.paid = false
        findings[i].bonus?.note =
          "Không chi: cùng năm được \(bestName), chỉ nhận tiền thưởng của danh hiệu cao nhất"
      }
    }
  }
}
