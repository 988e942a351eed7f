import OrderedCollections

/// A parsed template: immutable, so one compiled template can render many
/// contexts on many threads at once.
public struct Template: Sendable {
  public let nodes: [TemplateNode]
  /// Every tag, in document order; nodes refer to them by index.
  public let tags: [TemplateTag]
  let environment: TemplateEnvironment

  /// Parses a host's items; problems are added to `diagnostics`, and the
  /// template is still built so all problems of a document can be gathered.
  public init(
    items: [TemplateItem], environment: TemplateEnvironment = .standard,
    diagnostics: inout [TemplateDiagnostic]
  ) {
    let parsed = TemplateParser.parse(items, environment: environment)
    nodes = parsed.nodes
    tags = parsed.tags
    diagnostics += parsed.diagnostics
    self.environment = environment
  }

  /// Renders into `sink`. Every problem with the data is reported at once
  /// (each tag once), then thrown; a render past `limits` stops at once.
  public func render<Sink: RenderSink>(
    _ scope: Scope, into sink: inout Sink, limits: RenderLimits = RenderLimits()
  ) throws(TemplateErrors) {
    var renderer = Renderer(
      template: self, evaluator: Evaluator(environment: environment), scope: scope,
      limits: limits)
    renderer.render(nodes, into: &sink)
    if !renderer.problems.isEmpty {
      throw TemplateErrors(
        renderer.problems.map { TemplateDiagnostic($0.problem, at: tags[$0.tag].location) })
    }
  }
}

/// Walks the node tree once per render.
private struct Renderer {
  let template: Template
  let evaluator: Evaluator
  var scope: Scope
  var problems: [Problem] = []
  /// Tags already reported: a tag inside a loop fails on many items, often
  /// with different details, and is reported once, for its first failure.
  var reportedTags: Set<Int> = []
  let limits: RenderLimits
  /// Loop passes left before `limits.maxIterations`.
  var iterationsLeft: Int
  /// Set when a limit is reached: every loop stops, so the render ends
  /// after at most one more pass through the template's own nodes.
  var stopped = false

  struct Problem: Hashable {
    let problem: TemplateProblem
    let tag: Int
  }

  init(template: Template, evaluator: Evaluator, scope: Scope, limits: RenderLimits) {
    self.template = template
    self.evaluator = evaluator
    self.scope = scope
    self.limits = limits
    iterationsLeft = limits.maxIterations
  }

  mutating func evaluate(_ expression: Expression, tag: Int) -> Value? {
    do {
      return try evaluator.evaluate(expression, in: scope)
    } catch {
      record(error, tag: tag)
      return nil
    }
  }

  mutating func record(_ problem: TemplateProblem, tag: Int) {
    if reportedTags.insert(tag).inserted { problems.append(Problem(problem: problem, tag: tag)) }
  }

  mutating func render<Sink: RenderSink>(_ nodes: [TemplateNode], into sink: inout Sink) {
    for node in nodes {
      switch node {
      case .literal(let i):
        sink.appendLiteral(i)
      case .marker(let i):
        sink.marker(i)
      case .output(let expression, let context, let tag):
        if !printInPlace(expression, context: context, into: &sink),
          let value = evaluate(expression, tag: tag)
        {
          sink.appendOutput(value, context: context)
        }
        // Outside loops too: many tags can print one large value.
        checkSize(sink.size, tag: tag)
      case .conditional(let branches, let otherwise, _):
        var taken = false
        for branch in branches where evaluate(branch.condition, tag: branch.tag)?.isTruthy == true {
          render(branch.body, into: &sink)
          taken = true
          break
        }
        if !taken { render(otherwise, into: &sink) }
      case .loop(let loop):
        renderLoop(loop, into: &sink)
      case .assign(let targets, let expression, let tag):
        guard let value = evaluate(expression, tag: tag) else { continue }
        assign(targets, to: value, tag: tag)
      case .with(let block):
        // Every value is read before any name is bound, as in Jinja; when
        // one fails (reported), the body would only fail again.
        let values = block.values.compactMap { evaluate($0, tag: block.tag) }
        guard values.count == block.values.count else { continue }
        scope.push()
        for (target, value) in zip(block.targets, values) { scope.set(target, value) }
        render(block.body, into: &sink)
        scope.pop()
      }
    }
  }

  /// Prints `name` or `name.key`, most of a document's tags, from where
  /// the value is bound rather than from a copy; false for anything else,
  /// and for a name or key the data lacks (evaluating says what is wrong).
  private func printInPlace<Sink: RenderSink>(
    _ expression: Expression, context: UInt8, into sink: inout Sink
  ) -> Bool {
    switch expression {
    case .name(let name):
      return scope.withValue(name, key: nil) { sink.appendOutput($0, context: context) }
    case .attribute(.name(let name), let key):
      return scope.withValue(name, key: key) { sink.appendOutput($0, context: context) }
    default:
      return false
    }
  }

