/// Bounds on one render, so that a runaway loop stops with an error at its
/// tag instead of running for hours or filling the memory: a template is
/// input too, and nested loops over `range(100000)` are one line.
public struct RenderLimits: Sendable {
  /// Loop passes (items, and items a loop's `if` looks at) in one render.
  /// A render makes about twenty million a second; a long report, a few
  /// thousand.
  public var maxIterations = 10_000_000
  /// What a render may write, in bytes: what vanban reads in one part of a
  /// package (`PackageLimits.maxEntryUncompressedBytes`).
  public var maxOutputBytes = 256 << 20

  public init() {}
}
