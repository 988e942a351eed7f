extension String {
  /// The text without leading and trailing whitespace (Unicode White_Space),
  /// done on scalars because Foundation's `trimmingCharacters` bridges and
  /// allocates, which shows in the template hot path.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    guard let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }),
      start != scalars.startIndex || end != scalars.index(before: scalars.endIndex)
    else { return self }
    return String(scalars[start...end])
  }
}
