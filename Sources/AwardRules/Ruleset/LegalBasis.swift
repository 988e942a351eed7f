/// Where the law says it: a document and, within it, Điều, khoản, điểm.
public struct LegalBasis: Sendable, Hashable, CustomStringConvertible {
  /// The document: “Luật Thi đua, khen thưởng 2022”, “Nghị định 91/2017/NĐ-CP”.
  public var document: String
  /// Điều (article), as written: “74”.
  public var article: String?
  /// Khoản (clause): “1”.
  public var clause: String?
  /// Điểm (point): “d”.
  public var point: String?
  /// Whether the citation still has to be confirmed against the text
  /// (domain.md marks such facts *unconfirmed*); printed as such.
  public var unconfirmed: Bool

  public init(
    document: String, article: String? = nil, clause: String? = nil, point: String? = nil,
    unconfirmed: Bool = false
  ) {
    self.document = document
    self.article = article
    self.clause = clause
    self.point = point
    self.unconfirmed = unconfirmed
  }

  /// As a citation reads, smallest unit first: “điểm d khoản 1 Điều 74
  /// Luật Thi đua, khen thưởng 2022”.
  public var citation: String {
    var parts: [String] = []
    if let point { parts.append("điểm \(point)") }
    if let clause { parts.append("khoản \(clause)") }
    if let article { parts.append("Điều \(article)") }
    parts.append(document)
    return parts.joined(separator: " ") + (unconfirmed ? " (chưa xác nhận)" : "")
  }

  public var description: String { citation }

  /// The same basis at another point of the same clause.
  func at(point: String?) -> LegalBasis {
    var b = self
    if let point { b.point = point }
    return b
  }
}
