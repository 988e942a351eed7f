internal import CLibZip

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The directory of a zip entry as libzip reports it, before any policy is applied.
struct LibZipEntryStat {
  let name: String
  let uncompressedSize: UInt64
  let compressedSize: UInt64
  let crc32: UInt32
  let compressionMethod: UInt16
  let isEncrypted: Bool
}

/// An in-memory zip archive opened read-only with libzip; the module's only libzip calls.
///
/// Memory ownership: the archive bytes are copied into a `malloc`ed buffer
/// handed to `zip_source_buffer_create` with `freep = 1`, so libzip frees it
/// together with the source. If `zip_open_from_source` fails the source is
/// still ours and we free it with `zip_source_free`; once it succeeds the
/// archive owns the source and `zip_discard` (in `deinit`) frees both. Names
/// from `zip_stat_index` point into the archive and are copied into Swift
/// strings at once; `zip_error_t` values are finalised with `zip_error_fini`
/// because `zip_error_strerror` may allocate inside them.
final class LibZipArchive {
  private let archive: OpaquePointer

  init(bytes: [UInt8]) throws(PackageError) {
    guard let copy = malloc(max(bytes.count, 1)) else { throw Self.outOfMemory }
    bytes.withUnsafeBytes { source in
      if let base = source.baseAddress { copy.copyMemory(from: base, byteCount: source.count) }
    }
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    guard let source = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error) else {
      free(copy)
      throw Self.openError(code: zip_error_code_zip(&error), detail: Self.text(of: &error))
    }
    guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
      zip_source_free(source)
      throw Self.openError(code: zip_error_code_zip(&error), detail: Self.text(of: &error))
    }
    self.archive = archive
  }

  deinit {
    zip_discard(archive)
  }

  var entryCount: Int {
    Int(clamping: zip_get_num_entries(archive, 0))
  }

  func stat(index: Int) throws(PackageError) -> LibZipEntryStat {
    var stat = zip_stat_t()
    zip_stat_init(&stat)
    let required =
      ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC | ZIP_STAT_COMP_METHOD
      | ZIP_STAT_ENCRYPTION_METHOD
    guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0,
      stat.valid & zip_uint64_t(required) == zip_uint64_t(required), let name = stat.name
    else {
      throw PackageError(
        message: "entry \(index + 1) of the package's zip directory is unreadable, so the file is "
          + "damaged; copy it again or re-save it from Word or LibreOffice")
    }
    return LibZipEntryStat(
      name: String(cString: name), uncompressedSize: stat.size, compressedSize: stat.comp_size,
      crc32: stat.crc, compressionMethod: stat.comp_method,
      isEncrypted: stat.encryption_method != UInt16(ZIP_EM_NONE))
  }

  /// The entry's bytes exactly as stored (still deflated, if they are);
  /// `count` is the compressed size the directory declares.
  func storedBytes(index: Int, count: Int, part: String) throws(PackageError) -> [UInt8] {
    guard let file = zip_fopen_index(archive, zip_uint64_t(index), zip_flags_t(ZIP_FL_COMPRESSED))
    else {
      throw PackageError(part: part, message: Self.damaged)
    }
    defer { zip_fclose(file) }
    var complete = true
    let bytes = [UInt8](unsafeUninitializedCapacity: max(count, 1)) { buffer, initialized in
      initialized = 0
      // libzip stops at the declared compressed size; a short read means the
      // archive ends before the entry does.
      while initialized < count {
        let read = zip_fread(
          file, buffer.baseAddress.map { $0 + initialized }, zip_uint64_t(count - initialized))
        guard read > 0 else { break }
        initialized += Int(read)
      }
      complete = initialized == count
    }
    guard complete else { throw PackageError(part: part, message: Self.damaged) }
    return bytes
  }

  private static let damaged =
    "the part is cut short or unreadable, so the file is damaged (perhaps it was truncated "
    + "while copying); copy it again or re-save it from Word or LibreOffice"

  private static let outOfMemory = PackageError(
    message: "there is not enough memory to open the package; close other programs and try again")

  private static func text(of error: inout zip_error_t) -> String {
    String(cString: zip_error_strerror(&error))
  }

  private static func openError(code: Int32, detail: String) -> PackageError {
    switch code {
    case ZIP_ER_NOZIP:
      PackageError(
        message: "the file is not a DOCX/ODT package (not a zip archive); "
          + "save it from Word or LibreOffice as .docx or .odt")
    case ZIP_ER_INCONS:
      PackageError(
        message: "the package's zip directory is inconsistent, so the file is damaged (perhaps "
          + "it was truncated while copying); copy it again or re-save it from Word or LibreOffice")
    case ZIP_ER_MEMORY:
      outOfMemory
    default:
      PackageError(
        message: "the package cannot be read (\(detail)); "
          + "re-save it from Word or LibreOffice as .docx or .odt")
    }
  }
}
