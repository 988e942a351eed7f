import AwardRules
import Tallies
import VietnameseText
import XCTest

/// Builds nominee histories in the test body, one row per call.
struct History {
  var rows: [NomineeYear] = []
  var tallies: [Tally] = []
  var units: [Tallies.Unit] = []

  static func award(_ name: String) -> Award {
    guard case .award(let a) = AwardVocabulary.standard.match(name) else {
      preconditionFailure("no award \(name)")
    }
    return a
  }

  mutating func add(
    _ id: String, _ year: Int, name: String? = nil, kind: RecipientKind = .individual,
    unit: String = "Phòng Tổng hợp", rating: TaskRating? = .good, received: [String] = [],
    proposed: [String] = [], initiatives: Initiatives = Initiatives(),
    discipline: DisciplineLevel? = nil,
    pending: String? = nil, manager: Bool = false, sex: Sex? = nil
  ) {
    rows.append(
      NomineeYear(
        id: id, year: year, name: name ?? "Người \(id)", kind: kind, unit: unit, isManager: manager,
        sex: sex,
        rating: rating, received: received.map(Self.award), initiatives: initiatives,
        discipline: discipline,
        pendingCase: pending, proposed: proposed.map(Self.award),
        source: SourceLocation(file: "doi-tuong.csv", line: rows.count + 2)))
  }

  var dataset: Dataset { Dataset(units: units, tallies: tallies, nominees: rows) }

  func check(_ options: CheckOptions = CheckOptions()) throws -> CheckReport {
    try RuleEvaluator.builtIn().check(dataset, options: options)
  }
}

func date(_ text: String) -> CalendarDate {
  // Test dates are literals; a wrong one is a bug in the test.
  guard let d = try? CalendarDate(iso: text) else { preconditionFailure("bad date \(text)") }
  return d
}

extension CheckReport {
  func finding(_ id: String, _ award: String, file: StaticString = #filePath, line: UInt = #line)
    -> Finding?
  {
    let a = History.award(award)
    let f = findings.first { $0.nominee.id == id && $0.award == a }
    if f == nil { XCTFail("no finding for \(id) \(award)", file: file, line: line) }
    return f
  }
}
