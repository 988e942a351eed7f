"""Báo cáo sơ kết — the interim report of seed 000 (Ban Dân tộc tỉnh Khánh Hòa,
sơ kết công tác … điển hình tiên tiến giai đoạn 2023-2025).

Context keys (see Samples/bao-cao-so-ket/context.json):

  co_quan_chu_quan        governing body, any case ("UBND tỉnh Khánh Hòa")
  co_quan.ten             issuing body ("Ban Dân tộc")
  co_quan.ten_goi         how the body names itself in the preamble
                          (optional, default co_quan.ten: "Ban Dân tộc tỉnh")
  co_quan.viet_tat        its symbol in "Số: …/BC-BDT" ("BDT")
  so                      document number, or null for a draft (blank)
  ngay                    date "YYYY-MM-DD", or null/absent for a draft
  nam, thang              year (and month, may be null) of a draft date
  noi_ban_hanh            place in the date line ("Khánh Hòa")
  noi_dung                what the report is about, lower case, used in the
                          summary and in the closing sentence
  giai_doan.tu/.den       the period in the summary (2023, 2025)
  can_cu[]                the documents the preamble cites: loai, so_ky_hieu,
                          ngay (YYYY-MM-DD), co_quan (optional), trich_yeu
  muc[]                   numbered sections: tieu_de, doan[] (paragraphs),
                          gach_dau_dong (paragraphs begin with "- "),
                          ket_qua_khen_thuong (the yearly results follow)
  khen_thuong[]           per year: nam, ket_qua[] — see YEAR below
  noi_nhan[], luu         recipients; "Lưu: VT, …"
  nguoi_ky.tham_quyen     optional "KT. Trưởng Ban", "TM. Ủy ban nhân dân"
  nguoi_ky.chuc_vu        "Trưởng Ban"
  nguoi_ky.ho_ten         "Võ Nam Thắng"
"""

from __future__ import annotations

from docx.shared import Mm

import decree30 as d30

NAME = "bao-cao-so-ket"
TITLE = "Báo cáo sơ kết"
SUBJECT = "Báo cáo sơ kết công tác thi đua, khen thưởng (Nghị định 30/2020/NĐ-CP)"

# Length of the short line under the issuing body: 1/3–1/2 of its name.
# "BAN DÂN TỘC" at 13 pt bold is 30 mm wide.
ISSUER_RULE = Mm(15)
# Under the summary: 1/3–1/2 of a summary line (the first line of the
# sample's summary fills most of the 165 mm text width).
SUMMARY_RULE = Mm(50)

GOVERNING_BODY = "{{ co_quan_chu_quan|hoa }}"
ISSUING_BODY = "{{ co_quan.ten|hoa }}"
NUMBER = '{{ so|so_ky_hieu("Báo cáo", co_quan.viet_tat) }}'
PLACE_AND_DATE = (
    "{% if ngay is defined and ngay %}"
    "{{ ngay|ngay_thang_nam(noi_ban_hanh) }}"
    "{% else %}"
    "{{ nam|ngay_trong(thang|default(none), none, noi_ban_hanh) }}"
    "{% endif %}"
)
SUMMARY = (
    "{{ noi_dung[:1]|upper }}{{ noi_dung[1:] }} giai đoạn "
    "{{ giai_doan.tu|giai_doan(giai_doan.den) }}"
)

# The preamble: "Thực hiện Kế hoạch số 12065/KH-UBND ngày 21/4/2021 của UBND
# tỉnh về việc …; …; Ban Dân tộc tỉnh báo cáo kết quả thực hiện như sau:"
PREAMBLE = (
    "Thực hiện "
    "{% for c in can_cu %}"
    "{{ c.loai }}"
    " số "
    "{{ c.so_ky_hieu }}"
    " ngày "
    "{{ c.ngay|ngay_ngan }}"
    "{% if c.co_quan is defined and c.co_quan %}"
    " của "
    "{{ c.co_quan }}"
    "{% endif %}"
    " "
    "{{ c.trich_yeu }}"
    "; "
    "{% endfor %}"
    "{{ co_quan.ten_goi|default(co_quan.ten) }}"
    " báo cáo kết quả thực hiện như sau:"
)

