/// Pairs the tags of a template into blocks and builds its node tree,
/// collecting every problem instead of stopping at the first.
///
/// After a problem it recovers the way an author would read the template:
/// a tag that cannot be read still opens or closes its block, so one typo
/// does not make every later `{% endif %}` look stray.
struct TemplateParser {
  private let environment: TemplateEnvironment
  private(set) var tags: [TemplateTag] = []
  private(set) var diagnostics: [TemplateDiagnostic] = []
  private var stack: [Frame] = [Frame(kind: .root, tag: -1, container: 0)]
  /// Blocks open at once, at most. Rendering, checking and freeing the
  /// node tree recurse once a level: 30,000 nested ifs overflowed the stack.
  static let maxNesting = 256
  /// Set once a block would open past `maxNesting`: the statements after
  /// it are not read, so the tree stays shallow (and their pairing,
  /// broken by the block left out, is not reported tag by tag).
  private var tooDeep = false

  private struct Frame {
    enum Kind {
      case root, conditional, loop, with

      /// The keywords that open and close the block, for messages (the
      /// root, which no tag opens or closes, is never named).
      var keywords: (opening: String, closing: String) {
        switch self {
        case .root, .conditional: ("if", "endif")
        case .loop: ("for", "endfor")
        case .with: ("with", "endwith")
        }
      }
    }
    let kind: Kind
    let tag: Int
    let container: Int
    var nodes: [TemplateNode] = []
    // Conditionals: the branches closed so far and the current condition.
    var branches: [ConditionalBranch] = []
    var condition: (Expression, tag: Int)?
    // Loops: the parts of the `for` tag and the body before `{% else %}`.
    var loop: (targets: [String], iterable: Expression, filter: Expression?)?
    // With blocks: the names and their values.
    var with: (targets: [String], values: [Expression])?
    var body: [TemplateNode] = []
    var inElse = false

    init(kind: Kind, tag: Int, container: Int) {
      self.kind = kind
      self.tag = tag
      self.container = container
    }
  }

  init(environment: TemplateEnvironment) { self.environment = environment }

  static func parse(_ items: [TemplateItem], environment: TemplateEnvironment) -> (
    nodes: [TemplateNode], tags: [TemplateTag], diagnostics: [TemplateDiagnostic]
  ) {
    var parser = TemplateParser(environment: environment)
    for item in items { parser.add(item) }
    let nodes = parser.finish()
    return (nodes, parser.tags, parser.diagnostics)
  }

  mutating func add(_ item: TemplateItem) {
    switch item {
    case .literal(let i): append(.literal(i))
    case .marker(let i): append(.marker(i))
    case .tag(let tag): add(tag)
    }
  }

  private mutating func append(_ node: TemplateNode) {
    stack[stack.count - 1].nodes.append(node)
  }

  private mutating func report(_ problem: TemplateProblem, _ tag: TemplateTag) {
    diagnostics.append(TemplateDiagnostic(problem, at: tag.location))
  }

  private mutating func add(_ tag: TemplateTag) {
    let index = tags.count
    tags.append(tag)
    switch tag.kind {
    case .comment:
      return
    case .output:
      do {
        let expression = try OutputParser.parse(tag.inner, environment: environment)
        append(.output(expression, context: tag.outputContext, tag: index))
      } catch {
        report(error, tag)
      }
    case .statement:
      let statement: Statement
      do {
        statement = try StatementParser.parse(tag.inner, environment: environment)
      } catch {
        report(error, tag)
        // A misspelt keyword (`iff`, `endfro`) stands for the one suggested.
        var word = tag.inner.split(whereSeparator: { $0.isWhitespace || $0 == "(" }).first
          .map(String.init)
        if case .unknownStatement(_, let suggestion) = error { word = suggestion }
        guard let word, let stand = Self.standIn(for: word) else { return }
        // The tag is reported already; its stand-in adds no problems.
        let before = diagnostics.count
        apply(stand, tag, index)
        diagnostics.removeSubrange(before...)
        return
      }
      apply(statement, tag, index)
    }
  }

  /// What an unreadable tag would have been, so its block still pairs up.
  private static func standIn(for word: String) -> Statement? {
    let nothing = Expression.literal(.none)
    switch word {
    case "if": return .ifStart(nothing)
    case "elif": return .elif(nothing)
    case "else": return .otherwise
    case "endif": return .endIf
    case "for": return .forStart(targets: ["_"], iterable: .literal(.list([])), filter: nil)
    case "endfor": return .endFor
    case "with": return .withStart(targets: [], values: [])
    case "endwith": return .endWith
    default: return nil
    }
  }

