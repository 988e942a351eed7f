/// How hard the writer deflates a part: not at all, quickly, or libdeflate's default.
public enum CompressionLevel: String, Sendable, CaseIterable {
  case store
  case fast
  case `default`

  /// The libdeflate level (0 writes stored deflate blocks).
  var libdeflateLevel: Int32 {
    switch self {
    case .store: 0
    case .fast: 1
    case .default: 6
    }
  }
}
