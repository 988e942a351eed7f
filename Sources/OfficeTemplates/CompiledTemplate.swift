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
  private let entries: [OutputEntry]
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
    public let template: Template
  }

  private enum OutputEntry: Sendable {
    case copy(PackageEntry, raw: [UInt8])
    case part(PartProgram, entry: PackageEntry)
  }

  /// Compiles a template from its bytes. `format` defaults to what the
  /// package holds. Every problem of every part is reported at once.
  public convenience init(
    bytes: [UInt8], format: DocumentFormat? = nil, environment: TemplateEnvironment = .standard,
    limits: PackageLimits = .init()
  ) throws(OfficeTemplateError) {
    let reader: PackageReader
    do {
      reader = try PackageReader(bytes: bytes, limits: limits)
    } catch {
      throw .package(error)
    }
    try self.init(reader: reader, format: format, environment: environment)
  }

  /// Compiles the template file at `path`; its extension names the format.
  public convenience init(path: String, environment: TemplateEnvironment = .standard)
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

  private init(reader: PackageReader, format: DocumentFormat?, environment: TemplateEnvironment)
    throws(OfficeTemplateError)
  {
    do {
      let detected: DocumentFormat =
        reader.entry(named: "content.xml") != nil && reader.entry(named: "word/document.xml") == nil
        ? .odt : .docx
      let format = format ?? detected
      if format != detected {
        throw OfficeTemplateError.usage(
          "the file is a \(detected.rawValue.uppercased()) package, not \(format.rawValue.uppercased()); give it the .\(detected.fileExtension) extension"
        )
      }
      self.format = format
      let catalog = try PartCatalog(reader: reader, format: format)
      var programs: [String: PartProgram] = [:]
      var parts: [TemplatePart] = []
      var diagnostics: [TemplateDiagnostic] = []
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
        guard
          let program = Self.compile(
            xml, label: part.label, format: format, isProperties: part.isProperties,
            hasLiteralDelimiters: Self.hasLiteralDelimiters(data),
            environment: environment, diagnostics: &diagnostics)
        else { continue }
        programs[part.entry.name] = program
        parts.append(TemplatePart(name: part.label, template: program.template))
      }
      if !diagnostics.isEmpty { throw OfficeTemplateError.template(TemplateErrors(diagnostics)) }
      self.parts = parts

      var entries: [OutputEntry] = []
      for entry in reader.entries {
        if let program = programs[entry.name] {
          entries.append(.part(program, entry: entry))
        } else {
          entries.append(.copy(entry, raw: try reader.rawData(of: entry)))
        }
      }
      // ODF wants `mimetype` first (and stored); put it there whatever the
      // template package did.
      if let i = entries.firstIndex(where: {
        if case .copy(let e, _) = $0 { e.name == "mimetype" } else { false }
      }), i != 0 {
        entries.insert(entries.remove(at: i), at: 0)
      }
      self.entries = entries
      expectedSize = entries.reduce(0) { total, entry in
        switch entry {
        case .copy(let e, let raw): total + raw.count + 2 * e.name.utf8.count + 100
        case .part(let program, let e): total + program.literals.count / 2 + 2 * e.name.utf8.count + 100
        }
      }
      timestamp = .fromEnvironment()
    } catch let error as PackageError {
      throw .package(error)
    } catch let error as OfficeTemplateError {
      throw error
    } catch {
      throw .usage("\(error)")
    }
  }

  /// Locates, binds and serializes one part; nil when it holds no tag and
  /// nothing to unescape, so it is copied unchanged.
  private static func compile(
    _ xml: XMLPart, label: String, format: DocumentFormat, isProperties: Bool,
    hasLiteralDelimiters: Bool, environment: TemplateEnvironment, diagnostics: inout [TemplateDiagnostic]
  ) -> PartProgram? {
    var locator = TagLocator(format: format, label: label, isProperties: isProperties)
    locator.locate(in: xml.root)
    diagnostics += locator.diagnostics
    guard !locator.tags.isEmpty || !locator.diagnostics.isEmpty || hasLiteralDelimiters
    else { return nil }
    var binder = StructureBinder(format: format, isProperties: isProperties)
    binder.bind(locator.tags.reversed(), root: xml.root)
    diagnostics += binder.diagnostics
    var builder = PartProgramBuilder(format: format)
    builder.build(xml)
    let template = Template(items: builder.items, environment: environment, diagnostics: &diagnostics)
    return PartProgram(
      name: xml.name, literals: builder.literals, chunks: builder.chunks, template: template,
      markers: builder.markers)
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
