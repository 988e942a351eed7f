import FoundationEssentials
import VietnameseText

/// What a template needs from its data, read from its parsed tree without
/// rendering: the names it reads (loop variables resolved, so
/// `{% for y in years %}{{ y.nam }}` reads `years[].nam`), its loops and
/// conditions, and the filters and tests it uses.
///
/// The counterpart of docxtpl's `get_undeclared_variables`, but with paths
/// into the data instead of bare top-level names. Tags are referred to by
/// their index in `Template.tags`.
public struct TemplateInspection: Sendable {
  /// A path the template reads, and where.
  public struct NameRead: Sendable, Hashable {
    public var path: DataPath
    /// The tags that read it, in document order, each once.
    public var tags: [Int]
    /// Every read is guarded (`| default(…)`, `is defined`, inside
    /// `{% if x is defined %}`): the data may leave it out.
    public var optional: Bool
    /// Some read uses the value whole (printed, compared, passed to a
    /// filter), not only loops over it: then every field under it counts
    /// as read.
    public var whole: Bool
  }

  public enum BlockKind: String, Sendable {
    case loop = "for"
    case condition = "if"
  }

  /// A `{% for %}` or `{% if %}` block.
  public struct Block: Sendable {
    public var kind: BlockKind
    /// The opening tag.
    public var tag: Int
    /// `elif` and `else` tags, in order.
    public var branches: [Int]
    /// The closing tag; nil when the block is never closed.
    public var end: Int?
    /// The loop variables (`for k, v in …`).
    public var variables: [String]
    /// What a loop goes over, as a data path (`years`, `don_vi[].thanh_vien`);
    /// nil for `range(…)`, literals and other computed lists.
    public var over: DataPath?
    /// The condition of an `if`, or a loop's `if` filter, as written.
    public var condition: String?
    /// The index in `blocks` of the block this one is nested in.
    public var parent: Int?
  }

  /// A filter or test and the tags that use it.
  public struct Use: Sendable, Hashable {
    public var name: String
    public var tags: [Int]
  }

  public let names: [NameRead]
  public let blocks: [Block]
  public let filters: [Use]
  public let tests: [Use]

  public init(_ template: Template) {
    var walker = InspectionWalker()
    walker.walk(template.nodes)
    var blocks = walker.blocks
    Self.pairEnds(template.tags, into: &blocks)
    for i in blocks.indices where blocks[i].tag < template.tags.count {
      blocks[i].condition = Self.condition(of: template.tags[blocks[i].tag].inner, blocks[i].kind)
    }
    names = walker.reads.map { $0.value }
    self.blocks = blocks
    filters = walker.filters.uses.map { Use(name: $0.name, tags: $0.tags) }
    tests = walker.tests.uses.map { Use(name: $0.name, tags: $0.tags) }
  }

  /// The condition as the author typed it: after `if`, or after a loop's
  /// ` if `.
  private static func condition(of inner: String, _ kind: BlockKind) -> String? {
    let text = inner.trimmingWhitespace()
    switch kind {
    case .condition:
      guard text.hasPrefix("if") else { return nil }
      return text.dropFirst(2).trimmingWhitespace()
    case .loop:
      guard let range = text.firstRange(of: " if ") else { return nil }
      return text[range.upperBound...].trimmingWhitespace()
    }
  }

  /// The `elif`/`else` and closing tags of each block, found by pairing the
  /// statement tags as the parser does.
  private static func pairEnds(_ tags: [TemplateTag], into blocks: inout [Block]) {
    let byTag = Dictionary(blocks.enumerated().map { ($0.element.tag, $0.offset) }) { a, _ in a }
    var stack: [Int] = []
    for (index, tag) in tags.enumerated() where tag.kind == .statement {
      let word = tag.inner.split(whereSeparator: { $0.isWhitespace || $0 == "(" }).first.map(
        String.init)
      switch word {
      case "if", "for":
        stack.append(index)
      case "elif", "else":
        if let top = stack.last, let b = byTag[top] { blocks[b].branches.append(index) }
      case "endif", "endfor":
        if let top = stack.popLast(), let b = byTag[top] { blocks[b].end = index }
      default:
        continue
      }
    }
  }
}

