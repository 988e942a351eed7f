/// A name a template reads, as a path into the data: `don_vi.ten`,
/// `years[].nam` (`nam` of each item of `years`).
///
/// Loop variables are resolved to what they stand for, so the path says
/// where in the data the value must be, not what the author called it.
public struct DataPath: Sendable, Hashable, Comparable, CustomStringConvertible {
  public enum Component: Sendable, Hashable {
    /// A key of a mapping.
    case key(String)
    /// Each item of a list (or each value of a mapping).
    case element
  }

  public var components: [Component]

  public init(_ components: [Component]) { self.components = components }

  /// Parses the written form: `a.b`, `a[].b`.
  public init(parsing text: String) {
    var components: [Component] = []
    for piece in text.split(separator: ".", omittingEmptySubsequences: false) {
      var name = Substring(piece)
      var elements = 0
      while name.hasSuffix("[]") {
        name = name.dropLast(2)
        elements += 1
      }
      if !name.isEmpty { components.append(.key(String(name))) }
      components += Array(repeating: .element, count: elements)
    }
    self.components = components
  }

  public var description: String {
    var s = ""
    for component in components {
      switch component {
      case .key(let k): s += s.isEmpty ? k : ".\(k)"
      case .element: s += "[]"
      }
    }
    return s
  }

  public func appending(_ component: Component) -> DataPath { DataPath(components + [component]) }
  public func appending(_ more: [Component]) -> DataPath { DataPath(components + more) }

  /// Whether `self` is `other` or leads to it.
  public func isPrefix(of other: DataPath) -> Bool {
    other.components.count >= components.count
      && Array(other.components[..<components.count]) == components
  }

  public static func < (a: DataPath, b: DataPath) -> Bool { a.description < b.description }
}
