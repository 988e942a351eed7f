import Foundation
import OfficePackage
import XCTest

/// Every package is hostile: limits are checked before inflating, lies while inflating.
final class PackageReaderTests: XCTestCase {
  private let content = Array("<w:document>xin chào</w:document>".utf8)

  func testAHeaderDeclaringFourGiBIsRefusedBeforeInflating() throws {
    var zip = try ZipSurgery.package([("word/document.xml", content)])
    ZipSurgery.setUncompressedSize(&zip, entry: 0, to: 0xFFFF_FFFE)

    let started = ContinuousClock.now
    XCTAssertThrowsError(try PackageReader(bytes: zip)) { error in
      XCTAssertEqual((error as? PackageError)?.part, "word/document.xml")
      XCTAssertTrue("\(error)".contains("would unpack to 4294967294 bytes"), "\(error)")
    }
    XCTAssertLessThan(ContinuousClock.now - started, .milliseconds(100))
  }

  func testAnEntryThatInflatesBeyondItsDeclaredSizeIsStoppedThere() throws {
    let tenMegabytesOfZeros = [UInt8](repeating: 0, count: 10 << 20)
    var zip = try ZipSurgery.package([("word/document.xml", tenMegabytesOfZeros)])
    ZipSurgery.setUncompressedSize(&zip, entry: 0, to: 100)
    let reader = try PackageReader(bytes: zip)

    let started = ContinuousClock.now
    XCTAssertThrowsError(try reader.data(of: reader.entries[0])) { error in
      XCTAssertTrue("\(error)".contains("inflates to more than the 100 bytes"), "\(error)")
    }
    XCTAssertLessThan(ContinuousClock.now - started, .milliseconds(100))
  }

  func testALargeEntryCompressedMoreThanTwoHundredToOneIsRefusedBeforeInflating() throws {
    let zip = try ZipSurgery.package([("bomb.xml", [UInt8](repeating: 0, count: 10 << 20))])
    XCTAssertLessThan(zip.count, 42_000, "a 42 kB bomb")

    let started = ContinuousClock.now
    XCTAssertThrowsError(try PackageReader(bytes: zip)) { error in
      XCTAssertTrue("\(error)".contains("compressed more than 200 to 1"), "\(error)")
    }
    XCTAssertLessThan(ContinuousClock.now - started, .milliseconds(100))
  }

  func testASmallPartMayCompressAsWellAsItLikes() throws {
    let zeros = [UInt8](repeating: 0, count: 1 << 20)
    let reader = try PackageReader(bytes: try ZipSurgery.package([("zeros.xml", zeros)]))

    XCTAssertEqual(try reader.data(of: reader.entries[0]), zeros)
  }

  func testPackagesOverTheTotalSizeLimitAreRefused() throws {
    var limits = PackageLimits()
    limits.maxTotalUncompressedBytes = 50
    let zip = try ZipSurgery.package([("a.xml", content), ("b.xml", content)])

    XCTAssertThrowsError(try PackageReader(bytes: zip, limits: limits)) { error in
      XCTAssertTrue("\(error)".contains("would unpack to more than"), "\(error)")
    }
  }

  func testPackagesWithTooManyEntriesAreRefused() throws {
    var limits = PackageLimits()
    limits.maxEntries = 2
    let zip = try ZipSurgery.package([("a", content), ("b", content), ("c", content)])

    XCTAssertThrowsError(try PackageReader(bytes: zip, limits: limits)) { error in
      XCTAssertTrue("\(error)".contains("has 3 parts, more than the 2 allowed"), "\(error)")
    }
  }

  func testAFileThatIsNotAZipIsRefusedWithAnExplanation() {
    let notAZip = Array("Kính gửi: Hội đồng Thi đua - Khen thưởng".utf8)

    XCTAssertThrowsError(try PackageReader(bytes: notAZip)) { error in
      XCTAssertEqual(
        error as? PackageError,
        PackageError(
          message: "the file is not a DOCX/ODT package (not a zip archive); "
            + "save it from Word or LibreOffice as .docx or .odt"))
    }
  }

