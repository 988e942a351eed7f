/// Where a tag stands, in the words of the person who typed it.
///
/// The office layer fills the part ("body", "header of section 1"), the
/// paragraph number and the table coordinates; a plain-text template fills
/// the line and column. `excerpt` is the paragraph's text with `⟦ ⟧` around
/// the tag, so the author can find it with Ctrl+F.
public struct TemplateLocation: Sendable, Hashable, CustomStringConvertible {
  public var part: String
  public var paragraph: Int?
  public var table: Int?
  public var row: Int?
  public var cell: Int?
  public var line: Int?
  public var column: Int?
  public var excerpt: String

  public init(
    part: String, paragraph: Int? = nil, table: Int? = nil, row: Int? = nil, cell: Int? = nil,
    line: Int? = nil, column: Int? = nil, excerpt: String = ""
  ) {
    self.part = part
    self.paragraph = paragraph
    self.table = table
    self.row = row
    self.cell = cell
    self.line = line
    self.column = column
    self.excerpt = excerpt
  }

  /// "body, paragraph 12 (table 1, row 2, cell 3)".
  public var place: String {
    var s = part
    if let line {
      s += ":\(line)"
      if let column { s += ":\(column)" }
    }
    if let paragraph { s += ", paragraph \(paragraph)" }
    if let table {
      var t = "table \(table)"
      if let row { t += ", row \(row)" }
      if let cell { t += ", cell \(cell)" }
      s += " (\(t))"
    }
    return s
  }

  public var description: String {
    excerpt.isEmpty ? place : "\(place): \(excerpt)"
  }
}
