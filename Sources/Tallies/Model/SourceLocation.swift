/// Where a record came from: its file and the line its row starts on.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  public let file: String
  public let line: Int

  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  /// `tallies.csv:12`.
  public var description: String { "\(file):\(line)" }
}
