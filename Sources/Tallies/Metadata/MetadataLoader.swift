import FoundationEssentials
import TOMLKit
import VietnameseText

/// Reads a document's metadata from TOML.
///
/// Keys are English, with Vietnamese aliases (`so` for `number`, `ngay` for
/// `date`, …); they are matched ignoring case, marks and spacing, like CSV
/// headers. Every problem is reported with its line, all in one run.
public enum MetadataLoader {
  /// The keys of the file and their aliases.
  static let keys: [(name: String, aliases: [String])] = [
    ("number", ["so", "số"]),
    ("date", ["ngay", "ngày"]),
    ("type", ["loai", "loại", "loai_van_ban"]),
    ("summary", ["trich_yeu", "trích yếu", "v/v"]),
    ("issuer", ["co_quan", "don_vi", "cơ quan", "đơn vị"]),
    ("symbol", ["ky_hieu", "ký hiệu"]),
    ("drafting_unit", ["don_vi_soan_thao", "đơn vị soạn thảo"]),
    ("place", ["dia_danh", "địa danh"]),
    ("governing_body", ["co_quan_chu_quan", "cơ quan chủ quản"]),
    ("to", ["kinh_gui", "kính gửi"]),
    ("recipients", ["noi_nhan", "nơi nhận"]),
    ("signer", ["nguoi_ky", "người ký", "ky"]),
    ("references", ["can_cu", "căn cứ", "trich_dan"]),
    ("deadlines", ["han", "hạn", "thoi_han"]),
    ("period", ["giai_doan", "giai đoạn", "ky_ke_hoach"]),
    ("extra", ["them", "khac"]),
  ]

