/// Unicode normalisation forms, with a fast path for text that is already NFC.
///
/// The standard library's own NFC (the one `==` on strings uses) does the
/// composing: Foundation's `precomposedStringWithCanonicalMapping` would
/// link all of Foundation and ICU into the command line tool, which costs
/// every start (issue 2). The mappings are correct but not free; template
/// rendering calls these functions thousands of times per second, and almost
/// all of that text is ASCII or precomposed Vietnamese, which is already NFC.
enum UnicodeForm {
  /// The text in Normalization Form C (composed).
  static func nfc(_ text: String) -> String {
    isCertainlyNFC(text) ? text : String(decoding: text._nfcCodeUnits, as: UTF8.self)
  }

  /// True when every scalar is one whose NFC form is itself and that cannot
  /// combine with a neighbour: everything below the combining marks
  /// (U+0300), and the precomposed Vietnamese block U+1EA0–U+1EF9.
  static func isCertainlyNFC(_ text: String) -> Bool {
    for unit in text.utf8 where unit >= 0x80 {
      // Only non-ASCII text needs the scalar-level check.
      return text.unicodeScalars.allSatisfy { scalar in
        scalar.value < 0x300 || (0x1EA0...0x1EF9).contains(scalar.value)
      }
    }
    return true
  }
}
