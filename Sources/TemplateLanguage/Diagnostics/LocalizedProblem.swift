/// Every `TemplateProblem` in the author's language.
///
/// English is the source wording (`message`, `fix`); Vietnamese is written
/// for the same reader — an office worker in Word or LibreOffice — and says
/// the same three things: what is wrong, where, what to do. Details that
/// come from deeper down (a parser's "expected a name", a type's name) are
/// translated where they are known words and kept as they are otherwise.
extension TemplateProblem {
  /// What is wrong, in one sentence, in `language`.
  public func message(in language: MessageLanguage) -> String {
    guard language == .vietnamese else { return message }
    switch self {
    case .unclosedTag(let opening, let closing):
      return "thẻ mở bằng \(opening) chưa được đóng bằng \(closing)"
    case .syntax(let tag, let detail):
      return "không đọc được thẻ \(Self.shortened(tag)): \(VietnameseWording.detail(detail))"
    case .unknownStatement(let word, _):
      return "\"\(word)\" không phải là lệnh mà vanban hiểu"
    case .unsupportedStatement(let word):
      return "lệnh {% \(word) %} không dùng được trong mẫu văn bản"
    case .unclosedBlock(let keyword, let closing):
      return "thẻ {% \(keyword) %} chưa được đóng: thiếu {% \(closing) %}"
    case .unexpectedEnd(let found, let expected):
      if let expected {
        return "gặp {% \(found) %} ở chỗ lẽ ra phải là {% \(expected) %}"
      }
      return "thẻ {% \(found) %} không có thẻ mở tương ứng để đóng"
    case .misplaced(let keyword, let allowedIn):
      return "{% \(keyword) %} nằm ngoài \(VietnameseWording.detail(allowedIn))"
    case .unknownFilter(let name, _):
      return "không có bộ lọc (filter) nào tên \"\(name)\""
    case .unknownTest(let name, _):
      return "không có phép kiểm tra (test) nào tên \"\(name)\""
    case .unbalancedStructure(let keyword, let opener, let openedAt):
      return
        "{% \(keyword) %} đóng thẻ {% \(opener) %} mở ở \(VietnameseWording.place(openedAt)), nhưng hai thẻ nằm ở hai chỗ khác nhau của văn bản (đoạn văn, hàng hoặc ô của bảng)"
    case .prefixOutsideStructure(let prefix, let structure):
      return
        "thẻ dùng tiền tố \"\(prefix)\" nhưng không nằm trong \(VietnameseWording.structure(structure))"
    case .nestedTooDeep(let limit):
      return
        "thẻ mở một khối bên trong \(limit) khối đang mở; không văn bản nào cần nhiều tầng đến vậy"
    case .undefined(let name, _):
      return "\"\(name)\" không có trong dữ liệu"
    case .wrongType(let expression, let expected, let found):
      return
        "\(expression) phải là \(VietnameseWording.typeName(expected)) nhưng lại là \(VietnameseWording.typeName(found))"
    case .notIterable(let expression, let found):
      return
        "không lặp được trên \(expression): giá trị là \(VietnameseWording.typeName(found)), không phải danh sách"
    case .unpackMismatch(let names, let found):
      return "vòng lặp đặt \(names) biến nhưng mỗi phần tử có \(found) giá trị"
    case .divisionByZero(let expression):
      return "chia cho 0 trong \(expression)"
    case .filterFailed(let filter, let detail):
      return "bộ lọc \(filter) không thực hiện được: \(detail)"
    case .invalidValue(let detail):
      return detail
    case .tooManyIterations(let limit):
      return
        "các vòng lặp đã chạy quá \(limit) lượt trong một lần tạo văn bản; không văn bản nào cần nhiều đến vậy"
    case .outputTooLarge(let limit):
      return
        "văn bản đã vượt quá \(Self.bytes(limit)) khi đang tạo; không văn bản nào cần lớn đến vậy"
    case .foreignTag(let tag, let tool, _):
      return "\(tag) là thẻ của \(tool); vanban đọc thẻ Jinja, như docxtpl"
    }
  }

