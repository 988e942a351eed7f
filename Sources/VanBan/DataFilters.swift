import OrderedCollections
import Tallies
import TemplateLanguage
import VietnameseText

/// Filters for picking and summing loaded rows in a template, each with a
/// Vietnamese and an English name:
///
/// - `chon` / `where`: the rows whose fields match every keyword —
///   `tallies.rows | chon(year=2021, award="GK", kind="cá nhân")`. Awards
///   match by the vocabulary (“GK” is Giấy khen), kinds and statuses by
///   their aliases (“cá nhân”, “đề nghị”), numbers by value, other text
///   ignoring case and tone placement; a list value matches any of its
///   items.
/// - `tong` / `total`: the sum of the rows' `count` (or of the attribute
///   named): `… | chon(year=2021) | tong`.
/// - `dem` / `counts`: the rows' counts by recipient kind, as the
///   aggregations give them (`tap_the`, `ca_nhan`, `ho_gia_dinh`, `total`,
///   `phrase` = “03 tập thể và 16 cá nhân”).
public enum DataFilters {
  /// `vocabulary` is read when a filter first runs, not when the table is
  /// made: building the standard one costs a cold render ~0.4 ms, and
  /// most templates never call these filters.
  public static func table(
    vocabulary: @autoclosure @escaping @Sendable () -> AwardVocabulary = .standard
  ) -> [String: Filter] {
    let select: Filter = { v, a throws(FilterFailure) in
      guard case .list(let items) = v else {
        throw FilterFailure("chon (where) needs a list of rows, not \(v.typeName)")
      }
      guard !a.keywords.isEmpty else {
        throw FilterFailure("chon (where) needs conditions: chon(year=2021, award=\"Giấy khen\")")
      }
      let vocabulary = vocabulary()
      let conditions = a.keywords.map { ($0.name, wanted($0.name, $0.value, vocabulary)) }
      return .list(
        items.filter { item in
          guard case .map(let m) = item else { return false }
          return conditions.allSatisfy { name, accepted in
            guard let field = m[name] else { return false }
            let key = comparable(field)
            return accepted.contains(key)
          }
        })
    }
    let total: Filter = { v, a throws(FilterFailure) in
      guard case .list(let items) = v else {
        throw FilterFailure("tong (total) needs a list of rows, not \(v.typeName)")
      }
      let attribute = a.string(0, "attribute", default: "count")
      var sum = 0
      var fraction = 0.0
      for item in items {
        guard case .map(let m) = item, let field = m[attribute] else {
          throw FilterFailure("a row has no “\(attribute)” to add up")
        }
        switch field {
        case .int(let i):
          // Past Int's range the sum goes on as a float, as `+` does.
          let (s, overflow) = sum.addingReportingOverflow(i)
          if overflow { fraction += Double(i) } else { sum = s }
        case .double(let d): fraction += d
        case .none: break
        default: throw FilterFailure("“\(attribute)” is \(field.typeName), not a number")
        }
      }
      return fraction == 0 ? .int(sum) : .double(Double(sum) + fraction)
    }
    let counts: Filter = { v, _ throws(FilterFailure) in
      guard case .list(let items) = v else {
        throw FilterFailure("dem (counts) needs a list of rows, not \(v.typeName)")
      }
      var c = RecipientCounts()
      for item in items {
        guard case .map(let m) = item, case .string(let k)? = m["kind"],
          let kind = RecipientKind(rawValue: k), case .int(let n)? = m["count"]
        else { throw FilterFailure("dem (counts) reads tally rows (with kind and count)") }
        let (s, overflow) = c[kind].addingReportingOverflow(n)
        guard !overflow else { throw FilterFailure("the counts are too large to add up") }
        c[kind] = s
      }
      return .map(DataContext.counts(c))
    }
    return [
      "chon": select, "where": select, "tong": total, "total": total, "dem": counts,
      "counts": counts,
    ]
  }

  /// The keys a condition accepts: a field is compared by `comparable`.
  private static func wanted(_ name: String, _ value: Value, _ vocabulary: AwardVocabulary) -> Set<
    String
  > {
    if case .list(let items) = value {
      return items.reduce(into: Set<String>()) { $0.formUnion(wanted(name, $1, vocabulary)) }
    }
    let text = value.printed
    switch name {
    case "award", "received", "proposed":
      if case .award(let award) = vocabulary.match(text) {
        return [comparable(.string(award.name))]
      }
    case "kind":
      if let kind = RecipientKind(cell: text) { return [kind.key] }
    case "status":
      if let status = TallyStatus(cell: text) { return [status.rawValue] }
    default: break
    }
    return [comparable(value)]
  }

  /// Numbers by value (2021 and "2021" alike), text by matching key.
  private static func comparable(_ value: Value) -> String {
    switch value {
    case .int(let i): return String(i)
    case .double(let d) where Int(exactly: d) != nil: return String(Int(d))
    case .string(let s):
      let t = s.trimmingWhitespace()
      if let i = Int(t) { return String(i) }
      return ToneNormalization.matchingKey(t)
    default: return value.printed
    }
  }
}

import FoundationEssentials
