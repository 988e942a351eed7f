import Tallies
import TemplateLanguage

/// The data a render reads besides JSON contexts: CSV files and a metadata
/// file, loaded and checked, and what to do when rows are rejected.
public struct DataInputs: Sendable {
  public var dataFiles: [String]
  public var metadataFile: String?
  public var encoding: TextEncoding?
  /// The plan period; the metadata's `period` when not given.
  public var period: ClosedRange<Int>?
  /// Render even when rows were rejected (`--keep-going`).
  public var keepGoing: Bool
  /// The language messages are worded in (`--lang`).
  public var language: MessageLanguage
  /// `--ruleset` items the findings are judged by (none: the built-in
  /// ruleset in force).
  public var rulesets: [String]

  public init(
    dataFiles: [String] = [], metadataFile: String? = nil, encoding: TextEncoding? = nil,
    period: ClosedRange<Int>? = nil, keepGoing: Bool = false,
    language: MessageLanguage = .english, rulesets: [String] = []
  ) {
    self.language = language
    self.rulesets = rulesets
    self.dataFiles = dataFiles
    self.metadataFile = metadataFile
    self.encoding = encoding
    self.period = period
    self.keepGoing = keepGoing
  }

  /// What loading gave: the context, and the diagnostics and summaries to
  /// print (also when it succeeded: warnings, and with `--keep-going` what
  /// was left out).
  public struct Loaded: Sendable {
    public var dataset: Dataset
    public var metadata: DocumentMetadata?
    /// The rulesets' findings, when rulesets were given.
    var findings: Value?
    /// Lines for standard error: diagnostics, then one summary per file.
    public var messages: [String]
    /// The language `messages` are worded in.
    public var language: MessageLanguage = .english

    /// Makes the template's context, anew at each call. Made on demand, not
    /// when loading: `check` and `check-data` never need it, and for 24,000
    /// history rows making it was a third of a check.
    public func makeContext() -> Value {
      DataContext.make(dataset, metadata: metadata, findings: findings)
    }
  }

  /// Loads everything. Fails with `.badData` and every diagnostic when a
  /// row was rejected (unless `keepGoing`) or the metadata is wrong.
  public func load() throws(VanBanError) -> Loaded {
    var metadata: DocumentMetadata?
    if let metadataFile {
      switch MetadataLoader.load(path: metadataFile) {
      case .success(let m): metadata = m
      case .failure(let errors):
        throw VanBanError(
          .badData, messages: errors.diagnostics.map { $0.description(in: language) },
          diagnostics: errors.diagnostics.map { Diagnostic($0, language: language) })
      }
    }
    let options = LoadOptions(encoding: encoding, period: period ?? metadata?.period)
    let dataset = DataLoader.load(paths: dataFiles, options: options)
    let vi = language == .vietnamese
    var messages = dataset.diagnostics.map { $0.description(in: language) }
    messages += dataset.reports.map { $0.summary(in: language) }
    if dataset.hasErrors {
      guard keepGoing else {
        messages.append(
          vi
            ? "lỗi: bỏ \(dataset.rowsRejected) dòng có lỗi; chưa tạo văn bản nào (sửa dữ liệu, hoặc "
              + "dùng --keep-going để tạo văn bản không có các dòng đó)"
            : "error: \(dataset.rowsRejected) row(s) rejected; no document written (fix the data, or "
              + "pass --keep-going to render without them)")
        throw VanBanError(
          .badData, messages: messages,
          diagnostics: dataset.diagnostics.map { Diagnostic($0, language: language) }
            + [Diagnostic(parsing: messages[messages.count - 1])])
      }
      messages.append(
        vi
          ? "cảnh báo: --keep-going: tạo văn bản không có \(dataset.rowsRejected) dòng bị bỏ "
            + "nêu ở trên"
          : "warning: --keep-going: rendering without the \(dataset.rowsRejected) rejected row(s) "
            + "listed above")
    }
    // (No `cond ? nil : …` here: `nil` would be a Value, Jinja's none.)
    var findings: Value?
    if !rulesets.isEmpty {
      findings = try FindingsContext.make(dataset, metadata: metadata, rulesets: rulesets)
    }
    return Loaded(
      dataset: dataset, metadata: metadata, findings: findings, messages: messages,
      language: language)
  }

  /// The filters templates get when data is loaded.
  public static let environment = TemplateEnvironment.standard.adding(filters: DataFilters.table())
}
