import Foundation
import OfficeFixtures
import Tallies
import XCTest

/// The fixture files beside the tests (Tests/TalliesTests/Fixtures).
enum Fixture {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  static func bytes(_ name: String) -> [UInt8] {
    [UInt8](FileManager.default.contents(atPath: path(name)) ?? Data())
  }

  static func input(_ name: String) -> DataLoader.Input {
    DataLoader.Input(name: name, bytes: bytes(name))
  }
}

/// Loads CSV texts given inline, named a.csv, b.csv, … unless named.
func load(_ files: [(String, String)], options: LoadOptions = LoadOptions()) -> Dataset {
  DataLoader.load(
    files.map { DataLoader.Input(name: $0.0, bytes: Array($0.1.utf8)) }, options: options)
}

func load(_ csv: String, name: String = "tallies.csv", options: LoadOptions = LoadOptions())
  -> Dataset
{
  load([(name, csv)], options: options)
}

/// The diagnostics of a dataset as printed, errors and warnings only.
func problems(_ dataset: Dataset) -> [String] {
  dataset.diagnostics.filter { $0.severity != .note }.map(\.description)
}

/// The units file most tests check tallies against.
let unitsCSV = """
  Tên đơn vị,Cơ quan chủ quản,Ký hiệu,Địa danh,Chức danh thủ trưởng,Thủ trưởng
  Ban Dân tộc,UBND tỉnh Khánh Hòa,BDT,Khánh Hòa,Trưởng Ban,Võ Nam Thắng
  Văn phòng Ban,Ban Dân tộc,VP,Khánh Hòa,Chánh Văn phòng,
  """

/// Skips a test that needs LibreOffice when it is missing, unless
/// VANBAN_REQUIRE_ORACLES=1 makes that a failure.
func requireLibreOffice() throws {
  guard !LibreOffice.isInstalled else { return }
  if ProcessInfo.processInfo.environment["VANBAN_REQUIRE_ORACLES"] == "1" {
    throw OracleMissing()
  }
  throw XCTSkip("LibreOffice (soffice) is not installed")
}

/// Thrown, failing the test, when an oracle is required but missing.
struct OracleMissing: Error, CustomStringConvertible {
  var description: String {
    "LibreOffice (soffice) is required (VANBAN_REQUIRE_ORACLES=1) but not installed: "
      + "apt-get install -y --no-install-recommends libreoffice-calc-nogui"
  }
}