/// Walks nodes and expressions with the loop variables and `set` names in
/// scope, recording what is read from the data.
private struct InspectionWalker {
  enum Binding {
    /// Stands for a path into the data (a loop variable, a `set` alias).
    case data(DataPath)
    /// A value computed in the template (a counter, `range(…)`).
    case local
  }

  var frames: [[String: Binding]] = [[:]]
  /// Paths made safe by an enclosing `{% if x is defined %}`.
  var guarded: [[DataPath]] = []
  var blockStack: [Int] = []
  var reads: [(key: DataPath, value: TemplateInspection.NameRead)] = []
  var readIndex: [DataPath: Int] = [:]
  /// Each (read, tag) recorded once.
  var readTags: Set<TagUse> = []
  var blocks: [TemplateInspection.Block] = []
  var filters = TagUses()
  var tests = TagUses()

  static let defaultFilters: Set<String> = ["default", "d"]
  static let definedTests: Set<String> = ["defined", "undefined"]
  /// Filters whose result holds the items of their input, so a loop over
  /// `xs | sort` goes over the items of `xs`.
  static let itemPreserving: Set<String> = [
    "sort", "reverse", "selectattr", "rejectattr", "select", "reject", "unique", "list", "default",
    "d", "sap_xep_ten", "sort_names", "dictsort",
  ]
  /// Filters whose `attribute` (keyword or first argument) names a field
  /// of each item.
  static let attributeFilters: Set<String> = [
    "sort", "selectattr", "rejectattr", "sum", "groupby", "map", "sap_xep_ten", "sort_names", "min",
    "max", "unique",
  ]

  mutating func walk(_ nodes: [TemplateNode]) {
    for node in nodes {
      switch node {
      case .literal, .marker:
        continue
      case .output(let e, _, let tag):
        visit(e, tag: tag)
      case .assign(let targets, let e, let tag):
        visit(e, tag: tag)
        guard targets.count == 1, !targets[0].contains(".") else {
          for t in targets where !t.contains(".") { bind(t, .local) }
          continue
        }
        if let path = resolve(e) { bind(targets[0], .data(path)) } else { bind(targets[0], .local) }
      case .conditional(let branches, let otherwise, let tag):
        let index = open(
          TemplateInspection.Block(
            kind: .condition, tag: tag, branches: [], end: nil, variables: [], over: nil,
            condition: nil, parent: blockStack.last))
        for branch in branches {
          visit(branch.condition, tag: branch.tag)
          guarded.append(definedPaths(in: branch.condition))
          walk(branch.body)
          guarded.removeLast()
        }
        walk(otherwise)
        close(index)
      case .loop(let loop):
        walkLoop(loop)
      case .with(let block):
        for value in block.values { visit(value, tag: block.tag) }
        let paths = block.values.map { resolve($0) }
        frames.append([:])
        for (target, path) in zip(block.targets, paths) {
          bind(target, path.map { .data($0) } ?? .local)
        }
        walk(block.body)
        frames.removeLast()
      }
    }
  }

  mutating func walkLoop(_ loop: Loop) {
    let over = iterated(loop.iterable, tag: loop.tag)
    let index = open(
      TemplateInspection.Block(
        kind: .loop, tag: loop.tag, branches: [], end: nil, variables: loop.targets,
        over: over.path, condition: nil, parent: blockStack.last))
    frames.append([:])
    for (i, target) in loop.targets.enumerated() {
      bind(target, i < over.targets.count ? over.targets[i] : .local)
    }
    if let filter = loop.filter { visit(filter, tag: loop.tag) }
    walk(loop.body)
    frames.removeLast()
    walk(loop.otherwise)
    close(index)
  }

  mutating func open(_ block: TemplateInspection.Block) -> Int {
    blocks.append(block)
    blockStack.append(blocks.count - 1)
    return blocks.count - 1
  }

  mutating func close(_ index: Int) { blockStack.removeLast() }

  mutating func bind(_ name: String, _ binding: Binding) {
    frames[frames.count - 1][name] = binding
  }

  func lookup(_ name: String) -> Binding? {
    for frame in frames.reversed() { if let b = frame[name] { return b } }
    return nil
  }

