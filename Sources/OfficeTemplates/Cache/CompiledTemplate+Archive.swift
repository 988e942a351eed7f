import OfficePackage
import TemplateLanguage

/// A compiled template as bytes, and back: what the template cache keeps.
///
/// Each part keeps its literal XML, its table markers and the items its
/// template was parsed from; reading an archive parses those items again
/// (cheap: no XML, no tag search) rather than storing the parsed tree.
extension CompiledTemplate {
  func archive(into writer: inout ArchiveWriter) {
    writer.write(format.rawValue)
    writer.write(entries.count)
    for entry in entries {
      switch entry {
      case .copy(let e, let raw):
        writer.write(0)
        Self.archive(e, into: &writer)
        writer.write(raw)
      case .part(let program, let e):
        writer.write(1)
        Self.archive(e, into: &writer)
        Self.archive(program, into: &writer)
      }
    }
    writer.write(parts.count)
    for part in parts {
      writer.write(part.name)
      writer.write(part.entryName)
    }
  }

  /// Reads what `archive(into:)` wrote. Throws on anything damaged,
  /// including items that no longer parse into a template without problems.
  convenience init(from reader: inout ArchiveReader, environment: TemplateEnvironment)
    throws(ArchiveReader.Damaged)
  {
    guard let format = DocumentFormat(rawValue: try reader.string()) else {
      throw ArchiveReader.Damaged()
    }
    let entries = try reader.array { (reader: inout ArchiveReader) throws(ArchiveReader.Damaged) in
      let kind = try reader.int()
      let entry = try Self.packageEntry(from: &reader)
      switch kind {
      case 0:
        let raw = try reader.bytes()
        guard raw.count == entry.compressedSize else { throw ArchiveReader.Damaged() }
        return OutputEntry.copy(entry, raw: raw)
      case 1:
        return .part(try Self.program(from: &reader, environment: environment), entry: entry)
      default:
        throw ArchiveReader.Damaged()
      }
    }
    var programs: [String: PartProgram] = [:]
    for case .part(let program, let entry) in entries { programs[entry.name] = program }
    let parts = try reader.array { (reader: inout ArchiveReader) throws(ArchiveReader.Damaged) in
      let name = try reader.string()
      let entryName = try reader.string()
      guard let program = programs[entryName] else { throw ArchiveReader.Damaged() }
      return TemplatePart(name: name, entryName: entryName, template: program.template)
    }
    guard reader.isAtEnd else { throw ArchiveReader.Damaged() }
    self.init(format: format, parts: parts, hints: [], entries: entries)
  }

  private static func archive(_ entry: PackageEntry, into writer: inout ArchiveWriter) {
    writer.write(entry.name)
    writer.write(entry.index)
    writer.write(entry.compressedSize)
    writer.write(entry.uncompressedSize)
    writer.write(Int(entry.crc32))
    writer.write(entry.isCompressed)
  }

  private static func packageEntry(from reader: inout ArchiveReader) throws(ArchiveReader.Damaged)
    -> PackageEntry
  {
    let name = try reader.string()
    let index = try reader.count()
    let compressedSize = try reader.count()
    let uncompressedSize = try reader.count()
    guard let crc32 = UInt32(exactly: try reader.int()) else { throw ArchiveReader.Damaged() }
    return PackageEntry(
      name: name, index: index, compressedSize: compressedSize,
      uncompressedSize: uncompressedSize, crc32: crc32, isCompressed: try reader.bool())
  }

  private static func archive(_ program: PartProgram, into writer: inout ArchiveWriter) {
    writer.write(program.name)
    writer.write(program.literals)
    writer.write(program.chunks.count)
    for chunk in program.chunks {
      writer.write(chunk.lowerBound)
      writer.write(chunk.count)
    }
    writer.write(program.markers.count)
    for marker in program.markers { archive(marker, into: &writer) }
    writer.write(program.items.count)
    for item in program.items { archive(item, into: &writer) }
  }

