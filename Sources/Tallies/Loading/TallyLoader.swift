import VietnameseText

/// Reads tally files: one row per count of awards.
extension LoadSession {
  /// The authority of an award decided by the unit's head, when neither the
  /// row nor the units file names the head's title.
  static let headOfUnit = "Thủ trưởng đơn vị"

  func loadTallies(_ file: PreparedFile, _ report: inout LoadReport) {
    let c = file.match.index
    // Required columns are present: the header matched them.
    let iYear = c["nam"] ?? 0
    let iUnit = c["don_vi"] ?? 0
    let iAward = c["hinh_thuc"] ?? 0
    let iKind = c["doi_tuong"] ?? 0
    let iCount = c["so_luong"] ?? 0
    let iAuthority = c["tham_quyen"]
    let iStatus = c["trang_thai"]
    let iMovement = c["phong_trao"]
    let iOccasion = c["dip"]
    let iAchievement = c["thanh_tich"]
    let iNote = c["ghi_chu"]
    let checkUnits = !units.isEmpty
    // Caches by text id (ids are dense): a million rows name a few
    // hundred texts.
    var kindCache = DenseCache<RecipientKind?>()
    var statusCache = DenseCache<TallyStatus?>()
    var unitKnown = DenseCache<Bool>()
    var awardByText = DenseCache<AwardVocabulary.Match>()
    // The hot state in locals: a class's stored properties pay a dynamic
    // exclusivity check on every access, a local captured by the row
    // closure does not.
    var texts = self.texts
    var tallies = self.tallies
    var tallyKeys = self.tallyKeys
    var awardMatches = self.awardMatches
    self.texts = TextTable()
    self.tallies = []
    self.tallyKeys = [:]
    defer {
      self.texts = texts
      self.tallies = tallies
      self.tallyKeys = tallyKeys
      self.awardMatches = awardMatches
    }
    tallies.reserveCapacity(tallies.count + file.source.utf8.count / 100)
    tallyKeys.reserveCapacity(tallyKeys.count + file.source.utf8.count / 100)
    var defaultAuthorityKeys: [String: Int] = [:]

    let read = file.forEachDataRow { row in
      var errors: [DataDiagnostic] = []
      var bad: [Int] = []  // Cells already reported as not UTF-8.
      func fail(
        _ index: Int?, _ message: String, _ fix: String, _ vietnamese: String,
        _ vietnameseFix: String
      ) {
        if let index, bad.contains(index) { return }
        errors.append(
          DataDiagnostic(
            file: file.name, line: row.line, column: index.map { $0 + 1 }, message: message,
            fix: fix, vietnamese: vietnamese, vietnameseFix: vietnameseFix))
      }
      func textID(_ index: Int?) -> Int? {
        guard let index else { return nil }
        let id = texts.id(row, index)
        if texts.isInvalid(id) {
          if !bad.contains(index) {
            errors.append(notUTF8(file, line: row.line, column: index + 1))
          }
          bad.append(index)
          return nil
        }
        return texts.text(id) == nil ? nil : id
      }
      if row.hasUnterminatedQuote {
        fail(
          nil,
          "a quote (\") opened in this row is never closed, so the rest of the file is one cell",
          "close the quote, or double a quote that is part of the text (\"\")",
          "dấu ngoặc kép (\") mở ở dòng này không được đóng, nên cả phần còn lại của tệp thành một ô",
          "đóng dấu ngoặc kép, hoặc gõ hai lần (\"\") nếu dấu ngoặc kép là một phần của chữ")
      }

      // Year.
      var year = 0
      switch row.withCellBytes(iYear, CellText.count) {
      case .value(let v):
        year = v
        if let (message, fix, vi, viFix) = checkYear(v) { fail(iYear, message, fix, vi, viFix) }
      case .empty:
        fail(
          iYear, "the year (“\(file.header(iYear))”) is empty", "write the year, e.g. 2023",
          "chưa ghi năm (cột “\(file.header(iYear))”)", "ghi năm, ví dụ 2023")
      default:
        fail(
          iYear, "the year “\(row.string(iYear))” is not a year", "write four digits, e.g. 2023",
          "năm “\(row.string(iYear))” không phải là năm", "ghi bằng bốn chữ số, ví dụ 2023")
      }

      // Count.
      var count = 0
      switch row.withCellBytes(iCount, CellText.count) {
      case .value(let v): count = v
      case .empty:
        fail(
          iCount, "the count (“\(file.header(iCount))”) is empty", "write the number, 0 if none",
          "chưa ghi số lượng (cột “\(file.header(iCount))”)", "ghi số lượng, ghi 0 nếu không có")
      case .negative:
        fail(
          iCount, "the count “\(row.string(iCount))” is negative", "a count is 0 or more",
          "số lượng “\(row.string(iCount))” là số âm", "số lượng phải từ 0 trở lên")
      case .fraction:
        fail(
          iCount, "the count “\(row.string(iCount))” is not a whole number",
          "write a whole number; “.” groups thousands (1.234), so 1.5 is not a count",
          "số lượng “\(row.string(iCount))” không phải là số nguyên",
          "ghi số nguyên; dấu “.” dùng để tách hàng nghìn (1.234), nên 1.5 không phải là số lượng")
      case .tooLarge:
        fail(
          iCount, "the count “\(row.string(iCount))” is larger than any tally (over a billion)",
          "check the cell: a typing mistake, or another column's number",
          "số lượng “\(row.string(iCount))” lớn hơn mọi số liệu thi đua (trên một tỷ)",
          "kiểm tra lại ô: có thể gõ nhầm, hoặc là số của cột khác")
      case .notANumber:
        fail(
          iCount, "the count “\(row.string(iCount))” is not a number",
          "write the number in digits, e.g. 3 or 03",
          "số lượng “\(row.string(iCount))” không phải là số", "ghi bằng chữ số, ví dụ 3 hoặc 03")
      }

      // Unit.
      let unitID = textID(iUnit)
      if unitID == nil {
        fail(
          iUnit, "the unit (“\(file.header(iUnit))”) is empty", "write the unit, e.g. Ban Dân tộc",
          "chưa ghi đơn vị (cột “\(file.header(iUnit))”)", "ghi tên đơn vị, ví dụ Ban Dân tộc")
      } else if let unitID, checkUnits {
        let known =
          unitKnown[unitID]
          ?? {
            let keyID = texts.keyID(unitID)
            let k = knownUnitKeys.contains(texts.keyTexts[keyID])
            unitKnown[unitID] = k
            return k
          }()
        if !known {
          let name = texts.text(unitID) ?? ""
          let hint = closestUnits(to: name)
          fail(
            iUnit, "the unit “\(name)” is not in the units file", hint.english,
            "đơn vị “\(name)” không có trong tệp danh sách đơn vị", hint.vietnamese)
        }
      }

      // Kind.
      var kind: RecipientKind?
      if let kindID = textID(iKind) {
        kind =
          kindCache[kindID]
          ?? {
            let k = RecipientKind(cell: texts.text(kindID) ?? "")
            kindCache[kindID] = k
            return k
          }()
        if kind == nil {
          fail(
            iKind, "unknown recipient kind “\(texts.text(kindID) ?? "")”",
            "write \(RecipientKind.cellExamples)",
            "không có đối tượng nào tên “\(texts.text(kindID) ?? "")”",
            "ghi \(RecipientKind.vietnameseCellExamples)")
        }
      } else {
        fail(
          iKind, "the recipient kind (“\(file.header(iKind))”) is empty",
          "write \(RecipientKind.cellExamples)",
          "chưa ghi đối tượng (cột “\(file.header(iKind))”)",
          "ghi \(RecipientKind.vietnameseCellExamples)")
      }

      // Status.
      var status = TallyStatus.awarded
      var statusText: String?
      if let statusID = textID(iStatus) {
        let s =
          statusCache[statusID]
          ?? {
            let s = TallyStatus(cell: texts.text(statusID) ?? "")
            statusCache[statusID] = s
            return s
          }()
        if let s {
          status = s
          statusText = texts.text(statusID)
        } else {
          fail(
            iStatus, "unknown status “\(texts.text(statusID) ?? "")”",
            "write \(TallyStatus.cellExamples)",
            "không có trạng thái nào tên “\(texts.text(statusID) ?? "")”",
            "ghi \(TallyStatus.vietnameseCellExamples)")
        }
      }

      // Award, then authority (a family name needs the authority).
      let authorityID = textID(iAuthority)
      var award: Award?
      if let awardID = textID(iAward) {
        var match =
          awardByText[awardID]
          ?? {
            let m = vocabulary.match(texts.text(awardID) ?? "")
            awardByText[awardID] = m
            return m
          }()
        if case .ambiguous = match, let authorityID {
          // A family name (“Bằng khen”): the authority settles it.
          let cacheKey = AwardCacheKey(award: awardID, authority: authorityID)
          match =
            awardMatches[cacheKey]
            ?? {
              let m = vocabulary.match(
                texts.text(awardID) ?? "", authority: texts.text(authorityID))
              awardMatches[cacheKey] = m
              return m
            }()
        }
        if case .award(let a) = match {
          award = a
        } else if let (message, fix, vi, viFix) = awardProblem(texts.text(awardID) ?? "", match) {
          fail(iAward, message, fix, vi, viFix)
        }
      } else {
        fail(
          iAward, "the award (“\(file.header(iAward))”) is empty",
          "write the award form or title, e.g. Giấy khen",
          "chưa ghi hình thức khen thưởng (cột “\(file.header(iAward))”)",
          "ghi hình thức hoặc danh hiệu, ví dụ Giấy khen")
      }
      if let award, let kind, !award.recipients.contains(kind) {
        let who = award.recipients.sorted().map(\.name).joined(separator: ", ")
        fail(
          iKind, "\(award.name) is not given to a \(kind.name) (only to: \(who))",
          "check the recipient kind or the award",
          "\(award.name) không dùng để khen \(kind.name) (chỉ dành cho: \(who))",
          "kiểm tra lại đối tượng hoặc hình thức khen thưởng")
      }
      // Who decides: the cell, else the award's authority, else the unit's
      // head from the units file, else the head of the unit in general.
      var authority = authorityID.flatMap(texts.text)
      if authority == nil, let award {
        authority =
          award.authority
          ?? unitID.flatMap { id in
            let k = texts.keyID(id)
            return unitsByKey[texts.keyTexts[k]]?.headTitle
          }
          ?? Self.headOfUnit
      }

      checkExtraCells(row, file, &errors)
      guard errors.isEmpty, let unitID, let unit = texts.text(unitID), let award, let kind,
        let authority
      else {
        report.diagnostics += errors
        return
      }
      let movementID = textID(iMovement)
      let occasionID = textID(iOccasion)
      let achievementID = textID(iAchievement)
      let location = SourceLocation(file: file.name, line: row.line)
      let key = TallyKey(
        year: year, unit: texts.keyID(unitID), award: award.ordinal, kind: kind,
        authority: authorityID.map { texts.keyID($0) }
          ?? defaultAuthorityKeys[authority]
          ?? {
            let k = texts.keyID(forKey: ToneNormalization.matchingKey(authority))
            defaultAuthorityKeys[authority] = k
            return k
          }(),
        status: status, movement: movementID.map { texts.keyID($0) } ?? -1,
        occasion: occasionID.map { texts.keyID($0) } ?? -1,
        achievement: achievementID.map { texts.keyID($0) } ?? -1)
      if let first = tallyKeys[key] {
        report.diagnostics.append(
          DataDiagnostic(
            file: file.name, line: row.line,
            message:
              "this row repeats \(first): same year, unit, award, recipient kind, authority, "
              + "status and descriptors",
            fix: "delete one of them, or add the counts into one row",
            vietnamese: "dòng này trùng với \(first): cùng năm, đơn vị, hình thức, đối tượng, "
              + "thẩm quyền, trạng thái và các mô tả",
            vietnameseFix: "xóa một trong hai dòng, hoặc cộng số lượng vào một dòng"))
        return
      }
      tallyKeys[key] = location
      tallies.append(
        Tally(
          year: year, unit: unit, award: award, kind: kind, count: count, authority: authority,
          status: status, statusText: statusText, movement: movementID.flatMap(texts.text),
          occasion: occasionID.flatMap(texts.text), achievement: achievementID.flatMap(texts.text),
          note: textID(iNote).flatMap(texts.text), source: location))
      report.rowsUsed += 1
    }
    report.rowsRead += read
  }
}