  /// What to do about it, in `language`.
  public func fix(in language: MessageLanguage) -> String {
    guard language == .vietnamese else { return fix }
    switch self {
    case .unclosedTag(_, let closing):
      return "gõ \(closing) ở cuối thẻ, trong cùng đoạn văn"
    case .syntax:
      return "kiểm tra lại chính tả của biểu thức trong thẻ"
    case .unknownStatement(_, let suggestion):
      return suggestion.map { "có phải bạn muốn viết {% \($0) %}?" }
        ?? "dùng if, elif, else, endif, for, endfor, set hoặc with"
    case .unsupportedStatement:
      return "dùng if, for, set và with; đưa các phần lặp lại vào vòng lặp"
    case .unclosedBlock(let keyword, let closing):
      switch keyword {
      case "for": return "thêm {% \(closing) %} sau đoạn cuối cần lặp"
      case "raw":
        return "thêm {% \(closing) %} trong cùng đoạn văn: khối raw không trải qua nhiều đoạn"
      case "with": return "thêm {% \(closing) %} sau đoạn cuối của khối"
      default: return "thêm {% \(closing) %} sau đoạn cuối thuộc điều kiện"
      }
    case .unexpectedEnd(_, let expected):
      if let expected { return "đóng khối bên trong trước bằng {% \(expected) %}" }
      return "xóa thẻ này, hoặc thêm thẻ mở trước nó"
    case .misplaced(let keyword, let allowedIn):
      return "chuyển {% \(keyword) %} vào trong \(VietnameseWording.detail(allowedIn))"
    case .unknownFilter(_, let suggestion):
      return suggestion.map { "có phải bạn muốn viết \"\($0)\"?" }
        ?? "xem danh sách bộ lọc trong README"
    case .unknownTest(_, let suggestion):
      return suggestion.map { "có phải bạn muốn viết \"\($0)\"?" }
        ?? "xem danh sách phép kiểm tra trong README"
    case .unbalancedStructure:
      return
        "đặt cả hai thẻ trong cùng một đoạn, hoặc dùng cùng một tiền tố cho cả hai thẻ: {%p …%} cho đoạn văn, {%tr …%} cho hàng, {%tc …%} cho ô của bảng"
    case .prefixOutsideStructure(let prefix, _):
      return "bỏ tiền tố \"\(prefix)\", hoặc chuyển thẻ vào đúng chỗ"
    case .nestedTooDeep:
      return "đóng bớt các khối trước khi mở thêm; các thẻ sau thẻ này chưa được đọc"
    case .undefined(_, let suggestion):
      return suggestion.map {
        "có phải là \"\($0)\"? Nếu không, hãy thêm tên này vào dữ liệu, hoặc viết | default('…')"
      } ?? "thêm tên này vào dữ liệu, hoặc viết | default('…') hay kiểm tra bằng \"is defined\""
    case .wrongType:
      return "kiểm tra dữ liệu, hoặc đổi kiểu bằng bộ lọc như int, float hay string"
    case .notIterable:
      return "đưa vào dữ liệu một danh sách, hoặc lặp trên một bảng tra (mapping) bằng .items()"
    case .unpackMismatch:
      return "đặt số biến của vòng lặp bằng số giá trị của mỗi phần tử"
    case .divisionByZero:
      return "kiểm tra dữ liệu, hoặc đặt phép chia trong {% if … %}"
    case .filterFailed:
      return "kiểm tra giá trị đưa vào bộ lọc và các tham số của nó"
    case .invalidValue:
      return "kiểm tra dữ liệu"
    case .tooManyIterations, .outputTooLarge:
      return
        "kiểm tra dữ liệu mà vòng lặp này duyệt qua và in ra, hoặc lọc bớt trước vòng lặp (selectattr, hay if trong thẻ for)"
    case .foreignTag(_, _, let replacement):
      return "hãy viết \(replacement)"
    }
  }
}

