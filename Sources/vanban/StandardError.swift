#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a line to standard error, where make and editors read diagnostics.
func printError(_ text: String) {
  var line = text
  if !line.hasSuffix("\n") { line += "\n" }
  var bytes = Array(line.utf8)
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeMutableBytes { buffer in
      write(2, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
    }
    if written <= 0 { return }
    offset += written
  }
}
