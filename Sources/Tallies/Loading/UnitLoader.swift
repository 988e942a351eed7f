import VietnameseText

/// Reads the units file: one row per issuing unit.
extension LoadSession {
  func loadUnits(_ file: PreparedFile, _ report: inout LoadReport) {
    let columns = file.match.index
    let read = file.forEachDataRow { row in
      var errors: [DataDiagnostic] = []
      func cell(_ name: String) -> (String?, Int?) {
        guard let index = columns[name] else { return (nil, nil) }
        let id = texts.id(row, index)
        if texts.isInvalid(id) {
          errors.append(notUTF8(file, line: row.line, column: index + 1))
          return (nil, index)
        }
        return (texts.text(id), index)
      }
      func require(_ name: String, _ what: String, _ viWhat: String, _ example: String) -> String? {
        let (text, index) = cell(name)
        if let text { return text }
        if let index, errors.contains(where: { $0.column == index + 1 }) { return nil }
        errors.append(
          DataDiagnostic(
            file: file.name, line: row.line, column: index.map { $0 + 1 },
            message: "the \(what) is empty", fix: "write it, e.g. \(example)",
            vietnamese: "chưa ghi \(viWhat)", vietnameseFix: "ghi \(viWhat), ví dụ \(example)"))
        return nil
      }
      let name = require("ten", "unit's name", "tên đơn vị", "Ban Dân tộc")
      let symbol = require("ky_hieu", "symbol", "ký hiệu", "BDT")
      let place = require("dia_danh", "place name", "địa danh", "Khánh Hòa")
      if let symbol, symbol.contains(" ") || symbol.contains("/") {
        errors.append(
          DataDiagnostic(
            file: file.name, line: row.line, column: (columns["ky_hieu"] ?? 0) + 1,
            message: "the symbol “\(symbol)” has a space or “/”",
            fix: "write it as document numbers do, parts joined by “-” without spaces: UBND-NCPC",
            vietnamese: "ký hiệu “\(symbol)” có dấu cách hoặc dấu “/”",
            vietnameseFix:
              "ghi như trong số, ký hiệu văn bản: các phần nối bằng “-”, không có dấu cách: "
              + "UBND-NCPC"))
      }
      if let name {
        let key = ToneNormalization.matchingKey(name)
        if let first = unitsByKey[key] {
          errors.append(
            DataDiagnostic(
              file: file.name, line: row.line, column: (columns["ten"] ?? 0) + 1,
              message: "the unit “\(name)” is already listed on \(first.source)",
              fix: "delete one of the two rows",
              vietnamese: "đơn vị “\(name)” đã có ở \(first.source)",
              vietnameseFix: "xóa một trong hai dòng"))
        }
      }
      checkExtraCells(row, file, &errors)
      guard errors.isEmpty, let name, let symbol, let place else {
        report.diagnostics += errors
        return
      }
      let unit = Unit(
        name: name, governingBody: cell("co_quan_chu_quan").0, symbol: symbol, place: place,
        headTitle: cell("chuc_danh").0, headName: cell("thu_truong").0,
        source: SourceLocation(file: file.name, line: row.line))
      units.append(unit)
      unitsByKey[ToneNormalization.matchingKey(name)] = unit
      knownUnitKeys.insert(ToneNormalization.matchingKey(name))
      if let body = unit.governingBody { knownUnitKeys.insert(ToneNormalization.matchingKey(body)) }
      report.rowsUsed += 1
    }
    report.rowsRead += read
  }

  /// A cell with text past the last header is an error: its column has no
  /// name, so its value would be lost.
  func checkExtraCells(
    _ row: CSVRowView, _ file: PreparedFile, _ errors: inout [DataDiagnostic]
  ) {
    for index in file.unnamedColumns where index < row.count && !row.isBlank(index) {
      errors.append(
        DataDiagnostic(
          file: file.name, line: row.line, column: index + 1,
          message: "the cell “\(row.string(index))” is in column "
            + "\(DataDiagnostic.columnLetter(index + 1)), whose header is empty",
          fix: "give the column a header, or move the value into its column",
          vietnamese:
            "ô “\(row.string(index))” nằm ở cột \(DataDiagnostic.columnLetter(index + 1)), "
            + "nhưng cột này chưa có tên",
          vietnameseFix: "đặt tên cho cột, hoặc chuyển giá trị về đúng cột"))
      return
    }
    guard row.count > file.headerCells.count else { return }
    for index in file.headerCells.count..<row.count where !row.isBlank(index) {
      errors.append(
        DataDiagnostic(
          file: file.name, line: row.line, column: index + 1,
          message: "the cell “\(row.string(index))” is in column "
            + "\(DataDiagnostic.columnLetter(index + 1)), which has no header",
          fix: "give the column a header, or move the value into its column (a stray delimiter?)",
          vietnamese:
            "ô “\(row.string(index))” nằm ở cột \(DataDiagnostic.columnLetter(index + 1)), "
            + "nằm ngoài các cột có tên",
          vietnameseFix: "đặt tên cho cột, hoặc chuyển giá trị về đúng cột (có thừa dấu phân cách?)"
        ))
      return
    }
  }
}
