#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Folders for outputs, made as `mkdir -p` makes them.
///
/// By hand rather than with FileManager: its failures are CocoaErrors whose
/// wording needs Foundation (kept out of the tool, see Package.swift), while
/// this says what errno means in the same words as every other file error
/// of the package.
public enum Folder {
  /// Makes `path` and any missing folder above it, with `mode` (less the
  /// umask); an existing folder is fine.
  public static func create(_ path: String, mode: mode_t = 0o777) throws(PackageError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component
      if mkdir(prefix, mode) != 0, errno != EEXIST {
        throw PosixFile.failure(errno, "cannot create the folder '\(prefix)'")
      }
      var status = stat()
      guard stat(prefix, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
        throw PosixFile.failure(ENOTDIR, "cannot create the folder '\(prefix)'")
      }
      prefix += "/"
    }
  }
}