  private static func program(from reader: inout ArchiveReader, environment: TemplateEnvironment)
    throws(ArchiveReader.Damaged) -> PartProgram
  {
    let name = try reader.string()
    let literals = try reader.bytes()
    let chunks = try reader.array { (reader: inout ArchiveReader) throws(ArchiveReader.Damaged) in
      let start = try reader.count()
      let count = try reader.count()
      guard start <= literals.count, count <= literals.count - start else {
        throw ArchiveReader.Damaged()
      }
      return start..<start + count
    }
    let markers = try reader.array(marker(from:))
    let items = try reader.array(item(from:))
    for item in items {
      switch item {
      case .literal(let index): guard index < chunks.count else { throw ArchiveReader.Damaged() }
      case .marker(let index): guard index < markers.count else { throw ArchiveReader.Damaged() }
      case .tag: break
      }
    }
    var problems: [TemplateDiagnostic] = []
    let template = Template(items: items, environment: environment, diagnostics: &problems)
    guard problems.isEmpty else { throw ArchiveReader.Damaged() }
    return PartProgram(
      name: name, literals: literals, chunks: chunks, items: items, template: template,
      markers: markers)
  }

  private static func archive(_ marker: TableMarker, into writer: inout ArchiveWriter) {
    switch marker {
    case .grid(let format, let columns):
      writer.write(0)
      writer.write(format.rawValue)
      writer.write(columns.count)
      for column in columns {
        writer.write(column.width)
        writer.write(column.element)
      }
    case .rowStart:
      writer.write(1)
    case .cell(let span):
      writer.write(2)
      writer.write(span)
    case .tableEnd:
      writer.write(3)
    }
  }

  private static func marker(from reader: inout ArchiveReader) throws(ArchiveReader.Damaged)
    -> TableMarker
  {
    switch try reader.int() {
    case 0:
      guard let format = DocumentFormat(rawValue: try reader.string()) else {
        throw ArchiveReader.Damaged()
      }
      let columns = try reader.array {
        (reader: inout ArchiveReader) throws(ArchiveReader.Damaged) in
        GridColumn(width: try reader.optionalInt(), element: try reader.bytes())
      }
      return .grid(format: format, columns: columns)
    case 1: return .rowStart
    case 2: return .cell(span: try reader.int())
    case 3: return .tableEnd
    default: throw ArchiveReader.Damaged()
    }
  }

  private static func archive(_ item: TemplateItem, into writer: inout ArchiveWriter) {
    switch item {
    case .literal(let index):
      writer.write(0)
      writer.write(index)
    case .marker(let index):
      writer.write(1)
      writer.write(index)
    case .tag(let tag):
      writer.write(2)
      switch tag.kind {
      case .output: writer.write(0)
      case .statement: writer.write(1)
      case .comment: writer.write(2)
      }
      writer.write(tag.prefix?.rawValue ?? "")
      writer.write(tag.inner)
      writer.write(tag.container)
      writer.write(Int(tag.outputContext))
      let location = tag.location
      writer.write(location.part)
      for place in [
        location.paragraph, location.table, location.row, location.cell, location.line,
        location.column,
      ] {
        writer.write(place)
      }
      writer.write(location.excerpt)
    }
  }

  private static func item(from reader: inout ArchiveReader) throws(ArchiveReader.Damaged)
    -> TemplateItem
  {
    switch try reader.int() {
    case 0: return .literal(try reader.count())
    case 1: return .marker(try reader.count())
    case 2:
      let kind: TagScanner.Kind
      switch try reader.int() {
      case 0: kind = .output
      case 1: kind = .statement
      case 2: kind = .comment
      default: throw ArchiveReader.Damaged()
      }
      let prefixName = try reader.string()
      let prefix = TagScanner.Prefix(rawValue: prefixName)
      guard prefix != nil || prefixName.isEmpty else { throw ArchiveReader.Damaged() }
      let inner = try reader.string()
      let container = try reader.int()
      guard let outputContext = UInt8(exactly: try reader.int()) else {
        throw ArchiveReader.Damaged()
      }
      let location = TemplateLocation(
        part: try reader.string(), paragraph: try reader.optionalInt(),
        table: try reader.optionalInt(), row: try reader.optionalInt(),
        cell: try reader.optionalInt(), line: try reader.optionalInt(),
        column: try reader.optionalInt(), excerpt: try reader.string())
      return .tag(
        TemplateTag(
          kind: kind, prefix: prefix, inner: inner, container: container,
          outputContext: outputContext, location: location))
    default: throw ArchiveReader.Damaged()
    }
  }
}
