/// One column of a data file: its canonical header, the other headers
/// accepted for it, and whether a file must have it.
///
/// Headers are compared by `ToneNormalization.headerKey` — case, tone marks,
/// spacing and punctuation ignored — so “Số lượng”, “SỐ LƯỢNG”, “so_luong”
/// and “So luong” are all `so_luong`.
public struct ColumnSpec: Sendable, Hashable {
  /// The canonical header, also the key in the template context: `so_luong`.
  public let name: String
  /// The header as a Vietnamese spreadsheet writes it: “Số lượng”.
  public let title: String
  /// Other accepted headers, as written: “SL”, “count”.
  public let aliases: [String]
  public let isRequired: Bool
  /// What the column holds, for the README and error messages.
  public let meaning: String

  public init(
    _ name: String, _ title: String, aliases: [String] = [], required: Bool = false,
    meaning: String
  ) {
    self.name = name
    self.title = title
    self.aliases = aliases
    self.isRequired = required
    self.meaning = meaning
  }

  /// Every header key that selects this column.
  var keys: [String] {
    [name, title].map(ToneNormalization.headerKey) + aliases.map(ToneNormalization.headerKey)
  }
}

import VietnameseText
