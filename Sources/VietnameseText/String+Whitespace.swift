extension StringProtocol {
  /// The text without leading and trailing whitespace (Unicode White_Space),
  /// done on scalars because Foundation's `trimmingCharacters` bridges and
  /// allocates, which shows in the template hot path (and would link
  /// Foundation into the command line tool).
  public func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    guard let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    return String(self[start..<scalars.index(after: end)])
  }
}
