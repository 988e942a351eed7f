import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes the many documents of a batch: each whole or not at all, like
/// `AtomicFile` (a temporary file beside the target, renamed over it), but
/// flushed to disk once for the whole batch rather than once per file.
///
/// A rename is atomic whether or not the file was flushed first: a reader
/// sees the old document or the complete new one. What a flush per file
/// adds is durability across a power cut, and it costs a journal commit
/// each — about a millisecond on ext4, more than rendering the document,
/// and commits do not run in parallel, so per-file flushes would keep a
/// batch from scaling with cores. `BatchFile.flush(folders:)` at the end of
/// the batch gives the same durability before the command exits.
enum BatchFile {
  /// Writes `bytes` to `path` through a temporary file renamed over it.
  static func write(_ bytes: [UInt8], to path: String) throws(VanBanError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let temporary =
      folder + "/." + url.lastPathComponent + "."
      + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw failure(path, "cannot create a temporary file next to it") }
    var existing = stat()
    if stat(path, &existing) == 0 { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
    var offset = 0
    var ok = true
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      while offset < buffer.count {
        let n = systemWrite(descriptor, base + offset, buffer.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          ok = false
          return
        }
        offset += n
      }
    }
    let code = errno
    if close(descriptor) != 0 { ok = false }
    guard ok, rename(temporary, path) == 0 else {
      let why = String(cString: strerror(ok ? errno : code))
      unlink(temporary)
      throw failure(path, "cannot write it: \(why)")
    }
  }

  /// Flushes the file systems holding `folders` to disk, once each.
  static func flush(folders: Set<String>) {
    #if os(Linux)
      var devices = Set<UInt64>()
      for folder in folders {
        var info = stat()
        guard stat(folder.isEmpty ? "." : folder, &info) == 0,
          devices.insert(UInt64(info.st_dev)).inserted
        else { continue }
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { continue }
        if let syncfs { _ = syncfs(descriptor) } else { sync() }
        close(descriptor)
      }
    #else
      if !folders.isEmpty { sync() }
    #endif
  }

  private static func failure(_ path: String, _ message: String) -> VanBanError {
    VanBanError(.outputFailure, file: path, "error: \(message)")
  }
}

@inline(__always)
private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
  write(fd, p, n)
}

#if os(Linux)
  /// glibc's `syncfs(2)`, which the Glibc module does not declare; nil
  /// where the C library lacks it.
  private let syncfs: (@convention(c) (Int32) -> Int32)? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
  }()
#endif
