/// File paths as text, with `NSString`'s rules for the pieces vanban needs
/// (a path stays as the user wrote it, relative or not, since it goes into
/// depfiles and messages; Foundation's `URL` would make it absolute, and
/// `NSString` would link Foundation into the command line tool).
public enum PathName {
  /// `out/a.docx` → `docx`; `` when the last component has no extension
  /// (`Makefile`, `.profile`).
  public static func pathExtension(_ path: String) -> String {
    let name = lastComponent(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...])
  }

  /// `out/a.docx` → `out/a`; a path without an extension is returned whole.
  public static func deletingPathExtension(_ path: String) -> String {
    let trimmed = trimmingTrailingSlashes(path)
    let ext = pathExtension(trimmed)
    return ext.isEmpty ? trimmed : String(trimmed.dropLast(ext.count + 1))
  }

  /// `out/a.docx` → `out`; `a.docx` → ``; `/a` → `/`.
  public static func deletingLastPathComponent(_ path: String) -> String {
    let trimmed = trimmingTrailingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    if slash == trimmed.startIndex { return "/" }
    return trimmingTrailingSlashes(String(trimmed[..<slash]))
  }

  /// `out` + `a.docx` → `out/a.docx`; an empty folder gives the name alone.
  public static func appendingPathComponent(_ path: String, _ component: String) -> String {
    if path.isEmpty { return component }
    return path.hasSuffix("/") ? path + component : path + "/" + component
  }

  /// The last component: `out/a.docx` → `a.docx`.
  public static func lastComponent(_ path: String) -> String {
    let trimmed = trimmingTrailingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
    return String(trimmed[trimmed.index(after: slash)...])
  }

  private static func trimmingTrailingSlashes(_ path: String) -> String {
    var path = Substring(path)
    while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
    return String(path)
  }
}
