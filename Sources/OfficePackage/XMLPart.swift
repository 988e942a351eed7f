/// One XML part of a package (`word/document.xml`), parsed into a tree that is written back.
///
/// Writing back gives the declaration and the text before the root exactly
/// as the source had them, then the tree; anything after the root (comments,
/// processing instructions) follows it. Output is always UTF-8.
public final class XMLPart {
  public let name: String
  /// The XML declaration as it will be written, e.g.
  /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`; nil if none.
  public var declaration: String?
  public let root: XMLElementNode
  /// Between the declaration and the root: Word's CR LF, LibreOffice's LF.
  var betweenDeclarationAndRoot: String
  var afterRoot: [XMLNode]
  /// A hint for the size of the serialized part.
  private let sourceSize: Int

  init(
    name: String, declaration: String?, betweenDeclarationAndRoot: String, root: XMLElementNode,
    afterRoot: [XMLNode], sourceSize: Int
  ) {
    self.name = name
    self.declaration = declaration
    self.betweenDeclarationAndRoot = betweenDeclarationAndRoot
    self.root = root
    self.afterRoot = afterRoot
    self.sourceSize = sourceSize
  }

  /// Parses untrusted bytes; refuses a DOCTYPE and reports the first error
  /// with its line and column.
  public static func parse(_ bytes: [UInt8], name: String) throws(PackageError) -> XMLPart {
    let document = try LibXML2Parser.parse(bytes, part: name)
    let encoding = document.declaredEncoding?.lowercased()
    if encoding == nil || encoding == "utf-8" || encoding == "utf8", let prolog = XMLProlog(bytes) {
      return XMLPart(
        name: name, declaration: prolog.declaration,
        betweenDeclarationAndRoot: prolog.betweenDeclarationAndRoot, root: document.root,
        afterRoot: document.afterRoot, sourceSize: bytes.count)
    }
    // Another encoding: the output is UTF-8, so the declaration must say so.
    var declaration = "<?xml version=\"\(document.version ?? "1.0")\" encoding=\"UTF-8\""
    if document.standalone >= 0 {
      declaration += document.standalone == 1 ? " standalone=\"yes\"" : " standalone=\"no\""
    }
    declaration += "?>"
    var between = "\n"
    for node in document.beforeRoot {
      var bytes: [UInt8] = []
      node.appendXML(to: &bytes)
      between += String(decoding: bytes, as: UTF8.self) + "\n"
    }
    return XMLPart(
      name: name, declaration: declaration, betweenDeclarationAndRoot: between,
      root: document.root, afterRoot: document.afterRoot, sourceSize: bytes.count)
  }

  /// The part as UTF-8 bytes.
  public func serialized() -> [UInt8] {
    var out = prolog
    out.reserveCapacity(sourceSize + sourceSize / 8)
    root.appendXML(to: &out)
    out += epilog
    return out
  }

  /// What is written before the root element: the declaration and what
  /// followed it. For callers that write the root themselves.
  public var prolog: [UInt8] {
    var out: [UInt8] = []
    if let declaration { out.append(contentsOf: declaration.utf8) }
    out.append(contentsOf: betweenDeclarationAndRoot.utf8)
    return out
  }

  /// What is written after the root element.
  public var epilog: [UInt8] {
    var out: [UInt8] = []
    for node in afterRoot { node.appendXML(to: &out) }
    return out
  }
}
