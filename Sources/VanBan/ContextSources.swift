import OrderedCollections
import TemplateLanguage

/// Where a template's context comes from, merged in one order by every
/// command: CSV data and TOML metadata first, then each JSON file over what
/// came before, then `--set` assignments over all of it.
public struct ContextSources: Sendable {
  public var data: DataInputs?
  public var jsonFiles: [String]
  public var assignments: [String]
  public var language: MessageLanguage

  public init(
    data: DataInputs? = nil, jsonFiles: [String] = [], assignments: [String] = [],
    language: MessageLanguage = .english
  ) {
    self.data = data
    self.jsonFiles = jsonFiles
    self.assignments = assignments
    self.language = language
  }

  /// The merged context, with what the data load said and the files read.
  public struct Loaded: Sendable {
    public var values: Value
    /// The CSV and metadata load, for its messages; nil without data.
    public var data: DataInputs.Loaded?
    /// The files actually read, for a depfile: metadata, data, JSON.
    public var filesRead: [String]
  }

  public func load() throws(VanBanError) -> Loaded {
    var values = Value.map([:])
    var loadedData: DataInputs.Loaded?
    var read: [String] = []
    if let data {
      let loaded = try data.load()
      values = loaded.makeContext()
      loadedData = loaded
      read += data.filesRead(loaded)
    }
    for file in jsonFiles {
      values = TemplateContext.merge(
        values, try TemplateContext.load(json: file, language: language))
    }
    read += jsonFiles
    values = try TemplateContext.apply(assignments, to: values)
    return Loaded(values: values, data: loadedData, filesRead: read)
  }

  /// Every file named, read or not: what a watcher watches, or a depfile
  /// names when no load happened.
  public var files: [String] {
    (data?.metadataFile.map { [$0] } ?? []) + (data?.dataFiles ?? []) + (data?.rulesetFiles ?? [])
      + jsonFiles
  }
}
