import OfficePackage
import TemplateLanguage

/// A template read for its author rather than for rendering: every tag of
/// every part with where it stands and what structure it acts on, and
/// every problem — also when there are problems, which `CompiledTemplate`
/// refuses.
///
/// It is the front half of compiling (catalog the parts, locate the tags
/// across runs, bind structure, build the program, parse the tags):
/// `CompiledTemplate` is an analysis without problems, so what an analysis
/// says is what a render does.
public struct TemplateAnalysis: Sendable {
  /// One part that holds tags.
  public struct Part: Sendable {
    /// What an author calls the part: "body", "header of section 1".
    public let label: String
    /// The package entry: `word/document.xml`, `content.xml`.
    public let entryName: String
    public var template: Template { program.template }
    /// What each tag of `template.tags` acts on, by index.
    public let structures: [BoundStructure]
    /// The part compiled: literal chunks, holes, table markers.
    let program: PartProgram
  }

  public let format: DocumentFormat
  public let parts: [Part]
  /// Every syntax and structure problem of every part, in document order.
  public let problems: [TemplateDiagnostic]
  /// Text that looks like another tool's tags (`{name}`): worth a note,
  /// not an error.
  public let hints: [TemplateDiagnostic]

  /// Analyses the template at `path`; throws only when it is not a
  /// readable DOCX/ODT package.
  public init(path: String, environment: TemplateEnvironment = .standard)
    throws(OfficeTemplateError)
  {
    let (reader, format) = try Self.open(path: path)
    try self.init(reader: reader, format: format, environment: environment)
  }

  public init(
    bytes: [UInt8], format: DocumentFormat? = nil, environment: TemplateEnvironment = .standard,
    limits: PackageLimits = .init()
  ) throws(OfficeTemplateError) {
    try self.init(
      reader: try Self.open(bytes: bytes, limits: limits), format: format,
      environment: environment)
  }

  init(reader: PackageReader, format: DocumentFormat?, environment: TemplateEnvironment)
    throws(OfficeTemplateError)
  {
    let format = try Self.format(of: reader, expected: format)
    self.format = format
    var parts: [Part] = []
    var problems: [TemplateDiagnostic] = []
    var hints: [TemplateDiagnostic] = []
    do {
      let catalog = try PartCatalog(reader: reader, format: format)
      for part in catalog.parts {
        let data = try reader.data(of: part.entry)
        // A part with no brace holds no tag: it is copied as it is.
        guard data.contains(UInt8(ascii: "{")) || data.contains(UInt8(ascii: "}")) else { continue }
        let xml: XMLPart
        if let main = catalog.mainPart, main.name == part.entry.name {
          xml = main
        } else {
          xml = try XMLPart.parse(data, name: part.entry.name)
        }
        var locator = TagLocator(format: format, label: part.label, isProperties: part.isProperties)
        locator.locate(in: xml.root)
        problems += locator.diagnostics
        hints += locator.hints
        guard !locator.tags.isEmpty || Self.hasLiteralDelimiters(data) else { continue }
        var cells = CellStatements(format: format)
        let tags = cells.rewrite(locator.tags)
        problems += cells.diagnostics
        var binder = StructureBinder(format: format, isProperties: part.isProperties)
        binder.bind(tags.reversed(), root: xml.root)
        problems += binder.diagnostics
        var builder = PartProgramBuilder(format: format)
        builder.build(xml)
        let template = Template(
          items: builder.items, environment: environment, diagnostics: &problems)
        parts.append(
          Part(
            label: part.label, entryName: part.entry.name, structures: builder.tagStructures,
            program: PartProgram(
              name: xml.name, literals: builder.literals, chunks: builder.chunks,
              items: builder.items, template: template, markers: builder.markers)))
      }
    } catch {
      throw .package(error)
    }
    self.parts = parts
    self.problems = problems
    self.hints = hints
  }

  /// Opens a package held in memory.
  static func open(bytes: [UInt8], limits: PackageLimits) throws(OfficeTemplateError)
    -> PackageReader
  {
    do {
      return try PackageReader(bytes: bytes, limits: limits)
    } catch {
      throw .package(error)
    }
  }

  /// Opens the package at `path`, whose extension names its format.
  static func open(path: String) throws(OfficeTemplateError) -> (PackageReader, DocumentFormat) {
    let format = try self.format(ofPath: path)
    do {
      return (try PackageReader(path: path), format)
    } catch {
      throw .package(error)
    }
  }

  /// The format the template's file name says.
  static func format(ofPath path: String) throws(OfficeTemplateError) -> DocumentFormat {
    guard let format = DocumentFormat(fileName: path) else {
      throw .usage(
        "\(path): a template must be a .docx or .odt file (Word or LibreOffice document)")
    }
    return format
  }

  /// The format the package holds, which must be the one expected if any.
  static func format(of reader: PackageReader, expected: DocumentFormat?)
    throws(OfficeTemplateError) -> DocumentFormat
  {
    let detected: DocumentFormat =
      reader.entry(named: "content.xml") != nil && reader.entry(named: "word/document.xml") == nil
      ? .odt : .docx
    if let expected, expected != detected {
      throw .usage(
        "the file is a \(detected.rawValue.uppercased()) package, not \(expected.rawValue.uppercased()); give it the .\(detected.fileExtension) extension"
      )
    }
    return detected
  }

  /// Whether the part holds docxtpl's escaped delimiters (`{_{` …), which
  /// must be rewritten even where there is no tag.
  private static func hasLiteralDelimiters(_ data: [UInt8]) -> Bool {
    let underscore = UInt8(ascii: "_")
    for i in data.indices.dropLast() where data[i] == underscore {
      let before = i > 0 ? data[i - 1] : 0
      let after = data[i + 1]
      if before == UInt8(ascii: "{") || after == UInt8(ascii: "}") { return true }
    }
    return false
  }
}
