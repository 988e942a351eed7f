import ArgumentParser
import Tallies
import VanBan

/// `--lang vi|en`: the language of messages for template authors.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "Language of the messages: vi (Tiếng Việt) or en. Default: vi when the locale is vi_* (LC_ALL, LC_MESSAGES, LANG), else en.",
      valueName: "vi|en"))
  var code: String?

  func validate() throws {
    if let code, MessageLanguage(code: code) == nil {
      throw ValidationError("--lang \(code): write vi (Tiếng Việt) or en (English)")
    }
  }

  var language: MessageLanguage {
    code.flatMap(MessageLanguage.init(code:)) ?? MessageLanguage.fromEnvironment()
  }
}

/// The data a command fills a template with, as `vanban render` takes it:
/// CSV data and a metadata file, JSON contexts, `--set` assignments.
struct ContextOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A CSV file of tallies, nominee history or units; repeat for several.", valueName: "file"))
  var data: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A TOML file of the document's metadata (number, date, addressees, signer).",
      valueName: "file"))
  var meta: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The encoding of CSV files without a byte-order mark: \(TextEncoding.acceptedNames).",
      valueName: "name"))
  var encoding: TextEncoding?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The plan period; rows of other years are rejected (default: the metadata's).",
      valueName: "2021-2025"))
  var period: Period?

  @Option(
    name: .long,
    help: "A JSON file whose root object the template reads; repeat to merge several.")
  var context: [String] = []

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp("Set a value: key=value, key.sub=value.", valueName: "key=value"))
  var assignments: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The findings' ruleset: a built-in one's name or a ruleset TOML file; repeat to combine (as in check).",
      valueName: "name|file"))
  var ruleset: [String] = []

  var isEmpty: Bool { data.isEmpty && meta == nil && context.isEmpty && assignments.isEmpty }

  func validate() throws {
    if !ruleset.isEmpty, data.isEmpty {
      throw ValidationError("--ruleset judges the nominees of --data files; give --data too")
    }
  }

  /// Where the context comes from. `keepGoing`: rows a file rejects are
  /// left out (and said) instead of stopping the command.
  func sources(keepGoing: Bool, in language: MessageLanguage) -> ContextSources {
    ContextSources(
      data: data.isEmpty && meta == nil
        ? nil
        : DataInputs(
          dataFiles: data, metadataFile: meta, encoding: encoding, period: period?.years,
          keepGoing: keepGoing, language: language, rulesets: ruleset),
      jsonFiles: context, assignments: assignments, language: language)
  }
}
