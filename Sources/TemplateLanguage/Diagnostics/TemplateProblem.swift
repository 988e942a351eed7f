/// Everything that can be wrong with a template or with the data it reads.
///
/// Errors are data (as in docxtemplater): each case carries what the message
/// needs, and `message` / `fix` turn it into words for an office worker.
public enum TemplateProblem: Sendable, Hashable {
  // Tags and structure, found when compiling.
  case unclosedTag(opening: String, closing: String)
  case syntax(tag: String, detail: String)
  case unknownStatement(word: String, suggestion: String?)
  case unsupportedStatement(word: String)
  case unclosedBlock(keyword: String, closing: String)
  case unexpectedEnd(found: String, expected: String?)
  case misplaced(keyword: String, allowedIn: String)
  case unknownFilter(name: String, suggestion: String?)
  case unknownTest(name: String, suggestion: String?)
  case unbalancedStructure(keyword: String, opener: String, openedAt: String)
  case prefixOutsideStructure(prefix: String, structure: String)
  case nestedTooDeep(limit: Int)
  /// Another tool's tag (see `ForeignTag`).
  case foreignTag(tag: String, tool: String, replacement: String)
  // Data, found when rendering.
  case undefined(name: String, suggestion: String?)
  case wrongType(expression: String, expected: String, found: String)
  case notIterable(expression: String, found: String)
  case unpackMismatch(names: Int, found: Int)
  case divisionByZero(expression: String)
  case filterFailed(filter: String, detail: String)
  case invalidValue(detail: String)
  /// A render ran past `RenderLimits`.
  case tooManyIterations(limit: Int)
  case outputTooLarge(limit: Int)

  /// What is wrong, in one sentence.
  public var message: String {
    switch self {
    case .unclosedTag(let opening, let closing):
      return "the tag opened with \(opening) is not closed with \(closing)"
    case .syntax(let tag, let detail):
      return "cannot read the tag \(Self.shortened(tag)): \(detail)"
    case .unknownStatement(let word, _):
      return "\"\(word)\" is not a statement vanban knows"
    case .unsupportedStatement(let word):
      return "the statement {% \(word) %} is not supported in document templates"
    case .unclosedBlock(let keyword, let closing):
      return "{% \(keyword) %} is never closed by {% \(closing) %}"
    case .unexpectedEnd(let found, let expected):
      if let expected {
        return "{% \(found) %} found where {% \(expected) %} was expected"
      }
      return "{% \(found) %} has no opening tag to close"
    case .misplaced(let keyword, let allowedIn):
      return "{% \(keyword) %} stands outside \(allowedIn)"
    case .unknownFilter(let name, _):
      return "there is no filter named \"\(name)\""
    case .unknownTest(let name, _):
      return "there is no test named \"\(name)\""
    case .unbalancedStructure(let keyword, let opener, let openedAt):
      return
        "{% \(keyword) %} closes the {% \(opener) %} opened at \(openedAt), but the two tags are in different places of the document's structure (paragraph, table row or cell)"
    case .prefixOutsideStructure(let prefix, let structure):
      return "the tag uses the prefix \"\(prefix)\" but is not inside a \(structure)"
    case .nestedTooDeep(let limit):
      return "the tag opens a block inside \(limit) open blocks, which no document needs"
    case .undefined(let name, _):
      return "\"\(name)\" is not defined in the data"
    case .wrongType(let expression, let expected, let found):
      return "\(expression) should be \(expected) but is \(found)"
    case .notIterable(let expression, let found):
      return "cannot loop over \(expression): it is \(found), not a list"
    case .unpackMismatch(let names, let found):
      return "the loop names \(names) variables but each item has \(found) values"
    case .divisionByZero(let expression):
      return "division by zero in \(expression)"
    case .filterFailed(let filter, let detail):
      return "the filter \(filter) failed: \(detail)"
    case .invalidValue(let detail):
      return detail
    case .tooManyIterations(let limit):
      return "the loops ran more than \(limit) times in one render, which no document needs"
    case .outputTooLarge(let limit):
      return "the document grew past \(Self.bytes(limit)) while rendering, which no document needs"
    case .foreignTag(let tag, let tool, _):
      return "\(tag) is a \(tool) tag; vanban reads Jinja tags, as docxtpl does"
    }
  }

  /// What to do about it.
  public var fix: String {
    switch self {
    case .unclosedTag(_, let closing):
      return "type \(closing) at the end of the tag, in the same paragraph"
    case .syntax:
      return "check the spelling of the expression inside the tag"
    case .unknownStatement(_, let suggestion):
      return suggestion.map { "did you mean {% \($0) %}?" }
        ?? "use if, elif, else, endif, for, endfor, set or with"
    case .unsupportedStatement:
      return "use if, for, set and with; move repeated parts into loops"
    case .unclosedBlock("raw", let closing):
      return "add {% \(closing) %} in the same paragraph: a raw block cannot span paragraphs"
    case .unclosedBlock(_, let closing):
      return "add {% \(closing) %} after the last paragraph the block covers"
    case .unexpectedEnd(_, let expected):
      if let expected { return "close the inner block first with {% \(expected) %}" }
      return "remove the tag, or add the opening tag before it"
    case .misplaced(let keyword, let allowedIn):
      return "move {% \(keyword) %} inside \(allowedIn)"
    case .unknownFilter(_, let suggestion):
      return suggestion.map { "did you mean \"\($0)\"?" } ?? "see the list of filters in the README"
    case .unknownTest(_, let suggestion):
      return suggestion.map { "did you mean \"\($0)\"?" } ?? "see the list of tests in the README"
    case .unbalancedStructure:
      return
        "put both tags in the same paragraph, or use {%p …%} on paragraphs, {%tr …%} on table rows, {%tc …%} on cells for both"
    case .prefixOutsideStructure(let prefix, _):
      return "remove the prefix \"\(prefix)\", or move the tag into the right place"
    case .nestedTooDeep:
      return "close blocks before opening more; the tags after this one were not read"
    case .undefined(_, let suggestion):
      return suggestion.map {
        "did you mean \"\($0)\"? Otherwise add it to the data, or write | default('…')"
      }
        ?? "add it to the data, or write | default('…') or test it with \"is defined\""
    case .wrongType:
      return "check the data, or convert it with a filter such as int, float or string"
    case .notIterable:
      return "give a list in the data, or loop over a mapping with .items()"
    case .unpackMismatch:
      return "name as many loop variables as each item has values"
    case .divisionByZero:
      return "check the data, or guard the division with {% if … %}"
    case .filterFailed:
      return "check the value given to the filter and its arguments"
    case .invalidValue:
      return "check the data"
    case .tooManyIterations, .outputTooLarge:
      return
        "check the data this loop runs over and prints, or narrow it before the loop (selectattr, or if in the for tag)"
    case .foreignTag(_, _, let replacement):
      return "write \(replacement)"
    }
  }
}

extension TemplateProblem {
  /// A tag as a message quotes it: whole up to 80 characters, else its
  /// start and end around an ellipsis, so that a 100,000-character tag does
  /// not become a 100,000-character message.
  static func shortened(_ tag: String) -> String {
    guard tag.count > 80 else { return tag }
    return tag.prefix(56) + " … " + tag.suffix(20)
  }

  /// "256 MiB", "100 B": a size limit as messages state it.
  static func bytes(_ count: Int) -> String {
    count >= 1 << 20 && count % (1 << 20) == 0 ? "\(count >> 20) MiB" : "\(count) B"
  }
}
