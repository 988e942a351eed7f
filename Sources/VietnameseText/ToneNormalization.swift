/// Where a tone mark sits in “oa”, “oe” and “uy”: on the first vowel (old
/// style: “hòa”, “khỏe”, “thủy”) or on the second (new style: “hoà”,
/// “khoẻ”, “thuỷ”).
public enum TonePlacement: String, Sendable, Hashable, CaseIterable {
  case old
  case new
}

/// NFC, tone-placement normalisation, and matching keys for names and headers.
///
/// Both tone placements occur in official text, even within one decree
/// (“Khánh Hòa” and “Khánh Hoà” in seed 002), so names are compared by a key
/// in which the two placements are equal, and output is written in one
/// placement chosen by the author.
public enum ToneNormalization {
  /// The text in Unicode Normalization Form C.
  public static func nfc(_ text: String) -> String {
    UnicodeForm.nfc(text)
  }

  /// The text in NFC with every tone of an open “oa”, “oe” or “uy”
  /// syllable moved to `placement`: “Khánh Hòa” → “Khánh Hoà” (new),
  /// “thuỷ” → “thủy” (old). Other syllables are the same in both styles and
  /// are left alone (“hoàn”, “quý”, “thuyết”).
  public static func placingTones(_ text: String, _ placement: TonePlacement)
    -> String
  {
    var units = VietnameseLetter.decode(text)
    forEachSyllable(in: &units) { syllable in
      place(&syllable, placement)
    }
    return VietnameseLetter.encode(units)
  }

  /// A key for matching unit and person names: NFC, tones in one placement,
  /// lower case, whitespace trimmed and collapsed. “Khánh Hòa” and
  /// “KHÁNH  HOÀ” have the same key; “Hòa” and “Hóa” do not.
  public static func matchingKey(_ text: String) -> String {
    var units = VietnameseLetter.decode(text)
    forEachSyllable(in: &units) { syllable in
      place(&syllable, .new)
    }
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for unit in units {
      switch unit {
      case .letter(var letter):
        if pendingSpace && !result.isEmpty { result.append(" ") }
        pendingSpace = false
        letter.isUppercase = false
        result.append(letter.scalar)
      case .other(let scalar) where scalar.properties.isWhitespace:
        pendingSpace = true
      case .other(let scalar):
        if pendingSpace && !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return String(result)
  }

  /// A loose key for matching column headers: letters without any marks,
  /// lower case, every run of other characters one “_”. “Số lượng”,
  /// “so_luong”, “SỐ LƯỢNG” and “Số  lượng:” all give “so_luong”.
  public static func headerKey(_ text: String) -> String {
    var bytes: [UInt8] = []
    var pendingSeparator = false
    for unit in VietnameseLetter.decode(text) {
      var byte: UInt8?
      switch unit {
      case .letter(let letter):
        byte = letter.base.plainASCII
      case .other(let scalar)
      where scalar.properties.numericType != nil
        && scalar.isASCII:
        byte = UInt8(scalar.value)
      case .other(let scalar)
      where scalar.properties.generalCategory == .nonspacingMark:
        continue  // A stray combining mark belongs to its letter.
      case .other:
        byte = nil
      }
      if let byte {
        if pendingSeparator && !bytes.isEmpty { bytes.append(UInt8(ascii: "_")) }
        pendingSeparator = false
        bytes.append(byte)
      } else {
        pendingSeparator = true
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  // MARK: - Syllables

  /// Calls `body` with each maximal run of Vietnamese letters.
  static func forEachSyllable(
    in units: inout [TextUnit], _ body: (inout [VietnameseLetter]) -> Void
  ) {
    var start = 0
    while start < units.count {
      guard case .letter = units[start] else {
        start += 1
        continue
      }
      var end = start
      var letters: [VietnameseLetter] = []
      while end < units.count, case .letter(let letter) = units[end] {
        letters.append(letter)
        end += 1
      }
      body(&letters)
      for (offset, letter) in letters.enumerated() {
        units[start + offset] = .letter(letter)
      }
      start = end
    }
  }

  /// The range of the vowel nucleus of a syllable, after its initial
  /// consonants. “qu” and “gi” (before another vowel) belong to the initial.
  static func nucleus(of syllable: [VietnameseLetter]) -> Range<Int> {
    var start = 0
    while start < syllable.count && !syllable[start].base.isVowel {
      start += 1
    }
    if start > 0 && start + 1 < syllable.count
      && syllable[start + 1].base.isVowel
    {
      let initial = syllable[start - 1].base
      let vowel = syllable[start].base
      if (initial == .q && vowel == .u) || (initial == .g && vowel == .i) {
        start += 1
      }
    }
    var end = start
    while end < syllable.count && syllable[end].base.isVowel { end += 1 }
    return start..<end
  }

  /// Moves the tone of an open “oa”, “oe” or “uy” syllable.
  private static func place(
    _ syllable: inout [VietnameseLetter], _ placement: TonePlacement
  ) {
    let vowels = nucleus(of: syllable)
    guard vowels.count == 2, vowels.upperBound == syllable.count else { return }
    let first = vowels.lowerBound
    let second = first + 1
    switch (syllable[first].base, syllable[second].base) {
    case (.o, .a), (.o, .e), (.u, .y): break
    default: return
    }
    let tone =
      syllable[first].tone != .none ? syllable[first].tone : syllable[second].tone
    guard tone != .none, syllable[first].tone == .none || syllable[second].tone == .none
    else { return }
    syllable[first].tone = placement == .old ? tone : .none
    syllable[second].tone = placement == .old ? .none : tone
  }
}
