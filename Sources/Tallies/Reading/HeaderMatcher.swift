import VietnameseText

/// Matches a header row to the columns of a file kind, by their names and
/// aliases.
struct HeaderMatcher {
  /// The outcome for one header row.
  struct Match {
    /// The cell index of each recognised column, by canonical name.
    var index: [String: Int] = [:]
    /// Headers that name no column: (cell index, header text).
    var unknown: [(Int, String)] = []
    /// Headers naming a column already seen: (cell index, header, first index).
    var repeated: [(Int, String, Int)] = []
    /// Required columns the row lacks.
    var missing: [ColumnSpec] = []

    var recognised: Int { index.count }
    var isComplete: Bool { missing.isEmpty }
  }

  let columns: [ColumnSpec]
  private let byKey: [String: ColumnSpec]

  init(columns: [ColumnSpec]) {
    self.columns = columns
    var byKey: [String: ColumnSpec] = [:]
    for column in columns {
      for key in column.keys where byKey[key] == nil { byKey[key] = column }
    }
    self.byKey = byKey
  }

  func match(_ cells: [String]) -> Match {
    var match = Match()
    for (i, cell) in cells.enumerated() {
      let key = ToneNormalization.headerKey(cell)
      if key.isEmpty { continue }  // Trailing empty columns.
      guard let column = byKey[key] else {
        match.unknown.append((i, cell))
        continue
      }
      if let first = match.index[column.name] {
        match.repeated.append((i, cell, first))
      } else {
        match.index[column.name] = i
      }
    }
    match.missing = columns.filter { $0.isRequired && match.index[$0.name] == nil }
    return match
  }

  /// The known column nearest to an unknown header, for “did you mean”.
  func closest(to header: String) -> ColumnSpec? {
    let target = Array(ToneNormalization.headerKey(header).utf8)
    var best: (ColumnSpec, Int)?
    for (key, column) in byKey {
      let d = EditDistance.between(target, Array(key.utf8))
      if d <= max(1, target.count / 3), best.map({ d < $0.1 }) ?? true { best = (column, d) }
    }
    return best?.0
  }
}
