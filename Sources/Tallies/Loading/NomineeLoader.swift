import VietnameseText

/// Reads nominee history files: one row per person or collective per year.
extension LoadSession {
  /// Initiatives of one level in one year, at most: far above any real
  /// record, and low enough to track each one.
  static let mostInitiatives = 1_000

  /// A nominee row read but not yet checked against the units, which are
  /// known only when every nominee file has been read (a collective is a
  /// unit its members may name).
  struct PendingNominee {
    var nominee: NomineeYear
    var unitColumn: Int
    var reportIndex: Int
  }

  /// What the first row of an id said, to catch a name changing later.
  struct NomineeIdentity {
    var nameKey: String
    var name: String
    var kind: RecipientKind
    var source: SourceLocation
  }

  func loadNominees(
    _ file: PreparedFile, _ report: inout LoadReport, reportIndex: Int,
    identities: inout [String: NomineeIdentity], seen: inout [String: SourceLocation],
    pending: inout [PendingNominee]
  ) {
    let c = file.match.index
    let read = file.forEachDataRow { row in
      var errors: [DataDiagnostic] = []
      var bad: [Int] = []  // Cells already reported as not UTF-8.
      func fail(
        _ name: String?, _ message: String, _ fix: String, _ vietnamese: String,
        _ vietnameseFix: String
      ) {
        if let index = name.flatMap({ c[$0] }), bad.contains(index) { return }
        errors.append(
          DataDiagnostic(
            file: file.name, line: row.line, column: name.flatMap { c[$0] }.map { $0 + 1 },
            message: message, fix: fix, vietnamese: vietnamese, vietnameseFix: vietnameseFix))
      }
      func text(_ name: String) -> String? {
        guard let index = c[name] else { return nil }
        let id = texts.id(row, index)
        if texts.isInvalid(id) {
          if !bad.contains(index) {
            errors.append(notUTF8(file, line: row.line, column: index + 1))
          }
          bad.append(index)
          return nil
        }
        return texts.text(id)
      }
      func raw(_ name: String) -> String { c[name].map { row.string($0) } ?? "" }
      func number(_ name: String, _ what: String, _ viWhat: String) -> Int {
        guard let index = c[name] else { return 0 }
        switch row.withCellBytes(index, CellText.count) {
        // Each initiative is tracked one by one (which proposal used it),
        // so a count no nominee has in a year is refused, not enumerated.
        case .value(let v) where v > Self.mostInitiatives:
          fail(
            name, "\(what) “\(row.string(index))” is more than anyone has in a year",
            "write at most \(Self.mostInitiatives); check the cell",
            "\(viWhat) “\(row.string(index))” nhiều hơn số một người có trong một năm",
            "ghi tối đa \(Self.mostInitiatives); kiểm tra lại ô")
          return 0
        case .value(let v): return v
        case .empty: return 0
        default:
          fail(
            name, "\(what) “\(row.string(index))” is not a count",
            "write a whole number, 0 if none",
            "\(viWhat) “\(row.string(index))” không phải là số", "ghi số nguyên, ghi 0 nếu không có"
          )
          return 0
        }
      }
      func awards(_ name: String) -> [Award] {
        var out: [Award] = []
        for item in CellText.listItems(raw(name)) {
          if case .award(let a) = vocabulary.match(item) {
            out.append(a)
            continue
          }
          // “Biểu dương, tôn vinh” has a comma; “LĐTT, CSTĐCS” is two.
          let parts = item.split(separator: ",").compactMap { CellText.clean(String($0)) }
          let matched = parts.compactMap { part -> Award? in
            if case .award(let a) = vocabulary.match(part) { return a }
            return nil
          }
          if parts.count > 1 && matched.count == parts.count {
            out += matched
          } else if let (message, fix, vi, viFix) = awardProblem(item, vocabulary.match(item)) {
            fail(name, message, fix, vi, viFix)
          }
        }
        return out
      }
      if row.hasUnterminatedQuote {
        fail(
          nil, "a quote (\") opened in this row is never closed", "close the quote",
          "dấu ngoặc kép (\") mở ở dòng này không được đóng", "đóng dấu ngoặc kép")
      }

      let id = text("ma")
      if id == nil {
        fail(
          "ma", "the id is empty", "give every nominee a stable id, e.g. CN001",
          "chưa ghi mã", "đặt cho mỗi người hoặc tập thể một mã cố định, ví dụ CN001")
      }
      let name = text("ho_ten")
      if name == nil {
        fail(
          "ho_ten", "the name is empty", "write the person's or collective's name",
          "chưa ghi họ tên", "ghi họ tên cá nhân hoặc tên tập thể")
      }
      var year = 0
      if let index = c["nam"] {
        switch row.withCellBytes(index, CellText.count) {
        case .value(let v):
          year = v
          if let (message, fix, vi, viFix) = checkYear(v) { fail("nam", message, fix, vi, viFix) }
        case .empty:
          fail(
            "nam", "the year is empty", "write the year, e.g. 2023", "chưa ghi năm",
            "ghi năm, ví dụ 2023")
        default:
          fail(
            "nam", "the year “\(raw("nam"))” is not a year", "write four digits, e.g. 2023",
            "năm “\(raw("nam"))” không phải là năm", "ghi bằng bốn chữ số, ví dụ 2023")
        }
      }
      /// The cell of `column` read by `parse`; a cell it cannot read is
      /// reported with `problem`'s words (English and Vietnamese message
      /// and fix), an empty one with `empty`'s if it must not be empty;
      /// both give nil.
      func read<T>(
        _ column: String, _ parse: (String) -> T?,
        empty: (String, String, String, String)? = nil,
        problem: (String) -> (String, String, String, String)
      ) -> T? {
        guard let cell = text(column) else {
          if let (message, fix, vi, viFix) = empty { fail(column, message, fix, vi, viFix) }
          return nil
        }
        if let value = parse(cell) { return value }
        let (message, fix, vi, viFix) = problem(cell)
        fail(column, message, fix, vi, viFix)
        return nil
      }
      let kind = read(
        "doi_tuong", RecipientKind.init(cell:),
        empty: (
          "the kind is empty", "write \(RecipientKind.cellExamples)", "chưa ghi đối tượng",
          "ghi \(RecipientKind.vietnameseCellExamples)"
        )
      ) {
        (
          "unknown kind “\($0)”", "write \(RecipientKind.cellExamples)",
          "không có đối tượng nào tên “\($0)”", "ghi \(RecipientKind.vietnameseCellExamples)"
        )
      }
      let unit = text("don_vi")
      if unit == nil {
        fail(
          "don_vi", "the unit is empty", "write the unit the nominee belongs to",
          "chưa ghi đơn vị", "ghi đơn vị của cá nhân hoặc tập thể")
      }
      let isManager =
        read("quan_ly", CellText.flag) {
          (
            "“\($0)” is not yes or no", "write x or có for a managing post, leave empty otherwise",
            "“\($0)” không phải là có hoặc không",
            "ghi x hoặc có nếu giữ chức vụ quản lý, để trống nếu không"
          )
        } ?? false
      let sex = read("gioi_tinh", Sex.init(cell:)) {
        (
          "unknown sex “\($0)”", "write Nam or Nữ", "giới tính “\($0)” không hợp lệ",
          "ghi Nam hoặc Nữ"
        )
      }
      let rating = read("xep_loai", TaskRating.init(cell:)) {
        (
          "unknown task rating “\($0)”", "write HTXSNV, HTTNV, HTNV or KHTNV",
          "không có mức xếp loại nào tên “\($0)”", "ghi HTXSNV, HTTNV, HTNV hoặc KHTNV"
        )
      }
      // A cell saying “không” means no discipline, not an unknown one.
      let noDiscipline = text("ky_luat").map(CellText.meansNone) ?? true
      let discipline =
        noDiscipline
        ? nil
        : read("ky_luat", DisciplineLevel.init(cell:)) {
          (
            "unknown discipline “\($0)”",
            "write khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức or buộc thôi việc; "
              + "leave empty for none",
            "không có hình thức kỷ luật nào tên “\($0)”",
            "ghi khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức hoặc buộc thôi việc; "
              + "để trống nếu không bị kỷ luật"
          )
        }
      let pendingCase = text("dang_xem_xet").flatMap { CellText.meansNone($0) ? nil : $0 }
      let initiatives = Initiatives(
        unit: number("sang_kien_co_so", "the number of initiatives", "số sáng kiến"),
        province: number("sang_kien_cap_tinh", "the number of initiatives", "số sáng kiến"),
        national: number("sang_kien_toan_quoc", "the number of initiatives", "số sáng kiến"))
      let received = awards("danh_hieu")
      let proposed = awards("de_nghi")
      if let kind {
        for award in received + proposed where !award.recipients.contains(kind) {
          fail(
            received.contains(award) ? "danh_hieu" : "de_nghi",
            "\(award.name) is not given to a \(kind.name)", "check the kind or the award",
            "\(award.name) không dùng để khen \(kind.name)",
            "kiểm tra lại đối tượng hoặc hình thức khen thưởng")
        }
      }
      checkExtraCells(row, file, &errors)

      let location = SourceLocation(file: file.name, line: row.line)
      if errors.isEmpty, let id, let name, let kind {
        let key = ToneNormalization.matchingKey(name)
        if let identity = identities[id] {
          if identity.nameKey != key {
            fail(
              "ho_ten",
              "the id \(id) is “\(identity.name)” on \(identity.source) but “\(name)” here",
              "an id names one nominee in every year: correct the name, or give a new id",
              "mã \(id) là “\(identity.name)” ở \(identity.source) nhưng ở đây lại là “\(name)”",
              "mỗi mã chỉ dùng cho một người hoặc tập thể qua các năm: sửa lại tên, hoặc đặt mã mới"
            )
          } else if identity.kind != kind {
            fail(
              "doi_tuong",
              "the id \(id) is a \(identity.kind.name) on \(identity.source) but a \(kind.name) here",
              "correct the kind, or give a new id",
              "mã \(id) là \(identity.kind.name) ở \(identity.source) nhưng ở đây lại là \(kind.name)",
              "sửa lại đối tượng, hoặc đặt mã mới")
          }
        } else {
          identities[id] = NomineeIdentity(nameKey: key, name: name, kind: kind, source: location)
        }
        let yearKey = id + "\u{0}" + String(year)
        if errors.isEmpty {
          if let first = seen[yearKey] {
            fail(
              "ma", "\(id) already has a row for \(year) on \(first)",
              "keep one row per nominee per year",
              "mã \(id) đã có một dòng cho năm \(year) ở \(first)",
              "mỗi người hoặc tập thể chỉ ghi một dòng cho mỗi năm")
          } else {
            seen[yearKey] = location
          }
        }
      }
      guard errors.isEmpty, let id, let name, let kind, let unit else {
        report.diagnostics += errors
        return
      }
      if kind == .collective { knownUnitKeys.insert(ToneNormalization.matchingKey(name)) }
      let nominee = NomineeYear(
        id: id, year: year, name: name, kind: kind, unit: unit, position: text("chuc_vu"),
        isManager: isManager, sex: sex, rating: rating, received: received,
        initiatives: initiatives, discipline: discipline, pendingCase: pendingCase,
        proposed: proposed, note: text("ghi_chu"), source: location)
      pending.append(
        PendingNominee(
          nominee: nominee, unitColumn: (c["don_vi"] ?? 0) + 1, reportIndex: reportIndex))
      report.rowsUsed += 1
    }
    report.rowsRead += read
  }

