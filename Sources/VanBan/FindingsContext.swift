import AwardRules
import FoundationEssentials
import OrderedCollections
import Tallies
import TemplateLanguage
import VietnameseText

/// The rules stage's findings as template values: `findings` in the
/// context (shape in the README, “Findings in templates”), so a Tờ trình
/// can list the eligible nominees with their bonus and a report can state
/// the totals.
public enum FindingsContext {
  /// The findings of `dataset` under the built-in rulesets; the
  /// metadata's date, when complete, is the decision date (it picks the
  /// ruleset and the base salary). None when the rulesets cannot be read.
  public static func make(_ dataset: Dataset, metadata: DocumentMetadata? = nil) -> Value {
    (try? make(dataset, metadata: metadata, rulesets: [])) ?? Value.none
  }

  /// The same with `--ruleset` items applied (a built-in ruleset's name,
  /// or user ruleset files), whose mistakes are thrown.
  public static func make(_ dataset: Dataset, metadata: DocumentMetadata?, rulesets: [String])
    throws(VanBanError) -> Value
  {
    let catalog = try RulesetCatalog.builtInOrError()
    var options = CheckOptions(decisionDate: metadata?.date?.calendarDate)
    try options.apply(rulesets: rulesets, catalog: catalog)
    do throws(RulesetError) {
      return value(try RuleEvaluator(catalog: catalog).check(dataset, options: options))
    } catch {
      throw VanBanError(error)
    }
  }

  /// A report as the `findings` value.
  public static func value(_ report: CheckReport) -> Value {
    let proposals = report.findings.map(proposal)
    func subset(_ verdict: Verdict) -> Value {
      .list(zip(report.findings, proposals).filter { $0.0.verdict == verdict }.map(\.1))
    }
    var byYear = OrderedDictionary<String, Value>()
    for y in report.years {
      byYear[String(y.year)] = .list(
        zip(report.findings, proposals).filter { $0.0.year == y.year }.map(\.1))
    }
    var m = OrderedDictionary<String, Value>()
    m["passed"] = .bool(report.passed)
    m["rulesets"] = .list(report.years.map(yearRuleset))
    m["changes"] = .list(report.changes.map { .string($0.description) })
    m["proposals"] = .list(proposals)
    m["eligible"] = subset(.eligible)
    m["ineligible"] = subset(.ineligible)
    m["review"] = subset(.needsReview)
    m["by_year"] = .map(byYear)
    m["units"] = .list(report.units.map(unit))
    m["counts"] = [
      "total": .int(report.findings.count), "eligible": .int(report.eligible.count),
      "ineligible": .int(report.ineligible.count), "review": .int(report.needsReview.count),
    ]
    m["bonus_total"] = .int(report.bonusTotal)
    m["bonus_total_text"] = .string(VietnameseNumber.formatted(report.bonusTotal))
    return .map(m)
  }

  static func yearRuleset(_ y: CheckReport.YearRuleset) -> Value {
    [
      "year": .int(y.year), "id": .string(y.ruleset.id), "name": .string(y.ruleset.name),
      "validity": .string(y.ruleset.validityText), "decision_date": .string(y.decisionDate.iso),
      "base_salary": y.baseSalary.map { .int($0.amount) } ?? Value.none,
      "base_salary_basis": y.baseSalary?.basis.map(Value.string) ?? Value.none,
      "changes": .list(y.ruleset.changes.map { .string($0.description) }),
    ]
  }

