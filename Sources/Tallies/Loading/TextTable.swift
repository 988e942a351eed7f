import VietnameseText

/// The distinct cell texts of a load, each cleaned once and numbered, so
/// that a million rows repeating a few hundred names cost one hash of the
/// cell's bytes, and records share one copy of each text.
struct TextTable {
  private var interner = ByteInterner()
  /// Cleaned text by id (nil: the cell was blank).
  private(set) var texts: [String?] = []
  private var keys: [Int] = []
  private var idByKey: [ByteString: Int] = [:]
  private(set) var keyTexts: [String] = []
  /// Ids of texts whose bytes are not UTF-8.
  private var invalid = DenseCache<Bool>()

  /// The id of a cell's cleaned text.
  mutating func id(_ row: CSVRowView, _ index: Int) -> Int {
    row.withCellBytes(index) { bytes in id(bytes: bytes) }
  }

  mutating func id(bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let (id, isNew) = interner.intern(bytes)
    if isNew {
      if CSVSource.firstInvalidUTF8(bytes) != nil {
        invalid[id] = true
        texts.append(String(decoding: bytes, as: UTF8.self))
      } else {
        texts.append(CellText.clean(String(decoding: bytes, as: UTF8.self)))
      }
      keys.append(-1)
    }
    return id
  }

  /// Whether text `id` had bytes that are not UTF-8.
  func isInvalid(_ id: Int) -> Bool { invalid[id] ?? false }

  /// The id of a raw text.
  mutating func id(_ raw: String) -> Int {
    var copy = raw
    return copy.withUTF8 { id(bytes: $0) }
  }

  func text(_ id: Int) -> String? { texts[id] }

  /// An id for the matching key of text `id` (tones in one placement,
  /// lower case): “Khánh Hòa” and “KHÁNH HOÀ” share it.
  mutating func keyID(_ id: Int) -> Int {
    let known = keys[id]
    if known >= 0 { return known }
    let k = keyID(forKey: ToneNormalization.matchingKey(texts[id] ?? ""))
    keys[id] = k
    return k
  }

  mutating func keyID(forKey key: String) -> Int {
    if let k = idByKey[ByteString(key)] { return k }
    let k = keyTexts.count
    keyTexts.append(key)
    idByKey[ByteString(key)] = k
    return k
  }
}

/// A cache indexed by a dense id (a `TextTable` id): an array look-up, no
/// hashing.
struct DenseCache<Value> {
  private var values: [Value?] = []

  subscript(id: Int) -> Value? {
    get { id < values.count ? values[id] : nil }
    set {
      if id >= values.count { values += Array(repeating: nil, count: id - values.count + 1) }
      values[id] = newValue
    }
  }
}
