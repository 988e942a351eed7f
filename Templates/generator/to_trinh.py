"""Tờ trình đề nghị khen thưởng — a unit's submission to the provincial
chairman proposing awards, with the list of the nominees the rules stage
(vanban check) finds eligible, the totals and the bonus: the document that
follows a sơ kết or tổng kết in every office. No seed; the form follows
Decree 30/2020 (Phụ lục III, mẫu 1.4: Tờ trình).

Data (Samples/to-trinh/):

  units CSV        the issuing unit and its divisions (the nominees' units)
  nominees CSV     one row per person or collective per year: rating,
                   titles received, initiatives, discipline, and the awards
                   proposed ("Đề nghị"); the rules stage judges each proposal
                   and gives `findings` (README, "Findings in templates")
  metadata TOML    type "Tờ trình", number, date (the decision date: it picks
                   the ruleset and the base salary), summary, to (Kính gửi),
                   recipients, [[references]] (Căn cứ …), and [extra]:
    nam              the year judged
    hinh_thuc[]      the awards this submission asks for (the list keeps the
                     eligible proposals of these awards)
    thanh_tich       what the nominees are commended for
    hoi_dong         the council that reviewed the proposals
    hop_ngay         the date of its meeting

Proposals found ineligible, or needing a reading of the dossier, are left
out of the list; the body says how many.
"""

from __future__ import annotations

from docx.shared import Mm

import decree30 as d30

NAME = "to-trinh"
TITLE = "Tờ trình đề nghị khen thưởng"
SUBJECT = "Tờ trình đề nghị khen thưởng (Nghị định 30/2020/NĐ-CP)"

ISSUER_RULE = Mm(15)
SUMMARY_RULE = Mm(40)

E = "meta.extra"

SETUP = f"""
% {{% set e = {E} %}}
% {{% set xet = findings.by_year[e.nam|string]|selectattr('award', 'in', e.hinh_thuc)|list %}}
% {{% set ds = xet|selectattr('verdict', 'equalto', 'eligible')|list %}}
% {{% set n_tt = ds|selectattr('kind', 'equalto', 'tap_the')|list|length %}}
% {{% set n_cn = ds|selectattr('kind', 'equalto', 'ca_nhan')|list|length %}}
% {{% set doi_tuong = ((n_tt|hai_so ~ ' tập thể') if n_tt else '') ~ (' và ' if n_tt and n_cn else '') ~ ((n_cn|hai_so ~ ' cá nhân') if n_cn else '') %}}
% {{% set tong = ds|sum(attribute='bonus_amount') %}}
% {{% set hinh_thuc = e.hinh_thuc|noi_danh_sach %}}
"""

ADDRESSEE = """
% {%p if meta.to|length == 1 %}
> Kính gửi: {{ meta.to[0] }}.
% {%p else %}
> Kính gửi:
% {%p for t in meta.to %}
> - {{ t }}{{ '.' if loop.last else ';' }}
% {%p endfor %}
% {%p endif %}
"""

BODY = """
% {%p for r in meta.references %}
Căn cứ {{ r.citation }};
% {%p endfor %}
Căn cứ kết quả họp xét của {{ e.hoi_dong }} ngày {{ e.hop_ngay|ngay_ngan }},
{{ ten }} kính trình {{ meta.to[0] }} xem xét, tặng {{ hinh_thuc }} cho {{ doi_tuong }} {{ e.thanh_tich }} năm {{ e.nam }}.
(Có danh sách kèm theo)
Tổng số tiền thưởng: {{ tong|tien_day_du }}.
% {%p if xet|length > ds|length %}
Các trường hợp đã đề nghị nhưng chưa đủ điều kiện hoặc cần bổ sung hồ sơ thành tích ({{ (xet|length - ds|length)|hai_so }} trường hợp) không đưa vào danh sách; {{ ten }} sẽ hoàn thiện hồ sơ và trình sau.
% {%p endif %}
Kính trình {{ meta.to[0] }} xem xét, quyết định./.
"""

# The list: STT, name, position, unit, award, legal basis, bonus.
WIDTHS = [Mm(12), Mm(30), Mm(22), Mm(26), Mm(24), Mm(28), Mm(23)]
HEAD = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức đề nghị", "Căn cứ", "Tiền thưởng (đồng)"]
BASIS = (
    "{% set dat = p.criteria|selectattr('alternative')|list %}"
    "{{ (dat[0].basis if dat else p.basis)|replace(' (chưa xác nhận)', '') }}"
)
ROW = [
    ("{{ loop.index }}", "VB Table Number"),
    ("{{ p.name }}", "VB Table Cell"),
    ("{{ p.position or '' }}", "VB Table Cell"),
    ("{{ p.unit }}", "VB Table Cell"),
    ("{{ p.award }}", "VB Table Cell"),
    (BASIS, "VB Table Cell"),
    ("{{ p.bonus_amount|so }}", "VB Table Number"),
]
TOTAL = [
    ("", "VB Table Number"),
    ("Tổng cộng", "VB Table Head"),
    ("", "VB Table Cell"),
    ("", "VB Table Cell"),
    ("{{ doi_tuong }}", "VB Table Cell"),
    ("", "VB Table Cell"),
    ("{{ tong|so }}", "VB Table Head"),
]


def build():
    doc = d30.new_document(TITLE, SUBJECT)
    d30.standard_header(doc, "TỜ TRÌNH", "{{ meta.summary }}", ISSUER_RULE, SUMMARY_RULE)
    d30.blocks(doc, SETUP)
    d30.blocks(doc, ADDRESSEE)
    d30.blocks(doc, BODY)
    d30.standard_signature(doc)

    # The appendix: "Có danh sách kèm theo".
    d30.page_break(doc)
    d30.paragraph(doc, "DANH SÁCH", style="VB Type")
    d30.paragraph(doc, "{{ meta.summary|replace('Về việc đề nghị', 'Đề nghị') }}", style="VB Summary")
    p = d30.paragraph(doc, "(Kèm theo Tờ trình {{ 'số ' ~ meta.number_symbol if meta.number else 'số    /' ~ meta.symbol }}"
                      " ngày {{ meta.date|ngay_ngan if meta.day else '    ' }} của {{ ten }})",
                      style="VB Summary", bold=False, italic=True)
    p.paragraph_format.space_after = d30.Pt(12)
    table = d30.grid_table(doc, WIDTHS)
    for cell, text in zip(table.rows[0].cells, HEAD):
        d30.cell_paragraph(cell, text, "VB Table Head")
    for tag in ("{%tr for p in ds %}", None, "{%tr endfor %}"):
        row = d30.add_row(table, WIDTHS)
        if tag is None:
            for cell, (text, style) in zip(row.cells, ROW):
                d30.cell_paragraph(cell, text, style)
        else:
            d30.cell_paragraph(row.cells[0], tag, "VB Table Cell")
            for cell in row.cells[1:]:
                d30.cell_paragraph(cell, "", "VB Table Cell")
    row = d30.add_row(table, WIDTHS)
    for cell, (text, style) in zip(row.cells, TOTAL):
        d30.cell_paragraph(cell, text, style)
    # Repeat the head row on every page of the list.
    from docx.oxml import OxmlElement
    trPr = table.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trPr.append(el)
    return doc
