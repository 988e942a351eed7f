/// Where a render writes: the host decides what a literal index means and
/// how a printed value is escaped for the place its tag stands.
public protocol RenderSink {
  mutating func appendLiteral(_ index: Int)
  mutating func appendOutput(_ value: Value, context: UInt8)
  mutating func marker(_ id: Int)
  /// Bytes written so far, for `RenderLimits.maxOutputBytes`.
  var size: Int { get }
}
