/// Parses expression tokens with Jinja's precedence.
///
/// Precedence, loosest first: `x if c else y`, `or`, `and`, `not`,
/// comparisons (`==`, `in`, `not in`, …, chained as in Jinja), `~`, `+ -`,
/// `* / // %`, `**`, unary `-`, then filters and tests, which bind to the
/// operand before them (`-x | abs` is `abs(-x)`, as in Jinja).
struct ExpressionParser {
  /// A problem with its wording ready for `TemplateProblem`.
  enum Failure: Error {
    case syntax(String)
    case unknownFilter(String, suggestion: String?)
    case unknownTest(String, suggestion: String?)
  }

  private var tokens: [ExpressionToken]
  private var position = 0
  private let environment: TemplateEnvironment

  init(tokens: [ExpressionToken], environment: TemplateEnvironment) {
    self.tokens = tokens
    self.environment = environment
  }

  var current: ExpressionToken { tokens[position] }
  var isAtEnd: Bool { current == .end }

  mutating func advance() { if position < tokens.count - 1 { position += 1 } }

  func peek(_ offset: Int) -> ExpressionToken {
    tokens[min(position + offset, tokens.count - 1)]
  }

  mutating func skip(_ symbol: String) -> Bool {
    if current == .symbol(symbol) {
      advance()
      return true
    }
    return false
  }

  mutating func skipKeyword(_ word: String) -> Bool {
    if current == .name(word) {
      advance()
      return true
    }
    return false
  }

  mutating func expect(_ symbol: String) throws(Failure) {
    guard skip(symbol) else {
      throw .syntax("expected \"\(symbol)\" but found \(current.display)")
    }
  }

  mutating func expectName() throws(Failure) -> String {
    guard case .name(let n) = current else {
      throw .syntax("expected a name but found \(current.display)")
    }
    advance()
    return n
  }

  mutating func expectEnd() throws(Failure) {
    guard isAtEnd else { throw .syntax("unexpected \(current.display)") }
  }

  // MARK: - Grammar

  mutating func parseExpression() throws(Failure) -> Expression {
    let value = try parseOr()
    if skipKeyword("if") {
      let condition = try parseOr()
      let otherwise = skipKeyword("else") ? try parseExpression() : nil
      return .conditional(then: value, condition: condition, otherwise: otherwise)
    }
    return value
  }

  /// An expression without a trailing `if`, for `for x in xs if cond`.
  mutating func parseOr() throws(Failure) -> Expression {
    var left = try parseAnd()
    while skipKeyword("or") { left = .or(left, try parseAnd()) }
    return left
  }

  private mutating func parseAnd() throws(Failure) -> Expression {
    var left = try parseNot()
    while skipKeyword("and") { left = .and(left, try parseNot()) }
    return left
  }

  private mutating func parseNot() throws(Failure) -> Expression {
    if current == .name("not"), peek(1) != .name("in") {
      advance()
      return .not(try parseNot())
    }
    return try parseCompare()
  }

  private mutating func parseCompare() throws(Failure) -> Expression {
    let first = try parseConcat()
    var rest: [(ComparisonOperator, Expression)] = []
    while true {
      let op: ComparisonOperator
      switch current {
      case .symbol("=="): op = .equal
      case .symbol("!="): op = .notEqual
      case .symbol("<"): op = .less
      case .symbol("<="): op = .lessOrEqual
      case .symbol(">"): op = .greater
      case .symbol(">="): op = .greaterOrEqual
      case .name("in"): op = .in
      case .name("not") where peek(1) == .name("in"):
        advance()
        op = .notIn
      default:
        return rest.isEmpty ? first : .compare(first, rest)
      }
      advance()
      rest.append((op, try parseConcat()))
    }
  }

  private mutating func parseConcat() throws(Failure) -> Expression {
    var left = try parseSum()
    while skip("~") { left = .concat(left, try parseSum()) }
    return left
  }

  private mutating func parseSum() throws(Failure) -> Expression {
    var left = try parseProduct()
    while true {
      if skip("+") {
        left = .arithmetic(.add, left, try parseProduct())
      } else if skip("-") {
        left = .arithmetic(.subtract, left, try parseProduct())
      } else {
        return left
      }
    }
  }

  private mutating func parseProduct() throws(Failure) -> Expression {
    var left = try parsePower()
    while true {
      let op: ArithmeticOperator
      switch current {
      case .symbol("*"): op = .multiply
      case .symbol("/"): op = .divide
      case .symbol("//"): op = .floorDivide
      case .symbol("%"): op = .modulo
      default: return left
      }
      advance()
      left = .arithmetic(op, left, try parsePower())
    }
  }

  private mutating func parsePower() throws(Failure) -> Expression {
    var left = try parseUnary()
    while skip("**") { left = .arithmetic(.power, left, try parseUnary()) }
    return left
  }

  private mutating func parseUnary() throws(Failure) -> Expression {
    let node: Expression
    if skip("-") {
      node = .negate(try parseUnaryWithoutFilters())
    } else if skip("+") {
      node = .plus(try parseUnaryWithoutFilters())
    } else {
      node = try parsePostfix(try parsePrimary())
    }
    return try parseFilters(node)
  }

  private mutating func parseUnaryWithoutFilters() throws(Failure) -> Expression {
    if skip("-") { return .negate(try parseUnaryWithoutFilters()) }
    if skip("+") { return .plus(try parseUnaryWithoutFilters()) }
    return try parsePostfix(try parsePrimary())
  }

