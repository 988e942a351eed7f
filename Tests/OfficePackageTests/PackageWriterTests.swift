import Dispatch
import OfficePackage
import XCTest

/// The hand-written zip writer, checked by reading its output back with libzip.
final class PackageWriterTests: XCTestCase {
  private let xml = Array(
    String(repeating: "<w:p><w:r><w:t>Báo cáo tổng kết</w:t></w:r></w:p>", count: 200).utf8)

  func testStoredEntriesReadBackUnchangedAndUncompressed() throws {
    var writer = PackageWriter(timestamp: .dosEpoch)
    writer.addStored("word/document.xml", xml)
    let reader = try PackageReader(bytes: try writer.finish())

    let entry = try XCTUnwrap(reader.entry(named: "word/document.xml"))
    XCTAssertFalse(entry.isCompressed)
    XCTAssertEqual(try reader.data(of: entry), xml)
  }

  func testFastAndDefaultEntriesReadBackUnchangedAndCompressed() throws {
    for level in [CompressionLevel.fast, .default] {
      var writer = PackageWriter(timestamp: .dosEpoch)
      writer.add("word/document.xml", xml, level: level)
      let reader = try PackageReader(bytes: try writer.finish())

      let entry = try XCTUnwrap(reader.entry(named: "word/document.xml"))
      XCTAssertTrue(entry.isCompressed, "\(level)")
      XCTAssertLessThan(entry.compressedSize, xml.count / 5, "\(level)")
      XCTAssertEqual(try reader.data(of: entry), xml, "\(level)")
    }
  }

  func testDataThatDeflateCannotShrinkIsStored() throws {
    let incompressible: [UInt8] = [0x42]
    var writer = PackageWriter(timestamp: .dosEpoch)
    writer.add("one-byte.bin", incompressible, level: .default)
    writer.add("empty.xml", [], level: .default)
    let reader = try PackageReader(bytes: try writer.finish())

    XCTAssertEqual(reader.entries.map(\.isCompressed), [false, false])
    XCTAssertEqual(try reader.data(of: reader.entries[0]), incompressible)
    XCTAssertEqual(try reader.data(of: reader.entries[1]), [])
  }

  func testEntriesKeepTheOrderTheyWereAddedIn() throws {
    var writer = PackageWriter(timestamp: .dosEpoch)
    writer.addStored("mimetype", Array("application/vnd.oasis.opendocument.text".utf8))
    writer.add("content.xml", xml, level: .fast)
    writer.add("META-INF/manifest.xml", xml, level: .default)
    writer.addStored("Thumbnails/thumbnail.png", [1, 2, 3])

    XCTAssertEqual(
      try PackageReader(bytes: try writer.finish()).entries.map(\.name),
      ["mimetype", "content.xml", "META-INF/manifest.xml", "Thumbnails/thumbnail.png"])
  }

  func testTheMimetypeEntryIsWrittenWhereODFReadersLookForIt() throws {
    var writer = PackageWriter(timestamp: .dosEpoch)
    writer.addStored("mimetype", Array("application/vnd.oasis.opendocument.text".utf8))
    let zip = try writer.finish()

    // ODF 1.3 part 2, 3.3: name at byte 30, no extra field, content at byte 38.
    XCTAssertEqual(ZipSurgery.uint16(zip, 8), 0, "stored")
    XCTAssertEqual(ZipSurgery.uint16(zip, 28), 0, "no extra field")
    XCTAssertEqual(
      String(decoding: zip[30..<38 + 39], as: UTF8.self),
      "mimetypeapplication/vnd.oasis.opendocument.text")
  }

  func testANonASCIINameIsFlaggedAsUTF8AndReadsBack() throws {
    let zip = try ZipSurgery.package([("word/tài liệu.xml", xml), ("word/plain.xml", xml)])

    XCTAssertEqual(ZipSurgery.uint16(zip, ZipSurgery.localHeaders(zip)[0] + 6), 1 << 11)
    XCTAssertEqual(ZipSurgery.uint16(zip, ZipSurgery.centralHeaders(zip)[0] + 8), 1 << 11)
    XCTAssertEqual(ZipSurgery.uint16(zip, ZipSurgery.localHeaders(zip)[1] + 6), 0)
    XCTAssertEqual(
      try PackageReader(bytes: zip).entries.map(\.name), ["word/tài liệu.xml", "word/plain.xml"])
  }

  func testARawCopyKeepsTheCompressedBytesExactly() throws {
    let original = try PackageReader(
      bytes: try ZipSurgery.package([("word/styles.xml", xml), ("word/document.xml", xml)]))
    var writer = PackageWriter(timestamp: .dosEpoch)
    for entry in original.entries {
      writer.addRaw(entry.name, copyOf: entry, rawData: try original.rawData(of: entry))
    }
    let copy = try PackageReader(bytes: try writer.finish())

    for (before, after) in zip(original.entries, copy.entries) {
      XCTAssertEqual(after.name, before.name)
      XCTAssertEqual(after.crc32, before.crc32)
      XCTAssertEqual(try copy.rawData(of: after), try original.rawData(of: before))
      XCTAssertEqual(try copy.data(of: after), xml)
    }
  }

  func testRawDataIsTheDeflateStreamOfTheContent() throws {
    let reader = try PackageReader(bytes: try ZipSurgery.package([("a.xml", xml)], level: .fast))

    XCTAssertEqual(try reader.rawData(of: reader.entries[0]), Deflate.compress(xml, level: .fast))
    XCTAssertEqual(reader.entries[0].crc32, Deflate.crc32(xml))
  }

  func testTheSameInputGivesByteIdenticalPackagesOnEveryThread() throws {
    let entries = [("a.xml", xml), ("b.xml", Array(xml.reversed()))]
    let first = try ZipSurgery.package(entries)
    let results = LockedSlots<[UInt8]>(count: 16)
    DispatchQueue.concurrentPerform(iterations: 16) { index in
      results.set(index, try? ZipSurgery.package(entries))
    }

    for index in 0..<16 { XCTAssertEqual(results.get(index), first, "thread run \(index)") }
  }

  func testAddingTheSameNameTwiceMakesFinishThrow() {
    var writer = PackageWriter(timestamp: .dosEpoch)
    writer.addStored("word/document.xml", [1])
    writer.addStored("word/document.xml", [2])

    XCTAssertThrowsError(try writer.finish()) { error in
      XCTAssertEqual((error as? PackageError)?.part, "word/document.xml")
    }
  }

  func testARawCopyWhoseBytesDoNotMatchItsEntryMakesFinishThrow() throws {
    let entry = PackageEntry(
      name: "a.xml", index: 0, compressedSize: 10, uncompressedSize: 20, crc32: 0,
      isCompressed: true)
    var writer = PackageWriter(timestamp: .dosEpoch)
    writer.addRaw("a.xml", copyOf: entry, rawData: [1, 2, 3])

    XCTAssertThrowsError(try writer.finish())
  }

  func testFinishLeavesTheWriterEmptyForTheNextPackage() throws {
    var writer = PackageWriter(timestamp: .dosEpoch)
    writer.addStored("a.xml", [1])
    _ = try writer.finish()
    writer.addStored("a.xml", [2])

    let reader = try PackageReader(bytes: try writer.finish())
    XCTAssertEqual(try reader.data(of: reader.entries[0]), [2])
  }
}
