#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file so that readers see the old content or the complete new one, never half.
///
/// The bytes go to a fresh temporary file in the target's folder (same file
/// system, so the final rename is atomic), are flushed to disk, and the file
/// is renamed over the target. On any failure the temporary file is removed
/// and the target is left as it was.
///
/// The folder is not flushed after the rename. Flushing the file first is what
/// keeps a power cut from leaving an empty or partial file under the target's
/// name; without the folder flush, a power cut right after the rename can only
/// bring back the old file (which make then rebuilds, being older than its
/// sources). The folder flush cost make's one-process-per-document renders
/// about 0.15 ms each, for nothing a build can observe.
public enum AtomicFile {
  /// Writes `bytes` to `path`; `-` means standard output.
  public static func write(_ bytes: [UInt8], to path: String) throws(PackageError) {
    if path == "-" {
      if let code = PosixFile.writeAll(bytes, to: STDOUT_FILENO) {
        throw PosixFile.failure(code, "cannot write to standard output")
      }
      return
    }
    guard !path.isEmpty, !path.hasSuffix("/") else {
      throw PackageError(message: "'\(path)' is not a file name; give the name of the output file")
    }
    let (temporaryPath, descriptor) = try createTemporaryFile(besides: path)
    var closed = false
    do throws(PackageError) {
      // Keep the permissions of the file being replaced, so that replacing
      // a shared document does not make it private (or vice versa).
      var existing = stat()
      if stat(path, &existing) == 0 { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
      if let code = PosixFile.writeAll(bytes, to: descriptor) {
        throw PosixFile.failure(code, "cannot write '\(path)'")
      }
      guard fsync(descriptor) == 0 else { throw PosixFile.failure(errno, "cannot write '\(path)'") }
      closed = true
      guard close(descriptor) == 0 else { throw PosixFile.failure(errno, "cannot write '\(path)'") }
      guard rename(temporaryPath, path) == 0 else {
        throw PosixFile.failure(errno, "cannot replace '\(path)'")
      }
    } catch {
      if !closed { close(descriptor) }
      unlink(temporaryPath)
      throw error
    }
  }

  /// Creates `.<name>.<random>.tmp` next to `path` with `O_EXCL`, so that two
  /// writers never share a temporary file.
  private static func createTemporaryFile(
    besides path: String
  ) throws(PackageError) -> (path: String, descriptor: Int32) {
    let (folder, name) = split(path)
    var lastError: Int32 = EEXIST
    for _ in 0..<16 {
      let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      let candidate = folder + "." + name + "." + suffix + ".tmp"
      let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor >= 0 { return (candidate, descriptor) }
      lastError = errno
      if lastError != EEXIST { break }
    }
    throw PosixFile.failure(lastError, "cannot create a temporary file next to '\(path)'")
  }

  /// The folder part (with its trailing slash, empty for the current folder) and the file name.
  private static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    return (String(path[...slash]), String(path[path.index(after: slash)...]))
  }
}
