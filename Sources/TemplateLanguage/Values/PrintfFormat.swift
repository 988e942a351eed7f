#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One number through the C library's printf (`%.2f`, `%+.3e`, `%g`).
///
/// Python's `%` and `format()` print the exact binary value rounded to
/// the precision, as C does; the standard library has no formatting with
/// a precision, and Foundation's `String(format:)` would link Foundation
/// into the command line tool (its start-up time, issue 2).
public enum PrintfFormat {
  /// `spec` is one conversion of a double, such as `%.2f`.
  public static func string(_ spec: String, _ value: Double) -> String {
    var capacity = 64
    while true {
      var buffer = [CChar](repeating: 0, count: capacity)
      let length = Int(
        buffer.withUnsafeMutableBufferPointer { out in
          withVaList([value]) { vsnprintf(out.baseAddress, capacity, spec, $0) }
        })
      if length < capacity {
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
      }
      capacity = length + 1
    }
  }
}
