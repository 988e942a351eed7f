/// An element: qualified name as written (`w:p`), attributes in document order, children.
///
/// The child-editing methods keep every child's `parent` right: a node added
/// here is first taken out of the element it was in.
public final class XMLElementNode: XMLNode {
  public var name: String
  public var attributes: [XMLAttribute]
  public private(set) var children: [XMLNode] = []

  public init(name: String, attributes: [XMLAttribute] = []) {
    self.name = name
    self.attributes = attributes
  }

  public var elementChildren: [XMLElementNode] {
    children.compactMap { $0 as? XMLElementNode }
  }

  public func append(_ child: XMLNode) {
    child.detach()
    child.parent = self
    children.append(child)
  }

  public func insert(_ child: XMLNode, at index: Int) {
    child.detach()
    child.parent = self
    // Detaching may have shifted the children if the node was already here.
    children.insert(child, at: min(index, children.count))
  }

  @discardableResult
  public func remove(at index: Int) -> XMLNode {
    let child = children.remove(at: index)
    child.parent = nil
    return child
  }

  /// Makes `nodes` the children, in one pass; a node is first taken out
  /// of another element it was in.
  public func replaceChildren(with nodes: [XMLNode]) {
    for child in children { child.parent = nil }
    for node in nodes {
      node.detach()
      node.parent = self
    }
    children = nodes
  }

  /// Removes every child `isRemoved` picks, in one pass.
  public func removeChildren(where isRemoved: (XMLNode) -> Bool) {
    children.removeAll { child in
      guard isRemoved(child) else { return false }
      child.parent = nil
      return true
    }
  }

  /// Replaces the child at `index` with `replacements` (none removes it).
  public func replaceChild(at index: Int, with replacements: [XMLNode]) {
    let old = children[index]
    for node in replacements where node !== old { node.detach() }
    // Detaching the replacements may have moved the old child.
    guard let position = self.index(of: old) else { return }
    old.parent = nil
    for node in replacements { node.parent = self }
    children.replaceSubrange(position...position, with: replacements)
  }

  public func index(of child: XMLNode) -> Int? {
    children.firstIndex { $0 === child }
  }

  public func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// Changes the attribute's value, or adds it at the end.
  public func setAttribute(_ name: String, _ value: String) {
    if let position = attributes.firstIndex(where: { $0.name == name }) {
      attributes[position].value = value
    } else {
      attributes.append(XMLAttribute(name: name, value: value))
    }
  }

  override public func appendXML(to out: inout [UInt8]) {
    guard !children.isEmpty else {
      return XMLEscaping.appendStartTag(of: self, selfClosing: true, to: &out)
    }
    XMLEscaping.appendStartTag(of: self, selfClosing: false, to: &out)
    for child in children { child.appendXML(to: &out) }
    XMLEscaping.appendEndTag(of: self, to: &out)
  }

  /// Appends without touching `parent` bookkeeping of other elements; for the
  /// parser, which builds fresh nodes.
  func appendParsed(_ child: XMLNode) {
    child.parent = self
    children.append(child)
  }
}

extension XMLNode {
  /// Takes the node out of its current parent, if any.
  func detach() {
    guard let parent, let position = parent.index(of: self) else { return }
    parent.remove(at: position)
  }
}
