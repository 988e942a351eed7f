internal import CLibXML2

/// What the parser hands to `XMLPart`: the tree, in Swift, and the facts around it.
struct ParsedXMLDocument {
  let root: XMLElementNode
  /// Comments and processing instructions before and after the root element.
  let beforeRoot: [XMLNode]
  let afterRoot: [XMLNode]
  /// As declared (`encoding="…"`), nil without a declaration.
  let declaredEncoding: String?
  let version: String?
  /// 1 for `standalone="yes"`, 0 for `"no"`, negative when not declared.
  let standalone: Int32
}

/// Parses an XML part with libxml2 into Swift nodes; the module's only libxml2 calls.
///
/// Safety: options are `XML_PARSE_NONET | XML_PARSE_NOCDATA` only — no entity
/// substitution, no DTD loading. A DOCTYPE stops the parser in the SAX
/// `internalSubset` callback, before any declaration in it is read, and the
/// part is refused. Errors go to our structured handler (never to stderr).
///
/// Thread safety: each call has its own parser context; the structured error
/// handler is per thread in libxml2, and `xmlInitParser` runs once.
///
/// Memory ownership: the parser context (`xmlNewParserCtxt`) and the document
/// returned by `xmlCtxtReadMemory` belong to this function and are freed
/// before it returns; strings are copied out of the document (most point
/// into the context's dictionary). The diagnostics box is retained by the
/// caller's stack for the whole parse while libxml2 holds a raw pointer to it.
enum LibXML2Parser {
  static func parse(_ bytes: [UInt8], part: String) throws(PackageError) -> ParsedXMLDocument {
    _ = libxml2Initialized
    guard bytes.count < Int(Int32.max) else {
      throw PackageError(
        part: part, message: "the part is larger than 2 GiB, which no document needs")
    }
    guard let context = xmlNewParserCtxt() else {
      throw PackageError(
        part: part,
        message: "there is not enough memory to read this part; close other programs and try again")
    }
    defer { xmlFreeParserCtxt(context) }
    let diagnostics = ParseDiagnostics()
    return try withExtendedLifetime(diagnostics) { () throws(PackageError) -> ParsedXMLDocument in
      let box = Unmanaged.passUnretained(diagnostics).toOpaque()
      context.pointee._private = box
      context.pointee.sax.pointee.internalSubset = refuseDoctype
      xmlSetStructuredErrorFunc(box, recordError)
      let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
      let document = bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { characters in
          xmlCtxtReadMemory(
            context, characters.baseAddress, Int32(characters.count), part, nil, options)
        }
      }
      xmlSetStructuredErrorFunc(nil, nil)
      defer { if let document { xmlFreeDoc(document) } }
      if let (line, column) = diagnostics.doctype {
        throw PackageError(
          part: part, line: line, column: column,
          message: "the part contains a DOCTYPE declaration, which no Office part needs; the file "
            + "may be crafted — re-save it from Word or LibreOffice")
      }
      if let error = diagnostics.firstError { throw error.packageError(part: part) }
      guard let document, context.pointee.wellFormed != 0,
        let root = xmlDocGetRootElement(document)
      else {
        throw PackageError(
          part: part,
          message: "the part is not well-formed XML; re-save the document from Word or LibreOffice")
      }
      guard document.pointee.intSubset == nil, document.pointee.extSubset == nil else {
        throw PackageError(
          part: part,
          message: "the part contains a DOCTYPE declaration, which no Office part needs; the file "
            + "may be crafted — re-save it from Word or LibreOffice")
      }
      var before: [XMLNode] = []
      var after: [XMLNode] = []
      var sibling = document.pointee.children
      var seenRoot = false
      while let node = sibling {
        if node == root {
          seenRoot = true
        } else if let markup = markup(of: node) {
          if seenRoot { after.append(markup) } else { before.append(markup) }
        }
        sibling = node.pointee.next
      }
      var prefixes = ConventionalPrefixes()
      let tree = try element(root, part: part, prefixes: &prefixes)
      if let (prefix, namespace) = prefixes.conflict {
        throw PackageError(
          part: part,
          message: "the part binds the prefix \"\(prefix)\" to the namespace \(namespace), and "
            + "writes the names vanban reads under another prefix; re-save the document from "
            + "Word or LibreOffice")
      }
      return ParsedXMLDocument(
        root: tree, beforeRoot: before, afterRoot: after,
        declaredEncoding: document.pointee.encoding.map { String(cString: $0) },
        version: document.pointee.version.map { String(cString: $0) },
        standalone: document.pointee.standalone)
    }
  }

  /// Copies an element and its subtree. Depth is bounded by libxml2 (256
  /// levels without `XML_PARSE_HUGE`), so recursion is safe.
  private static func element(
    _ node: xmlNodePtr, part: String, prefixes: inout ConventionalPrefixes
  ) throws(PackageError) -> XMLElementNode {
    var attributes = prefixes.declarations(of: node.pointee.nsDef)
    var property = node.pointee.properties
    while let attribute = property {
      let name = qualifiedName(
        attribute.pointee.name, namespace: attribute.pointee.ns, prefixes: prefixes)
      attributes.append(XMLAttribute(name: name, value: textContent(attribute.pointee.children)))
      property = attribute.pointee.next
    }
    let element = XMLElementNode(
      name: qualifiedName(node.pointee.name, namespace: node.pointee.ns, prefixes: prefixes),
      attributes: attributes)
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        element.appendParsed(try self.element(current, part: part, prefixes: &prefixes))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        element.appendParsed(XMLTextNode(current.pointee.content.map { String(cString: $0) } ?? ""))
      case XML_ENTITY_REF_NODE:
        // Unreachable without a DTD (an undeclared entity is a fatal error),
        // but never let one through unexpanded or expanded.
        throw PackageError(
          part: part, line: Int(xmlGetLineNo(current)),
          message: "the part uses an entity reference that Office documents never contain; "
            + "re-save the document from Word or LibreOffice")
      default:
        if let markup = markup(of: current) { element.appendParsed(markup) }
      }
      child = current.pointee.next
    }
    return element
  }

  /// Comments and processing instructions in their serialized form; nil for other nodes.
  private static func markup(of node: xmlNodePtr) -> XMLMarkupNode? {
    let content = node.pointee.content.map { String(cString: $0) } ?? ""
    switch node.pointee.type {
    case XML_COMMENT_NODE:
      return XMLMarkupNode("<!--" + content + "-->")
    case XML_PI_NODE:
      let target = node.pointee.name.map { String(cString: $0) } ?? ""
      return XMLMarkupNode("<?" + target + (content.isEmpty ? "" : " " + content) + "?>")
    default:
      return nil
    }
  }

  /// `prefix:local`, made as one string: every element and attribute has
  /// a name, and joining three strings cost more than the copy itself. The
  /// prefix is the conventional one for a namespace vanban reads.
  private static func qualifiedName(
    _ local: UnsafePointer<xmlChar>?, namespace: xmlNsPtr?, prefixes: ConventionalPrefixes
  ) -> String {
    guard let local else { return "" }
    guard let namespace else { return String(cString: local) }
    if let renamed = prefixes.renamedPrefix(of: namespace) {
      return renamed.withUnsafeBufferPointer { qualifiedName(local, prefix: $0) }
    }
    guard let prefix = namespace.pointee.prefix else { return String(cString: local) }
    return qualifiedName(
      local, prefix: UnsafeBufferPointer(start: prefix, count: Int(xmlStrlen(prefix))))
  }

  private static func qualifiedName(
    _ local: UnsafePointer<xmlChar>, prefix: UnsafeBufferPointer<UInt8>
  ) -> String {
    let localLength = Int(xmlStrlen(local))
    return String(unsafeUninitializedCapacity: prefix.count + 1 + localLength) { buffer in
      guard let base = buffer.baseAddress, let prefixBase = prefix.baseAddress else { return 0 }
      base.update(from: prefixBase, count: prefix.count)
      base[prefix.count] = UInt8(ascii: ":")
      (base + prefix.count + 1).update(from: local, count: localLength)
      return prefix.count + 1 + localLength
    }
  }

  /// An attribute's value: libxml2 keeps it as a list of text nodes, with
  /// character and predefined entity references already resolved.
  private static func textContent(_ first: xmlNodePtr?) -> String {
    // Usually a single text node.
    if let only = first, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE,
      let content = only.pointee.content
    {
      return String(cString: content)
    }
    var value = ""
    var node = first
    while let current = node {
      if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
        value += String(cString: content)
      }
      node = current.pointee.next
    }
    return value
  }
}

