/// What a `{% … %}` tag says.
enum Statement {
  case ifStart(Expression)
  case elif(Expression)
  case otherwise
  case endIf
  case forStart(targets: [String], iterable: Expression, filter: Expression?)
  case endFor
  case assign(targets: [String], Expression)
  /// `{% with a = x, b = y %}`: names for the block, values from outside it.
  case withStart(targets: [String], values: [Expression])
  case endWith

  /// The keyword, as the author typed it, for messages.
  var keyword: String {
    switch self {
    case .ifStart: "if"
    case .elif: "elif"
    case .otherwise: "else"
    case .endIf: "endif"
    case .forStart: "for"
    case .endFor: "endfor"
    case .assign: "set"
    case .withStart: "with"
    case .endWith: "endwith"
    }
  }
}

/// Parses the text inside `{% … %}` into a `Statement`.
enum StatementParser {
  static let known = [
    "if", "elif", "else", "endif", "for", "endfor", "set", "with", "endwith", "raw", "endraw",
  ]
  /// Jinja statements that make no sense in a document template.
  static let unsupported = [
    "macro", "endmacro", "block", "endblock", "extends", "include", "import", "from", "call",
    "endcall", "filter", "endfilter", "autoescape",
    "endautoescape", "break", "continue", "do", "endset", "trans", "endtrans",
  ]

  static func parse(_ text: String, environment: TemplateEnvironment) throws(TemplateProblem)
    -> Statement
  {
    let tokens: [ExpressionToken]
    do {
      tokens = try ExpressionLexer.tokenize(text)
    } catch {
      throw .syntax(tag: "{% \(text) %}", detail: error.detail)
    }
    var parser = ExpressionParser(tokens: tokens, environment: environment)
    guard case .name(let word) = parser.current else {
      throw .syntax(
        tag: "{% \(text) %}", detail: "a statement starts with a word such as if or for")
    }
    parser.advance()
    do {
      let statement: Statement
      switch word {
      case "if": statement = .ifStart(try parser.parseExpression())
      case "elif": statement = .elif(try parser.parseExpression())
      case "else": statement = .otherwise
      case "endif": statement = .endIf
      case "endfor": statement = .endFor
      case "endwith": statement = .endWith
      // A pair in one text is taken by the tag scanner (`TagScanner.scan`).
      case "raw":
        throw TemplateProblem.unclosedBlock(keyword: "raw", closing: "endraw")
      case "endraw":
        throw TemplateProblem.unexpectedEnd(found: "endraw", expected: nil)
      case "with":
        // As Jinja's: `name = value` pairs, each value read outside the block.
        var targets: [String] = []
        var values: [Expression] = []
        while !parser.isAtEnd {
          if !targets.isEmpty { try parser.expect(",") }
          targets.append(try parser.expectName())
          try parser.expect("=")
          values.append(try parser.parseExpression())
        }
        statement = .withStart(targets: targets, values: values)
      case "for":
        let targets = try parseTargets(&parser)
        guard parser.skipKeyword("in") else {
          throw ExpressionParser.Failure.syntax("expected \"in\" after the loop variable")
        }
        let iterable = try implicitTuple(&parser) { p throws(ExpressionParser.Failure) in
          try p.parseOr()
        }
        let filter = parser.skipKeyword("if") ? try parser.parseOr() : nil
        if parser.current == .name("recursive") {
          throw ExpressionParser.Failure.syntax("recursive loops are not supported")
        }
        statement = .forStart(targets: targets, iterable: iterable, filter: filter)
      case "set":
        let targets = try parseAssignmentTargets(&parser)
        guard parser.skip("=") else {
          throw ExpressionParser.Failure.syntax(
            "expected \"=\" after the name; block {% set %}…{% endset %} is not supported")
        }
        statement = .assign(
          targets: targets,
          try implicitTuple(&parser) { p throws(ExpressionParser.Failure) in
            try p.parseExpression()
          })
      default:
        if unsupported.contains(word) { throw TemplateProblem.unsupportedStatement(word: word) }
        throw TemplateProblem.unknownStatement(
          word: word, suggestion: ClosestName.to(word, among: known))
      }
      try parser.expectEnd()
      return statement
    } catch let problem as TemplateProblem {
      throw problem
    } catch let failure as ExpressionParser.Failure {
      throw failure.problem(tag: "{% \(text) %}")
    } catch {
      throw .syntax(tag: "{% \(text) %}", detail: "\(error)")
    }
  }

  /// `a, b` without brackets is a tuple in Jinja (`{% set a, b = 1, 2 %}`,
  /// `{% for x in a, b %}`); a list here.
  private static func implicitTuple(
    _ parser: inout ExpressionParser,
    _ parse: (inout ExpressionParser) throws(ExpressionParser.Failure) -> Expression
  ) throws(ExpressionParser.Failure) -> Expression {
    let first = try parse(&parser)
    guard parser.current == .symbol(",") else { return first }
    var items = [first]
    while parser.skip(",") {
      if parser.isAtEnd || parser.current == .name("if") { break }
      items.append(try parse(&parser))
    }
    return .list(items)
  }

  /// Names, or one `namespace.attribute` (kept as "ns.attr": a dot cannot
  /// be part of a name, so the renderer knows it for an attribute).
  private static func parseAssignmentTargets(_ parser: inout ExpressionParser)
    throws(ExpressionParser.Failure) -> [String]
  {
    if case .name(let base) = parser.current, parser.peek(1) == .symbol(".") {
      parser.advance()
      parser.advance()
      return [base + "." + (try parser.expectName())]
    }
    return try parseTargets(&parser)
  }

  /// `x` or `a, b` or `(a, b)`.
  private static func parseTargets(_ parser: inout ExpressionParser) throws(ExpressionParser
    .Failure)
    -> [String]
  {
    let parenthesized = parser.skip("(")
    var names = [try parser.expectName()]
    while parser.skip(",") { names.append(try parser.expectName()) }
    if parenthesized { try parser.expect(")") }
    return names
  }
}

extension ExpressionParser.Failure {
  func problem(tag: String) -> TemplateProblem {
    switch self {
    case .syntax(let detail): .syntax(tag: tag, detail: detail)
    case .unknownFilter(let name, let suggestion):
      .unknownFilter(name: name, suggestion: suggestion)
    case .unknownTest(let name, let suggestion): .unknownTest(name: name, suggestion: suggestion)
    }
  }
}

/// Parses the text inside `{{ … }}`.
enum OutputParser {
  static func parse(_ text: String, environment: TemplateEnvironment) throws(TemplateProblem)
    -> Expression
  {
    let tag = "{{ \(text) }}"
    do {
      let tokens = try ExpressionLexer.tokenize(text)
      var parser = ExpressionParser(tokens: tokens, environment: environment)
      guard !parser.isAtEnd else {
        throw ExpressionParser.Failure.syntax("the tag is empty; write a name between {{ and }}")
      }
      let expression = try parser.parseExpression()
      try parser.expectEnd()
      return expression
    } catch let failure as ExpressionParser.Failure {
      throw failure.problem(tag: tag)
    } catch let failure as ExpressionLexer.Failure {
      throw .syntax(tag: tag, detail: failure.detail)
    } catch {
      throw .syntax(tag: tag, detail: "\(error)")
    }
  }
}
