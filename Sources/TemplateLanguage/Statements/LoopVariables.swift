import OrderedCollections

/// Which of `loop`'s attributes a loop body reads.
///
/// Jinja gives every loop a `loop` object. Building it as a mapping for each
/// item was the costliest part of rendering a 60-row table, and most loops
/// read only `loop.index`; so the parser rewrites `loop.index` into a hidden
/// name (`loop.index`, which no author can type as one name) bound per item,
/// and builds the whole mapping only where `loop` is used as a value.
struct LoopVariables: Sendable {
  /// The attributes read as `loop.<key>`.
  private(set) var keys: [Key] = []
  /// Whether `loop` itself is used (printed, passed on, `loop.cycle(…)`).
  private(set) var whole = false
  /// Whether the body calls `loop.changed(…)`, whose state a render keeps.
  private(set) var changed = false

  enum Key: String, Sendable, CaseIterable {
    case index, index0, revindex, revindex0, first, last, length, depth, depth0, previtem, nextitem

    /// The hidden name the rewritten expression reads (literals: a render
    /// binds these for every item of every loop).
    var boundName: String {
      switch self {
      case .index: "loop.index"
      case .index0: "loop.index0"
      case .revindex: "loop.revindex"
      case .revindex0: "loop.revindex0"
      case .first: "loop.first"
      case .last: "loop.last"
      case .length: "loop.length"
      case .depth: "loop.depth"
      case .depth0: "loop.depth0"
      case .previtem: "loop.previtem"
      case .nextitem: "loop.nextitem"
      }
    }

    /// The attribute's value for item `i` of `items`; nil where Jinja leaves
    /// it undefined (`previtem` of the first item).
    func value(_ i: Int, of items: [Value]) -> Value? {
      let count = items.count
      switch self {
      case .index: return .int(i + 1)
      case .index0: return .int(i)
      case .revindex: return .int(count - i)
      case .revindex0: return .int(count - i - 1)
      case .first: return .bool(i == 0)
      case .last: return .bool(i == count - 1)
      case .length: return .int(count)
      // Jinja counts depth in recursive loops only, which vanban does not
      // support: a nested loop is at depth 1 too.
      case .depth: return .int(1)
      case .depth0: return .int(0)
      // `Value` reads a bare `nil` as Jinja's None; these must be absent.
      case .previtem: return i > 0 ? items[i - 1] : Optional<Value>.none
      case .nextitem: return i + 1 < count ? items[i + 1] : Optional<Value>.none
      }
    }
  }

  /// The `loop` mapping for item `i`, for bodies that use `loop` whole.
  static func mapping(_ i: Int, of items: [Value]) -> Value {
    var info: [(String, Value)] = []
    for key in Key.allCases {
      if let v = key.value(i, of: items) { info.append((key.rawValue, v)) }
    }
    return .map(.init(uniqueKeysWithValues: info))
  }

  /// Rewrites a loop body, recording what it reads of `loop`.
  static func rewrite(_ body: [TemplateNode]) -> ([TemplateNode], LoopVariables) {
    var usage = LoopVariables()
    let nodes = body.map { usage.rewrite($0) }
    return (nodes, usage)
  }

  private mutating func rewrite(_ node: TemplateNode) -> TemplateNode {
    switch node {
    case .literal, .marker:
      return node
    case .output(let e, let context, let tag):
      return .output(rewrite(e), context: context, tag: tag)
    case .assign(let targets, let e, let tag):
      return .assign(targets: targets, rewrite(e), tag: tag)
    case .with(let block):
      return .with(
        WithBlock(
          targets: block.targets, values: block.values.map { rewrite($0) },
          body: block.body.map { rewrite($0) }, tag: block.tag))
    case .conditional(let branches, let otherwise, let tag):
      return .conditional(
        branches: branches.map {
          ConditionalBranch(
            condition: rewrite($0.condition), body: $0.body.map { rewrite($0) }, tag: $0.tag)
        },
        otherwise: otherwise.map { rewrite($0) }, tag: tag)
    case .loop(let inner):
      // The inner body's `loop` is the inner loop's (already rewritten);
      // its iterable, filter and else part still see this one.
      return .loop(
        Loop(
          targets: inner.targets, iterable: rewrite(inner.iterable),
          filter: inner.filter.map { rewrite($0) }, body: inner.body,
          otherwise: inner.otherwise.map { rewrite($0) }, tag: inner.tag,
          variables: inner.variables))
    }
  }

  private mutating func rewrite(_ e: Expression) -> Expression {
    switch e {
    case .attribute(.name("loop"), let name):
      guard let key = Key(rawValue: name) else {
        whole = true
        return e
      }
      if !keys.contains(key) { keys.append(key) }
      return .name(key.boundName)
    case .name("loop"):
      whole = true
      return e
    case .literal, .name:
      return e
    case .attribute(let base, let name):
      return .attribute(rewrite(base), name)
    case .index(let base, let i):
      return .index(rewrite(base), rewrite(i))
    case .slice(let base, let start, let stop, let step):
      return .slice(
        rewrite(base), start: start.map { rewrite($0) }, stop: stop.map { rewrite($0) },
        step: step.map { rewrite($0) })
    case .list(let items):
      return .list(items.map { rewrite($0) })
    case .map(let pairs):
      return .map(pairs.map { (key: rewrite($0.key), value: rewrite($0.value)) })
    case .negate(let x): return .negate(rewrite(x))
    case .plus(let x): return .plus(rewrite(x))
    case .not(let x): return .not(rewrite(x))
    case .arithmetic(let op, let a, let b): return .arithmetic(op, rewrite(a), rewrite(b))
    case .concat(let a, let b): return .concat(rewrite(a), rewrite(b))
    case .and(let a, let b): return .and(rewrite(a), rewrite(b))
    case .or(let a, let b): return .or(rewrite(a), rewrite(b))
    case .compare(let first, let rest):
      return .compare(rewrite(first), rest.map { ($0.0, rewrite($0.1)) })
    case .conditional(let then, let condition, let otherwise):
      return .conditional(
        then: rewrite(then), condition: rewrite(condition), otherwise: otherwise.map { rewrite($0) }
      )
    case .filter(let base, let call):
      return .filter(rewrite(base), call.rewritingArguments { rewrite($0) })
    case .test(let base, let call, let negated):
      return .test(rewrite(base), call.rewritingArguments { rewrite($0) }, negated: negated)
    case .call(.attribute(.name("loop"), "changed"), let arguments):
      // Needs no `loop` mapping: the render keeps what it was last given.
      changed = true
      return .call(.attribute(.name("loop"), "changed"), arguments.rewriting { rewrite($0) })
    case .call(let callee, let arguments):
      return .call(rewrite(callee), arguments.rewriting { rewrite($0) })
    }
  }
}

extension Arguments {
  func rewriting(_ transform: (Expression) -> Expression) -> Arguments {
    Arguments(
      positional: positional.map(transform),
      keywords: keywords.map { (name: $0.name, value: transform($0.value)) })
  }
}

extension FilterCall {
  func rewritingArguments(_ transform: (Expression) -> Expression) -> FilterCall {
    FilterCall(name: name, arguments: arguments.rewriting(transform), function: function)
  }
}

extension TestCall {
  func rewritingArguments(_ transform: (Expression) -> Expression) -> TestCall {
    TestCall(name: name, arguments: arguments.rewriting(transform), function: function)
  }
}