  private mutating func apply(_ statement: Statement, _ tag: TemplateTag, _ index: Int) {
    guard !tooDeep else { return }
    switch statement {
    case .ifStart, .forStart, .withStart:
      guard stack.count <= Self.maxNesting else {
        tooDeep = true
        return report(.nestedTooDeep(limit: Self.maxNesting), tag)
      }
    default:
      break
    }
    switch statement {
    case .ifStart(let condition):
      var frame = Frame(kind: .conditional, tag: index, container: tag.container)
      frame.condition = (condition, index)
      stack.append(frame)
    case .forStart(let targets, let iterable, let filter):
      var frame = Frame(kind: .loop, tag: index, container: tag.container)
      frame.loop = (targets, iterable, filter)
      stack.append(frame)
    case .withStart(let targets, let values):
      var frame = Frame(kind: .with, tag: index, container: tag.container)
      frame.with = (targets, values)
      stack.append(frame)
    case .assign(let targets, let expression):
      append(.assign(targets: targets, expression, tag: index))
    case .elif(let condition):
      guard let top = stack.last, top.kind == .conditional, !top.inElse else {
        report(
          .misplaced(keyword: "elif", allowedIn: "an {% if %} block, before its {% else %}"), tag)
        return
      }
      checkContainer(statement.keyword, tag)
      closeBranch()
      stack[stack.count - 1].condition = (condition, index)
    case .otherwise:
      guard let top = stack.last, top.kind == .conditional || top.kind == .loop, !top.inElse else {
        report(.misplaced(keyword: "else", allowedIn: "an {% if %} or {% for %} block"), tag)
        return
      }
      checkContainer(statement.keyword, tag)
      if top.kind == .conditional {
        closeBranch()
      } else {
        stack[stack.count - 1].body = top.nodes
        stack[stack.count - 1].nodes = []
      }
      stack[stack.count - 1].inElse = true
    case .endIf:
      close(.conditional, statement.keyword, tag)
    case .endFor:
      close(.loop, statement.keyword, tag)
    case .endWith:
      close(.with, statement.keyword, tag)
    }
  }

  /// Moves the current `if`/`elif` body into the frame's closed branches.
  private mutating func closeBranch() {
    var top = stack.removeLast()
    if let (condition, tag) = top.condition {
      top.branches.append(ConditionalBranch(condition: condition, body: top.nodes, tag: tag))
    }
    top.condition = nil
    top.nodes = []
    stack.append(top)
  }

  private mutating func checkContainer(_ keyword: String, _ tag: TemplateTag) {
    guard let top = stack.last, top.kind != .root, top.container != tag.container else { return }
    let opener = tags[top.tag]
    report(
      .unbalancedStructure(
        keyword: keyword, opener: top.kind.keywords.opening,
        openedAt: opener.location.place), tag)
  }

  private mutating func close(_ kind: Frame.Kind, _ keyword: String, _ tag: TemplateTag) {
    guard let top = stack.last, top.kind != .root else {
      report(.unexpectedEnd(found: keyword, expected: nil), tag)
      return
    }
    guard top.kind == kind else {
      // `{% endif %}` where the innermost open block is a `for`: one
      // problem, said where the author typed it.
      report(.unexpectedEnd(found: keyword, expected: top.kind.keywords.closing), tag)
      if stack.contains(where: { $0.kind == kind }) {
        // The inner blocks were left open; close them up to this one.
        while let inner = stack.last, inner.kind != kind { finishTop() }
      }
      // Otherwise the author most likely typed the wrong end tag: it
      // closes the innermost block, so later tags still pair up.
      finishTop()
      return
    }
    checkContainer(keyword, tag)
    finishTop()
  }

  private mutating func reportUnclosed(_ frame: Frame) {
    let opener = tags[frame.tag]
    diagnostics.append(
      TemplateDiagnostic(
        .unclosedBlock(
          keyword: frame.kind.keywords.opening, closing: frame.kind.keywords.closing),
        at: opener.location))
  }

  /// Pops the innermost block and appends its node to the enclosing one.
  private mutating func finishTop() {
    if stack.last?.kind == .conditional, stack.last?.inElse == false { closeBranch() }
    let frame = stack.removeLast()
    switch frame.kind {
    case .root:
      stack.append(frame)
    case .conditional:
      append(
        .conditional(
          branches: frame.branches, otherwise: frame.inElse ? frame.nodes : [], tag: frame.tag))
    case .loop:
      guard let parts = frame.loop else { return }
      let (body, variables) = LoopVariables.rewrite(frame.inElse ? frame.body : frame.nodes)
      append(
        .loop(
          Loop(
            targets: parts.targets, iterable: parts.iterable, filter: parts.filter, body: body,
            otherwise: frame.inElse ? frame.nodes : [], tag: frame.tag, variables: variables)))
    case .with:
      guard let parts = frame.with else { return }
      append(
        .with(
          WithBlock(targets: parts.targets, values: parts.values, body: frame.nodes, tag: frame.tag)
        ))
    }
  }

  private mutating func finish() -> [TemplateNode] {
    while stack.count > 1, let top = stack.last {
      // Past `maxNesting` the closing tags were not read.
      if !tooDeep { reportUnclosed(top) }
      finishTop()
    }
    return stack[0].nodes
  }
}
