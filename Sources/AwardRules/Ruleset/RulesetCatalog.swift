import FoundationEssentials
import VietnameseText

/// The rulesets to choose from: the built-in ones (one per period of the
/// law, domain.md §1) and any the user adds.
///
/// The built-in files live in `Sources/AwardRules/Rulesets/` and are
/// compiled into the module (`PackageResources`), so a copied `vanban`
/// executable carries them.
public struct RulesetCatalog: Sendable {
  public var rulesets: [Ruleset]

  public init(_ rulesets: [Ruleset]) { self.rulesets = rulesets }

  /// The names of the built-in files, oldest period first.
  public static let builtInFiles = ["nd-91-2017", "nd-98-2023", "nd-152-2025"]
  /// The file of base salaries every built-in ruleset shares.
  public static let baseSalaryFile = "luong-co-so"

  /// The built-in rulesets, read once.
  public static func builtIn() throws(RulesetError) -> RulesetCatalog {
    try loaded.get()
  }

  private static let loaded: Result<RulesetCatalog, RulesetError> = {
    do {
      let salaries = try RulesetParser.parse(
        text: try resource(baseSalaryFile), file: baseSalaryFile + ".toml"
      ).baseSalaries
      var rulesets: [Ruleset] = []
      for name in builtInFiles {
        var r = try RulesetParser.parse(text: try resource(name), file: name + ".toml")
        var merged = salaries
        for step in r.baseSalaries.steps { merged.set(step) }
        r.baseSalaries = merged
        rulesets.append(r)
      }
      return .success(RulesetCatalog(rulesets))
    } catch let error as RulesetError {
      return .failure(error)
    } catch {
      return .failure(RulesetError(file: "Rulesets", "\(error)"))
    }
  }()

  /// The text of a built-in file.
  static func resource(_ name: String) throws(RulesetError) -> String {
    let files = [
      "luong-co-so": PackageResources.luong_co_so_toml,
      "nd-91-2017": PackageResources.nd_91_2017_toml,
      "nd-98-2023": PackageResources.nd_98_2023_toml,
      "nd-152-2025": PackageResources.nd_152_2025_toml,
    ]
    guard let bytes = files[name] else {
      throw RulesetError(file: name + ".toml", "there is no built-in ruleset of this name")
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The ruleset with this id (or file name, with or without `.toml`).
  public func ruleset(named name: String) -> Ruleset? {
    let id = name.hasSuffix(".toml") ? String(name.dropLast(5)) : name
    return rulesets.first { $0.id == id || $0.source == name }
  }

  /// The ruleset in force on `date` (the latest to start, if periods overlap).
  public func inForce(on date: CalendarDate) -> Ruleset? {
    rulesets.filter { $0.isInForce(on: date) }.max { a, b in
      (a.validFrom ?? CalendarDate.distantPast) < (b.validFrom ?? CalendarDate.distantPast)
    }
  }

  /// The ids, for messages: “nd-91-2017, nd-98-2023, nd-152-2025”.
  public var names: String { rulesets.map(\.id).joined(separator: ", ") }
}

extension CalendarDate {
  static let distantPast: CalendarDate = {
    // 1 January of year 1 always exists.
    (try? CalendarDate(year: 1, month: 1, day: 1)) ?? CalendarDate(Date(timeIntervalSince1970: 0))
  }()

  /// 31 December of `year`: the date a year's achievements are judged at
  /// when no decision date is given.
  static func endOfYear(_ year: Int) -> CalendarDate? {
    try? CalendarDate(year: year, month: 12, day: 31)
  }
}
