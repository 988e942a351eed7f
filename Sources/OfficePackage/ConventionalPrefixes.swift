internal import CLibXML2

/// Names elements and attributes of the namespaces vanban reads with the
/// prefixes Word and LibreOffice give them (`w:`, `text:`, …), whatever
/// prefix the document itself binds them to.
///
/// Why: every later stage recognises an element by its name as the
/// applications write it (`w:p`, `text:span`). A document rewritten by
/// another tool — Python's ElementTree writes `ns0:p`, others use a default
/// namespace and write `<p>` — is the same XML, and must not have its tags
/// left in place without a word. Renaming the prefix, and its declaration
/// with it, keeps every name in its namespace, so the output is still the
/// document it was.
struct ConventionalPrefixes {
  private static let byNamespace: [String: String] = [
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
    "urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office",
    "urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
    "urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
    "urn:oasis:names:tc:opendocument:xmlns:style:1.0": "style",
    "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
    "http://purl.org/dc/elements/1.1/": "dc",
  ]
  private static let prefixes = Set(byNamespace.values)

  /// The declarations met so far whose prefix is renamed, with the new
  /// prefix. Usually none; when some, a few: a list beats hashing.
  private var renamed: [(declaration: xmlNsPtr, prefix: [UInt8])] = []
  /// Conventional prefixes the document binds to some other namespace.
  private var taken: [String: String] = [:]

  /// The conventional prefix for names in `namespace`, or nil when the
  /// declared prefix is already it or the namespace is not one vanban reads.
  /// A name's declaration is on its element or above it, so `declarations(of:)`
  /// has met it already.
  func renamedPrefix(of namespace: xmlNsPtr) -> [UInt8]? {
    renamed.isEmpty ? nil : renamed.first(where: { $0.declaration == namespace })?.prefix
  }

  /// The attributes that make an element's namespace declarations, renamed
  /// as its names are: `xmlns:ns0="…/main"` becomes `xmlns:w="…/main"`, and a
  /// default namespace gets the conventional prefix declared beside it.
  mutating func declarations(of first: xmlNsPtr?) -> [XMLAttribute] {
    var attributes: [XMLAttribute] = []
    var declaration = first
    while let current = declaration {
      declaration = current.pointee.next
      let href = current.pointee.href.map { String(cString: $0) } ?? ""
      let declared = current.pointee.prefix.map { String(cString: $0) }
      guard let conventional = Self.byNamespace[href] else {
        if let declared, Self.prefixes.contains(declared) { taken[declared] = href }
        attributes.append(
          XMLAttribute(name: declared.map { "xmlns:" + $0 } ?? "xmlns", value: href))
        continue
      }
      if declared != conventional {
        renamed.append((current, Array(conventional.utf8)))
        if declared == nil { attributes.append(XMLAttribute(name: "xmlns", value: href)) }
      }
      // Two prefixes of one namespace are one prefix now: declared once.
      let name = "xmlns:" + conventional
      if !attributes.contains(where: { $0.name == name }) {
        attributes.append(XMLAttribute(name: name, value: href))
      }
    }
    return attributes
  }

  /// A prefix the renaming gave to one namespace while the document binds
  /// it to another: the renamed names would be ambiguous.
  var conflict: (prefix: String, namespace: String)? {
    let given = Set(renamed.map { String(decoding: $0.prefix, as: UTF8.self) })
    return given.sorted().lazy.compactMap { prefix in taken[prefix].map { (prefix, $0) } }.first
  }
}
