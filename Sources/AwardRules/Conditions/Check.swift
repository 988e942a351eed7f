// The condition language of rulesets.
//
// A rule's criteria are written as small TOML tables, one fact of the
// nominee's history each, rather than as template expressions:
//
//   check  = { rating = "HTTNV" }                                  the judged year
//   checks = [ { rating = "HTXSNV", years = 2 },                   2 consecutive years
//              { initiatives = 2, level = "co_so", years = 2 } ]   2 initiatives in them
//   check  = { holds = "CSTĐCS", count = 3, years = 5 }            3 times in 5 years
//   check  = { members_holding = "LĐTT", at_least = "70%" }         a collective's members
//
// Why not the template engine's expression language (Jinja): its parser
// and evaluator are internal to TemplateLanguage and answer with a value,
// not with the facts that decided it; a finding must say “HTXSNV in 2022
// and 2023; 2 initiatives: SK-2022-1, SK-2023-1”, name the year that broke
// a streak, and consume the initiatives it used so that no other proposal
// uses them again. Each check below knows its facts, its Vietnamese wording
// and its bounds exactly (shares are compared as fractions, not doubles).
// Office staff edit one line per fact, with keys that read as the law
// does; an unknown key or award name is an error that names the closest
// known one. Alternatives (“any of (a)…(d)”) are `[[rule.criterion.alternative]]`
// tables, so the tree is never deeper than rule › criterion › alternative
// › checks, which is as deep as the law's articles go.

import Tallies
import VietnameseText

/// One condition over a nominee's history, as a ruleset file writes it.
public struct Check: Sendable {
  public var kind: Kind
  /// The table as written, kept so a user file can change one key.
  public var raw: ConfigTable

  public init(kind: Kind, raw: ConfigTable) {
    self.kind = kind
    self.raw = raw
  }

  /// The conditions the law's criteria are made of.
  public enum Kind: Sendable {
    /// Rated `rating` or better in `window` (the judged year by default).
    case rating(TaskRating, Window)
    /// Holds one of `awards` in `window`: received it, or proposed for it
    /// that year and found eligible in this run.
    case holds([Award], Window)
    /// At least `count` initiatives recognised at `level` or above within
    /// the last `years` years, not used by another proposal in this run.
    case initiatives(count: Int, level: InitiativeLevel, years: Int)
    /// Received one of `awards` in an earlier year, at least
    /// `minYearsSince` years before the judged one.
    case priorAward([Award], minYearsSince: Int, maxYearsSince: Int?)
    /// No discipline at `from` or above in the last `years` years.
    case noDiscipline(from: DisciplineLevel, years: Int)
    /// No pending discipline, investigation or complaint.
    case noPendingCase
    /// A collective's members: how many hold an award, completed their
    /// tasks, or were disciplined, against a bound.
    case members(MemberMeasure, Bound)
    /// A condition the data cannot show (“thành tích xuất sắc đột xuất”):
    /// undetermined until someone reads the dossier.
    case manual(String)
  }

  /// A run of years ending in the judged year: the last `years`, of which
  /// `count` must qualify (all of them: consecutive).
  public struct Window: Sendable, Hashable {
    public var years: Int
    public var count: Int
    public init(years: Int = 1, count: Int? = nil) {
      self.years = years
      self.count = count ?? years
    }
    public var isConsecutive: Bool { count == years }
  }

  /// What a members check counts.
  public enum MemberMeasure: Sendable, Hashable {
    case holding(Award)
    /// Rated at least this (HTNV: “hoàn thành nhiệm vụ”).
    case rated(TaskRating)
    /// Disciplined at this level or above.
    case disciplined(DisciplineLevel)
  }
}

/// The level that recognised an initiative's effect.
public enum InitiativeLevel: String, Sendable, Hashable, CaseIterable, Comparable {
  case unit = "co_so"
  case province = "tinh"
  case national = "toan_quoc"

  /// “cấp cơ sở”, “cấp tỉnh”, “toàn quốc”.
  public var name: String {
    switch self {
    case .unit: "cấp cơ sở"
    case .province: "cấp bộ, ngành, tỉnh"
    case .national: "toàn quốc"
    }
  }

  public static func < (a: Self, b: Self) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }

  /// Reads “co_so”, “cơ sở”, “tinh”, “tỉnh”, “bộ”, “toan_quoc”, “toàn quốc”.
  init?(text: String) {
    switch ToneNormalization.headerKey(text) {
    case "co_so", "cap_co_so", "unit": self = .unit
    case "tinh", "cap_tinh", "bo", "cap_bo", "bo_nganh_tinh", "province": self = .province
    case "toan_quoc", "cap_toan_quoc", "national": self = .national
    default: return nil
    }
  }
}
