#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import OfficePackage
import TemplateLanguage

/// Compiled templates kept on disk between runs, as Jinja's bytecode cache
/// keeps compiled templates.
///
/// make starts one process per document, and compiling the template is a
/// fifth of such a cold render. An entry is named by a hash of the
/// template's bytes and `salt`, and is used only when it holds exactly
/// those bytes and that salt, so a changed template is compiled afresh. An
/// entry that cannot be read is compiled afresh and written again; a cache
/// that cannot be written only makes renders slower. A template with notes
/// (`CompiledTemplate.hints`) is not kept, so that its notes are shown on
/// every run.
public struct TemplateCache: Sendable {
  /// Where entries are kept; made when first written to.
  public let folder: String
  /// What else the compiled form depends on besides the template: the
  /// build of the program and its filters. Entries with another salt are
  /// never used.
  public let salt: String
  /// Entries kept at most; the least recently used go first.
  public let capacity: Int

  public init(folder: String, salt: String, capacity: Int = 256) {
    self.folder = folder
    self.salt = salt
    self.capacity = capacity
  }

  /// Bumped whenever the archive's layout changes.
  private static let layout = "vanban compiled template 2"

  /// The template at `path`, from the cache when it was compiled before
  /// with the same bytes, else compiled now (and kept).
  public func template(
    at path: String, environment: TemplateEnvironment = .standard,
    limits: PackageLimits = .init()
  ) throws(OfficeTemplateError) -> CompiledTemplate {
    let format = try TemplateAnalysis.format(ofPath: path)
    let bytes: [UInt8]
    do {
      bytes = try PosixFile.contents(of: path, maxSize: limits.maxFileBytes)
    } catch {
      throw .package(error)
    }
    let entry = entryPath(for: bytes)
    if let template = cached(
      bytes, in: entry, format: format, environment: environment, limits: limits)
    {
      utimensat(AT_FDCWD, entry, nil, 0)
      return template
    }
    let template = try CompiledTemplate(
      bytes: bytes, format: format, environment: environment, limits: limits)
    if template.hints.isEmpty { keep(template, of: bytes, in: entry) }
    return template
  }

  /// The entry's file.
  func entryPath(for bytes: [UInt8]) -> String {
    folder + "/" + Self.entryName(for: bytes, salt: salt)
  }

  /// The template compiled from `bytes` as the cache holds it (in `entry`,
  /// its entry's file), if it does.
  func cached(
    _ bytes: [UInt8], in entry: String? = nil, format: DocumentFormat,
    environment: TemplateEnvironment = .standard, limits: PackageLimits = .init()
  ) -> CompiledTemplate? {
    guard
      let file = try? PosixFile.contents(
        of: entry ?? entryPath(for: bytes), maxSize: 2 * limits.maxFileBytes),
      file.count >= 8
    else { return nil }
    // The last eight bytes check the rest, so that a damaged entry is
    // compiled afresh rather than rendered from.
    let archive = file.dropLast(8)
    let checksum = file.suffix(8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    guard ContentHash.of(archive) == checksum else { return nil }
    var reader = ArchiveReader(Array(archive))
    guard (try? reader.string()) == Self.layout, (try? reader.string()) == salt,
      (try? reader.bytes()) == bytes,
      let template = try? CompiledTemplate(from: &reader, environment: environment),
      template.format == format
    else { return nil }
    return template
  }

  private func keep(_ template: CompiledTemplate, of bytes: [UInt8], in entry: String) {
    var writer = ArchiveWriter()
    writer.write(Self.layout)
    writer.write(salt)
    writer.write(bytes)
    template.archive(into: &writer)
    var file = writer.bytes
    let checksum = ContentHash.of(file[...])
    file += (0..<8).map { UInt8(truncatingIfNeeded: checksum >> (8 * $0)) }
    // Private: templates may hold what their documents say.
    guard (try? Folder.create(folder, mode: 0o700)) != nil else { return }
    // Written whole or not at all, so that concurrent runs (make -j) only
    // ever read complete entries.
    guard (try? AtomicFile.write(file, to: entry)) != nil else { return }
    prune()
  }

  /// A hash of the salt and the template: a file name, not a check (the
  /// entry holds the bytes themselves for that).
  static func entryName(for bytes: [UInt8], salt: String) -> String {
    let hash = ContentHash.of(bytes[...], seed: ContentHash.of(Array(salt.utf8)[...]))
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex + ".template"
  }

  /// Removes the least recently used entries past `capacity`. A hit
  /// touches its entry, so the time of an entry is its last use.
  private func prune() {
    guard let listing = opendir(folder) else { return }
    defer { closedir(listing) }
    var entries: [(used: timespec, path: String)] = []
    while let item = readdir(listing) {
      let name = withUnsafeBytes(of: item.pointee.d_name) {
        String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name.hasSuffix(".template") else { continue }
      let path = folder + "/" + name
      var status = stat()
      guard stat(path, &status) == 0 else { continue }
      #if os(Linux)
        entries.append((status.st_mtim, path))
      #else
        entries.append((status.st_mtimespec, path))
      #endif
    }
    guard entries.count > capacity else { return }
    let byUse = entries.sorted {
      ($0.used.tv_sec, $0.used.tv_nsec) < ($1.used.tv_sec, $1.used.tv_nsec)
    }
    for entry in byUse.prefix(entries.count - capacity) {
      unlink(entry.path)
    }
  }
}
