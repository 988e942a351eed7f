/// Finds the known name an author most likely meant, for "did you mean".
public enum ClosestName {
  /// The candidate within a small edit distance of `name`, if any.
  public static func to(_ name: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(name.lowercased())
    var best: (String, Int)?
    for candidate in candidates {
      let other = Array(candidate.lowercased())
      let d = distance(target, other)
      let limit = max(1, min(3, target.count / 3 + 1))
      // A candidate sharing nothing with the name (`k` for `a`) is no hint.
      guard d < max(target.count, other.count) else { continue }
      if d <= limit, best.map({ d < $0.1 }) ?? true { best = (candidate, d) }
    }
    return best?.0
  }

  /// Levenshtein distance over characters.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
