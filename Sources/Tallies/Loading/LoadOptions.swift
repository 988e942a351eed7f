/// How data files are read.
public struct LoadOptions: Sendable {
  /// The encoding of files without a byte-order mark (`--encoding`); nil
  /// reads UTF-8 and explains any other encoding it meets.
  public var encoding: TextEncoding?
  /// The years of the plan period (`--period 2021-2025`, or `period` in the
  /// metadata); a row outside it is rejected. Nil accepts any year from
  /// 1945 to 2100.
  public var period: ClosedRange<Int>?
  public var vocabulary: AwardVocabulary

  public init(
    encoding: TextEncoding? = nil, period: ClosedRange<Int>? = nil,
    vocabulary: AwardVocabulary = .standard
  ) {
    self.encoding = encoding
    self.period = period
    self.vocabulary = vocabulary
  }

  /// Reads “2021-2025”, “2021–2025”, “2021 - 2025” or a single year.
  public static func period(parsing text: String) -> ClosedRange<Int>? {
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == ":" || $0 == " " })
    guard (1...2).contains(parts.count), let first = Int(parts[0]),
      let last = Int(parts[parts.count - 1]), first <= last
    else { return nil }
    return first...last
  }
}
