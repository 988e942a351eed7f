/// A problem with a package or one of its parts, worded for the person who made the file.
///
/// `part` names the zip entry (nil when the whole package is at fault);
/// `line` and `column` point into that part's XML when known. `message` says
/// what is wrong and what to do about it.
public struct PackageError: Error, CustomStringConvertible, Equatable {
  public let part: String?
  public let line: Int?
  public let column: Int?
  public let message: String

  public init(part: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
    self.part = part
    self.line = line
    self.column = column
    self.message = message
  }

  /// `part:line:column: message`, leaving out whatever is unknown.
  public var description: String {
    var location: [String] = []
    if let part { location.append(part) }
    if let line { location.append(String(line)) }
    if let column { location.append(String(column)) }
    return location.isEmpty ? message : location.joined(separator: ":") + ": " + message
  }
}