  // MARK: - What a loop goes over

  /// Reads a loop's iterable and says what each loop variable stands for.
  mutating func iterated(_ iterable: Expression, tag: Int) -> (path: DataPath?, targets: [Binding])
  {
    switch iterable {
    case .call(.attribute(let base, let method), let args) where args.positional.isEmpty:
      visit(base, tag: tag, whole: false)
      guard let path = resolve(base) else { return (nil, []) }
      switch method {
      case "items": return (path, [.local, .data(path.appending(.element))])
      case "values": return (path, [.data(path.appending(.element))])
      case "keys": return (path, [.local])
      default: return (nil, [])
      }
    case .filter(let base, let call):
      record(filter: call.name, tag: tag)
      visitArguments(call.arguments, tag: tag)
      let inner = iterated(base, tag: tag)
      if let path = inner.path { readAttributes(of: call, on: path, tag: tag) }
      if Self.itemPreserving.contains(call.name) { return inner }
      if call.name == "groupby", let path = inner.path {
        // `for group, items in xs | groupby('a')`: items are items of xs.
        return (path, [.local, .data(path)])
      }
      return (inner.path, [])
    default:
      guard let path = resolve(iterable) else {
        visit(iterable, tag: tag)
        return (nil, [])
      }
      visit(iterable, tag: tag, whole: false)
      return (path, [.data(path.appending(.element))])
    }
  }

  /// `xs | sum(attribute='so')` reads `so` of each item of `xs`.
  mutating func readAttributes(of call: FilterCall, on path: DataPath, tag: Int) {
    guard Self.attributeFilters.contains(call.name) else { return }
    var names: [String] = []
    for k in call.arguments.keywords where k.name == "attribute" {
      if case .literal(.string(let s)) = k.value { names.append(s) }
    }
    if ["selectattr", "rejectattr", "groupby", "sap_xep_ten", "sort_names"].contains(call.name),
      case .literal(.string(let s))? = call.arguments.positional.first
    {
      names.append(s)
    }
    for name in names {
      let fields = name.split(separator: ".").map { DataPath.Component.key(String($0)) }
      record(path.appending(.element).appending(fields), tag: tag, optional: false, whole: true)
    }
  }

  // MARK: - Expressions

  /// The data path an expression stands for, when it is one.
  func resolve(_ e: Expression) -> DataPath? {
    switch e {
    case .name(let n):
      if n == "loop" || n.hasPrefix("loop.") { return nil }
      switch lookup(n) {
      case .data(let p)?: return p
      case .local?: return nil
      case nil: return DataPath([.key(n)])
      }
    case .attribute(let base, let key):
      return resolve(base)?.appending(.key(key))
    case .index(let base, .literal(.string(let key))):
      return resolve(base)?.appending(.key(key))
    case .index(let base, _):
      return resolve(base)?.appending(.element)
    case .filter(let base, let call) where Self.defaultFilters.contains(call.name):
      return resolve(base)
    default:
      return nil
    }
  }