extension TemplateLocation {
  /// "body, paragraph 12 (table 1, row 2, cell 3)" in `language`:
  /// "thân văn bản, đoạn 12 (bảng 1, hàng 2, ô 3)".
  public func place(in language: MessageLanguage) -> String {
    language == .vietnamese ? VietnameseWording.place(place) : place
  }
}

extension TemplateDiagnostic {
  public func message(in language: MessageLanguage) -> String { problem.message(in: language) }
  public func fix(in language: MessageLanguage) -> String { problem.fix(in: language) }

  /// The GCC-style line of `description`, in `language`; `severity` is
  /// the word before the message (`error` unless given, `note` for hints).
  public func description(in language: MessageLanguage, severity: String? = nil) -> String {
    var s =
      "\(location.place(in: language)): \(severity ?? language.errorWord): \(message(in: language)); \(fix(in: language))"
    if !location.excerpt.isEmpty { s += "\n    \(location.excerpt)" }
    return s
  }
}

extension TemplateErrors {
  public func description(in language: MessageLanguage) -> String {
    diagnostics.map { $0.description(in: language) }.joined(separator: "\n")
  }
}

/// Vietnamese words for the English pieces messages are built from.
public enum VietnameseWording {
  /// A place as `TemplateLocation.place` writes it, in Vietnamese.
  public static func place(_ english: String) -> String {
    // "PART[:line[:column]][, paragraph N][ (table T, row R, cell C)]"
    var rest = Substring(english)
    var tail = ""
    if let open = rest.ranges(of: " (table ").last, rest.hasSuffix(")") {
      let inside = rest[open.upperBound..<rest.index(before: rest.endIndex)]
      tail =
        " (bảng "
        + inside.replacing(", row ", with: ", hàng ")
        .replacing(", cell ", with: ", ô ") + ")"
      rest = rest[..<open.lowerBound]
    }
    var paragraph = ""
    if let comma = rest.ranges(of: ", paragraph ").last {
      paragraph = ", đoạn " + rest[comma.upperBound...]
      rest = rest[..<comma.lowerBound]
    }
    return partLabel(String(rest)) + paragraph + tail
  }

  /// What an author calls a part: "header of section 1" → "đầu trang của phần 1".
  public static func partLabel(_ english: String) -> String {
    var label = Substring(english)
    var owner = ""
    if let range = label.firstRange(of: " of section ") {
      owner = " của phần " + label[range.upperBound...]
      label = label[..<range.lowerBound]
    } else if let range = label.firstRange(of: " of page style ") {
      owner = " của kiểu trang " + label[range.upperBound...]
      label = label[..<range.lowerBound]
    }
    var qualifier = ""
    for (prefix, words) in [
      ("first-page ", " (trang đầu)"), ("even-page ", " (trang chẵn)"),
      ("left-page ", " (trang trái)"),
    ] where label.hasPrefix(prefix) {
      qualifier = words
      label = label.dropFirst(prefix.count)
    }
    let pieces = label.split(separator: " ", maxSplits: 1)
    let kind = pieces.first.map(String.init) ?? ""
    let number = pieces.count > 1 ? " " + pieces[1] : ""
    let kinds = [
      "body": "thân văn bản", "header": "đầu trang", "footer": "chân trang",
      "footnotes": "chú thích cuối trang", "footnote": "chú thích cuối trang",
      "endnotes": "chú thích cuối văn bản", "endnote": "chú thích cuối văn bản",
      "comments": "ghi chú", "comment": "ghi chú", "note": "chú thích",
    ]
    if label == "page styles" { return "kiểu trang" + owner }
    if label == "document properties" { return "thuộc tính tài liệu" + owner }
    guard let words = kinds[kind] else { return english }
    return words + number + qualifier + owner
  }

  /// A structure a prefix acts on, as `prefixOutsideStructure` names it.
  static func structure(_ english: String) -> String {
    switch english {
    case "paragraph": "một đoạn văn"
    case "table row": "một hàng của bảng"
    case "table cell": "một ô của bảng"
    case "run of formatted text": "một đoạn chữ cùng định dạng (run)"
    default: english
    }
  }

