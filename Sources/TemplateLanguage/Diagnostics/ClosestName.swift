import VietnameseText

/// Finds the known name an author most likely meant, for "did you mean".
public enum ClosestName {
  /// The candidate within a small edit distance of `name`, if any.
  public static func to(_ name: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(name.lowercased())
    let limit = max(1, min(3, target.count / 3 + 1))
    var best: (String, Int)?
    for candidate in candidates {
      let other = Array(candidate.lowercased())
      // Lengths further apart than the limit are at least as far apart in
      // edits: no need to count them (a template of thousands of unknown
      // names asked this of every filter for each).
      guard abs(other.count - target.count) <= limit else { continue }
      let d = EditDistance.between(target, other)
      // A candidate sharing nothing with the name (`k` for `a`) is no hint.
      guard d < max(target.count, other.count) else { continue }
      if d <= limit, best.map({ d < $0.1 }) ?? true { best = (candidate, d) }
    }
    return best?.0
  }
}
