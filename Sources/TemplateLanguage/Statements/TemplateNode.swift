/// The compiled form of a template: a tree of literal chunks and holes.
///
/// `tag` fields index `Template.tags`, so a render error can say where the
/// tag stands without every node carrying its location.
///
/// A render copies each node it visits (a `switch` binds the payload), so
/// every case with more than a number is `indirect`: copying it retains one
/// box, where an inline loop or output retained each of its arrays, strings
/// and expressions — a sixth of the engine's work on the benchmark report
/// (issue 2, counted with callgrind).
public enum TemplateNode: Sendable {
  case literal(Int)
  case marker(Int)
  indirect case output(Expression, context: UInt8, tag: Int)
  indirect case conditional(branches: [ConditionalBranch], otherwise: [TemplateNode], tag: Int)
  indirect case loop(Loop)
  indirect case assign(targets: [String], Expression, tag: Int)
  indirect case with(WithBlock)
}

/// A `{% with %}` block: its names are bound for the body only.
public struct WithBlock: Sendable {
  public let targets: [String]
  /// Evaluated outside the block, before any of its names is bound.
  public let values: [Expression]
  public let body: [TemplateNode]
  public let tag: Int
}

/// One `if` or `elif` and what it guards.
public struct ConditionalBranch: Sendable {
  public let condition: Expression
  public let body: [TemplateNode]
  public let tag: Int
}

/// A `for` loop.
public struct Loop: Sendable {
  public let targets: [String]
  public let iterable: Expression
  public let filter: Expression?
  public let body: [TemplateNode]
  /// The `{% else %}` part, written when there is nothing to loop over.
  public let otherwise: [TemplateNode]
  public let tag: Int
  /// What the body reads of `loop`.
  let variables: LoopVariables
}