# One paragraph per year of khen_thuong. Each entry of ket_qua is one clause:
#
#   loai "tang"       <nguoi_tang> tặng <hinh_thuc> đối với <đối tượng> <thanh_tich>
#   loai "de_nghi"    <dong_tu> <nguoi_tang> tặng <hinh_thuc> đối với <đối tượng> <thanh_tich>
#                     (dong_tu: "đề nghị" by default, "đề xuất", "đã trình")
#   loai "duoc_tang"  có <đối tượng> được <nguoi_tang> tặng <hinh_thuc> <thanh_tich>
#   loai "gioi_thieu" đang phối hợp với <phoi_hop> lựa chọn, giới thiệu <đối tượng>
#                     <thanh_tich> được lựa chọn tham dự <su_kien>
#
# <đối tượng> is doi_tuong if given ("tập thể Ban Dân tộc"), else the counts:
# "03 tập thể và 16 cá nhân", "01 cá nhân", "03 đại biểu" (hai_so pads).
# gioi_tu replaces "đối với" ("cho"). The year opens with "Năm 2021: " when
# an authority acts first, or "Năm 2022, Ban Dân tộc " when the unit does
# (de_nghi, gioi_thieu). Clauses are joined by "; ", by " và " when a clause
# repeats the previous one's verb and authority (which are then left out), or
# by ". " when it has cau_moi: true (a new sentence, capitalised).
YEAR = (
    "Năm "
    "{{ n.nam }}"
    "{% for k in n.ket_qua %}"
    "{% set dong_tu = k.dong_tu|default('đề nghị') %}"
    "{% set cau_moi = k.cau_moi|default(false) %}"
    "{% set noi = not loop.first and k.loai == loop.previtem.loai"
    " and dong_tu == loop.previtem.dong_tu|default('đề nghị')"
    " and k.nguoi_tang|default('') == loop.previtem.nguoi_tang|default('') %}"
    "{% if loop.first %}"
    "{% if k.loai in ['de_nghi', 'gioi_thieu'] %}, {{ co_quan.ten }} {% else %}: {% endif %}"
    "{% elif noi %} và {% elif cau_moi %}. {% else %}; {% endif %}"
    "{% if k.loai == 'tang' %}"
    "{{ k.nguoi_tang }}"
    " tặng "
    "{{ k.hinh_thuc }} {{ k.gioi_tu|default('đối với') }} "
    "{% elif k.loai == 'de_nghi' %}"
    "{% if not noi %}{{ dong_tu|capitalize if cau_moi else dong_tu }} {{ k.nguoi_tang }} {% endif %}"
    "tặng "
    "{{ k.hinh_thuc }} {{ k.gioi_tu|default('đối với') }} "
    "{% elif k.loai == 'duoc_tang' %}"
    "{{ 'Có' if cau_moi else 'có' }} "
    "{% elif k.loai == 'gioi_thieu' %}"
    "đang phối hợp với "
    "{{ k.phoi_hop }}"
    " lựa chọn, giới thiệu "
    "{% endif %}"
    "{% if k.doi_tuong is defined %}{{ k.doi_tuong }}{% else %}"
    "{% if k.tap_the|default(0) %}{{ k.tap_the|hai_so }} tập thể{% if k.ca_nhan|default(0) %} và {% endif %}{% endif %}"
    "{% if k.ca_nhan|default(0) %}{{ k.ca_nhan|hai_so }} cá nhân{% endif %}"
    "{% if k.dai_bieu|default(0) %}{{ k.dai_bieu|hai_so }} đại biểu{% endif %}"
    "{% endif %}"
    "{% if k.loai == 'duoc_tang' %} được {{ k.nguoi_tang }} tặng {{ k.hinh_thuc }}{% endif %}"
    " "
    "{{ k.thanh_tich }}"
    "{% if k.loai == 'gioi_thieu' %} được lựa chọn tham dự {{ k.su_kien }}{% endif %}"
    "{% endfor %}"
    "."
)

CLOSING = (
    "Trên đây là báo cáo "
    "{{ noi_dung }}"
    " của "
    "{{ co_quan.ten }}"
    "./."
)


def build():
    doc = d30.new_document(TITLE, SUBJECT)

    d30.header_table(
        doc,
        governing_body=GOVERNING_BODY,
        issuing_body=ISSUING_BODY,
        number_line=NUMBER,
        place_and_date=PLACE_AND_DATE,
        issuer_rule=ISSUER_RULE,
    )
    d30.title(doc, "BÁO CÁO", SUMMARY, SUMMARY_RULE)

    d30.paragraph(doc, PREAMBLE)

    # Numbered sections: "1. <tieu_de>" (bold), then its paragraphs, then,
    # in the section that asks for them, the yearly results.
    d30.control(doc, "{%p for m in muc %}")
    d30.paragraph(doc, "{{ loop.index }}. {{ m.tieu_de }}", style="VB Heading")
    d30.control(doc, "{%p for d in m.doan %}")
    d30.paragraph(doc, "{% if m.gach_dau_dong|default(false) %}- {% endif %}{{ d }}")
    d30.control(doc, "{%p endfor %}")
    d30.control(doc, "{%p if m.ket_qua_khen_thuong|default(false) %}")
    d30.control(doc, "{%p for n in khen_thuong %}")
    d30.paragraph(doc, YEAR)
    d30.control(doc, "{%p endfor %}")
    d30.control(doc, "{%p endif %}")
    d30.control(doc, "{%p endfor %}")

    d30.paragraph(doc, CLOSING)

    d30.signature_table(
        doc,
        recipients=[
            "{%p for r in noi_nhan %}",
            "- {{ r }};",
            "{%p endfor %}",
            "- Lưu: {{ luu }}.",
        ],
        signature=[
            ("{%p if nguoi_ky.tham_quyen is defined and nguoi_ky.tham_quyen %}", "VB Signature Title"),
            ("{{ nguoi_ky.tham_quyen|hoa }}", "VB Signature Title"),
            ("{%p endif %}", "VB Signature Title"),
            ("{{ nguoi_ky.chuc_vu|hoa }}", "VB Signature Title"),
            ("{{ nguoi_ky.ho_ten }}", "VB Signer"),
        ],
    )
    return doc
