/// Reads what `ArchiveWriter` wrote, refusing anything out of bounds: an
/// archive is a file on disk, which may be truncated or damaged.
struct ArchiveReader {
  /// The archive ends early or holds a value that cannot be.
  struct Damaged: Error {}

  private let archive: [UInt8]
  private var position = 0

  init(_ archive: [UInt8]) { self.archive = archive }

  var isAtEnd: Bool { position == archive.count }

  mutating func int() throws(Damaged) -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard position < archive.count, shift < 64 else { throw Damaged() }
      let byte = archive[position]
      position += 1
      value |= UInt64(byte & 0x7f) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    let zigzag = Int64(bitPattern: value)
    return Int((zigzag >> 1) ^ -(zigzag & 1))
  }

  /// A count or index: never negative.
  mutating func count() throws(Damaged) -> Int {
    let value = try int()
    guard value >= 0 else { throw Damaged() }
    return value
  }

  mutating func optionalInt() throws(Damaged) -> Int? {
    try bool() ? try int() : nil
  }

  mutating func bool() throws(Damaged) -> Bool {
    switch try int() {
    case 0: false
    case 1: true
    default: throw Damaged()
    }
  }

  mutating func bytes() throws(Damaged) -> [UInt8] {
    let count = try count()
    guard count <= archive.count - position else { throw Damaged() }
    defer { position += count }
    return Array(archive[position..<position + count])
  }

  /// Text as written; bytes that are not UTF-8 (damage) are repaired
  /// rather than refused, which `String(validating:)` costs a cold start
  /// too much to check.
  mutating func string() throws(Damaged) -> String {
    String(decoding: try bytes(), as: UTF8.self)
  }

  /// `count` elements read by `element`.
  mutating func array<Element>(_ element: (inout Self) throws(Damaged) -> Element)
    throws(Damaged) -> [Element]
  {
    let count = try count()
    // Each element takes at least one byte, so a count past the bytes left
    // is damage, not a huge allocation to attempt.
    guard count <= archive.count - position else { throw Damaged() }
    var elements: [Element] = []
    elements.reserveCapacity(count)
    for _ in 0..<count { elements.append(try element(&self)) }
    return elements
  }
}
