import ArgumentParser
import AwardRules
import Tallies
import TemplateLanguage
import VanBan
import VietnameseText
import OrderedCollections

/// `vanban check`: every proposed award against the law in force.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    _superCommandName: VanBanCommand.name,
    abstract: "Check every proposed award against the criteria of the law in force.",
    discussion: """
      Reads nominee histories (and tallies, units) like render --data, judges every award in \
      their “Đề nghị” column by the ruleset in force on the decision date (31 December of the \
      judged year unless --date), and prints for each proposal whether it is eligible, each \
      criterion with the facts that decided it and its legal basis, the bonus, and for each \
      unit the quotas, shares and tallies the histories do not bear out.

      --ruleset names a built-in ruleset (\(RulesetCatalog.builtInFiles.joined(separator: ", "))) \
      or a TOML file that adds rules, overrides thresholds or disables rules (see the README, \
      “Rulesets”); its changes are listed in the output. Repeat it to combine a name and files.

      Exit codes: 0 every proposal is eligible or needs a person to read its dossier; \
      \(VanBanError.Kind.rulesFailed.exitCode) a proposal fails its criteria or a quota is \
      exceeded; \(VanBanError.Kind.badData.exitCode) a data or ruleset file is wrong; \
      \(VanBanError.Kind.usage.exitCode) usage error.

      Examples:
        vanban check --data doi-tuong.csv --data don-vi.csv --year 2023
        vanban check --data doi-tuong.csv --ruleset nd-98-2023 --ruleset quy-che-tinh.toml --format json
      """)

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A CSV file of nominee history, tallies or units; repeat for several.", valueName: "file"))
  var data: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A built-in ruleset name or a ruleset TOML file; repeat to combine.", valueName: "name|file"))
  var ruleset: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A year to judge; repeat for several (default: every year with proposals).", valueName: "2023"
    ))
  var year: [Int] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The decision date: picks the ruleset and the base salary (default: 31/12 of the judged year).",
      valueName: "dd/mm/yyyy"))
  var date: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The base salary in đồng, overriding the rulesets' schedule.", valueName: "2340000"))
  var baseSalary: Int?

  @Option(name: .long, help: "Output: text (a Vietnamese table) or json.")
  var format: OutputFormat = .text

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The encoding of CSV files without a byte-order mark: \(TextEncoding.acceptedNames).",
      valueName: "name"))
  var encoding: TextEncoding?

  @Flag(name: .long, help: "Check even if data rows were rejected, leaving them out.")
  var keepGoing = false

  @Flag(name: .long, help: "List the built-in rulesets and their validity, then exit.")
  var listRulesets = false

  @OptionGroup var diagnostics: DiagnosticsOption
  @OptionGroup var lang: LanguageOption

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  func run() throws {
    try diagnostics.reporting { () throws(VanBanError) in
      if listRulesets {
        let catalog = try RulesetCatalog.builtInOrError()
        for r in catalog.rulesets { print("\(r.id)\t\(r.validityText)\t\(r.name)") }
        return
      }
      guard !data.isEmpty else {
        throw VanBanError(.usage, "error: no data; give the nominee history with --data FILE")
      }
      var options = CheckOptions(years: year.isEmpty ? nil : year, baseSalary: baseSalary)
      if let date {
        guard let day = try? CalendarDate(iso: date) else {
          throw VanBanError(
            .usage, "error: --date \(date) is not a date; write 31/12/2023 or 2023-12-31")
        }
        options.decisionDate = day
      }
      let catalog = try RulesetCatalog.builtInOrError()
      try options.apply(rulesets: ruleset, catalog: catalog)
      let inputs = DataInputs(
        dataFiles: data, encoding: encoding, keepGoing: keepGoing, language: lang.language)
      let loaded = try inputs.load()
      diagnostics.printLoadMessages(loaded)
      let report: CheckReport
      do throws(RulesetError) {
        report = try RuleEvaluator(catalog: catalog).check(loaded.dataset, options: options)
      } catch {
        throw VanBanError(error)
      }
      switch format {
      case .text: print(FindingsText.render(report))
      case .json: print(PrettyJSON.text(FindingsContext.value(report)))
      }
      if !report.passed {
        let quotas = report.units.flatMap(\.quotas).filter { !$0.holds }.count
        var parts: [String] = []
        if !report.ineligible.isEmpty {
          parts.append("\(report.ineligible.count) đề nghị không đủ điều kiện")
        }
        if quotas > 0 { parts.append("\(quotas) hạn mức bị vượt") }
        throw VanBanError(.rulesFailed, "error: " + parts.joined(separator: ", "))
      }
    }
  }
}

/// Values as indented JSON, keys in their order, for `--format json`.
enum PrettyJSON {
  static func text(_ value: Value, indent: String = "") -> String {
    let inner = indent + "  "
    switch value {
    case .list(let items):
      if items.isEmpty { return "[]" }
      return "[\n" + items.map { inner + text($0, indent: inner) }.joined(separator: ",\n") + "\n"
        + indent + "]"
    case .map(let m):
      if m.isEmpty { return "{}" }
      return "{\n"
        + m.map { inner + Value.string($0.key).jsonText + ": " + text($0.value, indent: inner) }
        .joined(separator: ",\n") + "\n" + indent + "}"
    default:
      return value.jsonText
    }
  }
}
