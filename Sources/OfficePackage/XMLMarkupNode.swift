/// A comment or processing instruction, kept verbatim as written (`<!--…-->`, `<?…?>`).
public final class XMLMarkupNode: XMLNode {
  public let markup: String

  public init(_ markup: String) {
    self.markup = markup
  }

  override public func appendXML(to out: inout [UInt8]) {
    out.append(contentsOf: markup.utf8)
  }
}
