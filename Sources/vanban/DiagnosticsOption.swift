import ArgumentParser
import Tallies
import VanBan

/// `--diagnostics text|json`: how problems are printed, shared by every
/// command.
struct DiagnosticsOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "How problems are printed: text (GCC-style FILE:LINE:COL: error: …, for make and people; the default) or json (one JSON object per line, for editors and CI).",
      valueName: "text|json"))
  var diagnostics: DiagnosticsFormat?

  var format: DiagnosticsFormat { diagnostics ?? .text }

  /// Prints the warnings and notes of a data load (and, as text, the
  /// summary of each file) when something is worth saying.
  /// Loads the context, printing what the data load said (rejected rows,
  /// warnings) to standard error in this option's format.
  func load(_ sources: ContextSources) throws(VanBanError) -> ContextSources.Loaded {
    let loaded = try sources.load()
    if let data = loaded.data { printLoadMessages(data) }
    return loaded
  }

  func printLoadMessages(_ loaded: DataInputs.Loaded) {
    guard loaded.dataset.diagnostics.contains(where: { $0.severity != .note }) else { return }
    switch format {
    case .text:
      for message in loaded.messages { printError(message) }
    case .json:
      let diagnostics = loaded.dataset.diagnostics.map { Diagnostic($0, language: loaded.language) }
      for line in format.lines(diagnostics) {
        printError(line)
      }
    }
  }

  /// Says once, on standard error, that the template holds tags written
  /// for another tool (`{ten}`, `{d.ten}`), which a render prints as they
  /// are; `vanban lint` lists each with what to write instead.
  func noteForeignTags(of template: CompiledTemplate, path: String, language: MessageLanguage) {
    guard !template.hints.isEmpty else { return }
    var examples = template.hints.prefix(3).compactMap { hint -> String? in
      if case .foreignTag(let tag, _, _) = hint.problem { return tag }
      return nil
    }.joined(separator: ", ")
    if template.hints.count > 3 { examples += ", …" }
    let count = template.hints.count
    let note =
      language == .vietnamese
      ? Diagnostic(
        severity: .note, file: path,
        message: "\(count) thẻ viết cho công cụ khác (\(examples)) được in nguyên như vậy",
        fix: "chạy vanban lint \(path) để biết cần viết gì thay thế")
      : Diagnostic(
        severity: .note, file: path,
        message:
          "\(count) tag\(count == 1 ? " is" : "s are") written for another tool (\(examples)) "
          + "and printed as \(count == 1 ? "it is" : "they are")",
        fix: "run vanban lint \(path) for what to write instead")
    for line in format.lines([note]) { printError(line) }
  }

  /// Runs a command body and turns a `VanBanError` into its diagnostics on
  /// standard error and its documented exit code.
  func reporting(_ body: () throws(VanBanError) -> Void) throws {
    do {
      try body()
    } catch {
      for line in format.lines(error) { printError(line) }
      throw ExitCode(error.kind.exitCode)
    }
  }
}

extension DiagnosticsFormat: RawValueArgument {}

/// `--depfile FILE`: shared help.
enum DepfileHelp {
  static let help = ArgumentHelp(
    "Also write the output's prerequisites (template, data, metadata, JSON and ruleset files read) as a Makefile rule, for make's -include.",
    valueName: "file.d")
}

/// An option whose values are an enum's raw values.
///
/// swift-argument-parser derives an enum's values with `String(describing:)`,
/// whose first dynamic casts each scan every protocol conformance of the
/// binary (about 160 k instructions a scan): 1.2 M instructions of each cold
/// `vanban render`, which make runs once per document. Spelled out here,
/// with no description beyond the value itself. For the same reason such an
/// option is optional, its default said in its help and applied by the
/// command: the parser describes a default value by casting it to
/// `CaseIterable & RawRepresentable`, two more scans per enum (0.7 M
/// instructions for `--compression` and `--diagnostics`).
protocol RawValueArgument: ExpressibleByArgument, CaseIterable, RawRepresentable<String> {}

extension RawValueArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
  public static var allValueDescriptions: [String: String] { [:] }
}
