/// How the items of a list are separated in prose.
public enum ProseListStyle: String, Sendable, Hashable, CaseIterable {
  /// “a, b và c”.
  case comma
  /// “a; b; c”, for long items or items that contain commas (seed 002
  /// lists the movements this way).
  case semicolon
  /// Semicolons when an item contains a comma or a semicolon or is longer
  /// than `ProseList.longItemLength` characters, commas otherwise.
  case automatic
}

/// Lists written into a sentence the Vietnamese way: “a, b và c”.
public enum ProseList {
  /// Items longer than this many characters make `.automatic` use semicolons.
  public static let longItemLength = 40

  /// Joins items: [“a”, “b”, “c”] → “a, b và c” (comma style) or “a; b; c”
  /// (semicolon style, as seed 002 lists movements). Items are trimmed and
  /// empty ones left out, so optional fields leave no stray separator.
  /// `conjunction` (“và”, “hoặc”) joins the last two items in comma style.
  public static func join(
    _ items: [String], style: ProseListStyle = .automatic,
    conjunction: String = "và"
  ) -> String {
    let items = items.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    let resolved: ProseListStyle
    switch style {
    case .automatic:
      let isLong = items.contains { item in
        item.utf8.contains(UInt8(ascii: ",")) || item.utf8.contains(UInt8(ascii: ";"))
          // UTF-8 length bounds the character count; count only if needed.
          || (item.utf8.count > longItemLength && item.count > longItemLength)
      }
      resolved = isLong ? .semicolon : .comma
    default:
      resolved = style
    }
    if resolved == .semicolon { return items.joined(separator: "; ") }
    guard let last = items.last else { return "" }
    if items.count == 1 { return last }
    return items.dropLast().joined(separator: ", ") + " " + conjunction + " "
      + last
  }
}
