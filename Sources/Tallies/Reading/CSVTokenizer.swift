/// Splits UTF-8 CSV text into rows and cells (RFC 4180, read leniently).
///
/// Why not a CSV library: the load stage must read 1,000,000 tally rows in
/// under 3 s on one core, and report every problem at its file line. On
/// this machine (release build, one core, 1,000,000 rows / 109 MB of
/// tally-shaped CSV), yaslab/CSV.swift 2.5.2 took 4.8 s to tokenise alone
/// (it pulls one `Unicode.Scalar` at a time through an `AnyIterator` and
/// appends each to a `String`), and swiftcsv/SwiftCSV 0.10.0 took 17.6 s
/// and 886 MB; neither reports line numbers, which rows with quoted line
/// breaks make different from row numbers. This tokenizer works on bytes —
/// every byte that matters to CSV is ASCII, so UTF-8 needs no decoding here
/// — keeps cells as byte ranges until a loader asks for their text, and
/// counts lines as it goes. It agrees with CSV.swift on well-formed input
/// (a differential test in TalliesTests checks that).
///
/// Read leniently, as spreadsheets do: `\n`, `\r\n` and `\r` end rows; a
/// quote inside an unquoted cell is a literal character; text after a
/// closing quote is kept (`"ab"c` is `abc`); a quote never closed runs to
/// the end of the file and is reported.
struct CSVTokenizer {
  /// The cell separator: `,`, `;` or tab.
  let delimiter: UInt8

  static let quote = UInt8(ascii: "\"")
  static let lineFeed = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")

  /// Calls `body` with each row, in order, until it returns false.
  func forEachRow(
    in text: UnsafeBufferPointer<UInt8>, _ body: (CSVRowView) -> Bool
  ) {
    var cells: [CSVCell] = []
    cells.reserveCapacity(32)
    var i = 0
    var line = 1
    let end = text.count
    let delimiter = self.delimiter
    while i < end {
      cells.removeAll(keepingCapacity: true)
      let rowLine = line
      var unterminated = false
      rowLoop: while true {
        // One cell starting at i.
        if i < end && text[i] == Self.quote {
          let start = i
          i += 1
          var closed = false
          while i < end {
            let byte = text[i]
            if byte == Self.quote {
              if i + 1 < end && text[i + 1] == Self.quote {
                i += 2
                continue
              }
              closed = true
              i += 1
              break
            }
            if byte == Self.lineFeed {
              line += 1
            } else if byte == Self.carriageReturn {
              if !(i + 1 < end && text[i + 1] == Self.lineFeed) { line += 1 }
            }
            i += 1
          }
          if !closed { unterminated = true }
          // Text after the closing quote belongs to the cell.
          while i < end {
            let byte = text[i]
            if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
            i += 1
          }
          cells.append(CSVCell(start: start, end: i, isQuoted: true))
        } else {
          let start = i
          while i < end {
            let byte = text[i]
            if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
            i += 1
          }
          cells.append(CSVCell(start: start, end: i, isQuoted: false))
        }
        // What ended the cell.
        if i >= end { break rowLoop }
        let byte = text[i]
        i += 1
        if byte == delimiter { continue rowLoop }
        if byte == Self.carriageReturn && i < end && text[i] == Self.lineFeed { i += 1 }
        line += 1
        break rowLoop
      }
      let row = CSVRowView(
        text: text, cells: cells, line: rowLine, hasUnterminatedQuote: unterminated)
      if !body(row) { return }
    }
  }

