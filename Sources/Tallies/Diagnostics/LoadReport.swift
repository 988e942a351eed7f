/// What happened to one file: how many rows were read, used and rejected,
/// and every diagnostic, in file order.
public struct LoadReport: Sendable, Hashable {
  public let file: String
  /// What the file holds, as told by its header (nil when it could not be
  /// read far enough to tell).
  public var kind: DataFileKind?
  /// Data rows read (the header, title lines above it and blank lines are
  /// not rows).
  public var rowsRead = 0
  /// Rows that became records.
  public var rowsUsed = 0
  public var diagnostics: [DataDiagnostic] = []

  public init(file: String, kind: DataFileKind? = nil) {
    self.file = file
    self.kind = kind
  }

  /// Rows rejected with at least one error.
  public var rowsRejected: Int { rowsRead - rowsUsed }

  /// Whether the file has errors: rejected rows or a file-level error.
  public var hasErrors: Bool { diagnostics.contains(where: \.isError) }

  /// `tallies.csv: read 120 rows: 118 used, 2 rejected`.
  public var summary: String { summary(vietnamese: false) }

  /// `tallies.csv: đã đọc 120 dòng: dùng 118, bỏ 2` in Vietnamese.
  public func summary(vietnamese: Bool) -> String {
    if vietnamese {
      return "\(file): đã đọc \(rowsRead) dòng: dùng \(rowsUsed), bỏ \(rowsRejected) dòng có lỗi"
    }
    let noun = rowsRead == 1 ? "row" : "rows"
    return "\(file): read \(rowsRead) \(noun): \(rowsUsed) used, \(rowsRejected) rejected"
  }

  mutating func add(_ diagnostic: DataDiagnostic) {
    diagnostics.append(diagnostic)
  }
}
