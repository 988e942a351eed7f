import OrderedCollections
import Tallies
import TemplateLanguage
import VietnameseText

/// Turns loaded data and document metadata into the values templates read:
/// `tallies`, `nominees`, `units`, `unit`, `meta` and `findings` (shape in the README,
/// “Data in templates”).
public enum DataContext {
  /// The context of `dataset` and `metadata`. `unit` picks the issuing
  /// unit (batch generation passes each in turn); without it, the
  /// metadata's `issuer`, or the only unit of the units file.
  /// `findings` are the built-in rulesets' unless given.
  public static func make(
    _ dataset: Dataset, metadata: DocumentMetadata? = nil, unit unitName: String? = nil,
    findings: Value? = nil
  ) -> Value {
    var root = OrderedDictionary<String, Value>()
    let issuer =
      (unitName ?? metadata?.issuer).flatMap { dataset.unit(named: $0) }
      ?? (dataset.units.count == 1 ? dataset.units.first : nil)
    root["tallies"] = tallies(Aggregation(dataset.tallies))
    root["nominees"] = nominees(dataset)
    root["units"] = .list(dataset.units.map(unit))
    root["unit"] = issuer.map(unit) ?? Value.none
    if let metadata { root["meta"] = meta(metadata, unit: issuer) }
    root["findings"] = findings ?? FindingsContext.make(dataset, metadata: metadata)
    return .map(root)
  }

  // MARK: - Tallies

  static func tallies(_ a: Aggregation) -> Value {
    let rows = a.tallies.map(row)
    func summary(_ s: TallySummary, extra: OrderedDictionary<String, Value> = [:]) -> Value {
      var m = counts(s.counts)
      m["key"] = .string(s.key)
      m["name"] = .string(s.name)
      m["rows"] = .list(s.indices.map { rows[$0] })
      m["groups"] = .list(s.groups.map { group($0, rows) })
      for (k, v) in extra { m[k] = v }
      return .map(m)
    }
    func byKey(_ summaries: [TallySummary], _ key: (TallySummary) -> String) -> Value {
      .map(
        OrderedDictionary(summaries.map { (key($0), summary($0)) }, uniquingKeysWith: { a, _ in a })
      )
    }
    var years: [Value] = []
    var byYear = OrderedDictionary<String, Value>()
    for y in a.years {
      let inner = Aggregation(a.tallies(y.indices))
      var byStatus = OrderedDictionary<String, Value>()
      for s in inner.statuses { byStatus[s.key] = .map(counts(s.counts)) }
      var byAward = OrderedDictionary<String, Value>()
      for s in inner.awards { byAward[s.key] = .map(counts(s.counts)) }
      var byKind = OrderedDictionary<String, Value>()
      for s in inner.kinds { byKind[s.key] = .map(counts(s.counts)) }
      let v = summary(
        y,
        extra: [
          "year": .int(Int(y.key) ?? 0), "by_status": .map(byStatus), "by_award": .map(byAward),
          "by_kind": .map(byKind),
        ])
      years.append(v)
      byYear[y.key] = v
    }
    var m = OrderedDictionary<String, Value>()
    m["rows"] = .list(rows)
    m["total"] = .map(counts(a.total))
    m["years"] = .list(years)
    m["by_year"] = .map(byYear)
    m["groups"] = .list(a.groups.map { group($0, rows) })
    m["units"] = .list(a.units.map { summary($0) })
    m["by_unit"] = byKey(a.units, \.name)
    m["awards"] = .list(a.awards.map { summary($0) })
    m["by_award"] = byKey(a.awards, \.key)
    m["kinds"] = .list(a.kinds.map { summary($0) })
    m["by_kind"] = byKey(a.kinds, \.key)
    m["statuses"] = .list(a.statuses.map { summary($0) })
    m["by_status"] = byKey(a.statuses, \.key)
    return .map(m)
  }

  static func counts(_ c: RecipientCounts) -> OrderedDictionary<String, Value> {
    [
      "tap_the": .int(c.collective), "ca_nhan": .int(c.individual),
      "ho_gia_dinh": .int(c.household), "total": .int(c.total), "phrase": .string(c.phrase),
    ]
  }

  static func awardFields(_ award: Award, into m: inout OrderedDictionary<String, Value>) {
    m["award"] = .string(award.name)
    m["award_short"] = .string(award.shortName)
    m["award_abbreviation"] = .string(award.abbreviation)
    m["award_category"] = .string(award.category.rawValue)
    m["award_level"] = .string(award.level.rawValue)
  }

