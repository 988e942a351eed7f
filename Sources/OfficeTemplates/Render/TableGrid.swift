import OfficePackage

/// A place in a table whose columns a `{%tc for %}` loop repeats.
///
/// Word and LibreOffice lay a table out by its grid (`w:tblGrid`,
/// `table:table-column`), so after a column loop the grid must have as many
/// columns as the widest rendered row; the markers let the renderer count
/// the cells it writes and put the right grid in place.
enum TableMarker: Sendable {
  /// Where the grid goes, and the template's own columns.
  case grid(format: DocumentFormat, columns: [GridColumn])
  case rowStart
  case cell(span: Int)
  case tableEnd
}

/// One column of a template table's grid.
struct GridColumn: Sendable {
  /// Word: the column's width in twentieths of a point.
  let width: Int?
  /// ODF: the column element itself, written again for added columns.
  let element: [UInt8]

  init(_ element: XMLElementNode) {
    var bytes: [UInt8] = []
    element.appendXML(to: &bytes)
    // Clamped: widths are summed, and a hostile one must not overflow.
    let width = element.attribute("w:w").flatMap { Int($0) }.map { max(0, min($0, 1 << 24)) }
    self.init(width: width, element: bytes)
  }

  /// A count of grid columns the template writes (a cell's span, a
  /// column's repeat), within what a table can hold: grid arithmetic adds
  /// these up, and a hostile value must not overflow it.
  static func count(_ attribute: String?) -> Int {
    max(1, min(Int(attribute ?? "1") ?? 1, 1024))
  }

  init(width: Int?, element: [UInt8]) {
    self.width = width
    self.element = element
  }

  /// The grid for `count` columns. Word's grid keeps the table's width and
  /// shares it out; ODF repeats the last column's style for added columns.
  static func grid(_ columns: [GridColumn], count: Int, format: DocumentFormat) -> [UInt8] {
    var out: [UInt8] = []
    switch format {
    case .docx:
      out += Array("<w:tblGrid>".utf8)
      let total = columns.compactMap(\.width).reduce(0, +)
      if count == columns.count || total == 0 || count == 0 {
        for column in columns { out += Array("<w:gridCol w:w=\"\(column.width ?? 0)\"/>".utf8) }
        for _ in columns.count..<max(columns.count, count) {
          out += Array("<w:gridCol w:w=\"\(columns.last?.width ?? 0)\"/>".utf8)
        }
      } else {
        let width = total / count
        for _ in 0..<count { out += Array("<w:gridCol w:w=\"\(width)\"/>".utf8) }
      }
      out += Array("</w:tblGrid>".utf8)
    case .odt:
      for i in 0..<max(count, 1) {
        guard let column = columns.indices.contains(i) ? columns[i] : columns.last else { break }
        out += column.element
      }
    }
    return out
  }
}
