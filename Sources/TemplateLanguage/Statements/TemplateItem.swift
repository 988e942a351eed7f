/// What a host (a document part, a line of text) gives the template parser:
/// opaque literal chunks, markers, and tags in document order.
///
/// The language never looks inside literals: for a DOCX part they are XML
/// bytes the host keeps in its own table and writes back by index.
public enum TemplateItem: Sendable {
  case literal(Int)
  case marker(Int)
  case tag(TemplateTag)
}

/// A tag as the host found it.
public struct TemplateTag: Sendable {
  public var kind: TagScanner.Kind
  public var prefix: TagScanner.Prefix?
  /// The text between the delimiters.
  public var inner: String
  /// The structural element the tag stands in after structural prefixes
  /// are applied; the tags of one block must share it, or the block would
  /// cut the document's structure in two.
  public var container: Int
  /// How the host escapes what this tag prints (for instance inside a Word
  /// run, or in a plain-text property); opaque to the language.
  public var outputContext: UInt8
  public var location: TemplateLocation

  public init(
    kind: TagScanner.Kind, prefix: TagScanner.Prefix? = nil, inner: String, container: Int = 0,
    outputContext: UInt8 = 0, location: TemplateLocation
  ) {
    self.kind = kind
    self.prefix = prefix
    self.inner = inner
    self.container = container
    self.outputContext = outputContext
    self.location = location
  }

  /// The tag as the author typed it (near enough), for messages.
  public var display: String {
    "\(kind.opening)\(prefix?.rawValue ?? "") \(inner) \(kind.closing)"
  }
}
