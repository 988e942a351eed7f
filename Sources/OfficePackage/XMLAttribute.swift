/// One attribute of an element, with its qualified name and unescaped value.
///
/// Namespace declarations are attributes too (`xmlns`, `xmlns:w`), so that a
/// tree written back declares exactly what the source declared.
public struct XMLAttribute: Sendable, Equatable {
  public var name: String
  public var value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}
