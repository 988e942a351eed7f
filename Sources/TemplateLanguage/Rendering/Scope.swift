/// The names visible to an expression: the context, then one frame per
/// enclosing loop, innermost last.
///
/// A `{% set %}` inside a loop writes to the loop's frame and is gone when
/// the loop ends, as in Jinja.
public struct Scope: Sendable {
  private var frames: [[String: Value]]

  public init(_ context: [String: Value] = [:]) { frames = [context] }

  /// The root mapping of a JSON context becomes the template's namespace,
  /// as docxtpl's `render(context)` does.
  public init(_ context: Value) {
    if case .map(let m) = context {
      frames = [Dictionary(uniqueKeysWithValues: m.map { ($0.key, $0.value) })]
    } else {
      frames = [[:]]
    }
  }

  public func lookup(_ name: String) -> Value? {
    for frame in frames.reversed() {
      if let v = frame[name] { return v }
    }
    return nil
  }

  public mutating func set(_ name: String, _ value: Value) {
    frames[frames.count - 1][name] = value
  }

  mutating func push() { frames.append([:]) }
  mutating func pop() { frames.removeLast() }

  /// Every visible name, for "did you mean".
  var names: Set<String> { Set(frames.flatMap(\.keys)) }
}