  static func row(_ t: Tally) -> Value {
    var m = OrderedDictionary<String, Value>()
    m["year"] = .int(t.year)
    m["unit"] = .string(t.unit)
    awardFields(t.award, into: &m)
    m["kind"] = .string(t.kind.key)
    m["kind_name"] = .string(t.kind.name)
    m["count"] = .int(t.count)
    m["authority"] = .string(t.authority)
    m["status"] = .string(t.status.rawValue)
    m["status_name"] = .string(t.status.name)
    m["status_text"] = .string(t.statusText)
    m["movement"] = optional(t.movement)
    m["occasion"] = optional(t.occasion)
    m["achievement"] = optional(t.achievement)
    m["note"] = optional(t.note)
    m["source"] = .string(t.source.description)
    return .map(m)
  }

  static func group(_ g: TallyGroup, _ rows: [Value]) -> Value {
    var m = counts(g.counts)
    m["year"] = .int(g.year)
    m["authority"] = .string(g.authority)
    awardFields(g.award, into: &m)
    m["status"] = .string(g.status.rawValue)
    m["status_name"] = .string(g.status.name)
    m["status_text"] = .string(g.statusText)
    m["movement"] = optional(g.movement)
    m["occasion"] = optional(g.occasion)
    m["achievement"] = optional(g.achievement)
    m["units"] = .list(g.units.map(Value.string))
    m["unit"] = g.units.first.map(Value.string) ?? Value.none
    m["rows"] = .list(g.indices.map { rows[$0] })
    return .map(m)
  }

  // MARK: - Nominees

  static func nominees(_ dataset: Dataset) -> Value {
    let rows = dataset.nominees.map { nominee($0, dataset) }
    var byID = OrderedDictionary<String, Value>()
    var byYear = OrderedDictionary<String, [Value]>()
    var history = OrderedDictionary<String, [Value]>()
    // Each id's first row, kept while grouping: searching the rows for it
    // made a history of thousands of nominees quadratic.
    var firstRow: [String: NomineeYear] = [:]
    for (n, v) in zip(dataset.nominees, rows) {
      history[n.id, default: []].append(v)
      byYear[String(n.year), default: []].append(v)
      if firstRow[n.id] == nil { firstRow[n.id] = n }
    }
    for (id, years) in history {
      guard let first = firstRow[id] else { continue }
      byID[id] = [
        "id": .string(id), "name": .string(first.name), "kind": .string(first.kind.key),
        "years": .list(years),
      ]
    }
    let sortedYears = byYear.keys.sorted()
    return [
      "rows": .list(rows), "by_id": .map(byID),
      "by_year": .map(
        OrderedDictionary(uniqueKeysWithValues: sortedYears.map { ($0, .list(byYear[$0] ?? [])) })),
    ]
  }

  static func nominee(_ n: NomineeYear, _ dataset: Dataset) -> Value {
    var m = OrderedDictionary<String, Value>()
    m["id"] = .string(n.id)
    m["year"] = .int(n.year)
    m["name"] = .string(n.name)
    m["kind"] = .string(n.kind.key)
    m["kind_name"] = .string(n.kind.name)
    m["unit"] = .string(n.unit)
    m["position"] = optional(n.position)
    m["manager"] = .bool(n.isManager)
    m["sex"] = n.sex.map { .string($0.rawValue) } ?? Value.none
    m["sex_name"] = n.sex.map { .string($0.name) } ?? Value.none
    m["rating"] = n.rating.map { .string($0.abbreviation) } ?? Value.none
    m["rating_name"] = n.rating.map { .string($0.name) } ?? Value.none
    m["received"] = .list(n.received.map { .string($0.name) })
    m["received_text"] = .string(n.received.map(\.abbreviation).joined(separator: ", "))
    m["initiatives"] = [
      "co_so": .int(n.initiatives.unit), "tinh": .int(n.initiatives.province),
      "toan_quoc": .int(n.initiatives.national), "total": .int(n.initiatives.total),
    ]
    m["discipline"] = n.discipline.map { .string($0.rawValue) } ?? Value.none
    m["discipline_name"] = n.discipline.map { .string($0.name) } ?? Value.none
    m["pending"] = optional(n.pendingCase)
    m["proposed"] = .list(n.proposed.map { .string($0.name) })
    m["proposed_text"] = .string(n.proposed.map(\.abbreviation).joined(separator: ", "))
    m["note"] = optional(n.note)
    m["source"] = .string(n.source.description)
    if n.kind == .collective {
      let c = dataset.composition(of: n)
      var holding = OrderedDictionary<String, Value>()
      for award in dataset.vocabulary.awards where (c.holding[award.name] ?? 0) > 0 {
        holding[award.name] = .int(c.holding[award.name] ?? 0)
      }
      m["members"] = [
        "count": .int(c.members), "completed": .int(c.completed), "rated": .int(c.rated),
        "completed_share": .double(c.completedShare), "disciplined": .int(c.disciplined),
        "holding": .map(holding),
      ]
    }
    return .map(m)
  }

