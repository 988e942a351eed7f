import OrderedCollections

/// The names visible to an expression: the context, then one frame per
/// enclosing loop iteration, innermost last.
///
/// A `{% set %}` inside a loop writes to the loop's frame and is gone when
/// the iteration ends, as in Jinja. Loop frames are a flat stack of
/// bindings rather than a dictionary each: a frame holds two or three names,
/// and pushing one per iteration must not allocate.
public struct Scope: Sendable {
  /// The context's own mapping, shared rather than copied: a render must not
  /// rehash the whole context.
  private var root: OrderedDictionary<String, Value>
  private var locals: [(name: String, value: Value)] = []
  private var frameStarts: [Int] = []
  /// One per loop being rendered, innermost last (see `LoopChanges`); nil
  /// for a loop that never calls `loop.changed`.
  private var loopChanges: [LoopChanges?] = []

  public init(_ context: [String: Value] = [:]) {
    root = OrderedDictionary(uniqueKeysWithValues: context.sorted { $0.key < $1.key })
  }

  /// The root mapping of a JSON context becomes the template's namespace,
  /// as docxtpl's `render(context)` does.
  public init(_ context: Value) {
    if case .map(let m) = context { root = m } else { root = [:] }
  }

  /// Where a name is bound: a slot of a loop frame, or of the context.
  private enum Binding {
    case local(Int)
    case root(Int)
  }

  /// The innermost binding of `name`.
  private func binding(of name: String) -> Binding? {
    var i = locals.count
    while i > 0 {
      i -= 1
      if Self.same(locals[i].name, name) { return .local(i) }
    }
    return root.index(forKey: name).map(Binding.root)
  }

  /// The value bound to `name` or, with `key`, the value of that key in the
  /// mapping bound to `name`; nil when there is none (an evaluator's general
  /// path says why). `unit.ten` is the commonest expression: the key is read
  /// where the mapping is bound, without copying the mapping out first.
  public func lookup(_ name: String, key: String? = nil) -> Value? {
    var found: Value?
    _ = withValue(name, key: key) { found = $0 }
    return found
  }

  /// Hands the value of `name` — or, with `key`, of that key in the
  /// mapping bound to `name` — to `body` where it is stored, instead of
  /// copying it out: a render prints most of its values straight from the
  /// context. False, without calling `body`, when there is no such value.
  func withValue(_ name: String, key: String?, _ body: (Value) -> Void) -> Bool {
    switch binding(of: name) {
    case .local(let i): Self.withMember(key, of: locals[i].value, body)
    case .root(let i): Self.withMember(key, of: root.values[i], body)
    case nil: false
    }
  }

  private static func withMember(_ key: String?, of value: Value, _ body: (Value) -> Void) -> Bool {
    guard let key else {
      body(value)
      return true
    }
    guard case .map(let m) = value, let index = m.index(forKey: key) else { return false }
    body(m.values[index])
    return true
  }

  /// String's `==` takes a slow Unicode path whenever two names differ,
  /// and a lookup compares against every loop variable on its way to the
  /// context; names of another length are told apart first, cheaply.
  @inline(__always)
  private static func same(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a == b
  }

  public mutating func set(_ name: String, _ value: Value) {
    guard let start = frameStarts.last else {
      root[name] = value
      return
    }
    var i = locals.count
    while i > start {
      i -= 1
      if Self.same(locals[i].name, name) {
        locals[i].value = value
        return
      }
    }
    locals.append((name, value))
  }

  /// Sets `key` of the mapping bound to `name`, wherever it was bound, so a
  /// namespace changed inside a loop keeps the change after it. False when
  /// `name` is not bound to a mapping.
  mutating func setAttribute(_ key: String, of name: String, to value: Value) -> Bool {
    switch binding(of: name) {
    case .local(let i):
      guard case .map(var m) = locals[i].value else { return false }
      m[key] = value
      locals[i].value = .map(m)
    case .root(let i):
      guard case .map(var m) = root.values[i] else { return false }
      m[key] = value
      root.values[i] = .map(m)
    case nil:
      return false
    }
    return true
  }

  /// The innermost loop's `loop.changed(…)` state; nil outside loops.
  var changes: LoopChanges? { loopChanges.last ?? nil }

  mutating func enterLoop(tracksChanges: Bool) {
    loopChanges.append(tracksChanges ? LoopChanges() : nil)
  }

  mutating func exitLoop() { loopChanges.removeLast() }

  mutating func push() { frameStarts.append(locals.count) }

  mutating func pop() {
    guard let start = frameStarts.popLast() else { return }
    // One at a time: removing a range destroyed the pairs through the
    // runtime's unspecialised tuple code, 2% of the engine's work in the
    // benchmark report.
    while locals.count > start { locals.removeLast() }
  }

  /// Every name an author could have meant, for "did you mean" (the hidden
  /// `loop.index`-style bindings aside).
  var names: Set<String> {
    Set(root.keys).union(locals.map(\.name).filter { !$0.contains(".") })
  }
}
