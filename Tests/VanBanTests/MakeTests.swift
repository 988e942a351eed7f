import Foundation
import VanBan
import XCTest

/// vanban under make: depfiles, atomic outputs, exit codes, reproducible
/// bytes, and a real make run over depfiles.
final class MakeTests: XCTestCase {
  private typealias F = MakeFixture

  func testTheDepfileListsTheTemplateMetadataDataAndContextFilesInMakefileSyntax() throws {
    let dir = try temporaryFolder(self)
    try F.write(
      F.docx("{{ meta.number }} {{ unit.name }} {{ x }}"), dir.appendingPathComponent("t.docx"))
    try F.write(F.units(1), dir.appendingPathComponent("u.csv"))
    try F.write(
      "so = 5\nngay = \"05/02/2021\"\nloai = \"Báo cáo\"\n", dir.appendingPathComponent("m.toml"))
    try F.write(#"{"x": "y"}"#, dir.appendingPathComponent("c.json"))
    let result = try F.vanban(
      [
        "render", "t.docx", "--meta", "m.toml", "--data", "u.csv", "--context", "c.json",
        "-o", "out.docx", "--depfile", "out.docx.d",
      ], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    let depfile = try String(contentsOf: dir.appendingPathComponent("out.docx.d"), encoding: .utf8)
    XCTAssertEqual(
      depfile,
      """
      out.docx: \\
        t.docx \\
        m.toml \\
        u.csv \\
        c.json
      t.docx:
      m.toml:
      u.csv:
      c.json:

      """)
  }

  func testDepfileNamesEscapeSpacesHashesAndDollarsAsMakeReadsThem() {
    XCTAssertEqual(Depfile.escape("khen thuong.csv"), "khen\\ thuong.csv")
    XCTAssertEqual(Depfile.escape("a$b#c.csv"), "a$$b\\#c.csv")
    XCTAssertEqual(Depfile.escape("a\\ b"), "a\\\\\\ b")
    let d = Depfile(targets: ["out/a b.docx"], prerequisites: ["t.docx", "t.docx", "d 1.csv"])
    XCTAssertEqual(d.text, "out/a\\ b.docx: \\\n  t.docx \\\n  d\\ 1.csv\nt.docx:\nd\\ 1.csv:\n")
  }

  func testAFailedRenderLeavesThePreviousOutputAndDepfileUntouched() throws {
    let dir = try temporaryFolder(self)
    try F.write(F.docx("{{ ten }}"), dir.appendingPathComponent("t.docx"))
    let ok = try F.vanban(
      ["render", "t.docx", "--set", "ten=A", "-o", "out.docx", "--depfile", "out.d"], in: dir)
    XCTAssertEqual(ok.status, 0, ok.standardError)
    let before = try Data(contentsOf: dir.appendingPathComponent("out.docx"))
    let depBefore = try Data(contentsOf: dir.appendingPathComponent("out.d"))
    let failed = try F.vanban(
      ["render", "t.docx", "-o", "out.docx", "--depfile", "out.d"], in: dir)
    XCTAssertEqual(failed.status, 65)
    XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("out.docx")), before)
    XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("out.d")), depBefore)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
      $0.hasSuffix(".tmp")
    }
    XCTAssertEqual(leftovers, [], "no temporary file is left behind")
  }

  func testEachCauseHasItsOwnExitCodeAndHelpListsThem() throws {
    let dir = try temporaryFolder(self)
    try F.write(F.docx("{{ ten }}"), dir.appendingPathComponent("t.docx"))
    try F.write(F.docx("{% for x in xs %}"), dir.appendingPathComponent("bad.docx"))
    try F.write(
      """
      Mã,Năm,Họ và tên,Đối tượng,Đơn vị,Giới tính,Xếp loại,Danh hiệu,Sáng kiến cấp cơ sở,Đề nghị
      CN002,2023,Trần Văn Bình,cá nhân,Văn phòng Ban,Nam,HTNV,,0,CSTĐCS

      """, dir.appendingPathComponent("n.csv"))
    func status(_ arguments: [String]) throws -> Int32 { try F.vanban(arguments, in: dir).status }
    XCTAssertEqual(try status(["render", "t.docx"]), 64, "no -o: usage")
    XCTAssertEqual(try status(["render", "t.docx", "-o", "o.docx"]), 65, "missing name: bad data")
    XCTAssertEqual(
      try status(["render", "bad.docx", "-o", "o.docx"]), 66, "unclosed for: bad template")
    XCTAssertEqual(try status(["check", "--data", "n.csv", "--year", "2023"]), 67, "rules failed")
    XCTAssertEqual(
      try status(["render", "t.docx", "--set", "ten=A", "-o", "no/such/dir/o.docx"]), 73, "output")
    XCTAssertEqual(
      Set(VanBanError.Kind.allCases.map(\.exitCode)).count, VanBanError.Kind.allCases.count)
    let help = String(decoding: try F.vanban(["--help"], in: dir).standardOutput, as: UTF8.self)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for code in ["64 usage", "65 bad data", "66 bad template", "67 proposals failed", "73 output"] {
      XCTAssertTrue(help.contains(code), "--help lists \(code): \(help)")
    }
  }

  func testSourceDateEpochGivesTheSameBytesEveryTimeAndSetsTheEntryTimes() throws {
    let dir = try temporaryFolder(self)
    try F.write(F.docx("{{ ten }}"), dir.appendingPathComponent("t.docx"))
    let arguments = ["render", "t.docx", "--set", "ten=A", "-o", "-"]
    let a = try F.vanban(arguments, in: dir, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    let b = try F.vanban(arguments, in: dir, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    let plain = try F.vanban(arguments, in: dir, environment: ["SOURCE_DATE_EPOCH": ""])
    XCTAssertEqual(a.status, 0, a.standardError)
    XCTAssertEqual(a.standardOutput, b.standardOutput)
    XCTAssertNotEqual(a.standardOutput, plain.standardOutput, "the entry times follow the epoch")
  }

  // MARK: - make

  private func makeProject() throws -> URL {
    let dir = try temporaryFolder(self)
    try F.write(F.docx("{{ unit.name }} – {{ unit.symbol }}"), dir.appendingPathComponent("t.docx"))
    try F.write(F.units(1), dir.appendingPathComponent("a.csv"))
    try F.write(
      F.units(1).replacingOccurrences(of: "Đơn vị 1", with: "Đơn vị B"),
      dir.appendingPathComponent("b.csv"))
    try F.write(
      """
      VANBAN := \(F.vanbanPath)
      DOCS := out/a.docx out/b.docx
      all: $(DOCS)
      out/%.docx: t.docx
      \t@mkdir -p $(@D)
      \t$(VANBAN) render $< --data $*.csv -o $@ --depfile $@.d
      -include $(DOCS:=.d)

      """, dir.appendingPathComponent("Makefile"))
    return dir
  }

  private func make(_ arguments: [String] = [], in dir: URL) throws -> String {
    let result = try F.run("/usr/bin/env", ["make"] + arguments, in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    return String(decoding: result.standardOutput, as: UTF8.self)
  }

  private func requireMake() throws {
    let found = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
      .contains { FileManager.default.isExecutableFile(atPath: "\($0)/make") }
    if !found { throw XCTSkip("make is not installed") }
  }

  func testASecondMakeDoesNothingAndTouchingOneCSVRebuildsOnlyTheDocumentThatReadIt() throws {
    try requireMake()
    let dir = try makeProject()
    let first = try make(in: dir)
    XCTAssertTrue(first.contains("-o out/a.docx") && first.contains("-o out/b.docx"), first)
    let second = try make(in: dir)
    XCTAssertFalse(second.contains("render"), "nothing to do: \(second)")
    // A newer CSV (make compares times; a second later is surely newer).
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(5)],
      ofItemAtPath: dir.appendingPathComponent("a.csv").path)
    let third = try make(in: dir)
    XCTAssertTrue(third.contains("-o out/a.docx"), third)
    XCTAssertFalse(third.contains("-o out/b.docx"), "b.docx did not read a.csv: \(third)")
    XCTAssertTrue(
      try F.bodyXML(dir.appendingPathComponent("out/b.docx")).contains("Đơn vị B – DV1"))
  }

  func testMakeWithTwoJobsFromCleanGivesTheSameBytesAsOneJob() throws {
    try requireMake()
    let dir = try makeProject()
    _ = try make(["-j1"], in: dir)
    let one = try ["a", "b"].map {
      try Data(contentsOf: dir.appendingPathComponent("out/\($0).docx"))
    }
    try FileManager.default.removeItem(at: dir.appendingPathComponent("out"))
    _ = try make(["-j2"], in: dir)
    let two = try ["a", "b"].map {
      try Data(contentsOf: dir.appendingPathComponent("out/\($0).docx"))
    }
    XCTAssertEqual(one, two)
  }
}