  private mutating func parsePrimary() throws(Failure) -> Expression {
    let token = current
    switch token {
    case .int(let i):
      advance()
      return .literal(.int(i))
    case .double(let d):
      advance()
      return .literal(.double(d))
    case .string(var s):
      advance()
      // Adjacent string literals concatenate, as in Python and Jinja.
      while case .string(let more) = current {
        s += more
        advance()
      }
      return .literal(.string(s))
    case .name(let n):
      advance()
      switch n {
      case "true", "True": return .literal(.bool(true))
      case "false", "False": return .literal(.bool(false))
      case "none", "None", "null": return .literal(.none)
      default: return .name(n)
      }
    case .symbol("("):
      advance()
      if skip(")") { return .list([]) }
      let first = try parseExpression()
      if skip(")") { return first }
      var items = [first]
      while skip(",") {
        if current == .symbol(")") { break }
        items.append(try parseExpression())
      }
      try expect(")")
      return .list(items)
    case .symbol("["):
      advance()
      var items: [Expression] = []
      while !skip("]") {
        items.append(try parseExpression())
        if !skip(",") {
          try expect("]")
          break
        }
      }
      return .list(items)
    case .symbol("{"):
      advance()
      var pairs: [(key: Expression, value: Expression)] = []
      while !skip("}") {
        let key = try parseExpression()
        try expect(":")
        pairs.append((key, try parseExpression()))
        if !skip(",") {
          try expect("}")
          break
        }
      }
      return .map(pairs)
    default:
      throw .syntax("expected a value but found \(token.display)")
    }
  }

  private mutating func parsePostfix(_ base: Expression) throws(Failure) -> Expression {
    var node = base
    while true {
      if skip(".") {
        switch current {
        case .name(let n):
          advance()
          node = .attribute(node, n)
        case .int(let i):
          advance()
          node = .index(node, .literal(.int(i)))
        default:
          throw .syntax("expected a name after \".\" but found \(current.display)")
        }
      } else if skip("[") {
        node = try parseSubscript(node)
      } else if current == .symbol("(") {
        advance()
        node = .call(node, try parseArguments())
      } else {
        return node
      }
    }
  }

  private mutating func parseSubscript(_ base: Expression) throws(Failure) -> Expression {
    var parts: [Expression?] = []
    var current: Expression? = nil
    var isSlice = false
    while true {
      if skip("]") {
        parts.append(current)
        break
      }
      if skip(":") {
        isSlice = true
        parts.append(current)
        current = nil
        continue
      }
      guard current == nil else {
        throw .syntax("expected \"]\" but found \(self.current.display)")
      }
      current = try parseExpression()
    }
    if !isSlice {
      guard let index = parts.first ?? nil else { throw .syntax("empty subscript []") }
      return .index(base, index)
    }
    guard parts.count <= 3 else { throw .syntax("a slice has at most three parts") }
    return .slice(
      base, start: parts[0], stop: parts.count > 1 ? parts[1] : nil,
      step: parts.count > 2 ? parts[2] : nil)
  }

  /// Arguments after an opening parenthesis, up to and including `)`.
  private mutating func parseArguments() throws(Failure) -> Arguments {
    var arguments = Arguments()
    while !skip(")") {
      if case .name(let n) = current, peek(1) == .symbol("=") {
        advance()
        advance()
        arguments.keywords.append((n, try parseExpression()))
      } else {
        guard arguments.keywords.isEmpty else {
          throw .syntax("a positional argument cannot follow a named one")
        }
        arguments.positional.append(try parseExpression())
      }
      if !skip(",") {
        try expect(")")
        break
      }
    }
    return arguments
  }

  private mutating func parseFilters(_ base: Expression) throws(Failure) -> Expression {
    var node = base
    while true {
      if skip("|") {
        let name = try expectName()
        guard let function = environment.filters[name] else {
          throw .unknownFilter(
            name, suggestion: ClosestName.to(name, among: environment.filters.keys.sorted()))
        }
        var arguments = Arguments()
        if skip("(") { arguments = try parseArguments() }
        node = .filter(node, FilterCall(name: name, arguments: arguments, function: function))
      } else if skipKeyword("is") {
        let negated = skipKeyword("not")
        let name: String
        switch current {
        case .name(let n): name = n
        case .symbol(let s) where ["==", "!=", "<", "<=", ">", ">="].contains(s): name = s
        default: throw .syntax("expected the name of a test after \"is\"")
        }
        advance()
        guard let function = environment.tests[name] else {
          throw .unknownTest(
            name, suggestion: ClosestName.to(name, among: environment.tests.keys.sorted()))
        }
        var arguments = Arguments()
        if skip("(") {
          arguments = try parseArguments()
        } else if startsOperand {
          arguments.positional = [try parsePostfix(try parsePrimary())]
        }
        node = .test(
          node, TestCall(name: name, arguments: arguments, function: function), negated: negated)
      } else {
        return node
      }
    }
  }

  /// Whether the current token can begin a test's single bare argument
  /// (`is divisibleby 3`), as opposed to a keyword that follows the test.
  private var startsOperand: Bool {
    switch current {
    case .int, .double, .string, .symbol("["), .symbol("{"): return true
    case .name(let n):
      return !["and", "or", "if", "else", "in", "not", "is"].contains(n)
    default: return false
    }
  }
}
