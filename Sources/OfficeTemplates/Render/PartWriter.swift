import TemplateLanguage

/// Writes one part while its program renders: literal chunks as they are,
/// values escaped for the place their tag stands, table grids fitted to the
/// columns written.
struct PartWriter: RenderSink {
  // The program's literals, read through pointers: the hot loop of a render
  // is copying literal chunks, and going through the arrays cost a retain
  // and a release per chunk.
  private let literals: UnsafeBufferPointer<UInt8>
  private let chunks: UnsafeBufferPointer<Range<Int>>
  private let markers: [TableMarker]
  private let out: RenderBuffer
  private var tables:
    [(
      gridOffset: Int, columns: [GridColumn], format: DocumentFormat, row: Int,
      widest: Int
    )] = []

  private init(
    literals: UnsafeBufferPointer<UInt8>, chunks: UnsafeBufferPointer<Range<Int>>,
    markers: [TableMarker], buffer: RenderBuffer
  ) {
    self.literals = literals
    self.chunks = chunks
    self.markers = markers
    out = buffer
    out.removeAll()
    out.reserve(literals.count + literals.count / 4)
  }

  /// Renders `program` for `scope` into `buffer` (emptied first, its
  /// memory reused).
  static func render(_ program: PartProgram, _ scope: Scope, into buffer: RenderBuffer)
    throws(TemplateErrors)
  {
    var result: Result<Void, TemplateErrors> = .success(())
    program.literals.withUnsafeBufferPointer { literals in
      program.chunks.withUnsafeBufferPointer { chunks in
        var sink = PartWriter(
          literals: literals, chunks: chunks, markers: program.markers, buffer: buffer)
        do throws(TemplateErrors) {
          try program.template.render(scope, into: &sink)
        } catch {
          result = .failure(error)
        }
      }
    }
    try result.get()
  }

