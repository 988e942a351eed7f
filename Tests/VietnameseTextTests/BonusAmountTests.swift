import Foundation
import Testing
import VietnameseText

@Suite struct BonusAmountTests {
  @Test func theAmountIsRoundedUpToTenThousandDong() throws {
    let cases: [(Int, String, Int)] = [
      (2_340_000, "0,3", 710_000), (2_340_000, "4,5", 10_530_000), (2_340_000, "1,5", 3_510_000),
      (2_340_000, "0,8", 1_880_000), (2_340_000, "12", 28_080_000), (2_340_000, "3,5", 8_190_000),
      (2_340_000, "0,6", 1_410_000), (1_800_000, "0,3", 540_000), (1_490_000, "0,3", 450_000),
      (1_800_000, "1.5", 2_700_000), (2_340_000, "0", 0), (0, "3", 0), (1, "0,0001", 10_000),
    ]
    for (base, multiple, amount) in cases {
      #expect(
        try BonusAmount(baseSalary: base, multiple: multiple).amount == amount,
        "\(base) × \(multiple)")
    }
  }

  @Test func theProductIsExact() throws {
    let bonus = try BonusAmount(baseSalary: 2_340_000, multiple: "0,3")
    #expect(bonus.exactAmount == 702_000)
    #expect(bonus.amount == 710_000)
    #expect(bonus.multiple == Decimal(string: "0.3", locale: nil))
  }

  @Test func negativeOrHugeInputsAreErrors() {
    #expect(throws: VietnameseTextError.self) { try BonusAmount(baseSalary: -1, multiple: "1") }
    #expect(throws: VietnameseTextError.self) { try BonusAmount(baseSalary: 1, multiple: "-0,3") }
    #expect(throws: VietnameseTextError.self) {
      try BonusAmount(baseSalary: Int.max, multiple: "2")
    }
    #expect(throws: VietnameseTextError.self) { try BonusAmount(baseSalary: 1, multiple: "ba") }
  }
}
