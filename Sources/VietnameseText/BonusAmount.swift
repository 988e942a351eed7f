import FoundationEssentials

/// A bonus as a multiple of the base salary (mức lương cơ sở), rounded up to
/// the nearest 10.000 đồng (Nghị định 152, Điều 49–54; domain.md §5).
///
/// Computed in integers from the multiple's decimal digits, never in binary
/// floating point: 2.340.000 × 0,3 is exactly 702.000, which rounds up to
/// 710.000; a Double product could land a hair above or below.
public struct BonusAmount: Sendable, Hashable {
  /// The base salary in đồng per month (2.340.000 from 01/07/2024).
  public let baseSalary: Int
  /// The multiple for the award (0,3 for Lao động tiên tiến).
  public let multiple: Decimal
  /// The rounding step in đồng.
  public static let roundingStep = 10_000

  /// base × multiple exactly, in đồng.
  public let exactAmount: Decimal
  /// The amount paid: `exactAmount` rounded up to a multiple of 10.000 đồng.
  public let amount: Int

  public init(baseSalary: Int, multiple: Decimal) throws(VietnameseTextError) {
    guard baseSalary >= 0 else {
      throw VietnameseTextError(
        vietnamese:
          "Mức lương cơ sở \(baseSalary) là số âm; hãy ghi mức lương cơ sở "
          + "bằng đồng, ví dụ 2340000.",
        english:
          "The base salary \(baseSalary) is negative; give it in đồng, e.g. "
          + "2340000.")
    }
    let digits = try DecimalDigits(multiple)
    guard !digits.isNegative else {
      throw VietnameseTextError(
        vietnamese: "Hệ số \(multiple) là số âm; hệ số tiền thưởng phải từ 0 trở lên.",
        english: "The multiple \(multiple) is negative; it must be 0 or more.")
    }
    // multiple = numerator / 10^scale, all in integers.
    let numeratorDigits = DecimalDigits(
      isNegative: false, integer: digits.integer + digits.fraction, fraction: [])
    let scale = digits.fraction.count
    var divisor = Self.roundingStep
    var overflow = scale > 14
    for _ in 0..<min(scale, 15) {
      let (next, o) = divisor.multipliedReportingOverflow(by: 10)
      divisor = next
      overflow = overflow || o
    }
    guard let numerator = numeratorDigits.exactInt, !overflow else {
      throw Self.tooLarge(baseSalary, multiple)
    }
    let (product, o) = baseSalary.multipliedReportingOverflow(by: numerator)
    guard !o else { throw Self.tooLarge(baseSalary, multiple) }
    let steps = product / divisor + (product % divisor == 0 ? 0 : 1)
    let (rounded, o2) = steps.multipliedReportingOverflow(by: Self.roundingStep)
    guard !o2 else { throw Self.tooLarge(baseSalary, multiple) }
    self.baseSalary = baseSalary
    self.multiple = multiple
    self.exactAmount = Decimal(baseSalary) * multiple
    self.amount = rounded
  }

  /// The multiple given as text, either way of writing it: “0,3” or “0.3”.
  public init(baseSalary: Int, multiple: String) throws(VietnameseTextError) {
    try self.init(baseSalary: baseSalary, multiple: VietnameseNumber.parse(multiple))
  }

  private static func tooLarge(_ base: Int, _ multiple: Decimal)
    -> VietnameseTextError
  {
    VietnameseTextError(
      vietnamese:
        "Không tính được \(base) × \(multiple): số quá lớn hoặc hệ số có quá "
        + "nhiều chữ số thập phân.",
      english:
        "Cannot compute \(base) × \(multiple): the result is too large or "
        + "the multiple has too many decimals.")
  }
}
