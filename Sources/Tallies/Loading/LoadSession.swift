import VietnameseText

/// The state of one load: what has been read so far, shared by the
/// loaders so that checks can cross files (a duplicate row in another
/// file, a nominee whose name changed from last year's file).
final class LoadSession {
  let options: LoadOptions
  var texts = TextTable()

  var units: [Unit] = []
  /// Units by the key of their name.
  var unitsByKey: [String: Unit] = [:]
  /// Keys of every name a row may give as its unit: units, their governing
  /// bodies, and (for nominees) collectives.
  var knownUnitKeys: Set<String> = []

  var tallies: [Tally] = []
  var tallyKeys: [TallyKey: SourceLocation] = [:]
  var awardMatches: [AwardCacheKey: AwardVocabulary.Match] = [:]

  var nominees: [NomineeYear] = []

  /// The encoding advice of each file, worked out on its first bad cell.
  private var advice: [String: (what: String, fix: String, viWhat: String, viFix: String)] = [:]

  init(options: LoadOptions) {
    self.options = options
  }

  var vocabulary: AwardVocabulary { options.vocabulary }

  /// Whether `year` is acceptable, or the error text and fix.
  func checkYear(_ year: Int) -> (String, String, String, String)? {
    if let period = options.period {
      if !period.contains(year) {
        return (
          "the year \(year) is outside the plan period \(period.lowerBound)–\(period.upperBound)",
          "correct the year, or widen the period (--period, or period in the metadata)",
          "năm \(year) nằm ngoài giai đoạn kế hoạch \(period.lowerBound)–\(period.upperBound)",
          "sửa lại năm, hoặc mở rộng giai đoạn (--period, hoặc period trong tệp thông tin văn bản)"
        )
      }
    } else if !(1945...2100).contains(year) {
      return (
        "the year \(year) is not plausible", "write the four-digit year, e.g. 2023",
        "năm \(year) không hợp lý", "ghi năm bằng bốn chữ số, ví dụ 2023"
      )
    }
    return nil
  }

  /// The message and fix for an award cell that matched nothing.
  func awardProblem(_ cell: String, _ match: AwardVocabulary.Match)
    -> (String, String, String, String)?
  {
    switch match {
    case .award: return nil
    case .ambiguous(let candidates):
      return (
        "“\(cell)” could be " + candidates.map { "“\($0.name)”" }.joined(separator: " or "),
        "write the full name, or say who decides in the authority column",
        "“\(cell)” có thể là " + candidates.map { "“\($0.name)”" }.joined(separator: " hoặc "),
        "ghi đầy đủ tên, hoặc ghi cấp quyết định ở cột thẩm quyền"
      )
    case .unknown(let closest):
      let hint =
        closest.isEmpty
        ? "use a name from the award vocabulary (README), e.g. Giấy khen, Bằng khen của Chủ tịch "
          + "UBND tỉnh, LĐTT, CSTĐCS"
        : "did you mean " + closest.map { "“\($0)”" }.joined(separator: ", ") + "?"
      let viHint =
        closest.isEmpty
        ? "dùng một tên trong danh mục hình thức khen thưởng (README), ví dụ Giấy khen, Bằng khen "
          + "của Chủ tịch UBND tỉnh, LĐTT, CSTĐCS"
        : "có phải là " + closest.map { "“\($0)”" }.joined(separator: ", ") + "?"
      return (
        "unknown award “\(cell)”", hint, "không có hình thức khen thưởng nào tên “\(cell)”", viHint
      )
    }
  }

  /// The error for a cell whose bytes are not UTF-8 (found past the start
  /// of the file, which `CSVSource` checks whole).
  func notUTF8(_ file: PreparedFile, line: Int, column: Int) -> DataDiagnostic {
    let (what, fix, viWhat, viFix) =
      advice[file.name]
      ?? {
        let a = CSVSource.advice(file.source.utf8[...])
        advice[file.name] = a
        return a
      }()
    return DataDiagnostic(
      file: file.name, line: line, column: column,
      message: "the cell is not UTF-8 text and no --encoding was given; \(what)", fix: fix,
      vietnamese: "ô này không phải chữ UTF-8 và chưa chọn --encoding; \(viWhat)",
      vietnameseFix: viFix)
  }

  /// “did you mean” for a unit name, from the known units.
  func closestUnits(to name: String) -> (english: String, vietnamese: String) {
    let names = units.map(\.name) + units.compactMap(\.governingBody)
    let close = VocabularyKey.closest(to: name, among: names)
    if close.isEmpty {
      let known = names.prefix(6).joined(separator: ", ") + (names.count > 6 ? ", …" : "")
      return (
        "add it to the units file, or correct the name (known: \(known))",
        "thêm đơn vị này vào tệp danh sách đơn vị, hoặc sửa lại tên (đã có: \(known))"
      )
    }
    let quoted = close.map { "“\($0)”" }.joined(separator: ", ")
    return (
      "did you mean \(quoted)? (or add it to the units file)",
      "có phải là \(quoted)? (hoặc thêm đơn vị này vào tệp danh sách đơn vị)"
    )
  }
}

/// What makes two tally rows the same row. Hashed by one precomputed mix
/// of its fields: a million keys hashed field by field cost a tenth of the
/// load.
struct TallyKey: Hashable {
  var year: Int
  var unit: Int
  var award: Int
  var kind: RecipientKind
  var authority: Int
  var status: TallyStatus
  var movement: Int
  var occasion: Int
  var achievement: Int

  var mix: UInt64 {
    @inline(__always) func step(_ h: UInt64, _ v: Int) -> UInt64 {
      let x = (h ^ UInt64(bitPattern: Int64(v))) &* 0xBF58_476D_1CE4_E5B9
      return x ^ (x >> 31)
    }
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15
    h = step(h, year)
    h = step(h, unit)
    h = step(h, award)
    h = step(h, kind == .collective ? 0 : kind == .individual ? 1 : 2)
    h = step(h, authority)
    h = step(h, status == .awarded ? 0 : status == .proposed ? 1 : 2)
    h = step(h, movement)
    h = step(h, occasion)
    return step(h, achievement)
  }

  func hash(into hasher: inout Hasher) { hasher.combine(mix) }
}

struct AwardCacheKey: Hashable {
  var award: Int
  var authority: Int
}