  mutating func appendLiteral(_ index: Int) {
    out.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: literals[chunks[index]])))
  }

  mutating func appendOutput(_ value: Value, context: UInt8) {
    // Numbers are most of a report's values, and need no escaping: their
    // digits go straight into the buffer, without a String in between.
    if case .int(let number) = value {
      appendDigits(of: number)
      return
    }
    let text: String
    if case .string(let string) = value { text = string } else { text = value.printed }
    Self.escape(text, into: out, for: OutputContext(rawValue: context) ?? .plain)
  }

  private func appendDigits(of number: Int) {
    var magnitude = number.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits and a sign
    withUnsafeMutableBytes(of: &digits) { buffer in
      var end = buffer.count
      repeat {
        end -= 1
        buffer[end] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      if number < 0 {
        end -= 1
        buffer[end] = UInt8(ascii: "-")
      }
      out.append(UnsafeRawBufferPointer(rebasing: buffer[end...]))
    }
  }

  var size: Int { out.count }

  mutating func marker(_ id: Int) {
    switch markers[id] {
    case .grid(let format, let columns):
      tables.append((out.count, columns, format, 0, 0))
    case .rowStart:
      guard !tables.isEmpty else { return }
      tables[tables.count - 1].row = 0
    case .cell(let span):
      guard !tables.isEmpty else { return }
      tables[tables.count - 1].row += span
      tables[tables.count - 1].widest = max(
        tables[tables.count - 1].widest, tables[tables.count - 1].row)
    case .tableEnd:
      guard let table = tables.popLast() else { return }
      out.insert(
        GridColumn.grid(table.columns, count: table.widest, format: table.format),
        at: table.gridOffset)
    }
  }

  private static let wordBreak = Array("</w:t><w:br/><w:t xml:space=\"preserve\">".utf8)
  private static let wordTab = Array("</w:t><w:tab/><w:t xml:space=\"preserve\">".utf8)
  private static let odfBreak = Array("<text:line-break/>".utf8)
  private static let odfTab = Array("<text:tab/>".utf8)
  private static let plainBreak: [UInt8] = [0x0A]
  private static let plainTab: [UInt8] = [0x09]
  private static let attributeBreak = Array("&#10;".utf8)
  private static let attributeTab = Array("&#9;".utf8)

  /// Whether `text` has a byte that XML or line handling must change:
  /// a control character, `&`, `<`, `>`, or 0xEF, which begins the
  /// noncharacters U+FFFE and U+FFFF that XML forbids (and, rarely in
  /// Vietnamese text, U+F000…U+FFFD). Eight bytes at a time (SWAR): value
  /// text is most of what a render inspects byte by byte.
  private static func needsEscaping(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ w: UInt64) -> Bool { (w &- ones) & ~w & highs != 0 }
    var i = 0
    let count = text.count
    guard let base = text.baseAddress else { return false }
    // A byte below 0x20 (with its high bit clear) or equal to & < > 0xEF.
    @inline(__always) func flags(_ w: UInt64) -> Bool {
      // `<` (0x3C) and `>` (0x3E) differ only in bit 1: one test finds both.
      (w &- ones &* 0x20) & ~w & highs != 0 || hasZeroByte(w ^ (ones &* 0x26))
        || hasZeroByte((w ^ (ones &* 0x3C)) & ~(ones &* 0x02)) || hasZeroByte(w ^ (ones &* 0xEF))
    }
    guard count >= 8 else {
      // Most values are short: pad them to one word with a harmless byte.
      var w = ones &* 0x61
      withUnsafeMutableBytes(of: &w) { $0.copyMemory(from: UnsafeRawBufferPointer(text)) }
      return flags(w)
    }
    while i + 8 <= count {
      if flags(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { return true }
      i += 8
    }
    // The last bytes, as one word that overlaps the one before.
    return i < count && flags(UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self))
  }

  /// The same for ODF, where a second space in a row also needs `<text:s/>`.
  private static func needsODFEscaping(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var previous: UInt8 = 0
    for b in text {
      switch b {
      case 0x00..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0xEF: return true
      case 0x20 where previous == 0x20: return true
      default: previous = b
      }
    }
    return false
  }

  /// XML-escapes `text`; line breaks and tabs become the format's elements;
  /// characters XML 1.0 forbids are dropped; in ODF a run of spaces keeps
  /// its length with `<text:s/>`. The bytes between the ones that change are
  /// copied a stretch at a time.
  static func escape(_ text: String, into out: RenderBuffer, for place: OutputContext) {
    let spaces = place == .odfText
    // Most values need no escaping at all. One with storage of its own is
    // checked and copied in one go; a short one (kept inside the String,
    // with no storage to lend) is read below, where its plain bytes are
    // copied as one stretch too. An attribute's value (a cell's colour) is
    // short and always goes through the loop, which escapes its quotes.
    let attribute = place == .attribute
    let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
      guard !attribute, !(spaces ? needsODFEscaping(bytes) : needsEscaping(bytes)) else {
        return false
      }
      out.append(UnsafeRawBufferPointer(bytes))
      return true
    }
    if copied == true { return }
    // The elements a line break and a tab become, read only here: the
    // common case above needs neither.
    let (lineBreak, tab) =
      switch place {
      case .wordText: (Self.wordBreak, Self.wordTab)
      case .odfText: (Self.odfBreak, Self.odfTab)
      case .plain: (Self.plainBreak, Self.plainTab)
      case .attribute: (Self.attributeBreak, Self.attributeTab)
      }
    var text = text
    text.withUTF8 { bytes in
      var pendingSpaces = 0
      var previous: UInt8 = 0
      // Where the stretch of bytes still to be copied as they are begins.
      var stretch = 0
      func copyStretch(upTo end: Int) {
        guard stretch < end else { return }
        out.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[stretch..<end])))
      }
      func flushSpaces() {
        guard pendingSpaces > 0 else { return }
        out.append(0x20)
        if pendingSpaces > 1 { out.append(Array("<text:s text:c=\"\(pendingSpaces - 1)\"/>".utf8)) }
        pendingSpaces = 0
      }
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        if spaces, b == 0x20 {
          copyStretch(upTo: i)
          stretch = i + 1
          pendingSpaces += 1
          previous = b
          i += 1
          continue
        }
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF): dropped, as XML forbids
        // them, without ending a run of spaces.
        if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] & 0xFE == 0xBE {
          copyStretch(upTo: i)
          stretch = i + 3
          i += 3
          continue
        }
        if pendingSpaces > 0 { flushSpaces() }
        defer {
          previous = b
          i += 1
        }
        if b >= 0x20, b != UInt8(ascii: "&"), b != UInt8(ascii: "<"), b != UInt8(ascii: ">"),
          !(attribute && b == UInt8(ascii: "\""))
        {
          continue
        }
        copyStretch(upTo: i)
        stretch = i + 1
        switch b {
        case UInt8(ascii: "&"): out.append(Self.ampersand)
        case UInt8(ascii: "<"): out.append(Self.lessThan)
        case UInt8(ascii: ">"): out.append(Self.greaterThan)
        case UInt8(ascii: "\""): out.append(Self.quote)
        case 0x0A:
          if previous != 0x0D { out.append(lineBreak) }
        case 0x0D: out.append(lineBreak)
        case 0x09: out.append(tab)
        default: break
        }
      }
      copyStretch(upTo: bytes.count)
      flushSpaces()
    }
  }

  private static let ampersand = Array("&amp;".utf8)
  private static let lessThan = Array("&lt;".utf8)
  private static let greaterThan = Array("&gt;".utf8)
  private static let quote = Array("&quot;".utf8)
}

/// The compiled program of one part: its literal chunks, its template and
/// its table markers. Immutable and shared by every render.
struct PartProgram: Sendable {
  let name: String
  let literals: [UInt8]
  let chunks: [Range<Int>]
  /// What `template` was parsed from, kept for the template cache.
  let items: [TemplateItem]
  let template: Template
  let markers: [TableMarker]
}