  func testATruncatedPackageIsRefused() throws {
    let zip = try ZipSurgery.package([("a.xml", content), ("b.xml", content)])

    XCTAssertThrowsError(try PackageReader(bytes: Array(zip.prefix(zip.count / 2)))) { error in
      XCTAssertNil((error as? PackageError)?.part)
    }
  }

  func testAnEmptyFileIsRefused() {
    XCTAssertThrowsError(try PackageReader(bytes: [])) { error in
      XCTAssertTrue("\(error)".contains("the file is empty"), "\(error)")
    }
  }

  func testAnEncryptedEntryIsRefused() throws {
    var zip = try ZipSurgery.package([("word/document.xml", content)])
    ZipSurgery.setFlags(&zip, entry: 0, to: 1)  // bit 0: encrypted

    XCTAssertThrowsError(try PackageReader(bytes: zip)) { error in
      XCTAssertTrue("\(error)".contains("encrypted"), "\(error)")
    }
  }

  func testACompressionMethodOtherThanStoredOrDeflateIsRefused() throws {
    var zip = try ZipSurgery.package([("word/document.xml", content)])
    ZipSurgery.setMethod(&zip, entry: 0, to: 12)  // bzip2

    XCTAssertThrowsError(try PackageReader(bytes: zip)) { error in
      XCTAssertTrue("\(error)".contains("compression method 12"), "\(error)")
    }
  }

  func testTwoEntriesWithTheSameNameAreRefused() throws {
    var zip = try ZipSurgery.package([("a.xml", content), ("b.xml", content)])
    ZipSurgery.rename(&zip, entry: 1, to: "a.xml")

    XCTAssertThrowsError(try PackageReader(bytes: zip)) { error in
      XCTAssertEqual((error as? PackageError)?.part, "a.xml")
      XCTAssertTrue("\(error)".contains("twice"), "\(error)")
    }
  }

  func testAnEntryWhoseChecksumDoesNotMatchIsRefusedWhenRead() throws {
    var zip = try ZipSurgery.package([("a.xml", content)])
    ZipSurgery.setCRC(&zip, entry: 0, to: 0x1234_5678)
    let reader = try PackageReader(bytes: zip)

    XCTAssertThrowsError(try reader.data(of: reader.entries[0])) { error in
      XCTAssertTrue("\(error)".contains("checksum"), "\(error)")
    }
  }

  func testEntriesAreListedInArchiveOrderAndFoundByName() throws {
    let reader = try PackageReader(
      bytes: try ZipSurgery.package([("b.xml", content), ("a.xml", [])]))

    XCTAssertEqual(reader.entries.map(\.name), ["b.xml", "a.xml"])
    XCTAssertEqual(reader.entries.map(\.index), [0, 1])
    XCTAssertEqual(reader.entry(named: "a.xml")?.uncompressedSize, 0)
    XCTAssertNil(reader.entry(named: "c.xml"))
  }

  func testAnEntryFromAnotherPackageIsRefused() throws {
    let reader = try PackageReader(bytes: try ZipSurgery.package([("a.xml", content)]))
    let foreign = PackageEntry(
      name: "a.xml", index: 0, compressedSize: 1, uncompressedSize: 1, crc32: 0,
      isCompressed: false)

    XCTAssertThrowsError(try reader.rawData(of: foreign))
  }

  func testReadingFromAPathThatDoesNotExistSaysSo() {
    XCTAssertThrowsError(try PackageReader(path: "/nonexistent/mẫu.docx")) { error in
      XCTAssertEqual(
        "\(error)",
        "cannot open '/nonexistent/mẫu.docx': the file or its folder does not exist; check the path"
      )
    }
  }

  func testANamedPipeIsRefusedAtOnceInsteadOfWaitedOn() throws {
    let path = NSTemporaryDirectory() + "vanban-pipe-\(UUID().uuidString).docx"
    XCTAssertEqual(mkfifo(path, 0o600), 0)
    addTeardownBlock { unlink(path) }
    let refused = expectation(description: "refused")
    DispatchQueue.global().async {
      do {
        _ = try PackageReader(path: path)
      } catch {
        if "\(error)".contains("is not a regular file") { refused.fulfill() }
      }
    }
    wait(for: [refused], timeout: 10)
  }
}
