import TemplateLanguage
import VanBan
import XCTest

@testable import Tallies

/// The template context made from data: seed sentences without arithmetic.
final class DataContextTests: XCTestCase {
  private func render(_ source: String, _ context: Value) throws -> String {
    let template = try TextTemplate(source, environment: DataInputs.environment)
    return try template.render(Scope(context))
  }

  private func seedContext(meta: String = "bao-cao.toml") throws -> Value {
    let dataset = DataLoader.load([Fixture.input("khen-thuong.csv"), Fixture.input("don-vi.csv")])
    let metadata = try MetadataLoader.load(path: Fixture.path(meta)).get()
    return DataContext.make(dataset, metadata: metadata)
  }

  func testSeed000s2021SentenceComesFromTheTallies() throws {
    let source = """
      {% set y = tallies.by_year["2021"] %}Năm {{ y.year }}: {% for g in y.groups %}\
      {% if g.status == "awarded" and g.authority == "Trưởng Ban" %}{{ g.authority }} tặng {{ g.award_short }} đối với {{ g.phrase }} {{ g.achievement }} trong {{ g.movement }}\
      {% elif g.status == "proposed" %}{{ g.status_text }} {{ g.authority }} tặng {{ g.award_short }} đối với {{ g.phrase }} {{ g.achievement }}\
      {% else %}có {{ g.phrase }} được {{ g.authority }} tặng {{ g.award_short }} {{ g.achievement }}{% endif %}\
      {{ "; " if not loop.last else "." }}{% endfor %}
      """
    XCTAssertEqual(
      try render(source, try seedContext()),
      "Năm 2021: Trưởng Ban tặng Giấy khen đối với 03 tập thể và 16 cá nhân có nhiều thành tích "
        + "thi đua trong phong trào thi đua năm 2020; đề xuất Chủ tịch UBND tỉnh tặng Bằng khen "
        + "đối với 04 tập thể và 03 cá nhân có thành tích xuất sắc trong các lĩnh vực hoạt động "
        + "của cơ quan; có 01 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen là điển hình tiên "
        + "tiến tiêu biểu của tỉnh Khánh Hòa.")
  }

  func testYearsKindsAndStatusesAreSummedWithTotals() throws {
    let c = try seedContext()
    XCTAssertEqual(
      try render(
        "{{ tallies.by_year['2022'].tap_the }}/{{ tallies.by_year['2022'].ca_nhan }}/{{ tallies.by_year['2022'].total }}",
        c), "6/30/36")
    XCTAssertEqual(
      try render("{{ tallies.by_year['2022'].by_status.proposed.phrase }}", c),
      "06 tập thể và 30 cá nhân")
    XCTAssertEqual(
      try render("{{ tallies.by_kind.ca_nhan.total }} {{ tallies.total.total }}", c), "53 66")
    XCTAssertEqual(
      try render("{% for y in tallies.years %}{{ y.year }} {% endfor %}", c), "2021 2022 2023 ")
    XCTAssertEqual(try render("{{ tallies.by_status.selecting.ca_nhan }}", c), "3")
    XCTAssertEqual(
      try render("{{ tallies.by_award['Giấy khen'].phrase }}", c), "06 tập thể và 30 cá nhân")
  }

  func testFiltersSelectAndSumRowsByAliases() throws {
    let c = try seedContext()
    XCTAssertEqual(
      try render("{{ tallies.rows | chon(year=2022, award='GK', kind='CN') | tong }}", c), "14")
    XCTAssertEqual(try render("{{ tallies.rows | where(status='đề nghị') | total }}", c), "43")
    XCTAssertEqual(
      try render(
        "{% set n = tallies.rows | chon(year='2021', award='Giấy khen') | dem %}{{ n.phrase }}", c),
      "03 tập thể và 16 cá nhân")
    XCTAssertEqual(
      try render("{{ tallies.rows | chon(unit='BAN DÂN TỘC', year=[2021, 2023]) | length }}", c),
      "6")
  }

  func testChonComparesWholeFloatsPastIntsRangeAsTextNotByTrapping() throws {
    let rows: Value = ["rows": [["year": 1e300], ["year": 2021.0], ["year": .double(.infinity)]]]
    XCTAssertEqual(try render("{{ rows | chon(year=2021) | length }}", rows), "1")
    XCTAssertEqual(try render("{{ rows | chon(year=1e300) | length }}", rows), "1")
  }

  func testTongAndDemOfCountsPastIntsRangeDoNotTrap() throws {
    let rows: Value = [
      "rows": [
        ["kind": "ca_nhan", "count": .int(.max)], ["kind": "ca_nhan", "count": 1],
      ]
    ]
    XCTAssertEqual(try render("{{ rows | tong }}", rows), "9.223372036854776e+18")
    XCTAssertThrowsError(try render("{{ (rows | dem).phrase }}", rows))
  }

  func testTheMetadataAndUnitFillTheHeaderAndSignature() throws {
    let c = try seedContext(meta: "ke-hoach.toml")
    XCTAssertEqual(
      try render("{{ meta.number_line }}|{{ meta.place_date }}|{{ unit.governing_body }}", c),
      "Số: 05/KH-BDT|Khánh Hòa, ngày 05 tháng 02 năm 2021|UBND tỉnh Khánh Hòa")
    XCTAssertEqual(
      try render("{% for d in meta.deadlines %}{{ d.date_short }} {% endfor %}", c),
      "15/03/2021 01/11/2021 20/11/2021 ")
    XCTAssertEqual(
      try render(
        "{{ meta.signer.title | upper }} {{ meta.signer.name }} {{ meta.extra.ghi_chu_noi_nhan }}",
        c), "TRƯỞNG BAN Đặng Văn Tuấn (VBĐT)")
    let draft = try seedContext(meta: "cong-van.toml")
    XCTAssertEqual(
      try render(
        "{{ meta.number_line }}|{{ meta.place_date }}|{{ meta.recipient_groups[1].items | join('; ') }}",
        draft),
      "Số:    /UBND-NCPC|Bắc Kạn, ngày    tháng    năm 2023|Sở Nội vụ; Lưu: VT, Thuyên")
  }

  func testNomineesCarryTheirHistoryAndCollectivesTheirMembers() throws {
    let dataset = DataLoader.load([Fixture.input("ca-nhan.csv"), Fixture.input("don-vi.csv")])
    let c = DataContext.make(dataset)
    XCTAssertEqual(
      try render(
        "{% for r in nominees.by_id.CN001.years %}{{ r.year }}:{{ r.received_text }} {% endfor %}",
        c), "2022:LĐTT, CSTĐCS 2023:LĐTT ")
    XCTAssertEqual(
      try render(
        "{% for r in nominees.by_year['2023'] if r.kind == 'tap_the' %}{{ r.name }} {{ r.members.count }} {{ r.members.holding['Lao động tiên tiến'] }}{% endfor %}",
        c), "Văn phòng Ban 3 2")
  }
}