  mutating func renderLoop<Sink: RenderSink>(_ loop: Loop, into sink: inout Sink) {
    guard let collection = evaluate(loop.iterable, tag: loop.tag) else { return }
    guard var items = collection.iterated else {
      record(
        .notIterable(expression: evaluator.describe(loop.iterable), found: collection.typeName),
        tag: loop.tag)
      return
    }
    if let filter = loop.filter {
      var kept: [Value] = []
      scope.push()
      for item in items {
        guard spendIteration(tag: loop.tag) else { break }
        bind(loop.targets, to: item, tag: loop.tag)
        if evaluate(filter, tag: loop.tag)?.isTruthy == true { kept.append(item) }
      }
      scope.pop()
      items = kept
    }
    guard !items.isEmpty else {
      // The else block is scoped like the body: its sets do not leak out.
      scope.push()
      render(loop.otherwise, into: &sink)
      scope.pop()
      return
    }
    scope.enterLoop(tracksChanges: loop.variables.changed)
    defer { scope.exitLoop() }
    for (i, item) in items.enumerated() {
      guard spendIteration(tag: loop.tag), checkSize(sink.size, tag: loop.tag) else { return }
      // A fresh frame per item: a set in one iteration is not seen by the
      // next, nor after the loop, as in Jinja.
      scope.push()
      defer { scope.pop() }
      if loop.variables.whole { scope.set("loop", LoopVariables.mapping(i, of: items)) }
      for key in loop.variables.keys {
        if let value = key.value(i, of: items) { scope.set(key.boundName, value) }
      }
      bind(loop.targets, to: item, tag: loop.tag)
      render(loop.body, into: &sink)
    }
  }

  /// Counts one loop pass; false, the render stopped, once the budget is
  /// spent (or another limit stopped it).
  mutating func spendIteration(tag: Int) -> Bool {
    guard !stopped else { return false }
    iterationsLeft -= 1
    if iterationsLeft < 0 { stop(.tooManyIterations(limit: limits.maxIterations), tag: tag) }
    return !stopped
  }

  /// False, the render stopped, once the output's `size` is past its bound.
  @discardableResult
  mutating func checkSize(_ size: Int, tag: Int) -> Bool {
    if size > limits.maxOutputBytes {
      stop(.outputTooLarge(limit: limits.maxOutputBytes), tag: tag)
    }
    return !stopped
  }

  /// Ends the render at `tag`, reporting the limit it reached even when the
  /// tag failed before.
  mutating func stop(_ problem: TemplateProblem, tag: Int) {
    guard !stopped else { return }
    stopped = true
    reportedTags.insert(tag)
    problems.append(Problem(problem: problem, tag: tag))
  }

  /// `{% set %}`: `ns.key = value` sets a namespace's attribute (only a
  /// set's target can have a dot); other targets are bound as a loop's are.
  mutating func assign(_ targets: [String], to value: Value, tag: Int) {
    // A set is the only way a render can feed a value back into itself,
    // so the only place nesting can grow without bound.
    if ValueLimits.nestsTooDeep(value) {
      return record(
        .invalidValue(
          detail: "this value nests lists and mappings more than \(ValueLimits.maxNesting) levels "
            + "deep, which no data does"), tag: tag)
    }
    guard targets.count == 1, let dot = targets[0].firstIndex(of: "."),
      !targets[0].hasPrefix("loop.")
    else { return bind(targets, to: value, tag: tag) }
    let base = String(targets[0][..<dot])
    let key = String(targets[0][targets[0].index(after: dot)...])
    if !scope.setAttribute(key, of: base, to: value) {
      record(
        .wrongType(expression: base, expected: "a namespace (namespace(…))", found: "not one"),
        tag: tag)
    }
  }

  /// `x = item` or `a, b = item`, unpacking lists (and mappings by value,
  /// as namedtuples like `groupby`'s are unpacked).
  mutating func bind(_ targets: [String], to value: Value, tag: Int) {
    if targets.count == 1 {
      scope.set(targets[0], value)
      return
    }
    let parts: [Value]
    switch value {
    case .list(let l): parts = l
    case .map(let m): parts = Array(m.values)
    case .string(let s): parts = s.map { .string(String($0)) }
    default: parts = [value]
    }
    guard parts.count == targets.count else {
      record(.unpackMismatch(names: targets.count, found: parts.count), tag: tag)
      return
    }
    for (name, part) in zip(targets, parts) { scope.set(name, part) }
  }
}
