/// Small WordprocessingML builders for the templates of these tests. The
/// text is written as XML (so `<` is `&lt;` and `&` is `&amp;`, as Word
/// writes them).

/// A paragraph with one plain run per piece of text.
func p(_ runs: String...) -> String {
  "<w:p>" + runs.map { r($0) }.joined() + "</w:p>"
}

/// A paragraph made of the given runs (see `r`).
func paragraph(_ runs: String...) -> String {
  "<w:p>" + runs.joined() + "</w:p>"
}

/// A run, bold, italic or underlined when asked.
func r(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false)
  -> String
{
  var properties = ""
  if bold { properties += "<w:b/>" }
  if italic { properties += "<w:i/>" }
  if underline { properties += "<w:u w:val=\"single\"/>" }
  let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
  return "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
}

/// A table cell holding the given block XML (paragraphs, tables).
func cell(_ blocks: String...) -> String {
  "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + blocks.joined() + "</w:tc>"
}

/// A table from rows of cells; a row given as plain strings gets one
/// paragraph per cell.
func table(_ rows: [[String]]) -> String {
  tableOfCells(rows.map { $0.map { cell(p($0)) } })
}

/// A table from rows of cells built with `cell`.
func tableOfCells(_ rows: [[String]]) -> String {
  let columns = rows.map(\.count).max() ?? 1
  let grid = String(repeating: "<w:gridCol w:w=\"2000\"/>", count: columns)
  let body = rows.map { "<w:tr>" + $0.joined() + "</w:tr>" }.joined()
  return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
    + "<w:tblGrid>\(grid)</w:tblGrid>\(body)</w:tbl>"
}