  static func proposal(_ f: Finding) -> Value {
    let n = f.nominee
    var m = OrderedDictionary<String, Value>()
    m["id"] = .string(n.id)
    m["year"] = .int(n.year)
    m["name"] = .string(n.name)
    m["kind"] = .string(n.kind.key)
    m["kind_name"] = .string(n.kind.name)
    m["unit"] = .string(n.unit)
    m["top_unit"] = .string(f.unit)
    m["position"] = n.position.map(Value.string) ?? Value.none
    m["manager"] = .bool(n.isManager)
    m["sex"] = n.sex.map { .string($0.rawValue) } ?? Value.none
    m["sex_name"] = n.sex.map { .string($0.name) } ?? Value.none
    m["award"] = .string(f.award.name)
    m["award_short"] = .string(f.award.shortName)
    m["award_abbreviation"] = .string(f.award.abbreviation)
    m["verdict"] = .string(f.verdict.rawValue)
    m["verdict_name"] = .string(f.verdict.name)
    m["eligible"] = .bool(f.isEligible)
    m["ruleset"] = .string(f.rulesetID)
    m["rule"] = f.ruleID.map(Value.string) ?? Value.none
    m["requirement"] = .string(f.requirement)
    m["basis"] = f.basis.map { .string($0.citation) } ?? Value.none
    m["reasons"] = .string(f.reasonText)
    m["note"] = f.note.map(Value.string) ?? Value.none
    m["criteria"] = .list(f.criteria.map(criterion))
    m["initiatives"] = .list(f.initiativesUsed.map { .string($0.code) })
    m["council_vote"] = f.councilVote.map { .string($0.percentText) } ?? Value.none
    m["unchecked"] = .list(f.unchecked.map(Value.string))
    m["bonus"] = f.bonus.map(bonus) ?? Value.none
    m["bonus_amount"] = .int(f.bonus?.paidAmount ?? 0)
    m["bonus_text"] = .string(f.bonus.map { VietnameseNumber.formatted($0.paidAmount) } ?? "")
    m["source"] = .string(n.source.description)
    return .map(m)
  }

  static func criterion(_ c: CriterionResult) -> Value {
    [
      "id": .string(c.id), "requirement": .string(c.requirement),
      "outcome": .string(c.outcome.rawValue),
      "outcome_name": .string(c.outcome.name), "met": .bool(c.outcome == .met),
      "facts": .list(c.facts.map(Value.string)),
      "facts_text": .string(c.facts.joined(separator: "; ")),
      "basis": .string(c.decidingBasis.citation),
      "alternative": c.metAlternative.map(Value.string) ?? Value.none,
    ]
  }

  static func bonus(_ b: BonusCalculation) -> Value {
    [
      "multiple": .string((try? VietnameseNumber.formatted(b.multiple)) ?? "\(b.multiple)"),
      "base_salary": .int(b.baseSalary), "base_salary_source": .string(b.baseSalarySource),
      "decision_date": .string(b.decisionDate.iso), "amount": .int(b.amount),
      "amount_text": .string(VietnameseNumber.formatted(b.amount)), "paid": .bool(b.paid),
      "paid_amount": .int(b.paidAmount), "note": b.note.map(Value.string) ?? Value.none,
    ]
  }

  static func unit(_ u: UnitCheck) -> Value {
    [
      "unit": .string(u.unit), "year": .int(u.year), "ruleset": .string(u.rulesetID),
      "eligible": .int(u.eligible), "ineligible": .int(u.ineligible), "review": .int(u.needsReview),
      "bonus_total": .int(u.bonusTotal),
      "bonus_total_text": .string(VietnameseNumber.formatted(u.bonusTotal)),
      "quotas": .list(
        u.quotas.map { q in
          [
            "id": .string(q.id), "requirement": .string(q.requirement),
            "basis": .string(q.basis.citation),
            "count": .int(q.count), "base": .int(q.base), "bound": .string(q.bound.description),
            "holds": .bool(q.holds), "facts": .string(q.facts),
          ]
        }),
      "shares": .list(
        u.shares.map { s in
          [
            "id": .string(s.id), "group": .string(s.group.rawValue),
            "requirement": .string(s.requirement),
            "count": .int(s.count), "total": .int(s.total),
            "percent": s.share.map { .string($0.percentText) } ?? Value.none,
            "holds": s.holds.map(Value.bool) ?? Value.none, "facts": .string(s.facts),
          ]
        }),
      "inconsistencies": .list(
        u.inconsistencies.map { i in
          [
            "award": .string(i.award.name), "kind": .string(i.kind.key),
            "status": .string(i.status),
            "tallied": .int(i.tallied), "named": .int(i.named), "message": .string(i.message),
            "sources": .list(i.sources.map(Value.string)),
          ]
        }),
    ]
  }
}
