import OrderedCollections

/// Compares what a template reads with what the data has: the names the
/// data lacks (with the closest names it has), and the fields of the data
/// no tag reads.
public enum DataCoverage {
  /// A path the template reads that the data does not provide.
  public struct Missing: Sendable, Hashable {
    public let path: DataPath
    /// The same path with the last missing key replaced by the closest
    /// key the data has there, when one is close.
    public let suggestion: DataPath?
    /// Out of how many items the path is missing, when it goes through a
    /// list (`years[].nam` missing in 2 of 5 items); nil at the top.
    public let missingIn: (count: Int, of: Int)?

    public static func == (a: Missing, b: Missing) -> Bool {
      a.path == b.path && a.suggestion == b.suggestion && a.missingIn?.count == b.missingIn?.count
        && a.missingIn?.of == b.missingIn?.of
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(path) }
  }

  /// Where `path` leads in `data`: nil when it is there (or cannot be
  /// told, as under an empty list), else what is missing.
  public static func missing(_ path: DataPath, in data: Value) -> Missing? {
    var values = [data]
    var walked: [DataPath.Component] = []
    for component in path.components {
      var next: [Value] = []
      var absent = 0
      var keys: Set<String> = []
      for value in values {
        switch (component, value) {
        case (.key(let k), .map(let m)):
          if let v = m[k] {
            next.append(v)
          } else {
            absent += 1
            keys.formUnion(m.keys)
          }
        case (.key(let k), .list), (.key(let k), .string):
          // `xs.length`, `xs.count`: Jinja attributes of every list.
          if k == "length" || k == "count" { continue }
          absent += 1
        case (.key, _):
          absent += 1
        case (.element, .list(let items)):
          next += items
        case (.element, .map(let m)):
          next += m.values
        case (.element, _):
          continue
        }
      }
      if absent > 0 {
        var suggestion: DataPath?
        if case .key(let k) = component, let close = ClosestName.to(k, among: keys.sorted()) {
          suggestion = DataPath(
            walked + [.key(close)] + path.components.dropFirst(walked.count + 1))
        }
        let inList = walked.contains(.element)
        return Missing(
          path: path, suggestion: suggestion,
          missingIn: inList ? (absent, values.count) : nil)
      }
      walked.append(component)
      values = next
      if values.isEmpty { return nil }
    }
    return nil
  }

  /// The fields of the data: every path that ends at a value which is not
  /// a mapping or a list of mappings (`don_vi.ten`, `years[].nam`,
  /// `nam_hoc` for a list of numbers). Items of a list are merged.
  public static func fields(of data: Value) -> [DataPath] {
    var result: [DataPath] = []
    var seen: Set<DataPath> = []
    func add(_ p: DataPath) { if seen.insert(p).inserted { result.append(p) } }
    func visit(_ value: Value, _ path: DataPath) {
      switch value {
      case .map(let m) where !m.isEmpty:
        for (k, v) in m { visit(v, path.appending(.key(k))) }
      case .list(let items) where items.contains(where: \.isContainer):
        for item in items where item.isContainer { visit(item, path.appending(.element)) }
      default:
        if !path.components.isEmpty { add(path) }
      }
    }
    visit(data, DataPath([]))
    return result
  }

  /// The fields of `data` that none of `reads` reaches: a read reaches a
  /// field when it is the field, leads to it and uses its value whole, or
  /// goes deeper into it.
  public static func unread(_ data: Value, by reads: [TemplateInspection.NameRead]) -> [DataPath] {
    fields(of: data).filter { field in
      !reads.contains { read in
        read.path == field || (read.whole && read.path.isPrefix(of: field))
          || field.isPrefix(of: read.path)
      }
    }
  }
}

extension Value {
  fileprivate var isContainer: Bool {
    switch self {
    case .map, .list: true
    default: false
    }
  }
}