  /// Reads the file at `path`.
  public static func load(path: String) -> Result<DocumentMetadata, MetadataErrors> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(
        MetadataErrors([
          DataDiagnostic(
            file: path, message: "cannot read the file", fix: "check the path",
            vietnamese: "không đọc được tệp", vietnameseFix: "kiểm tra lại đường dẫn")
        ]))
    }
    return load(bytes: [UInt8](data), name: path)
  }

  /// Reads TOML text.
  public static func load(bytes: [UInt8], name: String) -> Result<DocumentMetadata, MetadataErrors>
  {
    var body = bytes
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
    guard let text = String(validating: body, as: UTF8.self) else {
      return .failure(
        MetadataErrors([
          DataDiagnostic(
            file: name, message: "the file is not UTF-8 text",
            fix: "save it as UTF-8 (every editor offers it; Notepad: Save As › Encoding UTF-8)",
            vietnamese: "không đọc được tệp vì không phải UTF-8",
            vietnameseFix:
              "lưu lại tệp dạng UTF-8 (trình soạn thảo nào cũng có; Notepad: Lưu thành › "
              + "Mã hóa UTF-8)")
        ]))
    }
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      return .failure(
        MetadataErrors([
          DataDiagnostic(
            file: name, line: error.source.begin.line, column: error.source.begin.column,
            message: "the TOML is malformed: \(error.description)",
            fix: "see the metadata example in the README; text values need quotes",
            vietnamese: "tệp TOML viết sai cú pháp: \(error.description)",
            vietnameseFix: "xem ví dụ tệp thông tin văn bản trong README; giá trị là chữ phải đặt "
              + "trong dấu ngoặc kép")
        ]))
    } catch {
      return .failure(
        MetadataErrors([
          DataDiagnostic(
            file: name, message: "the TOML is malformed: \(error)",
            vietnamese: "tệp TOML viết sai cú pháp: \(error)")
        ]))
    }
    var reader = Reader(
      name: name,
      lines: text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(
        String.init))
    let metadata = reader.read(ConfigValue(toml: table))
    return reader.errors.isEmpty ? .success(metadata) : .failure(MetadataErrors(reader.errors))
  }

  /// Interprets the tree, collecting every problem.
  struct Reader {
    let name: String
    let lines: [String]
    var errors: [DataDiagnostic] = []

    /// The line that sets `key` (a guess from the text: TOMLKit keeps no
    /// positions), for diagnostics.
    func line(of key: String) -> Int? {
      for (i, line) in lines.enumerated() {
        let t = line.trimmingWhitespace()
        if t.hasPrefix(key + " ") || t.hasPrefix(key + "=") || t.hasPrefix("[" + key + "]")
          || t.hasPrefix("[[" + key + "]]") || t.hasPrefix("[" + key + ".")
        {
          return i + 1
        }
      }
      return nil
    }

    mutating func fail(
      _ key: String, _ message: String, _ fix: String, _ vietnamese: String,
      _ vietnameseFix: String
    ) {
      errors.append(
        DataDiagnostic(
          file: name, line: line(of: key), message: message, fix: fix, vietnamese: vietnamese,
          vietnameseFix: vietnameseFix))
    }

    static func canonical(_ key: String) -> String? {
      let k = ToneNormalization.headerKey(key)
      for entry in MetadataLoader.keys
      where entry.name == k
        || entry.aliases.contains(where: { ToneNormalization.headerKey($0) == k })
      {
        return entry.name
      }
      return nil
    }

    mutating func text(_ key: String, _ value: ConfigValue) -> String? {
      switch value {
      case .string(let s): return CellText.clean(s)
      case .int(let i): return String(i)
      default:
        fail(
          key, "“\(key)” must be text", "write it in quotes: \(key) = \"…\"",
          "“\(key)” phải là chữ", "đặt giá trị trong dấu ngoặc kép: \(key) = \"…\"")
        return nil
      }
    }

    mutating func texts(_ key: String, _ value: ConfigValue) -> [String] {
      switch value {
      case .list(let items): return items.compactMap { text(key, $0) }
      default: return text(key, value).map { [$0] } ?? []
      }
    }

    mutating func date(_ key: String, _ value: ConfigValue) -> CalendarDate? {
      switch value {
      case .date(let d): return d
      case .string(let s):
        if let d = try? CalendarDate(iso: s) { return d }
      default: break
      }
      // The value as written (a date and time, a number…), not the key:
      // inside [[references]] the key is the table's.
      let written: String
      if case .string(let s) = value { written = s } else { written = value.description }
      fail(
        key, "“\(written)” is not a date", "write 2023-03-27, or \"27/3/2023\" in quotes",
        "“\(written)” không phải là ngày",
        "ghi 2023-03-27, hoặc \"27/3/2023\" trong dấu ngoặc kép")
      return nil
    }

    func fields(_ value: ConfigValue) -> [String: ConfigValue] {
      guard case .table(let table) = value else { return [:] }
      var out: [String: ConfigValue] = [:]
      for (k, v) in table.entries { out[ToneNormalization.headerKey(k)] = v }
      return out
    }

    mutating func read(_ root: ConfigValue) -> DocumentMetadata {
      var m = DocumentMetadata()
      guard case .table(let table) = root else { return m }
      for (key, value) in table.entries {
        guard let name = Self.canonical(key) else {
          let known = MetadataLoader.keys.map(\.name)
          let close = VocabularyKey.closest(to: key, among: known)
          fail(
            key, "unknown key “\(key)”",
            close.isEmpty
              ? "the keys are " + known.joined(separator: ", ")
                + "; put anything else under [extra]"
              : "did you mean “\(close[0])”? (put keys of your own under [extra])",
            "không có khóa nào tên “\(key)”",
            close.isEmpty
              ? "các khóa là " + known.joined(separator: ", ") + "; ghi các khóa khác dưới [extra]"
              : "có phải là “\(close[0])”? (ghi các khóa riêng dưới [extra])")
          continue
        }
        switch name {
        case "number":
          switch value {
          case .int(let n) where n >= 1: m.number = n
          case .string(let s) where s.trimmingWhitespace().isEmpty: m.number = nil
          case .string(let s) where Int(s.trimmingWhitespace()).map { $0 >= 1 } == true:
            m.number = Int(s.trimmingWhitespace())
          default:
            fail(
              key, "the number must be a whole number from 1",
              "write number = 16, or leave it out for a draft",
              "số văn bản phải là số nguyên từ 1 trở lên",
              "ghi number = 16, hoặc bỏ trống nếu là dự thảo")
          }
        case "date":
          switch value {
          case .date(let d): m.date = DocumentDate(year: d.year, month: d.month, day: d.day)
          case .string(let s):
            if let d = DocumentDate(text: s) {
              m.date = d
            } else {
              fail(
                key, "“\(s)” is not a date",
                "write 2023-03-27, \"27/3/2023\", or for a draft \"4/2023\" or \"2023\"",
                "“\(s)” không phải là ngày",
                "ghi 2023-03-27, \"27/3/2023\", hoặc với dự thảo \"4/2023\" hay \"2023\"")
            }
          case .int(let y) where (1000...9999).contains(y): m.date = DocumentDate(year: y)
          default:
            fail(
              key, "the date is not a date", "write 2023-03-27", "ngày không hợp lệ",
              "ghi 2023-03-27")
          }
        case "type":
          if let t = text(key, value) {
            do {
              m.type = try DocumentType(name: t)
            } catch {
              fail(
                key, "unknown document type “\(t)”", error.english,
                "không có loại văn bản nào tên “\(t)”", error.vietnamese)
            }
          }
        case "summary": m.summary = text(key, value)
        case "issuer": m.issuer = text(key, value)
        case "symbol": m.symbol = text(key, value)
        case "drafting_unit": m.draftingUnit = text(key, value)
        case "place": m.place = text(key, value)
        case "governing_body": m.governingBody = text(key, value)
        case "to": m.to = texts(key, value)
        case "recipients":
          guard case .list(let items) = value else {
            m.recipients = [RecipientGroup(items: texts(key, value))]
            continue
          }
          var flat: [String] = []
          for item in items {
            if case .table = item {
              let f = fields(item)
              m.recipients.append(
                RecipientGroup(
                  heading: f["heading"].flatMap { text(key, $0) }
                    ?? f["tieu_de"].flatMap { text(key, $0) },
                  items: (f["items"] ?? f["danh_sach"]).map { texts(key, $0) } ?? []))
            } else if let t = text(key, item) {
              flat.append(t)
            }
          }
          if !flat.isEmpty { m.recipients.insert(RecipientGroup(items: flat), at: 0) }
        case "signer":
          let f = fields(value)
          m.signer = Signer(
            prefix: (f["prefix"] ?? f["quyen"]).flatMap { text(key, $0) },
            body: (f["body"] ?? f["co_quan"]).flatMap { text(key, $0) },
            title: (f["title"] ?? f["chuc_vu"]).flatMap { text(key, $0) },
            name: (f["name"] ?? f["ho_ten"]).flatMap { text(key, $0) })
          if let p = m.signer?.prefix, !["TM.", "KT.", "Q.", "TL.", "TUQ."].contains(p) {
            fail(
              key, "the authority prefix “\(p)” is not one of TM., KT., Q., TL., TUQ.",
              "write it with its full stop, e.g. prefix = \"TM.\"",
              "quyền ký “\(p)” không phải là TM., KT., Q., TL. hay TUQ.",
              "ghi cả dấu chấm, ví dụ prefix = \"TM.\"")
          }
        case "references":
          guard case .list(let items) = value else {
            fail(
              key, "references must be a list", "write [[references]] tables",
              "căn cứ (references) phải là một danh sách", "ghi các bảng [[references]]")
            continue
          }
          for item in items {
            let f = fields(item)
            guard let type = (f["type"] ?? f["loai"]).flatMap({ text(key, $0) }) else {
              fail(
                key, "a reference has no type", "give type = \"Kế hoạch\"",
                "một căn cứ chưa ghi loại văn bản", "ghi type = \"Kế hoạch\"")
              continue
            }
            m.references.append(
              Reference(
                type: type, number: (f["number"] ?? f["so"]).flatMap { text(key, $0) },
                date: (f["date"] ?? f["ngay"]).flatMap { date(key, $0) },
                issuer: (f["issuer"] ?? f["co_quan"]).flatMap { text(key, $0) },
                summary: (f["summary"] ?? f["trich_yeu"]).flatMap { text(key, $0) }))
          }
        case "deadlines":
          guard case .list(let items) = value else {
            fail(
              key, "deadlines must be a list", "write [[deadlines]] tables",
              "thời hạn (deadlines) phải là một danh sách", "ghi các bảng [[deadlines]]")
            continue
          }
          for item in items {
            let f = fields(item)
            guard let task = (f["task"] ?? f["viec"]).flatMap({ text(key, $0) }),
              let d = (f["date"] ?? f["ngay"]).flatMap({ date(key, $0) })
            else {
              fail(
                key, "a deadline needs a task and a date",
                "write task = \"…\" and date = 2021-03-15",
                "mỗi thời hạn cần có công việc và ngày", "ghi task = \"…\" và date = 2021-03-15")
              continue
            }
            m.deadlines.append(Deadline(task: task, date: d))
          }
        case "period":
          switch value {
          case .string(let s):
            if let p = LoadOptions.period(parsing: s) {
              m.period = p
            } else {
              fail(
                key, "“\(s)” is not a period", "write period = \"2021-2025\"",
                "“\(s)” không phải là giai đoạn", "ghi period = \"2021-2025\"")
            }
          case .int(let y): m.period = y...y
          case .table:
            let f = fields(value)
            if case .int(let a)? = f["from"] ?? f["tu"], case .int(let b)? = f["to"] ?? f["den"],
              a <= b
            {
              m.period = a...b
            } else {
              fail(
                key, "the period needs from and to years", "write period = \"2021-2025\"",
                "giai đoạn cần có năm bắt đầu và năm kết thúc", "ghi period = \"2021-2025\"")
            }
          default:
            fail(
              key, "the period is not a period", "write period = \"2021-2025\"",
              "giai đoạn không hợp lệ", "ghi period = \"2021-2025\"")
          }
        case "extra":
          if case .table(let table) = value {
            m.extra = table
          } else {
            fail(
              key, "extra must be a table", "write [extra] and its keys below it",
              "extra phải là một bảng", "ghi [extra] rồi các khóa ở dưới")
          }
        default: break
        }
      }
      return m
    }
  }
}

/// The problems of a metadata file, all of them.
public struct MetadataErrors: Error, Sendable {
  public let diagnostics: [DataDiagnostic]
  public init(_ diagnostics: [DataDiagnostic]) { self.diagnostics = diagnostics }
}
