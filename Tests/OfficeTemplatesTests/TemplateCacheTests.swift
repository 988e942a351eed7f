import Foundation
import OfficeFixtures
import OfficePackage
import TemplateLanguage
import XCTest

@testable import OfficeTemplates

final class TemplateCacheTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder = NSTemporaryDirectory() + "vanban-cache-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = folder + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  private var cache: TemplateCache { TemplateCache(folder: folder + "/cache", salt: "test 1") }

  /// A Word template with a row loop, a column loop (grid markers), a
  /// header, a footer, a footnote and a property: every kind of program.
  private let docx = DocxFixture.make(
    body: p("Báo cáo năm {{ nam }}")
      + table([
        ["{%tr for u in units %}", ""], ["{{ loop.index }}", "{{ u }}"], ["{%tr endfor %}", ""],
      ])
      + table([
        ["Đơn vị", "{%tc for m in months %}", "Tháng {{ m }}", "{%tc endfor %}"]
      ]),
    header: p("{{ co_quan | upper }}"), footer: p("Trang {{ nam }}"),
    footnotes: [p("Theo {{ nam - 1 }}")], coreTitle: "Báo cáo {{ nam }}")

  private let context: Value = [
    "nam": 2024, "co_quan": "Ban Dân tộc", "units": ["Phòng A", "Phòng B"], "months": [1, 2, 3],
  ]

  func testATemplateReadFromTheCacheRendersTheSameBytesAsOneCompiledAfresh() throws {
    let path = try file("t.docx", docx)
    let fresh = try CompiledTemplate(path: path).render(context)

    _ = try cache.template(at: path)
    let cached = try XCTUnwrap(cache.cached(docx, format: .docx))

    XCTAssertEqual(try cached.render(context), fresh)
    XCTAssertEqual(cached.parts.map(\.name), try CompiledTemplate(path: path).parts.map(\.name))
  }

  func testAnOdtTemplateWithATableReadFromTheCacheRendersTheSameBytes() throws {
    let body =
      op("{{ nam }}")
      + "<table:table><table:table-column table:style-name=\"C1\"/><table:table-row>"
      + "<table:table-cell>\(op("{%tc for m in months %}"))</table:table-cell>"
      + "<table:table-cell>\(op("{{ m }}"))</table:table-cell>"
      + "<table:table-cell>\(op("{%tc endfor %}"))</table:table-cell>"
      + "</table:table-row></table:table>"
    let odt = OdtFixture.make(body: body, footer: op("{{ co_quan }}"), title: "{{ nam }}")
    let path = try file("t.odt", odt)

    _ = try cache.template(at: path)
    let cached = try XCTUnwrap(cache.cached(odt, format: .odt))

    XCTAssertEqual(try cached.render(context), try CompiledTemplate(path: path).render(context))
  }

  func testTheCacheFolderAndTheFoldersMadeAboveItArePrivate() throws {
    let path = try file("t.docx", docx)
    let cache = TemplateCache(folder: folder + "/above/cache", salt: "test 1")
    _ = try cache.template(at: path)

    for made in [folder + "/above", cache.folder] {
      var status = stat()
      XCTAssertEqual(stat(made, &status), 0)
      XCTAssertEqual(status.st_mode & 0o777, 0o700, made)
    }
  }

  func testAChangedTemplateIsCompiledAfresh() throws {
    let path = try file("t.docx", DocxFixture.make(body: p("Cũ {{ nam }}")))
    _ = try cache.template(at: path)

    _ = try file("t.docx", DocxFixture.make(body: p("Mới {{ nam }}")))
    let rendered = try RenderedDocument(
      cache.template(at: path).render(context), format: .docx)

    XCTAssertEqual(try rendered.paragraphs(), ["Mới 2024"])
  }

  func testADamagedEntryIsCompiledAgainAndWrittenAgain() throws {
    let path = try file("t.docx", docx)
    _ = try cache.template(at: path)
    let entry = cache.entryPath(for: docx)
    let whole = try Data(contentsOf: URL(fileURLWithPath: entry))
    try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: entry))
    XCTAssertNil(cache.cached(docx, format: .docx))

    XCTAssertEqual(
      try cache.template(at: path).render(context), try CompiledTemplate(path: path).render(context)
    )
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: entry)), whole)
  }

  func testAByteChangedInsideAnEntryIsCaughtByItsChecksum() throws {
    let path = try file("t.docx", docx)
    _ = try cache.template(at: path)
    let entry = cache.entryPath(for: docx)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: entry)))
    // A byte of literal XML or of a copied part, which the archive's own
    // bounds checks cannot see.
    let literal = try XCTUnwrap(bytes.lastIndex(of: UInt8(ascii: "<")))
    bytes[literal] = UInt8(ascii: "(")
    try Data(bytes).write(to: URL(fileURLWithPath: entry))

    XCTAssertNil(cache.cached(docx, format: .docx))
    XCTAssertEqual(
      try cache.template(at: path).render(context), try CompiledTemplate(path: path).render(context)
    )
  }

  func testAnEntryWithAnotherSaltIsNeverUsed() throws {
    let path = try file("t.docx", docx)
    _ = try cache.template(at: path)
    let other = TemplateCache(folder: cache.folder, salt: "test 2")
    // Even under the name this salt would give it.
    try FileManager.default.copyItem(
      atPath: cache.entryPath(for: docx), toPath: other.entryPath(for: docx))

    XCTAssertNil(other.cached(docx, format: .docx))
  }

  /// Sets an entry's time, which says when it was last used.
  private func setLastUse(of path: String, to seconds: Int) {
    var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
    utimensat(AT_FDCWD, path, &times, 0)
  }

  private func lastUse(of path: String) -> Int {
    var status = stat()
    stat(path, &status)
    #if os(Linux)
      return status.st_mtim.tv_sec
    #else
      return status.st_mtimespec.tv_sec
    #endif
  }

  func testTheLeastRecentlyUsedEntriesGoPastTheCapacity() throws {
    let cache = TemplateCache(folder: folder + "/cache", salt: "test 1", capacity: 2)
    let templates = try (0..<3).map { n in
      let bytes = DocxFixture.make(body: p("Mẫu \(n) {{ nam }}"))
      return (bytes: bytes, path: try file("t\(n).docx", bytes))
    }
    _ = try cache.template(at: templates[0].path)
    _ = try cache.template(at: templates[1].path)
    setLastUse(of: cache.entryPath(for: templates[0].bytes), to: 2_000_000)
    setLastUse(of: cache.entryPath(for: templates[1].bytes), to: 1_000_000)

    _ = try cache.template(at: templates[2].path)

    let kept = templates.map {
      FileManager.default.fileExists(atPath: cache.entryPath(for: $0.bytes))
    }
    XCTAssertEqual(kept, [true, false, true])
  }

  func testReadingAnEntryMarksItAsJustUsed() throws {
    let path = try file("t.docx", docx)
    _ = try cache.template(at: path)
    setLastUse(of: cache.entryPath(for: docx), to: 1_000_000)

    _ = try cache.template(at: path)

    XCTAssertGreaterThan(lastUse(of: cache.entryPath(for: docx)), 1_000_000)
  }

  func testAnArchiveCutAnywhereIsRefusedNotRead() throws {
    let template = try CompiledTemplate(bytes: DocxFixture.make(body: p("{{ a }}")))
    var writer = ArchiveWriter()
    template.archive(into: &writer)
    let archive = writer.bytes

    for length in 0..<archive.count {
      var reader = ArchiveReader(Array(archive.prefix(length)))
      XCTAssertThrowsError(
        try CompiledTemplate(from: &reader, environment: .standard), "cut at \(length)")
    }
    var whole = ArchiveReader(archive)
    XCTAssertNoThrow(try CompiledTemplate(from: &whole, environment: .standard))
  }

  func testACacheFolderThatCannotBeMadeOnlyCostsACompile() throws {
    let path = try file("t.docx", docx)
    let blocked = try file("a-file", [1])
    let cache = TemplateCache(folder: blocked + "/cache", salt: "test 1")

    XCTAssertEqual(
      try cache.template(at: path).render(context), try CompiledTemplate(path: path).render(context)
    )
  }

  func testATemplateWithNotesIsNotKeptSoItsNotesShowEachTime() throws {
    let bytes = DocxFixture.make(body: p("{ten} {{ nam }}"))
    let path = try file("t.docx", bytes)

    XCTAssertFalse(try cache.template(at: path).hints.isEmpty)
    XCTAssertFalse(FileManager.default.fileExists(atPath: cache.entryPath(for: bytes)))
  }

  func testARenderErrorFromACachedTemplateSaysWhereItsTagIs() throws {
    let bytes = DocxFixture.make(body: p("Năm") + table([["{{ thieu }}"]]))
    let path = try file("t.docx", bytes)
    _ = try cache.template(at: path)
    let cached = try XCTUnwrap(cache.cached(bytes, format: .docx))

    XCTAssertThrowsError(try cached.render([:])) { error in
      guard case .template(let errors) = error as? OfficeTemplateError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(
        errors.diagnostics.map(\.location.place), ["body, paragraph 2 (table 1, row 1, cell 1)"])
    }
  }
}
