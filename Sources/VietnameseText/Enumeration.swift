/// The numbering of parts, points and clauses in reports and plans:
/// Roman numerals for parts (“I.”, “II.”), Arabic for clauses (“1.”), and
/// Vietnamese letters for points (“a)”, “b)”, … “đ)”, …).
public enum Enumeration {
  /// The letters of points, in order: the Vietnamese alphabet without
  /// f, j, w, z and without the marked vowels ă â ê ô ơ ư (Decree 30).
  public static let pointLetters: [String] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p",
    "q", "r", "s", "t", "u", "v", "x", "y",
  ]

  /// The largest number a Roman numeral is written for here.
  public static let maximumRoman = 3999

  /// The Roman numeral of a part: 4 → “IV”, 18 → “XVIII”.
  public static func roman(_ number: Int) throws(VietnameseTextError) -> String {
    guard (1...maximumRoman).contains(number) else {
      throw VietnameseTextError(
        vietnamese:
          "Không viết được số La Mã cho \(number); số La Mã chỉ có từ 1 đến "
          + "\(maximumRoman).",
        english:
          "\(number) has no Roman numeral here; Roman numerals run from 1 to "
          + "\(maximumRoman).")
    }
    let symbols: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = number
    var result = ""
    for (value, symbol) in symbols {
      while rest >= value {
        result += symbol
        rest -= value
      }
    }
    return result
  }

  /// The letter of the n-th point, counting from 1: 1 → “a”, 5 → “đ”,
  /// 7 → “g”, 23 → “y”. There is no 24th letter: that is an error, and the
  /// text should be split into clauses instead.
  public static func letter(_ number: Int) throws(VietnameseTextError) -> String {
    guard (1...pointLetters.count).contains(number) else {
      throw VietnameseTextError(
        vietnamese:
          "Không có chữ cái cho điểm thứ \(number); các điểm chỉ đánh từ a "
          + "đến y (\(pointLetters.count) điểm). Hãy tách thành các khoản.",
        english:
          "There is no letter for point \(number); points run from a to y "
          + "(\(pointLetters.count) points). Split the text into clauses.")
    }
    return pointLetters[number - 1]
  }
}
