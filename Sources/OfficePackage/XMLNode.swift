/// A node of a parsed XML part: an element, text, or verbatim markup.
///
/// Open so that other modules can put nodes of their own into a tree (for
/// example placeholders a template compiler fills in later); such a node
/// writes itself by overriding `appendXML(to:)`.
open class XMLNode {
  /// Maintained by `XMLElementNode`'s child-editing methods.
  public internal(set) weak var parent: XMLElementNode?

  public init() {}

  /// Appends the node's serialized XML (UTF-8) to `out`. The base class writes nothing.
  open func appendXML(to out: inout [UInt8]) {}
}
