import VietnameseText

/// Everything loaded: the records that passed, and a report per file of
/// what was read, used and rejected.
public struct Dataset: Sendable {
  public var units: [Unit]
  public var tallies: [Tally]
  public var nominees: [NomineeYear]
  public var reports: [LoadReport]
  public var vocabulary: AwardVocabulary

  public init(
    units: [Unit] = [], tallies: [Tally] = [], nominees: [NomineeYear] = [],
    reports: [LoadReport] = [], vocabulary: AwardVocabulary = .standard
  ) {
    self.units = units
    self.tallies = tallies
    self.nominees = nominees
    self.reports = reports
    self.vocabulary = vocabulary
  }

  /// Whether any file had an error (a rejected row or an unreadable file).
  public var hasErrors: Bool { reports.contains(where: \.hasErrors) }

  /// Every diagnostic, file by file.
  public var diagnostics: [DataDiagnostic] { reports.flatMap(\.diagnostics) }

  public var rowsRead: Int { reports.reduce(0) { $0 + $1.rowsRead } }
  public var rowsRejected: Int { reports.reduce(0) { $0 + $1.rowsRejected } }

  /// The unit with this name (tone placement, case and spacing ignored).
  public func unit(named name: String) -> Unit? {
    let key = ToneNormalization.matchingKey(name)
    return units.first { ToneNormalization.matchingKey($0.name) == key }
  }

  /// The rows of a nominee, by year.
  public func history(of id: String) -> [NomineeYear] {
    nominees.filter { $0.id == id }.sorted { $0.year < $1.year }
  }

  /// The members of a collective in its year: the individuals of that year
  /// whose unit is the collective's name.
  public func members(of collective: NomineeYear) -> [NomineeYear] {
    let key = ToneNormalization.matchingKey(collective.name)
    return nominees.filter {
      $0.year == collective.year && $0.kind == .individual
        && ToneNormalization.matchingKey($0.unit) == key
    }
  }

  /// A collective's composition in its year, from its members' rows.
  public func composition(of collective: NomineeYear) -> CollectiveComposition {
    var result = CollectiveComposition()
    for member in members(of: collective) {
      result.members += 1
      if let rating = member.rating {
        result.rated += 1
        if rating.isComplete { result.completed += 1 }
      }
      for award in Set(member.received) { result.holding[award.name, default: 0] += 1 }
      if member.discipline != nil { result.disciplined += 1 }
    }
    return result
  }

  /// The tallies grouped and summed for templates and summaries.
  public var aggregation: Aggregation { Aggregation(tallies) }
}
