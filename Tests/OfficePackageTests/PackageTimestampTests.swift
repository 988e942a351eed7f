import Foundation
import OfficePackage
import XCTest

/// Zip timestamps are fixed (1980-01-01) unless SOURCE_DATE_EPOCH says otherwise.
final class PackageTimestampTests: XCTestCase {
  override func tearDown() {
    unsetenv("SOURCE_DATE_EPOCH")
    super.tearDown()
  }

  func testAUnixTimeIsEncodedAsAnMSDOSDateAndTimeInUTC() {
    // 1700000000 = 2023-11-14 22:13:20 UTC
    let stamp = PackageTimestamp(unixTime: 1_700_000_000)

    XCTAssertEqual(stamp.dosDate, (2023 - 1980) << 9 | 11 << 5 | 14)
    XCTAssertEqual(stamp.dosTime, 22 << 11 | 13 << 5 | 20 / 2)
  }

  func testOddSecondsAreRoundedDownToTheTwoSecondResolutionOfZip() {
    // 1700000001 = 2023-11-14 22:13:21 UTC
    XCTAssertEqual(PackageTimestamp(unixTime: 1_700_000_001).dosTime, 22 << 11 | 13 << 5 | 10)
  }

  func testALeapDayIsEncodedAsTheTwentyNinthOfFebruary() {
    // 951782400 = 2000-02-29 00:00:00 UTC
    XCTAssertEqual(PackageTimestamp(unixTime: 951_782_400).dosDate, 20 << 9 | 2 << 5 | 29)
  }

  func testTimesBeforeNineteenEightyBecomeTheFirstMomentZipCanRecord() {
    XCTAssertEqual(PackageTimestamp(unixTime: 0), .dosEpoch)
    XCTAssertEqual(PackageTimestamp(unixTime: -86_400), .dosEpoch)
    XCTAssertEqual(PackageTimestamp.dosEpoch.dosDate, 0 << 9 | 1 << 5 | 1)
    XCTAssertEqual(PackageTimestamp.dosEpoch.dosTime, 0)
  }

  func testTimesAfterTwentyOneOSevenBecomeTheLastMomentZipCanRecord() {
    // 4354819200 = 2108-01-01 00:00:00 UTC
    let stamp = PackageTimestamp(unixTime: 4_354_819_200)

    XCTAssertEqual(stamp.dosDate, 127 << 9 | 12 << 5 | 31)
    XCTAssertEqual(stamp.dosTime, 23 << 11 | 59 << 5 | 29)
  }

  func testSourceDateEpochIsHonoured() {
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1)

    XCTAssertEqual(PackageTimestamp.fromEnvironment(), PackageTimestamp(unixTime: 1_700_000_000))
  }

  func testWithoutSourceDateEpochEntriesAreDatedNineteenEighty() {
    unsetenv("SOURCE_DATE_EPOCH")

    XCTAssertEqual(PackageTimestamp.fromEnvironment(), .dosEpoch)
  }

  func testAMalformedSourceDateEpochIsIgnored() {
    for value in ["", "soon", "-5", "17e8", " 1700000000"] {
      setenv("SOURCE_DATE_EPOCH", value, 1)
      XCTAssertEqual(PackageTimestamp.fromEnvironment(), .dosEpoch, "'\(value)'")
    }
  }

  func testTheWriterStampsEveryHeaderWithSourceDateEpoch() throws {
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1)
    var writer = PackageWriter()
    writer.addStored("a.xml", [1])
    let zip = try writer.finish()
    let expected = PackageTimestamp(unixTime: 1_700_000_000)

    let local = ZipSurgery.localHeaders(zip)[0]
    let central = ZipSurgery.centralHeaders(zip)[0]
    XCTAssertEqual(ZipSurgery.uint16(zip, local + 10), expected.dosTime)
    XCTAssertEqual(ZipSurgery.uint16(zip, local + 12), expected.dosDate)
    XCTAssertEqual(ZipSurgery.uint16(zip, central + 12), expected.dosTime)
    XCTAssertEqual(ZipSurgery.uint16(zip, central + 14), expected.dosDate)
  }
}