  /// The type names values report, with their article.
  static func typeName(_ english: String) -> String {
    let names = [
      "none": "rỗng (none)", "boolean": "đúng/sai", "integer": "số nguyên", "number": "số",
      "text": "chữ", "list": "danh sách", "mapping": "bảng tra (mapping)",
      "a number": "một số", "whole numbers": "số nguyên", "a list or text": "danh sách hoặc chữ",
      "a list or mapping": "danh sách hoặc bảng tra (mapping)",
      "a namespace (namespace(…))": "một namespace (namespace(…))", "not one": "không phải",
    ]
    return names[english] ?? english
  }

  /// Known fixed phrases of parser details; anything else as it is.
  static func detail(_ english: String) -> String {
    let phrases: [(String, String)] = [
      ("an {% if %} block, before its {% else %}", "một khối {% if %}, trước {% else %} của nó"),
      ("an {% if %} or {% for %} block", "một khối {% if %} hoặc {% for %}"),
      ("a table cell of a Word (.docx) template", "một ô bảng của mẫu Word (.docx)"),
      ("a table cell", "một ô của bảng"),
      ("a row loop", "một vòng lặp theo hàng"),
      ("a column loop", "một vòng lặp theo cột"),
      ("expected a value after", "thiếu một giá trị sau"),
      ("nothing may follow", "không được viết gì sau"),
      (
        "the tag is empty; write a name between {{ and }}",
        "thẻ rỗng; hãy viết một tên giữa {{ và }}"
      ),
      ("recursive loops are not supported", "không hỗ trợ vòng lặp đệ quy (recursive)"),
      (
        "a positional argument cannot follow a named one",
        "tham số không tên không được đứng sau tham số có tên"
      ),
      ("a slice has at most three parts", "phép cắt (slice) có nhiều nhất ba phần"),
      ("empty subscript []", "cặp ngoặc [] rỗng"),
      (
        "a statement starts with a word such as if or for",
        "lệnh phải bắt đầu bằng một từ như if hay for"
      ),
      ("expected \"in\" after the loop variable", "thiếu \"in\" sau biến của vòng lặp"),
      ("expected a name but found", "thiếu một tên, lại gặp"),
      ("expected a value but found", "thiếu một giá trị, lại gặp"),
      ("expected a name after", "thiếu một tên sau"),
      ("expected the name of a test after", "thiếu tên phép kiểm tra sau"),
      ("unexpected", "không mong đợi"),
      ("expected", "thiếu"),
    ]
    for (source, target) in phrases where english.hasPrefix(source) {
      return (target + english.dropFirst(source.count))
        .replacing(" but found ", with: ", lại gặp ")
    }
    return english
  }
}

extension TemplateProblem {
  /// A stable identifier of the kind of problem, for tools reading JSON
  /// (`unclosed-block`, `undefined`).
  public var code: String {
    switch self {
    case .unclosedTag: "unclosed-tag"
    case .syntax: "syntax"
    case .unknownStatement: "unknown-statement"
    case .unsupportedStatement: "unsupported-statement"
    case .unclosedBlock: "unclosed-block"
    case .unexpectedEnd: "unexpected-end"
    case .misplaced: "misplaced"
    case .unknownFilter: "unknown-filter"
    case .unknownTest: "unknown-test"
    case .unbalancedStructure: "unbalanced-structure"
    case .prefixOutsideStructure: "prefix-outside-structure"
    case .nestedTooDeep: "nested-too-deep"
    case .undefined: "undefined"
    case .wrongType: "wrong-type"
    case .notIterable: "not-iterable"
    case .unpackMismatch: "unpack-mismatch"
    case .divisionByZero: "division-by-zero"
    case .filterFailed: "filter-failed"
    case .invalidValue: "invalid-value"
    case .tooManyIterations: "too-many-iterations"
    case .outputTooLarge: "output-too-large"
    case .foreignTag: "foreign-tag"
    }
  }
}
