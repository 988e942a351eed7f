import FoundationEssentials
import OrderedCollections
import TemplateLanguage

/// Builds the mapping a template reads: JSON context files, then `--set`
/// overrides.
public enum TemplateContext {
  /// Reads a JSON file whose root object becomes the template's namespace.
  public static func load(
    json path: String, language: MessageLanguage = .english
  ) throws(VanBanError) -> Value {
    let vi = language == .vietnamese
    guard let data = FileManager.default.contents(atPath: path) else {
      throw VanBanError(
        .usage, file: path,
        vi
          ? "lỗi: không đọc được tệp; kiểm tra lại đường dẫn"
          : "cannot read the file; check the path")
    }
    let value: Value
    do {
      value = try JSONValueReader.parse(Array(data))
    } catch {
      throw VanBanError(
        .badData, file: path,
        vi
          ? "\(error.line):\(error.column): lỗi: tệp JSON viết sai cú pháp (\(error.message)); sửa lại tệp JSON (công cụ kiểm tra như `python3 -m json.tool` cũng chỉ ra chỗ sai)"
          : "\(error.line):\(error.column): error: \(error.message); fix the JSON (a validator such as `python3 -m json.tool` shows it too)"
      )
    }
    guard case .map = value else {
      throw VanBanError(
        .badData, file: path,
        vi
          ? "lỗi: tệp JSON phải là một đối tượng ({ \"tên\": giá trị, … }) với các khóa mà mẫu văn bản đọc"
          : "error: the JSON must be an object ({ \"name\": value, … }) whose keys the template reads"
      )
    }
    return value
  }

  /// Merges `overlay` into `base`, key by key, nested mappings merged too.
  public static func merge(_ base: Value, _ overlay: Value) -> Value {
    guard case .map(var b) = base, case .map(let o) = overlay else { return overlay }
    for (key, value) in o { b[key] = b[key].map { merge($0, value) } ?? value }
    return .map(b)
  }

  static let maxKeyParts = 64

  /// Applies `key=value` assignments; `key` may be a dotted path
  /// (`unit.ten=Ban Dân tộc`); `value` is read as JSON when it is JSON
  /// (`count=3`, `flag=true`, `xs=[1,2]`) and as text otherwise.
  public static func apply(_ assignments: [String], to context: Value) throws(VanBanError) -> Value
  {
    var result = context
    for assignment in assignments {
      guard let equals = assignment.firstIndex(of: "=") else {
        throw VanBanError(
          .usage, "--set \(assignment): write it as key=value, for example --set nam=2023")
      }
      let path = assignment[..<equals].split(separator: ".").map(String.init)
      guard !path.isEmpty, !path.contains(where: \.isEmpty) else {
        throw VanBanError(.usage, "--set \(assignment): the key is empty")
      }
      // Each part nests the value one level deeper, and printing or freeing
      // a value recurses once a level: 30,000 parts overflowed the stack.
      // JSON contexts are bounded the same way (512 levels).
      guard path.count <= Self.maxKeyParts else {
        throw VanBanError(
          .usage,
          "--set \(assignment.prefix(60))…: the key has \(path.count) dotted parts; at most "
            + "\(Self.maxKeyParts), as no data nests deeper — give deeper values as JSON in a --context file"
        )
      }
      let text = String(assignment[assignment.index(after: equals)...])
      let value = (try? JSONValueReader.parse(text)) ?? .string(text)
      result = set(path[...], to: value, in: result)
    }
    return result
  }

  private static func set(_ path: ArraySlice<String>, to value: Value, in container: Value) -> Value
  {
    guard let key = path.first else { return value }
    var map: OrderedDictionary<String, Value> = [:]
    if case .map(let m) = container { map = m }
    map[key] = set(path.dropFirst(), to: value, in: map[key] ?? .map([:]))
    return .map(map)
  }
}
