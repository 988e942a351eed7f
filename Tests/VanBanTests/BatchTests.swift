import Foundation
import VanBan
import XCTest

/// `vanban batch`: one document per item, in parallel, a failing item
/// reported and the others written.
final class BatchTests: XCTestCase {
  private typealias F = MakeFixture

  private func project(units: Int = 3) throws -> URL {
    let dir = try temporaryFolder(self)
    try F.write(
      F.docx("{{ unit.name }} ({{ unit.symbol }}), {{ batch.index }}/{{ batch.length }}"),
      dir.appendingPathComponent("t.docx"))
    try F.write(F.units(units), dir.appendingPathComponent("u.csv"))
    return dir
  }

  func testEachUnitGetsItsOwnDocumentAtThePathThePatternGives() throws {
    let dir = try project()
    let result = try F.vanban(
      [
        "batch", "t.docx", "--data", "u.csv", "--each", "unit in units",
        "--output", "out/{{ unit.symbol }}/ke-hoach.docx",
      ], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    for i in 1...3 {
      let body = try F.bodyXML(dir.appendingPathComponent("out/DV\(i)/ke-hoach.docx"))
      XCTAssertTrue(body.contains("Đơn vị \(i) (DV\(i)), \(i)/3"), body)
    }
    XCTAssertTrue(result.standardError.contains("3 of 3 documents written"), result.standardError)
  }

  func testAFailingItemIsReportedWithItsNumberAndPlaceAndTheOthersAreWritten() throws {
    let dir = try temporaryFolder(self)
    try F.write(F.docx("{{ p.ten }}: {{ p.tuoi }}"), dir.appendingPathComponent("t.docx"))
    try F.write(
      #"{"nguoi": [{"ten": "An", "tuoi": 30}, {"ten": "Bình"}, {"ten": "Chi", "tuoi": 41}]}"#,
      dir.appendingPathComponent("c.json"))
    try F.write([0x6F, 0x6C, 0x64], dir.appendingPathComponent("Bình.docx"))
    let result = try F.vanban(
      [
        "batch", "t.docx", "--context", "c.json", "--each", "p in nguoi", "-o", "{{ p.ten }}.docx",
        "-j", "2",
      ], in: dir)
    XCTAssertEqual(result.status, 65, result.standardError)
    XCTAssertTrue(
      result.standardError.contains(#"t.docx: body, paragraph 1: error: "p.tuoi" is not defined"#),
      result.standardError)
    XCTAssertTrue(
      result.standardError.contains("note: in item 2 (Bình), writing Bình.docx"),
      result.standardError)
    XCTAssertTrue(result.standardError.contains("2 of 3 documents written"), result.standardError)
    XCTAssertTrue(try F.bodyXML(dir.appendingPathComponent("An.docx")).contains("An: 30"))
    XCTAssertTrue(try F.bodyXML(dir.appendingPathComponent("Chi.docx")).contains("Chi: 41"))
    XCTAssertEqual(
      try Data(contentsOf: dir.appendingPathComponent("Bình.docx")), Data("old".utf8),
      "the failed item's previous output is left as it was")
  }

  func testAnItemWhoseOutputIsTheTemplateStopsTheBatchBeforeAnythingIsWritten() throws {
    let dir = try temporaryFolder(self)
    let template = F.docx("{{ p }}")
    try F.write(template, dir.appendingPathComponent("t.docx"))
    try F.write(#"{"nguoi": ["a", "t"]}"#, dir.appendingPathComponent("c.json"))
    let result = try F.vanban(
      ["batch", "t.docx", "--context", "c.json", "--each", "p in nguoi", "-o", "{{ p }}.docx"],
      in: dir)
    XCTAssertEqual(result.status, 64, result.standardError)
    XCTAssertTrue(
      result.standardError.contains("t.docx: error: t.docx is a file this command reads"),
      result.standardError)
    XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("t.docx")), Data(template))
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: dir.appendingPathComponent("a.docx").path))
  }

  func testAFailingItemAsJSONCarriesItsItem() throws {
    let dir = try temporaryFolder(self)
    try F.write(F.docx("{{ p.tuoi }}"), dir.appendingPathComponent("t.docx"))
    try F.write(
      #"{"nguoi": [{"ten": "An", "tuoi": 1}, {"ten": "Bình"}]}"#,
      dir.appendingPathComponent("c.json"))
    let result = try F.vanban(
      [
        "batch", "t.docx", "--context", "c.json", "--each", "p in nguoi", "-o", "{{ p.ten }}.docx",
        "--diagnostics", "json", "--quiet",
      ], in: dir)
    XCTAssertEqual(result.status, 65)
    let objects = try F.jsonObjects(result.standardError)
    XCTAssertEqual(objects.count, 1, result.standardError)
    let item = try XCTUnwrap(objects[0]["item"] as? [String: Any])
    XCTAssertEqual(item["index"] as? Int, 2)
    XCTAssertEqual(item["label"] as? String, "Bình")
    XCTAssertEqual(item["output"] as? String, "Bình.docx")
  }

  func testAValueThatWouldNameFoldersInTheOutputPathIsAnErrorOfItsItem() throws {
    let dir = try temporaryFolder(self)
    try F.write(F.docx("{{ d.ten }}"), dir.appendingPathComponent("t.docx"))
    try Data(#"{"ds": [{"ten": "Phòng TC/HC"}, {"ten": ".."}, {"ten": "Văn phòng"}]}"#.utf8)
      .write(to: dir.appendingPathComponent("c.json"))
    let result = try F.vanban(
      [
        "batch", "t.docx", "--context", "c.json", "--each", "d in ds", "-o",
        "out/{{ d.ten }}/x.docx",
        "-q",
      ], in: dir)
    XCTAssertEqual(result.status, 65, result.standardError)
    XCTAssertTrue(
      result.standardError.contains(
        "the value “Phòng TC/HC” printed in --output would name folders"),
      result.standardError)
    XCTAssertTrue(result.standardError.contains("the value “..” printed"), result.standardError)
    let written = try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted()
    XCTAssertEqual(written, ["c.json", "out", "out/Văn phòng", "out/Văn phòng/x.docx", "t.docx"])
  }

  func testTwoItemsWritingTheSameFileIsAnErrorOfTheSecond() throws {
    let dir = try project(units: 2)
    let result = try F.vanban(
      ["batch", "t.docx", "--data", "u.csv", "--each", "unit in units", "-o", "same.docx", "-q"],
      in: dir)
    XCTAssertEqual(result.status, 65)
    XCTAssertTrue(
      result.standardError.contains("item 1 writes same.docx too"), result.standardError)
  }

  func testQuietPrintsNothingWhenEveryDocumentIsWritten() throws {
    let dir = try project(units: 2)
    try F.write(F.docx("{{ item.name }}"), dir.appendingPathComponent("t.docx"))
    let result = try F.vanban(
      [
        "batch", "t.docx", "--data", "u.csv", "--each", "units", "-o", "{{ item.symbol }}.docx",
        "-q",
      ],
      in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertEqual(result.standardError, "")
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: dir.appendingPathComponent("DV2.docx").path))
  }

  func testTwoJobsGiveTheSameBytesAsOne() throws {
    let dir = try project(units: 20)
    for jobs in ["1", "2"] {
      let result = try F.vanban(
        [
          "batch", "t.docx", "--data", "u.csv", "--each", "unit in units",
          "-o", "j\(jobs)/{{ unit.symbol }}.docx", "-j", jobs, "-q",
        ], in: dir)
      XCTAssertEqual(result.status, 0, result.standardError)
    }
    for i in 1...20 {
      XCTAssertEqual(
        try Data(contentsOf: dir.appendingPathComponent("j1/DV\(i).docx")),
        try Data(contentsOf: dir.appendingPathComponent("j2/DV\(i).docx")))
    }
  }

  func testTheBatchDepfileNamesEveryOutputAndEveryInput() throws {
    let dir = try project(units: 2)
    let result = try F.vanban(
      [
        "batch", "t.docx", "--data", "u.csv", "--each", "unit in units",
        "-o", "out/{{ unit.symbol }}.docx", "--depfile", "out.d", "-q",
      ], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertEqual(
      try String(contentsOf: dir.appendingPathComponent("out.d"), encoding: .utf8),
      "out/DV1.docx out/DV2.docx: \\\n  t.docx \\\n  u.csv\nt.docx:\nu.csv:\n")
  }

  func testAnEachThatIsNotAListIsBadData() throws {
    let dir = try project(units: 1)
    let result = try F.vanban(
      [
        "batch", "t.docx", "--data", "u.csv", "--set", "n=3", "--each", "n", "-o",
        "{{ item }}.docx",
      ],
      in: dir)
    XCTAssertEqual(result.status, 65)
    XCTAssertTrue(result.standardError.contains("not a list"), result.standardError)
  }

  func testTheRendererRendersItemsOnSeveralThreadsFromOneCompiledTemplate() throws {
    let dir = try project(units: 50)
    let renderer = try DocumentRenderer(templatePath: dir.appendingPathComponent("t.docx").path)
    let batch = BatchRenderer(renderer: renderer)
    let loaded = try DataInputs(dataFiles: [dir.appendingPathComponent("u.csv").path]).load()
    let items = try batch.items(
      loaded.makeContext(), each: try .init(parsing: "unit in units"),
      output: dir.path + "/lib/{{ batch.index }}.docx")
    XCTAssertEqual(items.count, 50)
    let outcomes = batch.render(items, jobs: 4)
    XCTAssertEqual(outcomes.filter { $0.error != nil }.count, 0)
    XCTAssertTrue(try F.bodyXML(dir.appendingPathComponent("lib/50.docx")).contains("Đơn vị 50"))
  }
}
