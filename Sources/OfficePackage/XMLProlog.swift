/// Finds the XML declaration and what follows it up to the root element in a part's raw bytes.
///
/// libxml2 does not keep the declaration's exact text nor the line break
/// after it; writing both back exactly as they were keeps untouched parts
/// byte-for-byte recognisable (Word writes the declaration, then CR LF).
struct XMLProlog {
  /// `<?xml … ?>` exactly as written, nil when the part has none.
  let declaration: String?
  /// Everything between the declaration and the root element (white space,
  /// comments, processing instructions), verbatim.
  let betweenDeclarationAndRoot: String

  /// Nil when the bytes are not UTF-8 (or ASCII) text we can copy verbatim.
  init?(_ bytes: [UInt8]) {
    var position = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    // UTF-16 text starts with its byte-order mark or has a zero in its first two bytes.
    let isUTF16 =
      bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
      || (bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0))
    guard !isUTF16 else { return nil }
    var declaration: String?
    if Self.matches(bytes, at: position, "<?xml"), Self.isSpace(bytes, at: position + 5),
      let end = Self.find(bytes, "?>", from: position)
    {
      declaration = String(decoding: bytes[position..<end + 2], as: UTF8.self)
      position = end + 2
    }
    let prologStart = position
    while position < bytes.count {
      if Self.isSpace(bytes, at: position) {
        position += 1
      } else if Self.matches(bytes, at: position, "<!--"),
        let end = Self.find(bytes, "-->", from: position + 4)
      {
        position = end + 3
      } else if Self.matches(bytes, at: position, "<?"),
        let end = Self.find(bytes, "?>", from: position + 2)
      {
        position = end + 2
      } else {
        break
      }
    }
    self.declaration = declaration
    betweenDeclarationAndRoot = String(decoding: bytes[prologStart..<position], as: UTF8.self)
  }

  private static func isSpace(_ bytes: [UInt8], at position: Int) -> Bool {
    guard position < bytes.count else { return false }
    let byte = bytes[position]
    return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func matches(_ bytes: [UInt8], at position: Int, _ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard position + count <= bytes.count else { return false }
    let pattern = UnsafeBufferPointer(start: literal.utf8Start, count: count)
    return bytes[position..<position + count].elementsEqual(pattern)
  }

  /// Index of the first occurrence of `literal` at or after `start`.
  private static func find(_ bytes: [UInt8], _ literal: StaticString, from start: Int) -> Int? {
    var position = start
    while position < bytes.count {
      if matches(bytes, at: position, literal) { return position }
      position += 1
    }
    return nil
  }
}
