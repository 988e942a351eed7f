/// How well a person or collective completed their tasks in a year (mức độ
/// hoàn thành nhiệm vụ), the basis of every title.
public enum TaskRating: String, Sendable, Hashable, CaseIterable, Comparable {
  /// HTXSNV: hoàn thành xuất sắc nhiệm vụ.
  case excellent = "HTXSNV"
  /// HTTNV: hoàn thành tốt nhiệm vụ.
  case good = "HTTNV"
  /// HTNV: hoàn thành nhiệm vụ.
  case complete = "HTNV"
  /// KHTNV: không hoàn thành nhiệm vụ.
  case failed = "KHTNV"

  /// The abbreviation: “HTXSNV”.
  public var abbreviation: String { rawValue }

  /// “hoàn thành xuất sắc nhiệm vụ”.
  public var name: String {
    switch self {
    case .excellent: "hoàn thành xuất sắc nhiệm vụ"
    case .good: "hoàn thành tốt nhiệm vụ"
    case .complete: "hoàn thành nhiệm vụ"
    case .failed: "không hoàn thành nhiệm vụ"
    }
  }

  /// Whether the tasks were completed (HTNV or better).
  public var isComplete: Bool { self != .failed }

  /// Reads “HTXSNV”, “Hoàn thành xuất sắc nhiệm vụ”, “xuất sắc”, “excellent”…
  public init?(cell: String) {
    switch VocabularyKey.of(cell) {
    case "htxsnv", "hoan_thanh_xuat_sac_nhiem_vu", "xuat_sac", "hoan_thanh_xuat_sac", "excellent":
      self = .excellent
    case "httnv", "hoan_thanh_tot_nhiem_vu", "tot", "hoan_thanh_tot", "good": self = .good
    case "htnv", "hoan_thanh_nhiem_vu", "hoan_thanh", "complete": self = .complete
    case "khtnv", "khong_hoan_thanh_nhiem_vu", "khong_hoan_thanh", "failed": self = .failed
    default: return nil
    }
  }

  /// Better ratings sort first: HTXSNV < HTTNV < HTNV < KHTNV.
  public static func < (a: Self, b: Self) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }
}