  mutating func visit(_ e: Expression, tag: Int, optional: Bool = false, whole: Bool = true) {
    switch e {
    case .literal:
      return
    case .name, .attribute, .index:
      if let path = resolve(e) {
        record(path, tag: tag, optional: optional, whole: whole)
      }
      // Subscripts computed from other names read those too.
      visitSubscripts(e, tag: tag)
    case .slice(let base, let start, let stop, let step):
      visit(base, tag: tag, optional: optional)
      for part in [start, stop, step] { if let part { visit(part, tag: tag) } }
    case .list(let items):
      for item in items { visit(item, tag: tag) }
    case .map(let pairs):
      for pair in pairs {
        visit(pair.key, tag: tag)
        visit(pair.value, tag: tag)
      }
    case .negate(let x), .plus(let x), .not(let x):
      visit(x, tag: tag)
    case .arithmetic(_, let a, let b), .concat(let a, let b), .and(let a, let b), .or(let a, let b):
      visit(a, tag: tag)
      visit(b, tag: tag)
    case .compare(let first, let rest):
      visit(first, tag: tag)
      for (_, x) in rest { visit(x, tag: tag) }
    case .conditional(let then, let condition, let otherwise):
      visit(condition, tag: tag)
      guarded.append(definedPaths(in: condition))
      visit(then, tag: tag)
      guarded.removeLast()
      if let otherwise { visit(otherwise, tag: tag) }
    case .filter(let base, let call):
      record(filter: call.name, tag: tag)
      visit(base, tag: tag, optional: optional || Self.defaultFilters.contains(call.name))
      if let path = resolve(base) { readAttributes(of: call, on: path, tag: tag) }
      visitArguments(call.arguments, tag: tag)
    case .test(let base, let call, _):
      record(test: call.name, tag: tag)
      visit(base, tag: tag, optional: optional || Self.definedTests.contains(call.name))
      visitArguments(call.arguments, tag: tag)
    case .call(let callee, let arguments):
      if case .attribute(let base, let method) = callee {
        if method == "get", case .literal(.string(let key))? = arguments.positional.first,
          let path = resolve(base)
        {
          record(path.appending(.key(key)), tag: tag, optional: true, whole: true)
          visitSubscripts(base, tag: tag)
        } else if !((method == "cycle" || method == "changed") && isLoop(base)) {
          visit(base, tag: tag, optional: optional)
        }
      }
      visitArguments(arguments, tag: tag)
    }
  }

  private func isLoop(_ e: Expression) -> Bool {
    if case .name("loop") = e { return true }
    return false
  }

  mutating func visitSubscripts(_ e: Expression, tag: Int) {
    switch e {
    case .attribute(let base, _):
      visitSubscripts(base, tag: tag)
    case .index(let base, let index):
      visitSubscripts(base, tag: tag)
      visit(index, tag: tag)
    default:
      return
    }
  }

  mutating func visitArguments(_ arguments: Arguments, tag: Int) {
    for a in arguments.positional { visit(a, tag: tag) }
    for k in arguments.keywords { visit(k.value, tag: tag) }
  }

  /// The paths `condition` proves present: `x is defined`, joined by `and`.
  func definedPaths(in condition: Expression) -> [DataPath] {
    switch condition {
    case .test(let base, let call, let negated) where call.name == "defined" && !negated:
      return resolve(base).map { [$0] } ?? []
    case .test(let base, let call, let negated) where call.name == "undefined" && negated:
      return resolve(base).map { [$0] } ?? []
    case .and(let a, let b):
      return definedPaths(in: a) + definedPaths(in: b)
    default:
      return []
    }
  }

  mutating func record(_ path: DataPath, tag: Int, optional: Bool, whole: Bool) {
    let safe = optional || guarded.contains { $0.contains { $0.isPrefix(of: path) } }
    if let i = readIndex[path] {
      if readTags.insert(TagUse(entry: i, tag: tag)).inserted { reads[i].value.tags.append(tag) }
      reads[i].value.optional = reads[i].value.optional && safe
      reads[i].value.whole = reads[i].value.whole || whole
    } else {
      readIndex[path] = reads.count
      readTags.insert(TagUse(entry: reads.count, tag: tag))
      reads.append(
        (path, TemplateInspection.NameRead(path: path, tags: [tag], optional: safe, whole: whole)))
    }
  }

  mutating func record(filter name: String, tag: Int) { filters.add(name, tag) }
  mutating func record(test name: String, tag: Int) { tests.add(name, tag) }
}

/// An entry of a list and a tag that uses it.
private struct TagUse: Hashable {
  let entry: Int
  let tag: Int
}

/// Names in the order first used, each with the tags using it (each tag
/// once). Hashed rather than searched: a template may hold thousands of
/// tags using one name, or thousands of names, and inspecting such a
/// template searched a list for each.
private struct TagUses {
  private(set) var uses: [(name: String, tags: [Int])] = []
  private var index: [String: Int] = [:]
  private var recorded: Set<TagUse> = []

  mutating func add(_ name: String, _ tag: Int) {
    let entry: Int
    if let known = index[name] {
      entry = known
    } else {
      entry = uses.count
      index[name] = entry
      uses.append((name, []))
    }
    if recorded.insert(TagUse(entry: entry, tag: tag)).inserted { uses[entry].tags.append(tag) }
  }
}
