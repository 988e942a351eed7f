#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import OfficeTemplates

extension TemplateCache {
  /// The cache the command line uses: the folder `VANBAN_CACHE` names
  /// (`off` or empty: no cache), else `$XDG_CACHE_HOME/vanban`, else
  /// `~/.cache/vanban`.
  ///
  /// Its entries belong to one build of vanban: the salt names the running
  /// executable's file (size, time, inode), so a rebuilt vanban, whose
  /// compiler or filters may differ, never uses another build's entries.
  /// Without a way to name the executable there is no cache.
  public static var standard: TemplateCache? {
    let folder: String
    if let chosen = environment("VANBAN_CACHE") {
      guard !chosen.isEmpty, chosen != "off" else { return nil }
      folder = chosen
    } else if let cacheHome = environment("XDG_CACHE_HOME"), cacheHome.hasPrefix("/") {
      folder = cacheHome + "/vanban"
    } else if let home = environment("HOME"), !home.isEmpty {
      folder = home + "/.cache/vanban"
    } else {
      return nil
    }
    guard let build = executableIdentity() else { return nil }
    return TemplateCache(folder: folder, salt: "vanban \(VanBanVersion.current) \(build)")
  }

  private static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  private static func executableIdentity() -> String? {
    #if os(Linux)
      var status = stat()
      guard stat("/proc/self/exe", &status) == 0 else { return nil }
      return
        "\(status.st_dev) \(status.st_ino) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    #else
      return nil
    #endif
  }
}
