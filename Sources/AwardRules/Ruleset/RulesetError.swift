/// Problems found in a ruleset file, all of them, each saying where and
/// how to fix it.
public struct RulesetError: Error, Sendable, CustomStringConvertible {
  /// One problem: `nd-98-2023.toml: rule "ldtt", criterion "xep-loai": error: …; …`.
  public struct Problem: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// Where in the file, in its own words: `rule "ldtt", criterion "xep-loai"`.
    public var place: String?
    public var message: String
    public var fix: String?

    public init(file: String, place: String? = nil, message: String, fix: String? = nil) {
      self.file = file
      self.place = place
      self.message = message
      self.fix = fix
    }

    public var description: String {
      var s = file + ": "
      if let place { s += place + ": " }
      s += "error: " + message
      if let fix { s += "; " + fix }
      return s
    }
  }

  public var problems: [Problem]

  public init(_ problems: [Problem]) { self.problems = problems }

  public init(file: String, place: String? = nil, _ message: String, fix: String? = nil) {
    self.init([Problem(file: file, place: place, message: message, fix: fix)])
  }

  public var description: String { problems.map(\.description).joined(separator: "\n") }
}
