import OfficePackage
import TemplateLanguage

/// A template read for its author rather than for rendering: every tag of
/// every part with where it stands and what structure it acts on, and
/// every problem — also when there are problems, which `CompiledTemplate`
/// refuses.
///
/// Goes through the same steps as compiling (catalog the parts, locate the
/// tags across runs, bind structure, build the program, parse the tags),
/// so what it says is what a render would do.
public struct TemplateAnalysis: Sendable {
  /// One part that holds tags.
  public struct Part: Sendable {
    /// What an author calls the part: "body", "header of section 1".
    public let label: String
    /// The package entry: `word/document.xml`, `content.xml`.
    public let entryName: String
    public let template: Template
    /// What each tag of `template.tags` acts on, by index.
    public let structures: [BoundStructure]
  }

  public let format: DocumentFormat
  public let parts: [Part]
  /// Every syntax and structure problem of every part, in document order.
  public let problems: [TemplateDiagnostic]

  /// Analyses the template at `path`; throws only when it is not a
  /// readable DOCX/ODT package.
  public init(path: String, environment: TemplateEnvironment = .standard)
    throws(OfficeTemplateError)
  {
    guard let format = DocumentFormat(fileName: path) else {
      throw .usage(
        "\(path): a template must be a .docx or .odt file (Word or LibreOffice document)")
    }
    let reader: PackageReader
    do {
      reader = try PackageReader(path: path)
    } catch {
      throw .package(error)
    }
    try self.init(reader: reader, format: format, environment: environment)
  }

  public init(
    bytes: [UInt8], format: DocumentFormat? = nil, environment: TemplateEnvironment = .standard
  ) throws(OfficeTemplateError) {
    let reader: PackageReader
    do {
      reader = try PackageReader(bytes: bytes)
    } catch {
      throw .package(error)
    }
    try self.init(reader: reader, format: format, environment: environment)
  }

  init(reader: PackageReader, format: DocumentFormat?, environment: TemplateEnvironment)
    throws(OfficeTemplateError)
  {
    let detected = Self.detectFormat(reader)
    let format = format ?? detected
    guard format == detected else {
      throw .usage(
        "the file is a \(detected.rawValue.uppercased()) package, not \(format.rawValue.uppercased()); give it the .\(detected.fileExtension) extension"
      )
    }
    self.format = format
    var parts: [Part] = []
    var problems: [TemplateDiagnostic] = []
    do {
      let catalog = try PartCatalog(reader: reader, format: format)
      for part in catalog.parts {
        let data = try reader.data(of: part.entry)
        guard data.contains(UInt8(ascii: "{")) || data.contains(UInt8(ascii: "}")) else { continue }
        let xml = try XMLPart.parse(data, name: part.entry.name)
        var locator = TagLocator(format: format, label: part.label, isProperties: part.isProperties)
        locator.locate(in: xml.root)
        problems += locator.diagnostics
        guard !locator.tags.isEmpty else { continue }
        var binder = StructureBinder(format: format, isProperties: part.isProperties)
        binder.bind(locator.tags.reversed(), root: xml.root)
        problems += binder.diagnostics
        var builder = PartProgramBuilder(format: format)
        builder.build(xml)
        let template = Template(
          items: builder.items, environment: environment, diagnostics: &problems)
        parts.append(
          Part(
            label: part.label, entryName: part.entry.name, template: template,
            structures: builder.tagStructures))
      }
    } catch {
      throw .package(error)
    }
    self.parts = parts
    self.problems = problems
  }

  static func detectFormat(_ reader: PackageReader) -> DocumentFormat {
    reader.entry(named: "content.xml") != nil && reader.entry(named: "word/document.xml") == nil
      ? .odt : .docx
  }
}