  /// Checks the units of the nominees read, once every file is read:
  /// a nominee's unit must be a unit, a governing body or a collective
  /// nominee. Without units or collectives there is nothing to check
  /// against. Returns the rejected rows' diagnostics by report index.
  func finishNominees(_ pending: [PendingNominee]) -> [(Int, DataDiagnostic)] {
    let check = !knownUnitKeys.isEmpty
    var rejected: [(Int, DataDiagnostic)] = []
    let collectiveNames = pending.filter { $0.nominee.kind == .collective }.map(\.nominee.name)
    for item in pending {
      let n = item.nominee
      if check && !knownUnitKeys.contains(ToneNormalization.matchingKey(n.unit)) {
        let candidates = units.map(\.name) + units.compactMap(\.governingBody) + collectiveNames
        let close = VocabularyKey.closest(to: n.unit, among: candidates)
        rejected.append(
          (
            item.reportIndex,
            DataDiagnostic(
              file: n.source.file, line: n.source.line, column: item.unitColumn,
              message: "\(n.name) (\(n.id)) belongs to “\(n.unit)”, which is not a known unit",
              fix: close.isEmpty
                ? "add the unit to the units file, or a row for the collective, or correct the name"
                : "did you mean " + close.map { "“\($0)”" }.joined(separator: ", ") + "?",
              vietnamese:
                "\(n.name) (\(n.id)) thuộc “\(n.unit)”, nhưng đơn vị này không có trong danh sách",
              vietnameseFix: close.isEmpty
                ? "thêm đơn vị vào tệp danh sách đơn vị, hoặc thêm một dòng cho tập thể, hoặc sửa lại tên"
                : "có phải là " + close.map { "“\($0)”" }.joined(separator: ", ") + "?")
          ))
      } else {
        nominees.append(n)
      }
    }
    return rejected
  }
}
