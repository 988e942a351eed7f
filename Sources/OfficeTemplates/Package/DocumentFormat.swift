/// The two document formats and the element names that matter to a
/// template in each: what a paragraph, a run, a table row or a cell is.
public enum DocumentFormat: String, Sendable, CaseIterable {
  case docx
  case odt

  /// The format a file name says, from its extension.
  public init?(fileName: String) {
    let lower = fileName.lowercased()
    if lower.hasSuffix(".docx") || lower.hasSuffix(".docm") || lower.hasSuffix(".dotx") {
      self = .docx
    } else if lower.hasSuffix(".odt") || lower.hasSuffix(".ott") {
      self = .odt
    } else {
      return nil
    }
  }

  public var fileExtension: String { rawValue }

  /// The element a structural prefix acts on. The lists below are built
  /// once: compiling asks for them at every element of every part. Lists,
  /// not sets: they hold one or two names, and comparing a short name with
  /// them costs less than hashing it.
  func element(for prefix: StructureKind) -> [String] {
    switch prefix {
    case .paragraph: paragraphs
    case .row: rows
    case .cell: cells
    case .run: self == .docx ? Self.docxRuns : Self.odtRuns
    }
  }

  var paragraphs: [String] { self == .docx ? Self.docxParagraphs : Self.odtParagraphs }
  var rows: [String] { self == .docx ? Self.docxRows : Self.odtRows }
  var cells: [String] { self == .docx ? Self.docxCells : Self.odtCells }

  private static let docxParagraphs = elementNames(.docx, .paragraph)
  private static let odtParagraphs = elementNames(.odt, .paragraph)
  private static let docxRows = elementNames(.docx, .row)
  private static let odtRows = elementNames(.odt, .row)
  private static let docxCells = elementNames(.docx, .cell)
  private static let odtCells = elementNames(.odt, .cell)
  private static let docxRuns = elementNames(.docx, .run)
  private static let odtRuns = elementNames(.odt, .run)

  private static func elementNames(_ format: DocumentFormat, _ prefix: StructureKind) -> [String] {
    switch (format, prefix) {
    case (.docx, .paragraph): ["w:p"]
    case (.docx, .row): ["w:tr"]
    case (.docx, .cell): ["w:tc"]
    case (.docx, .run): ["w:r"]
    case (.odt, .paragraph): ["text:p", "text:h"]
    case (.odt, .row): ["table:table-row"]
    case (.odt, .cell): ["table:table-cell", "table:covered-table-cell"]
    case (.odt, .run): ["text:span"]
    }
  }

  var table: String { self == .docx ? "w:tbl" : "table:table" }

  /// Whether the text inside an element of this name is text a tag may be
  /// typed in: Word keeps it in `w:t`, and a field's code (`HYPERLINK
  /// "{{ url }}"`) in `w:instrText`, which docxtpl fills in too; ODF puts
  /// text directly in paragraphs and spans.
  func holdsText(_ name: String) -> Bool {
    self == .odt || name == "w:t" || name == Self.fieldCode
  }

  /// Where Word keeps a field's code: text, but not the document's, so a
  /// value printed there takes no line-break or tab elements.
  static let fieldCode = "w:instrText"

  /// Where Word or LibreOffice noted a page break the last time it laid
  /// the template out. A rendered document is laid out anew, so the note is
  /// dropped from the parts with tags, not repeated by every loop pass.
  var renderedPageBreak: String {
    self == .docx ? "w:lastRenderedPageBreak" : "text:soft-page-break"
  }

  /// Content that makes a paragraph more than its tags: a paragraph holding
  /// a picture or a note reference is not removed when a lone tag lifts it.
  var visibleContent: Set<String> {
    self == .docx ? Self.docxVisibleContent : Self.odtVisibleContent
  }

  private static let docxVisibleContent = visibleContent(of: .docx)
  private static let odtVisibleContent = visibleContent(of: .odt)

  private static func visibleContent(of format: DocumentFormat) -> Set<String> {
    switch format {
    case .docx:
      [
        "w:drawing", "w:pict", "w:object", "w:sym", "w:footnoteReference", "w:endnoteReference",
        "w:sectPr", "w:fldSimple", "w:fldChar",
      ]
    case .odt:
      [
        "draw:frame", "draw:custom-shape", "draw:g", "text:note", "text:bookmark-ref",
        "text:page-number",
      ]
    }
  }

  /// What a region element (one that holds notes or comments inside a
  /// part: each is a region of its own, with its own paragraph numbers) is
  /// called; nil for other elements.
  func regionKind(of name: String) -> String? {
    (self == .docx ? Self.docxRegionElements : Self.odtRegionElements)
      .first { $0.name == name }?.kind
  }

  private static let docxRegionElements = regionElements(of: .docx)
  private static let odtRegionElements = regionElements(of: .odt)

  private static func regionElements(of format: DocumentFormat) -> [(name: String, kind: String)] {
    switch format {
    case .docx: [("w:footnote", "footnote"), ("w:endnote", "endnote"), ("w:comment", "comment")]
    case .odt:
      [
        ("style:header", "header"), ("style:footer", "footer"),
        ("style:header-first", "first-page header"),
        ("style:footer-first", "first-page footer"), ("style:header-left", "left-page header"),
        ("style:footer-left", "left-page footer"), ("text:note", "note"),
        ("office:annotation", "comment"),
      ]
    }
  }
}

/// What a structural prefix (`{%p`, `{%tr`, `{%tc`, `{%r`) acts on.
enum StructureKind {
  case paragraph, row, cell, run
}