/// The first error libxml2 reported during one parse, and whether it met a DOCTYPE.
private final class ParseDiagnostics {
  /// Copied out of libxml2's error, which is only valid during the callback.
  struct FirstError {
    let line: Int
    let column: Int
    let message: String

    func packageError(part: String) -> PackageError {
      // libxml2 stops at 256 levels and names its own option as the way
      // out, which means nothing to an author.
      let problem =
        message.hasPrefix("Excessive depth in document")
        ? "its elements are nested more than 256 deep (tables in tables, content controls in "
          + "content controls), which no document needs; the file was probably made by a program"
        : "the XML of this part is broken (\(message)); the file was probably damaged or "
          + "edited by hand"
      return PackageError(
        part: part, line: line > 0 ? line : nil, column: column > 0 ? column : nil,
        message: problem + " — open it in Word or LibreOffice and save it again")
    }
  }

  var firstError: FirstError?
  var doctype: (line: Int, column: Int)?
}

/// Runs `xmlInitParser` once per process, before the first parse on any thread.
private let libxml2Initialized: Void = xmlInitParser()

/// Structured error handler: keeps the first error (warnings are ignored).
private let recordError: xmlStructuredErrorFunc = { context, error in
  guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else {
    return
  }
  let diagnostics = Unmanaged<ParseDiagnostics>.fromOpaque(context).takeUnretainedValue()
  guard diagnostics.firstError == nil else { return }
  var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
  while message.last?.isWhitespace == true { message.removeLast() }
  diagnostics.firstError = ParseDiagnostics.FirstError(
    line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message)
}

/// SAX `internalSubset`: a DOCTYPE was met. Stop before its declarations are parsed.
private let refuseDoctype: internalSubsetSAXFunc = { context, _, _, _ in
  guard let context else { return }
  let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
  if let box = parser.pointee._private {
    let diagnostics = Unmanaged<ParseDiagnostics>.fromOpaque(box).takeUnretainedValue()
    let input = parser.pointee.input
    diagnostics.doctype = (Int(input?.pointee.line ?? 0), Int(input?.pointee.col ?? 0))
  }
  xmlStopParser(parser)
}
