/// The number and symbol of a document (số, ký hiệu): “Số: 16/KH-BDT”.
///
/// The symbol is the type abbreviation (none for a Công văn) and the issuer's
/// abbreviation, optionally followed by the drafting unit's, joined by “-”
/// without spaces (Decree 30, Phụ lục I): “KH-BDT”, “UBND-NCPC”. Numbers
/// below 10 are written with two digits (“05”). An unsigned draft has no
/// number yet and shows a blank: “Số:    /KH-BDT”.
public struct DocumentNumber: Sendable, Hashable {
  /// The registered number, or nil for a draft not yet registered.
  public let number: Int?
  /// The symbol after the “/”: “KH-BDT”.
  public let symbol: String

  /// The gap a draft leaves for the number to be written in by hand.
  public static let defaultBlank = "    "

  /// A number with its symbol given directly (“KH-BDT”).
  public init(number: Int?, symbol: String) throws(VietnameseTextError) {
    if let number, number < 1 {
      throw VietnameseTextError(
        vietnamese:
          "Số văn bản \(number) không hợp lệ; số văn bản bắt đầu từ 1 "
          + "(để trống nếu là dự thảo).",
        english:
          "Document number \(number) is not valid; numbers start at 1 "
          + "(leave it empty for a draft).")
    }
    guard symbol.contains(where: \.isLetter) else {
      throw VietnameseTextError(
        vietnamese: "Thiếu ký hiệu văn bản; hãy ghi cơ quan ban hành (ví dụ BDT).",
        english: "The document symbol is missing; give the issuer (e.g. BDT).")
    }
    self.number = number
    self.symbol = symbol
  }

  /// A number built from the document type, the issuer (“BDT”, “UBND”) and,
  /// optionally, the drafting unit (“NCPC”): Kế hoạch 16 of BDT →
  /// “16/KH-BDT”; Công văn 5 of UBND drafted by NCPC → “05/UBND-NCPC”.
  public init(
    number: Int?, type: DocumentType, issuer: String, unit: String? = nil
  ) throws(VietnameseTextError) {
    guard !Self.trimmed(issuer).isEmpty else {
      throw VietnameseTextError(
        vietnamese:
          "Thiếu cơ quan ban hành trong số, ký hiệu; hãy ghi chữ viết tắt "
          + "(ví dụ BDT, UBND).",
        english:
          "The issuer of the document number is missing; give its "
          + "abbreviation (e.g. BDT, UBND).")
    }
    let parts = [type.abbreviation, Self.trimmed(issuer), unit.map(Self.trimmed)]
      .compactMap { $0 }.filter { !$0.isEmpty }
    try self.init(number: number, symbol: parts.joined(separator: "-"))
  }

  /// The same, with the type given by its name (“Kế hoạch”, “KẾ HOẠCH”,
  /// “ke hoach”).
  public init(
    number: Int?, typeName: String, issuer: String, unit: String? = nil
  ) throws(VietnameseTextError) {
    try self.init(
      number: number, type: DocumentType(name: typeName), issuer: issuer,
      unit: unit)
  }

  /// “16/KH-BDT”, as a later mention of the document cites it; a draft gives
  /// `blank` in place of the number.
  public func numberAndSymbol(blank: String = defaultBlank) -> String {
    guard let number else { return blank + "/" + symbol }
    // The initialiser rejected numbers below 1, so padding cannot fail.
    let padded = number < 10 ? "0\(number)" : String(number)
    return padded + "/" + symbol
  }

  /// The header line: “Số: 16/KH-BDT”, or “Số:    /KH-BDT” for a draft.
  public func line(blank: String = defaultBlank) -> String {
    number == nil
      ? "Số:" + numberAndSymbol(blank: blank)
      : "Số: " + numberAndSymbol(blank: blank)
  }

  private static func trimmed(_ text: String) -> String {
    text.trimmingWhitespace()
  }
}
