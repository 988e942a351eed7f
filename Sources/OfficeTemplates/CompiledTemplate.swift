import OfficePackage
import TemplateLanguage

/// A DOCX or ODT template compiled once, ready to render many contexts.
///
/// Compiling reads the package, parses each part that may hold tags, finds
/// the tags across runs, binds them to paragraphs, rows and cells, and keeps
/// each part as literal chunks and holes. Rendering then only evaluates the
/// holes and concatenates; parts without tags are copied as their
/// compressed bytes. Immutable, so one compiled template serves all threads.
public final class CompiledTemplate: Sendable {
  public let format: DocumentFormat
  /// Every tag of the template, part by part, in document order.
  public let parts: [TemplatePart]
  /// Text that looks like another tool's tags, printed as it is (see
  /// `TemplateAnalysis.hints`).
  public let hints: [TemplateDiagnostic]
  let entries: [OutputEntry]
  private let timestamp: PackageTimestamp
  /// About what a rendered package takes, so the writer allocates once.
  private let expectedSize: Int
  /// Render buffers kept between renders: a part's XML is rendered into one
  /// and compressed from it, and allocating ~100 kB afresh each time (with
  /// the page faults that brings) cost more than the engine's own work.
  private let buffers = BufferPool()

  /// One part that holds tags, as an inspector sees it.
  public struct TemplatePart: Sendable {
    public let name: String
    /// The package entry: `word/document.xml`, `content.xml`.
    let entryName: String
    public let template: Template
  }

  enum OutputEntry: Sendable {
    case copy(PackageEntry, raw: [UInt8])
    case part(PartProgram, entry: PackageEntry)
  }

  /// Compiles a template from its bytes. `format` defaults to what the
  /// package holds. Every problem of every part is reported at once.
  public convenience init(
    bytes: [UInt8], format: DocumentFormat? = nil, environment: TemplateEnvironment = .standard,
    limits: PackageLimits = .init()
  ) throws(OfficeTemplateError) {
    try self.init(
      reader: try TemplateAnalysis.open(bytes: bytes, limits: limits), format: format,
      environment: environment)
  }

  /// Compiles the template file at `path`; its extension names the format.
  public convenience init(path: String, environment: TemplateEnvironment = .standard)
    throws(OfficeTemplateError)
  {
    let (reader, format) = try TemplateAnalysis.open(path: path)
    try self.init(reader: reader, format: format, environment: environment)
  }

  private convenience init(
    reader: PackageReader, format: DocumentFormat?, environment: TemplateEnvironment
  )
    throws(OfficeTemplateError)
  {
    let analysis = try TemplateAnalysis(reader: reader, format: format, environment: environment)
    guard analysis.problems.isEmpty else { throw .template(TemplateErrors(analysis.problems)) }
    let programs = Dictionary(
      analysis.parts.map { ($0.entryName, $0.program) }, uniquingKeysWith: { first, _ in first })
    var entries: [OutputEntry] = []
    do {
      for entry in reader.entries {
        if let program = programs[entry.name] {
          entries.append(.part(program, entry: entry))
        } else {
          entries.append(.copy(entry, raw: try reader.rawData(of: entry)))
        }
      }
    } catch {
      throw .package(error)
    }
    // ODF wants `mimetype` first (and stored); put it there whatever the
    // template package did.
    if let i = entries.firstIndex(where: {
      if case .copy(let e, _) = $0 { e.name == "mimetype" } else { false }
    }), i != 0 {
      entries.insert(entries.remove(at: i), at: 0)
    }
    self.init(
      format: analysis.format,
      parts: analysis.parts.map {
        TemplatePart(name: $0.label, entryName: $0.entryName, template: $0.template)
      },
      hints: analysis.hints, entries: entries)
  }

  /// A template from its compiled pieces (`parts` name the templates of
  /// `entries` for inspection).
  init(
    format: DocumentFormat, parts: [TemplatePart], hints: [TemplateDiagnostic],
    entries: [OutputEntry]
  ) {
    self.format = format
    self.parts = parts
    self.hints = hints
    self.entries = entries
    expectedSize = entries.reduce(0) { total, entry in
      switch entry {
      case .copy(let e, let raw): total + raw.count + 2 * e.name.utf8.count + 100
      case .part(let program, let e):
        total + program.literals.count / 2 + 2 * e.name.utf8.count + 100
      }
    }
    timestamp = .fromEnvironment()
  }

  /// Renders one document from `context` (the root mapping is the
  /// template's namespace, as docxtpl's `render(context)`).
  public func render(_ context: Value, compression: CompressionLevel = .default)
    throws(OfficeTemplateError) -> [UInt8]
  {
    try render(Scope(context), compression: compression)
  }

  public func render(_ scope: Scope, compression: CompressionLevel = .default)
    throws(OfficeTemplateError) -> [UInt8]
  {
    var writer = PackageWriter(timestamp: timestamp)
    writer.reserveCapacity(expectedSize)
    var problems: [TemplateDiagnostic] = []
    for entry in entries {
      switch entry {
      case .copy(let e, let raw):
        writer.addRaw(e.name, copyOf: e, rawData: raw)
      case .part(let program, let e):
        let buffer = buffers.take()
        defer { buffers.give(back: buffer) }
        do {
          try PartWriter.render(program, scope, into: buffer)
        } catch {
          problems += error.diagnostics
          continue
        }
        writer.add(e.name, contentsOf: buffer.bytes, level: compression)
      }
    }
    if !problems.isEmpty { throw .template(TemplateErrors(problems)) }
    do {
      return try writer.finish()
    } catch {
      throw .package(error)
    }
  }
}
