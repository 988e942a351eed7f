#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Plain POSIX file reading and errno wording, shared by the reader and `AtomicFile`.
///
/// Foundation is avoided in this module: it is not needed for bytes in and
/// out, and keeping it out keeps libxml2's headers and Foundation's ICU apart.
public enum PosixFile {
  /// The whole file, refusing files larger than `maxSize` before reading them.
  public static func contents(of path: String, maxSize: Int) throws(PackageError) -> [UInt8] {
    // O_NONBLOCK: a named pipe given as a template would otherwise block
    // here until something writes to it; it is refused just below instead.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw failure(errno, "cannot open '\(path)'") }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure(errno, "cannot read '\(path)'") }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw PackageError(
        message: "'\(path)' is not a regular file; give the path of a .docx or .odt document")
    }
    let size = Int(status.st_size)
    guard size <= maxSize else {
      throw PackageError(
        message: "'\(path)' is \(size >> 20) MiB, too large for a document template; "
          + "make it smaller, e.g. compress its images")
    }
    var readError: Int32 = 0
    let bytes = [UInt8](unsafeUninitializedCapacity: max(size, 1)) { buffer, count in
      count = 0
      while count < size, let base = buffer.baseAddress {
        let got = read(descriptor, base + count, size - count)
        if got < 0 && errno == EINTR { continue }
        guard got > 0 else {
          readError = got < 0 ? errno : 0
          break
        }
        count += got
      }
    }
    guard readError == 0 else { throw failure(readError, "cannot read '\(path)'") }
    return bytes
  }

  /// Writes all of `bytes` to `descriptor`, retrying short writes; returns errno on failure.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    bytes.withUnsafeBytes { buffer -> Int32? in
      var written = 0
      while written < buffer.count, let base = buffer.baseAddress {
        let count = write(descriptor, base + written, buffer.count - written)
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return count < 0 ? errno : EIO }
        written += count
      }
      return nil
    }
  }

  /// `what: reason; advice` for an errno, in words an office worker can act on.
  static func failure(_ code: Int32, _ what: String) -> PackageError {
    let reason: String
    switch code {
    case ENOENT: reason = "the file or its folder does not exist; check the path"
    case EACCES, EPERM:
      reason = "permission denied; choose a folder you may write to or ask your administrator"
    case EROFS: reason = "the disk is read-only; choose another folder"
    case ENOSPC: reason = "the disk is full; free some space and try again"
    case EDQUOT: reason = "your disk quota is used up; free some space and try again"
    case EISDIR: reason = "it is a folder, not a file; give a file name"
    case ENOTDIR: reason = "part of the path is a file, not a folder; check the path"
    case ENAMETOOLONG: reason = "the path is too long; use a shorter name or folder"
    default: reason = String(cString: strerror(code))
    }
    return PackageError(message: "\(what): \(reason)")
  }
}