  // MARK: - Units and metadata

  static func unit(_ u: Tallies.Unit) -> Value {
    [
      "name": .string(u.name), "governing_body": optional(u.governingBody),
      "symbol": .string(u.symbol), "place": .string(u.place), "head_title": optional(u.headTitle),
      "head_name": optional(u.headName),
    ]
  }

  static func meta(_ m: DocumentMetadata, unit: Tallies.Unit?) -> Value {
    var v = OrderedDictionary<String, Value>()
    v["number"] = m.number.map(Value.int) ?? Value.none
    var symbol = m.symbol
    if symbol == nil, let type = m.type, let issuerSymbol = unit?.symbol {
      symbol = try? DocumentNumber(
        number: m.number, type: type, issuer: issuerSymbol, unit: m.draftingUnit
      ).symbol
    }
    v["symbol"] = symbol.map(Value.string) ?? Value.none
    if let symbol, let number = try? DocumentNumber(number: m.number, symbol: symbol) {
      v["number_symbol"] = .string(number.numberAndSymbol())
      v["number_line"] = .string(number.line())
    } else {
      v["number_symbol"] = Value.none
      v["number_line"] = Value.none
    }
    let place = m.place ?? unit?.place
    v["place"] = place.map(Value.string) ?? Value.none
    v["governing_body"] = (m.governingBody ?? unit?.governingBody).map(Value.string) ?? Value.none
    if let d = m.date {
      v["date"] = d.calendarDate.map { .string($0.iso) } ?? Value.none
      v["year"] = .int(d.year)
      v["month"] = d.month.map(Value.int) ?? Value.none
      v["day"] = d.day.map(Value.int) ?? Value.none
      let long = (try? AdministrativeDate.long(year: d.year, month: d.month, day: d.day)) ?? ""
      v["date_text"] = .string(long)
      v["place_date"] = place.map { .string($0 + ", " + long) } ?? Value.none
    } else {
      for k in ["date", "year", "month", "day", "date_text", "place_date"] { v[k] = Value.none }
    }
    v["type"] = m.type.map { .string($0.name) } ?? Value.none
    v["type_abbreviation"] = m.type.flatMap(\.abbreviation).map(Value.string) ?? Value.none
    v["summary"] = optional(m.summary)
    v["to"] = .list(m.to.map(Value.string))
    v["recipients"] = .list(m.recipients.flatMap(\.items).map(Value.string))
    v["recipient_groups"] = .list(
      m.recipients.map {
        ["heading": optional($0.heading), "items": .list($0.items.map(Value.string))]
      })
    v["signer"] =
      m.signer.map { s in
        [
          "prefix": optional(s.prefix), "body": optional(s.body), "title": optional(s.title),
          "name": optional(s.name),
        ]
      } ?? Value.none
    v["references"] = .list(
      m.references.map { r in
        [
          "type": .string(r.type), "number": optional(r.number),
          "date": r.date.map { .string($0.iso) } ?? Value.none, "issuer": optional(r.issuer),
          "summary": optional(r.summary), "citation": .string(r.citation),
        ]
      })
    v["deadlines"] = .list(
      m.deadlines.map { d in
        [
          "task": .string(d.task), "date": .string(d.date.iso),
          "date_short": .string(AdministrativeDate.short(d.date, padding: .full)),
          "date_text": .string(AdministrativeDate.long(d.date)),
        ]
      })
    v["period"] =
      m.period.map { p in
        [
          "from": .int(p.lowerBound), "to": .int(p.upperBound),
          "text": .string("\(p.lowerBound)-\(p.upperBound)"),
        ]
      } ?? Value.none
    v["extra"] = .map(
      OrderedDictionary(
        m.extra.entries.map { ($0.key, value($0.value)) }, uniquingKeysWith: { a, _ in a }))
    return .map(v)
  }

  static func value(_ m: ConfigValue) -> Value {
    switch m {
    case .string(let s): .string(s)
    case .int(let i): .int(i)
    case .double(let d): .double(d)
    case .bool(let b): .bool(b)
    case .date(let d): .string(d.iso)
    case .list(let l): .list(l.map(value))
    case .table(let t):
      .map(
        OrderedDictionary(
          t.entries.map { ($0.key, value($0.value)) }, uniquingKeysWith: { a, _ in a }))
    }
  }

  static func optional(_ s: String?) -> Value { s.map(Value.string) ?? Value.none }
}
