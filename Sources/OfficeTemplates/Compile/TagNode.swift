import OfficePackage
import TemplateLanguage

/// A tag lifted out of the document's text and put into the XML tree where
/// its first character stood.
///
/// From then on the tree holds text and tags as separate nodes, so binding
/// structure and compiling work on the tree alone.
final class TagNode: XMLNode {
  let found: TagScanner.Found
  let location: TemplateLocation
  /// How a value printed here is escaped.
  let context: OutputContext
  /// The paragraph (or property element) the tag was typed in.
  let paragraph: XMLElementNode

  init(
    found: TagScanner.Found, location: TemplateLocation, context: OutputContext,
    paragraph: XMLElementNode
  ) {
    self.found = found
    self.paragraph = paragraph
    self.location = location
    self.context = context
  }

  /// What the tag acts on once bound: set by `StructureBinder`; an
  /// output tag, or a control tag among other text, acts inline.
  var bound: BoundStructure = .inline

  var isControl: Bool { found.kind != .output }
}

/// What a tag acts on in the document, for inspection: the text where it
/// stands, or the paragraph, table row, cell or run it replaced.
public enum BoundStructure: String, Sendable, CaseIterable {
  /// In the text: a printed value, or a block inside one paragraph.
  case inline
  /// The whole paragraph (`{%p`, or a control tag alone in its paragraph).
  case paragraph
  /// The table row (`{%tr`).
  case row
  /// The table cell (`{%tc`).
  case cell
  /// The run of formatted text (`{%r`).
  case run
  /// Nothing: the prefix names a structure the tag is not inside.
  case unbound
}

/// Where a printed value lands, which decides how line breaks, tabs and
/// spaces are written.
enum OutputContext: UInt8 {
  /// Inside Word's `<w:t>`: a line break closes the text and adds `<w:br/>`.
  case wordText
  /// Inside an ODF paragraph or span: `<text:line-break/>`, `<text:tab/>`,
  /// `<text:s/>` for runs of spaces, which ODF would otherwise collapse.
  case odfText
  /// Document properties: plain escaped text.
  case plain
  /// An attribute's value (a cell's shading from `{% cellbg %}`): quotes
  /// escaped too, line breaks and tabs as character references.
  case attribute
}
