/// One letter of the Vietnamese alphabet, split into base letter, tone and case.
///
/// Case mapping, collation and tone placement all work on this split rather
/// than on precomposed scalars or on Foundation's locale data (which Linux
/// Foundation may lack): a precomposed “Ặ” is `(ă, nặng, upper)`, and every
/// function in this module can change one part and compose the letter again.
struct VietnameseLetter: Hashable, Sendable {
  var base: Base
  var tone: Tone
  var isUppercase: Bool

  /// The base letters in Vietnamese alphabetical order, with the Latin
  /// letters Vietnamese does not use (f, j, w, z) in their Latin places so
  /// that foreign words still sort sensibly.
  enum Base: UInt8, CaseIterable, Sendable {
    case a, aBreve, aCircumflex, b, c, d, dStroke, e, eCircumflex, f, g, h, i
    case j, k, l, m, n, o, oCircumflex, oHorn, p, q, r, s, t, u, uHorn, v, w
    case x, y, z

    var isVowel: Bool {
      switch self {
      case .a, .aBreve, .aCircumflex, .e, .eCircumflex, .i, .o, .oCircumflex,
        .oHorn, .u, .uHorn, .y:
        true
      default: false
      }
    }

    /// The letter without its vowel mark, the way a header key spells it
    /// (“ư” → “u”, “đ” → “d”).
    var plainASCII: UInt8 { Self.plainASCII[Int(rawValue)] }

    private static let plainASCII = Array(
      "aaabcddeefghijklmnooopqrstuuvwxyz".utf8)
  }

  /// The six tones in the order Vietnamese collation ranks them
  /// (CLDR “vi”): none, huyền, hỏi, ngã, sắc, nặng.
  enum Tone: UInt8, CaseIterable, Sendable {
    case none, huyen, hoi, nga, sac, nang
  }

  // MARK: - The table

  /// Vowels in `Base` order, each followed by its five toned forms in `Tone`
  /// order. Written out rather than composed at run time so that the table
  /// can be read and is checked against Unicode decomposition by a test.
  private static let lowerVowels = [
    "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị", "oòỏõóọ",
    "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
  ]
  private static let upperVowels = [
    "AÀẢÃÁẠ", "ĂẰẲẴẮẶ", "ÂẦẨẪẤẬ", "EÈẺẼÉẸ", "ÊỀỂỄẾỆ", "IÌỈĨÍỊ", "OÒỎÕÓỌ",
    "ÔỒỔỖỐỘ", "ƠỜỞỠỚỢ", "UÙỦŨÚỤ", "ƯỪỬỮỨỰ", "YỲỶỸÝỴ",
  ]
  private static let vowelBases: [Base] = [
    .a, .aBreve, .aCircumflex, .e, .eCircumflex, .i, .o, .oCircumflex, .oHorn,
    .u, .uHorn, .y,
  ]
  private static let consonants: [(Base, Character, Character)] = [
    (.b, "b", "B"), (.c, "c", "C"), (.d, "d", "D"), (.dStroke, "đ", "Đ"),
    (.f, "f", "F"), (.g, "g", "G"), (.h, "h", "H"), (.j, "j", "J"),
    (.k, "k", "K"), (.l, "l", "L"), (.m, "m", "M"), (.n, "n", "N"),
    (.p, "p", "P"), (.q, "q", "Q"), (.r, "r", "R"), (.s, "s", "S"),
    (.t, "t", "T"), (.v, "v", "V"), (.w, "w", "W"), (.x, "x", "X"),
    (.z, "z", "Z"),
  ]

  private static func scalar(_ character: Character) -> Unicode.Scalar {
    // Every entry of the tables above is a single precomposed scalar.
    character.unicodeScalars.first ?? " "
  }

  /// Every Vietnamese letter lies below U+1F00 (the Vietnamese block ends
  /// at U+1EF9).
  private static let tableLimit: UInt32 = 0x1F00

  /// Tables built once: scalar → letter, and letter (as a dense index) →
  /// scalar. Dense arrays keep the hot paths free of hashing.
  private struct Tables: Sendable {
    var letterOfScalar: [VietnameseLetter?] = Array(
      repeating: nil, count: Int(tableLimit))
    var scalarOfLetter: [Unicode.Scalar] = Array(
      repeating: " ", count: Base.allCases.count * 6 * 2)
  }

  static func index(_ base: Base, _ tone: Tone, _ upper: Bool) -> Int {
    (Int(base.rawValue) * 6 + Int(tone.rawValue)) * 2 + (upper ? 1 : 0)
  }

  private static let tables: Tables = {
    var tables = Tables()
    func add(_ letter: VietnameseLetter, _ character: Character) {
      let s = scalar(character)
      tables.letterOfScalar[Int(s.value)] = letter
      tables.scalarOfLetter[
        index(letter.base, letter.tone, letter.isUppercase)] = s
    }
    for (position, base) in vowelBases.enumerated() {
      for (tone, character) in zip(Tone.allCases, lowerVowels[position]) {
        add(
          VietnameseLetter(base: base, tone: tone, isUppercase: false),
          character)
      }
      for (tone, character) in zip(Tone.allCases, upperVowels[position]) {
        add(
          VietnameseLetter(base: base, tone: tone, isUppercase: true),
          character)
      }
    }
    for (base, lower, upper) in consonants {
      add(VietnameseLetter(base: base, tone: .none, isUppercase: false), lower)
      add(VietnameseLetter(base: base, tone: .none, isUppercase: true), upper)
    }
    return tables
  }()

  /// The letter a precomposed scalar stands for, or nil for anything else
  /// (digits, punctuation, combining marks, letters of other alphabets).
  init?(_ scalar: Unicode.Scalar) {
    guard scalar.value < Self.tableLimit,
      let letter = Self.tables.letterOfScalar[Int(scalar.value)]
    else { return nil }
    self = letter
  }

  init(base: Base, tone: Tone, isUppercase: Bool) {
    self.base = base
    self.tone = tone
    self.isUppercase = isUppercase
  }

  /// Consonants carry no tone; asking for one keeps the consonant plain.
  var scalar: Unicode.Scalar {
    let tone = base.isVowel ? tone : .none
    return Self.tables.scalarOfLetter[Self.index(base, tone, isUppercase)]
  }
}

/// A piece of text as the letter-level functions see it.
enum TextUnit: Sendable, Equatable {
  case letter(VietnameseLetter)
  case other(Unicode.Scalar)
}

extension VietnameseLetter {
  /// Splits text, after NFC, into letters and other scalars.
  static func decode(_ text: String) -> [TextUnit] {
    var units: [TextUnit] = []
    units.reserveCapacity(text.utf8.count)
    for scalar in UnicodeForm.nfc(text).unicodeScalars {
      if let letter = VietnameseLetter(scalar) {
        units.append(.letter(letter))
      } else {
        units.append(.other(scalar))
      }
    }
    return units
  }

  /// Joins letters and other scalars back into (NFC) text.
  static func encode(_ units: [TextUnit]) -> String {
    var scalars = String.UnicodeScalarView()
    for unit in units {
      switch unit {
      case .letter(let letter): scalars.append(letter.scalar)
      case .other(let scalar): scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
