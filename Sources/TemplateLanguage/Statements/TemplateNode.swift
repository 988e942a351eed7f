/// The compiled form of a template: a tree of literal chunks and holes.
///
/// `tag` fields index `Template.tags`, so a render error can say where the
/// tag stands without every node carrying its location.
///
/// Not `indirect`: children live in arrays already, and an unboxed
/// `.literal` or `.output` costs no reference counting when a render walks
/// the tree.
public enum TemplateNode: Sendable {
  case literal(Int)
  case marker(Int)
  case output(Expression, context: UInt8, tag: Int)
  case conditional(branches: [ConditionalBranch], otherwise: [TemplateNode], tag: Int)
  case loop(Loop)
  case assign(targets: [String], Expression, tag: Int)
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
