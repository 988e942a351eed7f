import VietnameseText

/// A data file decoded, its delimiter found and its header row matched:
/// everything known before its rows are read.
struct PreparedFile {
  let name: String
  let source: CSVSource
  let tokenizer: CSVTokenizer
  let skipFirstLine: Bool
  /// The index (among all rows, blank ones included) of the header row.
  let headerRow: Int
  let headerLine: Int
  /// The header cells as written.
  let headerCells: [String]
  let kind: DataFileKind
  let match: HeaderMatcher.Match
  /// Lines above the header that hold text (a title): reported as notes.
  let titleLines: [Int]
  /// Columns inside the header whose header cell is empty.
  let unnamedColumns: [Int]

  /// How many rows above the header are looked at for it.
  static let headerSearchLimit = 20

  /// Decodes and reads the header, or says why the file cannot be read.
  static func prepare(
    bytes: [UInt8], name: String, encoding: TextEncoding?, expected: DataFileKind?
  ) -> Result<PreparedFile, DataDiagnostic> {
    let source: CSVSource
    do {
      source = try CSVSource(bytes: bytes, name: name, encoding: encoding)
    } catch {
      return .failure(error)
    }
    return source.utf8.withUnsafeBufferPointer { text in
      let (delimiter, skip) = CSVTokenizer.detectDelimiter(in: text)
      let tokenizer = CSVTokenizer(delimiter: delimiter)
      let kinds = expected.map { [$0] } ?? DataFileKind.allCases
      var best:
        (kind: DataFileKind, match: HeaderMatcher.Match, row: Int, line: Int, cells: [String])?
      var found = false
      var titles: [Int] = []
      var rowIndex = -1
      var looked = 0
      tokenizer.forEachRow(in: text) { row in
        rowIndex += 1
        if skip && rowIndex == 0 { return true }
        if row.isBlank { return true }
        looked += 1
        let cells = (0..<row.count).map { row.string($0) }
        var rowBest: (DataFileKind, HeaderMatcher.Match)?
        for kind in kinds {
          let match = HeaderMatcher(columns: kind.columns).match(cells)
          let better =
            rowBest.map { current in
              (match.isComplete && !current.1.isComplete)
                || (match.isComplete == current.1.isComplete
                  && match.recognised > current.1.recognised)
            } ?? true
          if better { rowBest = (kind, match) }
        }
        if let (kind, match) = rowBest {
          if match.isComplete {
            best = (kind, match, rowIndex, row.line, cells)
            found = true
            return false
          }
          if match.recognised >= 2, best.map({ match.recognised > $0.match.recognised }) ?? true {
            best = (kind, match, rowIndex, row.line, cells)
          }
        }
        titles.append(row.line)
        return looked < headerSearchLimit
      }
      guard let best else {
        let expectedText =
          kinds.map { kind in
            kind.title + ": "
              + kind.columns.filter(\.isRequired).map(\.title).joined(separator: ", ")
          }.joined(separator: "; or ")
        let viExpected =
          kinds.map { kind in
            kind.vietnameseTitle + ": "
              + kind.columns.filter(\.isRequired).map(\.title).joined(separator: ", ")
          }.joined(separator: "; hoặc ")
        return .failure(
          DataDiagnostic(
            file: name, line: 1,
            message: "no header row found in the first \(headerSearchLimit) rows",
            fix: "the first row must name the columns — \(expectedText)",
            vietnamese: "không tìm thấy dòng tiêu đề cột trong \(headerSearchLimit) dòng đầu",
            vietnameseFix: "dòng đầu tiên phải ghi tên các cột — \(viExpected)"))
      }
      guard found else {
        let missing = best.match.missing.map { "“\($0.title)” (\($0.name))" }
        return .failure(
          DataDiagnostic(
            file: name, line: best.line,
            message:
              "the header looks like \(best.kind.title) but lacks the column"
              + (missing.count > 1 ? "s " : " ") + missing.joined(separator: ", "),
            fix: "add the column" + (missing.count > 1 ? "s" : "")
              + " or rename the header to one of the names the README lists",
            vietnamese: "dòng tiêu đề giống \(best.kind.vietnameseTitle) nhưng thiếu cột "
              + missing.joined(separator: ", "),
            vietnameseFix: "thêm cột còn thiếu, hoặc đổi tên cột theo các tên ghi trong README"))
      }
      return .success(
        PreparedFile(
          name: name, source: source, tokenizer: tokenizer, skipFirstLine: skip,
          headerRow: best.row, headerLine: best.line, headerCells: best.cells, kind: best.kind,
          match: best.match, titleLines: titles.filter { $0 < best.line },
          unnamedColumns: best.cells.indices.filter {
            ToneNormalization.headerKey(best.cells[$0]).isEmpty
          }))
    }
  }

  /// The header text of column `index`, as the file writes it.
  func header(_ index: Int) -> String {
    index < headerCells.count ? headerCells[index] : DataDiagnostic.columnLetter(index + 1)
  }

  /// Calls `body` with each data row (after the header, blank rows
  /// skipped); returns how many there were.
  func forEachDataRow(_ body: (CSVRowView) -> Void) -> Int {
    source.utf8.withUnsafeBufferPointer { text in
      var rowIndex = -1
      var read = 0
      tokenizer.forEachRow(in: text) { row in
        rowIndex += 1
        if rowIndex <= headerRow || row.isBlank { return true }
        read += 1
        body(row)
        return true
      }
      return read
    }
  }

  /// The diagnostics of the header itself: unknown and repeated columns,
  /// title lines skipped.
  func headerDiagnostics() -> [DataDiagnostic] {
    var out: [DataDiagnostic] = []
    for line in titleLines {
      out.append(
        DataDiagnostic(
          file: name, line: line, severity: .note,
          message: "not read: a title above the header on line \(headerLine)",
          vietnamese: "không đọc: dòng tiêu đề phía trên dòng tên cột (dòng \(headerLine))"))
    }
    let matcher = HeaderMatcher(columns: kind.columns)
    for (index, header) in match.unknown {
      let close = matcher.closest(to: header)
      let hint = close.map { "; did you mean “\($0.title)”?" } ?? ""
      let viHint = close.map { "; có phải là “\($0.title)”?" } ?? ""
      out.append(
        DataDiagnostic(
          file: name, line: headerLine, column: index + 1, severity: .warning,
          message: "the column “\(header)” is not one vanban reads for \(kind.title)\(hint)",
          fix:
            "its cells are ignored; rename it (see the README for the column names) or delete it",
          vietnamese: "vanban không đọc cột “\(header)” trong \(kind.vietnameseTitle)\(viHint)",
          vietnameseFix: "các ô của cột này bị bỏ qua; đổi tên cột (xem tên các cột trong README) "
            + "hoặc xóa cột"))
    }
    for (index, header, first) in match.repeated {
      out.append(
        DataDiagnostic(
          file: name, line: headerLine, column: index + 1,
          message:
            "the column “\(header)” repeats column \(DataDiagnostic.columnLetter(first + 1)) "
            + "(“\(self.header(first))”)",
          fix: "delete or rename one of them",
          vietnamese: "cột “\(header)” trùng với cột \(DataDiagnostic.columnLetter(first + 1)) "
            + "(“\(self.header(first))”)",
          vietnameseFix: "xóa hoặc đổi tên một trong hai cột"))
    }
    return out
  }
}
