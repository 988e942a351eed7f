import ArgumentParser
import Tallies
import VanBan
import OrderedCollections

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

  var isEmpty: Bool { data.isEmpty && meta == nil && context.isEmpty && assignments.isEmpty }

  /// The CSV and metadata inputs, when given. Rows a file rejects are left
  /// out (and said), as the author wants to see the template's problems.
  func inputs(in language: MessageLanguage) -> DataInputs? {
    guard !data.isEmpty || meta != nil else { return nil }
    return DataInputs(
      dataFiles: data, metadataFile: meta, encoding: encoding, period: period?.years,
      keepGoing: true, language: language)
  }

  /// The files the context is read from: metadata, data, JSON contexts.
  var filesRead: [String] { (meta.map { [$0] } ?? []) + data + context }

  /// The merged context, built in the order `vanban render` builds it:
  /// data and metadata, then JSON contexts, then `--set`.
  func values(_ diagnostics: DiagnosticsOption? = nil, in language: MessageLanguage)
    throws(VanBanError) -> Value
  {
    var values = Value.map([:])
    if let inputs = inputs(in: language) {
      let loaded = try inputs.load()
      if let diagnostics {
        diagnostics.printLoadMessages(loaded)
      } else if loaded.dataset.diagnostics.contains(where: { $0.severity != .note }) {
        for message in loaded.messages { printError(message) }
      }
      values = loaded.context
    }
    for file in context {
      values = TemplateContext.merge(
        values, try TemplateContext.load(json: file, language: language))
    }
    return try TemplateContext.apply(assignments, to: values)
  }
}