  /// The delimiter of a file, from its first line that has one of `,` `;`
  /// and tab outside quotes: the most frequent of the three (a comma wins a
  /// tie, then a semicolon). Excel's `sep=;` first line names it outright;
  /// `skipFirstLine` is then true.
  static func detectDelimiter(in text: UnsafeBufferPointer<UInt8>)
    -> (delimiter: UInt8, skipFirstLine: Bool)
  {
    let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), tab = UInt8(ascii: "\t")
    if text.count >= 5, text[0] | 0x20 == UInt8(ascii: "s"), text[1] | 0x20 == UInt8(ascii: "e"),
      text[2] | 0x20 == UInt8(ascii: "p"), text[3] == UInt8(ascii: "="),
      text.count == 5 || text[5] == lineFeed || text[5] == carriageReturn
    {
      return (text[4], true)
    }
    var counts = (comma: 0, semicolon: 0, tab: 0)
    var inQuotes = false
    var i = 0
    // Look at lines until one has a delimiter (title lines above the
    // header often have none), within the first 64 KiB.
    let limit = min(text.count, 65536)
    while i < limit {
      let byte = text[i]
      if byte == quote {
        inQuotes.toggle()
      } else if !inQuotes {
        switch byte {
        case comma: counts.comma += 1
        case semicolon: counts.semicolon += 1
        case tab: counts.tab += 1
        case lineFeed, carriageReturn:
          if counts.comma + counts.semicolon + counts.tab > 0 { i = limit }
        default: break
        }
      }
      i += 1
    }
    if counts.semicolon > counts.comma && counts.semicolon >= counts.tab {
      return (semicolon, false)
    }
    if counts.tab > counts.comma && counts.tab > counts.semicolon { return (tab, false) }
    return (comma, false)
  }
}

/// Where one cell lies in the text: byte offsets, quotes included when
/// quoted.
struct CSVCell {
  var start: Int
  var end: Int
  var isQuoted: Bool
}

/// A row as the tokenizer found it, valid during the call that receives it.
struct CSVRowView {
  let text: UnsafeBufferPointer<UInt8>
  let cells: [CSVCell]
  /// The line the row starts on, from 1.
  let line: Int
  /// Whether a quote opened in this row is never closed.
  let hasUnterminatedQuote: Bool

  var count: Int { cells.count }

  /// Whether the cell holds nothing but spaces (or is past the row's end).
  func isBlank(_ index: Int) -> Bool {
    guard index < cells.count else { return true }
    let cell = cells[index]
    var i = cell.start
    while i < cell.end {
      let b = text[i]
      if b != 0x20 && b != 0x09 && b != Self.quoteByte { return false }
      i += 1
    }
    return true
  }

  /// Whether every cell is blank: a blank line, or `;;;;` from a
  /// spreadsheet's empty row.
  var isBlank: Bool {
    for index in cells.indices where !isBlank(index) { return false }
    return true
  }

  /// The cell's bytes, quotes removed and `""` unescaped, with surrounding
  /// spaces; empty past the row's end.
  func bytes(_ index: Int) -> [UInt8] {
    guard index < cells.count else { return [] }
    let cell = cells[index]
    if !cell.isQuoted { return Array(text[cell.start..<cell.end]) }
    var out: [UInt8] = []
    out.reserveCapacity(cell.end - cell.start)
    var inQuotes = false
    var i = cell.start
    while i < cell.end {
      let b = text[i]
      if b == Self.quoteByte {
        if inQuotes && i + 1 < cell.end && text[i + 1] == Self.quoteByte {
          out.append(b)
          i += 2
          continue
        }
        inQuotes.toggle()
      } else {
        out.append(b)
      }
      i += 1
    }
    return out
  }

  /// The cell's raw text (not trimmed, not normalised).
  func string(_ index: Int) -> String {
    guard index < cells.count else { return "" }
    let cell = cells[index]
    if !cell.isQuoted {
      return String(
        decoding: UnsafeBufferPointer(rebasing: text[cell.start..<cell.end]), as: UTF8.self)
    }
    return String(decoding: bytes(index), as: UTF8.self)
  }

  /// Calls `body` with the cell's bytes without copying them when it can.
  func withCellBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    guard index < cells.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    let cell = cells[index]
    if !cell.isQuoted { return body(UnsafeBufferPointer(rebasing: text[cell.start..<cell.end])) }
    let copy = bytes(index)
    return copy.withUnsafeBufferPointer(body)
  }

  private static let quoteByte = UInt8(ascii: "\"")
}
