import ArgumentParser
import Tallies
import VanBan

/// `vanban check-data`: load and check data files without rendering.
struct CheckDataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check-data",
    _superCommandName: VanBanCommand.name,
    abstract: "Check CSV data files (and a metadata file) without rendering anything.",
    discussion: """
      Reads every file the way render --data does, prints each problem as \
      FILE:LINE:COLUMN: error: what is wrong; how to fix it (COLUMN is the spreadsheet \
      column, 1 = A), then a summary per file and a table of what was read: years, units, \
      counts per award. What a file holds (tallies, nominee history, units) is told from its \
      header. Exits with \(VanBanError.Kind.badData.exitCode) when any row is rejected.

      Examples:
        vanban check-data Samples/khen-thuong.csv Samples/don-vi.csv --period 2021-2025
        vanban check-data khen-thuong.csv --meta bao-cao.toml --diagnostics json
      """)

  @Argument(help: "CSV files: tallies, nominee history, units (told apart by their headers).")
  var files: [String]

  @Option(name: .long, help: "A metadata TOML file to check too; its period applies to the rows.")
  var meta: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The encoding of files without a byte-order mark: \(TextEncoding.acceptedNames).",
      valueName: "name"))
  var encoding: TextEncoding?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The plan period; rows of other years are rejected.", valueName: "2021-2025"))
  var period: Period?

  @OptionGroup var diagnostics: DiagnosticsOption
  @OptionGroup var lang: LanguageOption

  func run() throws {
    try diagnostics.reporting { () throws(VanBanError) in
      // Keep going: check-data reports every file in full, then fails.
      let inputs = DataInputs(
        dataFiles: files, metadataFile: meta, encoding: encoding, period: period?.years,
        keepGoing: true, language: lang.language)
      let loaded = try inputs.load()
      switch diagnostics.format {
      case .text:
        for message in loaded.messages where !message.hasPrefix("warning: --keep-going") {
          printError(message)
        }
      case .json:
        for d in loaded.dataset.diagnostics {
          printError(Diagnostic(d, language: loaded.language).json(kind: .badData))
        }
      }
      print(DataSummary.table(loaded.dataset))
      if loaded.dataset.hasErrors {
        throw VanBanError(
          .badData,
          lang.language == .vietnamese
            ? "lỗi: bỏ \(loaded.dataset.rowsRejected) dòng có lỗi; xem ở trên"
            : "error: \(loaded.dataset.rowsRejected) row(s) rejected; see above")
      }
    }
  }
}

/// The table `check-data` prints of what was read.
enum DataSummary {
  static func table(_ dataset: Dataset) -> String {
    var lines: [String] = []
    let a = dataset.aggregation
    if !dataset.tallies.isEmpty {
      lines.append(
        "Tallies: \(dataset.tallies.count) row" + (dataset.tallies.count == 1 ? "" : "s"))
      lines.append("  years: " + a.years.map(\.key).joined(separator: ", "))
      lines.append(
        "  units: " + a.units.prefix(10).map(\.name).joined(separator: ", ")
          + (a.units.count > 10 ? ", … (\(a.units.count) in all)" : ""))
      let width = max(28, a.awards.map { $0.name.count }.max() ?? 0)
      func pad(_ s: String, _ n: Int) -> String {
        s + String(repeating: " ", count: max(0, n - s.count))
      }
      func col(_ s: String) -> String { String(repeating: " ", count: max(0, 9 - s.count)) + s }
      func num(_ i: Int) -> String { col(String(i)) }
      lines.append(
        "  " + pad("award", width) + col("tập thể") + col("cá nhân") + col("hộ GĐ") + col("total"))
      for s in a.awards {
        lines.append(
          "  " + pad(s.name, width) + num(s.counts.collective) + num(s.counts.individual)
            + num(s.counts.household) + num(s.counts.total))
      }
      lines.append(
        "  " + pad("total", width) + num(a.total.collective) + num(a.total.individual)
          + num(a.total.household) + num(a.total.total))
      for s in a.statuses { lines.append("  \(s.name): \(s.counts.total)") }
    }
    if !dataset.nominees.isEmpty {
      let ids = Set(dataset.nominees.map(\.id))
      let years = Set(dataset.nominees.map(\.year)).sorted().map(String.init)
      lines.append(
        "Nominee history: \(dataset.nominees.count) rows, \(ids.count) nominees, years "
          + years.joined(separator: ", "))
    }
    if !dataset.units.isEmpty {
      lines.append(
        "Units: " + dataset.units.map { "\($0.name) (\($0.symbol))" }.joined(separator: ", "))
    }
    if lines.isEmpty { lines.append("No rows were read.") }
    return lines.joined(separator: "\n")
  }
}

/// A period of years given on the command line: “2021-2025”.
struct Period: ExpressibleByArgument {
  let years: ClosedRange<Int>
  init?(argument: String) {
    guard let years = LoadOptions.period(parsing: argument) else { return nil }
    self.years = years
  }
}

extension TextEncoding: RawValueArgument {
  public init?(argument: String) { self.init(name: argument) }
}
