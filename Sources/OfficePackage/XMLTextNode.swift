/// Character data, unescaped; CDATA sections of the source become text nodes too.
///
/// Whitespace-only text is kept: `<w:t xml:space="preserve"> </w:t>` matters.
public final class XMLTextNode: XMLNode {
  public var text: String

  public init(_ text: String) {
    self.text = text
  }

  override public func appendXML(to out: inout [UInt8]) {
    XMLEscaping.appendText(text, to: &out)
  }
}
