/// A template over plain text, such as an output-path pattern
/// (`out/{{ unit.ky_hieu }}/ke-hoach.docx`) or a message.
public struct TextTemplate: Sendable {
  public let template: Template
  private let literals: [String]

  /// Compiles `source`; every problem is thrown at once, located by line and
  /// column in `name`.
  public init(
    _ source: String, name: String = "template", environment: TemplateEnvironment = .standard
  )
    throws(TemplateErrors)
  {
    let bytes = Array(source.utf8)
    var items: [TemplateItem] = []
    var literals: [String] = []
    var diagnostics: [TemplateDiagnostic] = []
    var trimNext = false
    func location(_ offset: Int) -> TemplateLocation {
      var line = 1
      var column = 1
      for b in bytes[..<offset] {
        if b == UInt8(ascii: "\n") {
          line += 1
          column = 1
        } else if b & 0xC0 != 0x80 {
          column += 1
        }
      }
      let lineText = source.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
      return TemplateLocation(part: name, line: line, column: column, excerpt: String(lineText))
    }
    for piece in TagScanner.scan(bytes) {
      switch piece {
      case .text(let range), .rawText(let range):
        var text = TagScanner.unescapeLiteralDelimiters(
          String(decoding: bytes[range], as: UTF8.self))
        if trimNext { text = String(text.drop(while: \.isWhitespace)) }
        trimNext = false
        literals.append(text)
        items.append(.literal(literals.count - 1))
      case .tag(let found):
        if found.trimBefore, case .literal(let last)? = items.last {
          literals[last] = String(literals[last].reversed().drop(while: \.isWhitespace).reversed())
        }
        trimNext = found.trimAfter
        items.append(
          .tag(
            TemplateTag(
              kind: found.kind, prefix: found.prefix, inner: found.inner,
              location: location(found.range.lowerBound))))
      case .unclosed(let kind, let offset):
        diagnostics.append(
          TemplateDiagnostic(
            .unclosedTag(opening: kind.opening, closing: kind.closing), at: location(offset)))
      }
    }
    template = Template(items: items, environment: environment, diagnostics: &diagnostics)
    if !diagnostics.isEmpty { throw TemplateErrors(diagnostics) }
    self.literals = literals
  }

  public func render(_ scope: Scope, limits: RenderLimits = RenderLimits()) throws(TemplateErrors)
    -> String
  {
    try renderPieces(scope, limits: limits).map(\.text).joined()
  }

  /// A stretch of the output: the template's own text, or a value it printed.
  public struct Piece: Sendable, Equatable {
    public let text: String
    public let isValue: Bool
  }

  /// The output in the pieces it was made of, for a host that treats
  /// printed values differently from the template's text (an output path,
  /// whose folders only the pattern may name).
  public func renderPieces(_ scope: Scope, limits: RenderLimits = RenderLimits())
    throws(TemplateErrors) -> [Piece]
  {
    var sink = PieceSink(literals: literals)
    try template.render(scope, into: &sink, limits: limits)
    return sink.pieces
  }

  private struct PieceSink: RenderSink {
    let literals: [String]
    var pieces: [Piece] = []
    var size = 0
    mutating func appendLiteral(_ index: Int) { append(literals[index], isValue: false) }
    mutating func appendOutput(_ value: Value, context: UInt8) {
      append(value.printed, isValue: true)
    }
    mutating func marker(_ id: Int) {}
    private mutating func append(_ text: String, isValue: Bool) {
      pieces.append(Piece(text: text, isValue: isValue))
      size += text.utf8.count
    }
  }
}
