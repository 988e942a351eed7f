/// Why LibreOffice could not act as a test oracle: not installed, timed out, or produced nothing.
public struct LibreOfficeError: Error, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
