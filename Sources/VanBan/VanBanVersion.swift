/// The version `vanban --version` prints.
public enum VanBanVersion {
  public static let current = "0.1.0"
}
