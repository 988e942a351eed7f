/// Upper, lower and title case that are right for every Vietnamese letter
/// with every tone mark: “báo cáo” → “BÁO CÁO”, “đặng văn tuấn” → “Đặng Văn Tuấn”.
///
/// Vietnamese letters are mapped through the module's own letter table
/// (base + vowel mark + tone), not through Foundation's locale data, which
/// Linux Foundation may lack. Scalars outside the Vietnamese alphabet fall
/// back to the Unicode default case mapping of the standard library.
public enum VietnameseCase {
  /// “báo cáo” → “BÁO CÁO”.
  public static func uppercased(_ text: String) -> String {
    map(text) { _ in true }
  }

  /// “BÁO CÁO” → “báo cáo”.
  public static func lowercased(_ text: String) -> String {
    map(text) { _ in false }
  }

  /// Every word with a capital first letter and the rest small:
  /// “đặng VĂN tuấn” → “Đặng Văn Tuấn”.
  public static func titlecased(_ text: String) -> String {
    map(text) { isWordStart in isWordStart }
  }

  /// The first letter capitalised, the rest unchanged: “một triệu đồng” →
  /// “Một triệu đồng”.
  public static func capitalizingFirstLetter(_ text: String) -> String {
    var units = VietnameseLetter.decode(text)
    for (position, unit) in units.enumerated() {
      switch unit {
      case .letter(var letter):
        letter.isUppercase = true
        units[position] = .letter(letter)
        return VietnameseLetter.encode(units)
      case .other(let scalar) where scalar.properties.isAlphabetic:
        return VietnameseLetter.encode(Array(units[..<position]))
          + scalar.properties.uppercaseMapping
          + VietnameseLetter.encode(Array(units[(position + 1)...]))
      case .other:
        continue
      }
    }
    return VietnameseLetter.encode(units)
  }

  /// Maps every letter to upper case where `upper(isWordStart)` says so and
  /// to lower case elsewhere.
  private static func map(_ text: String, upper: (Bool) -> Bool) -> String {
    var result = String.UnicodeScalarView()
    var previousIsWordPart = false
    for scalar in UnicodeForm.nfc(text).unicodeScalars {
      if var letter = VietnameseLetter(scalar) {
        letter.isUppercase = upper(!previousIsWordPart)
        result.append(letter.scalar)
        previousIsWordPart = true
      } else if scalar.isASCII {
        // ASCII letters are in the table; the rest have no case.
        result.append(scalar)
        previousIsWordPart = ("0"..."9").contains(scalar)
      } else {
        let properties = scalar.properties
        if properties.isAlphabetic {
          let mapped =
            upper(!previousIsWordPart)
            ? properties.uppercaseMapping : properties.lowercaseMapping
          result.append(contentsOf: mapped.unicodeScalars)
        } else {
          result.append(scalar)
        }
        // Digits and combining marks continue a word (“2a”); anything else,
        // the apostrophe of ethnic names included (“H'Hen Niê”), ends it.
        previousIsWordPart =
          properties.isAlphabetic || properties.numericType != nil
          || properties.generalCategory == .nonspacingMark
      }
    }
    return String(result)
  }
}
