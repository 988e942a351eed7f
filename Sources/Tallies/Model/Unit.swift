/// An issuing unit (cơ quan, đơn vị): what heads its documents and signs
/// them. Batch generation makes one document per unit.
public struct Unit: Sendable, Hashable {
  /// “Ban Dân tộc”.
  public var name: String
  /// The governing body printed above it: “UBND tỉnh Khánh Hòa”.
  public var governingBody: String?
  /// The symbol in document numbers: “BDT”, “UBND-NCPC”.
  public var symbol: String
  /// The place name of the date line: “Khánh Hòa”.
  public var place: String
  /// The head's title: “Trưởng Ban”, “Chủ tịch”.
  public var headTitle: String?
  /// The head's name: “Võ Nam Thắng”.
  public var headName: String?
  public var source: SourceLocation

  public init(
    name: String, governingBody: String? = nil, symbol: String, place: String,
    headTitle: String? = nil, headName: String? = nil, source: SourceLocation
  ) {
    self.name = name
    self.governingBody = governingBody
    self.symbol = symbol
    self.place = place
    self.headTitle = headTitle
    self.headName = headName
    self.source = source
  }
}
