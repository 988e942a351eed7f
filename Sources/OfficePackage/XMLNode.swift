/// A node of a parsed XML part: an element, text, or verbatim markup.
///
/// Open so that other modules can put nodes of their own into a tree (for
/// example placeholders a template compiler fills in later); such a node
/// writes itself by overriding `appendXML(to:)`.
open class XMLNode {
  /// Maintained by `XMLElementNode`'s child-editing methods. `unowned`, not
  /// `weak`: a node lives in its tree, which owns it, and a weak reference
  /// gives every node a side table (a malloc, and slow reference counting
  /// ever after), a sixth of compiling a template (issue 2).
  public internal(set) unowned var parent: XMLElementNode?

  public init() {}

  /// Appends the node's serialized XML (UTF-8) to `out`. The base class writes nothing.
  open func appendXML(to out: inout [UInt8]) {}
}
