import TemplateLanguage

/// Writes one part while its program renders: literal chunks as they are,
/// values escaped for the place their tag stands, table grids fitted to the
/// columns written.
struct PartWriter: RenderSink {
  let program: PartProgram
  var out: [UInt8]
  private var tables: [(gridOffset: Int, columns: [GridColumn], format: DocumentFormat, row: Int,
    widest: Int)] = []

  init(program: PartProgram) {
    self.program = program
    out = []
    out.reserveCapacity(program.literals.count + program.literals.count / 4)
  }

  mutating func appendLiteral(_ index: Int) {
    out.append(contentsOf: program.literals[program.chunks[index]])
  }

  mutating func appendOutput(_ value: Value, context: UInt8) {
    let text = value.printed
    switch OutputContext(rawValue: context) ?? .plain {
    case .wordText:
      Self.escape(text, into: &out, lineBreak: Self.wordBreak, tab: Self.wordTab, spaces: false)
    case .odfText:
      Self.escape(text, into: &out, lineBreak: Self.odfBreak, tab: Self.odfTab, spaces: true)
    case .plain:
      Self.escape(text, into: &out, lineBreak: [0x0A], tab: [0x09], spaces: false)
    }
  }

  mutating func marker(_ id: Int) {
    switch program.markers[id] {
    case .grid(let format, let columns):
      tables.append((out.count, columns, format, 0, 0))
    case .rowStart:
      guard !tables.isEmpty else { return }
      tables[tables.count - 1].row = 0
    case .cell(let span):
      guard !tables.isEmpty else { return }
      tables[tables.count - 1].row += span
      tables[tables.count - 1].widest = max(tables[tables.count - 1].widest, tables[tables.count - 1].row)
    case .tableEnd:
      guard let table = tables.popLast() else { return }
      out.insert(
        contentsOf: GridColumn.grid(table.columns, count: table.widest, format: table.format),
        at: table.gridOffset)
    }
  }

  private static let wordBreak = Array("</w:t><w:br/><w:t xml:space=\"preserve\">".utf8)
  private static let wordTab = Array("</w:t><w:tab/><w:t xml:space=\"preserve\">".utf8)
  private static let odfBreak = Array("<text:line-break/>".utf8)
  private static let odfTab = Array("<text:tab/>".utf8)

  /// XML-escapes `text`; line breaks and tabs become the format's elements;
  /// characters XML 1.0 forbids are dropped; in ODF a run of spaces keeps
  /// its length with `<text:s/>`.
  static func escape(
    _ text: String, into out: inout [UInt8], lineBreak: [UInt8], tab: [UInt8], spaces: Bool
  ) {
    var utf8 = text.utf8.makeIterator()
    var pendingSpaces = 0
    var previous: UInt8 = 0
    func flushSpaces(_ out: inout [UInt8]) {
      guard pendingSpaces > 0 else { return }
      out.append(0x20)
      if pendingSpaces > 1 {
        out += Array("<text:s text:c=\"\(pendingSpaces - 1)\"/>".utf8)
      }
      pendingSpaces = 0
    }
    while let b = utf8.next() {
      if spaces, b == 0x20 {
        pendingSpaces += 1
        previous = b
        continue
      }
      if pendingSpaces > 0 { flushSpaces(&out) }
      switch b {
      case UInt8(ascii: "&"): out += [0x26, 0x61, 0x6D, 0x70, 0x3B]
      case UInt8(ascii: "<"): out += [0x26, 0x6C, 0x74, 0x3B]
      case UInt8(ascii: ">"): out += [0x26, 0x67, 0x74, 0x3B]
      case 0x0A:
        if previous != 0x0D { out += lineBreak }
      case 0x0D: out += lineBreak
      case 0x09: out += tab
      case 0x00..<0x20: break
      default: out.append(b)
      }
      previous = b
    }
    flushSpaces(&out)
  }
}

/// The compiled program of one part: its literal chunks, its template and
/// its table markers. Immutable and shared by every render.
struct PartProgram: Sendable {
  let name: String
  let literals: [UInt8]
  let chunks: [Range<Int>]
  let template: Template
  let markers: [TableMarker]
}
