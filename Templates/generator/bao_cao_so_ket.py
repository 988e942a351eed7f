"""Báo cáo sơ kết / tổng kết — a unit's report on its emulation work over a
period, with the yearly results written from the tallies (seed 000: Ban Dân
tộc tỉnh Khánh Hòa, sơ kết công tác … điển hình tiên tiến giai đoạn 2023-2025).

Data (Samples/bao-cao-so-ket/):

  units CSV        the issuing unit: name, governing body, symbol, place, head
  tallies CSV      one row per count of awards: year, award, kind, count,
                   authority, status (tặng, được tặng, đề xuất, đã trình, đề
                   nghị, đang lựa chọn), movement, occasion, achievement; the
                   note of a row being selected names who it is selected with
  metadata TOML    type, date, period, recipients, [[references]] (cited in the
                   preamble), and [extra]:
    loai             "sơ kết" or "tổng kết"
    cong_tac         the work reported on ("tuyên truyền, phát hiện, …")
    tu, den          the years of the period in the summary
    ten_goi          how the unit names itself in the preamble (default: its name)
    tuyen_truyen[]   documents disseminated (section 1)     } citations:
    thuc_hien[]      documents implemented (section 2)      } loai, so, ngay,
    ban_hanh[]       the unit's own plans (section 2)       } co_quan,
    tiep_tuc[]       documents to keep implementing (sect. 4) } trich_yeu

The yearly paragraphs: one per year of the tallies; each group of rows (same
year, award, authority, status, movement, occasion, achievement; collective
and individual counts joined as "03 tập thể và 16 cá nhân") is a clause.
Clauses follow each other with "; ", with " và " when the verb and the
authority repeat (and are left out), and start a new sentence when only the
authority changes. A year whose first clause is a proposal or a selection
reads "Năm 2022, Ban Dân tộc …"; one whose first clause is an award "Năm
2021: Trưởng Ban tặng …".
"""

from __future__ import annotations

from docx.shared import Mm

import decree30 as d30

NAME = "bao-cao-so-ket"
TITLE = "Báo cáo sơ kết, tổng kết"
SUBJECT = "Báo cáo sơ kết, tổng kết công tác thi đua, khen thưởng (Nghị định 30/2020/NĐ-CP)"

ISSUER_RULE = Mm(15)
SUMMARY_RULE = Mm(50)

E = "meta.extra"
PERIOD = f"{{{{ {E}.tu|giai_doan({E}.den) }}}}"
SUMMARY = f"{{{{ {E}.loai|hoa_chu_dau }}}} công tác {{{{ {E}.cong_tac }}}} giai đoạn {PERIOD}"

PREAMBLE = (
    "Thực hiện "
    "{% for r in meta.references %}{{ r.citation }}; {% endfor %}"
    f"{{{{ {E}.ten_goi|default(ten) }}}} báo cáo kết quả thực hiện như sau:"
)


def cite_list(var: str, sep: str, last_sep: str | None = None) -> str:
    """A loop over the citations of meta.extra.<var>, joined by ``sep`` (and
    ``last_sep`` before the last)."""
    joiner = (
        f"{{% if not loop.last %}}{sep}{{% endif %}}"
        if last_sep is None
        else f"{{% if loop.revindex == 2 %}}{last_sep}{{% elif not loop.last %}}{sep}{{% endif %}}"
    )
    return f"{{% for c in {E}.{var} %}}{d30.cite('c')}{joiner}{{% endfor %}}"


MOVEMENT = "{% if g.movement %} trong {{ g.movement }}{% endif %}{% if g.occasion %} tại {{ g.occasion }}{% endif %}"

YEAR = (
    "Năm {{ y.year }}"
    "{% for g in y.groups %}"
    "{% set p = loop.previtem if not loop.first else none %}"
    "{% set lap = p is not none and g.status_text == p.status_text and g.authority == p.authority %}"
    "{% set moi = p is not none and g.status_text == p.status_text and g.authority != p.authority %}"
    "{% if loop.first %}"
    "{% if g.status in ['proposed', 'selecting'] %}, {{ ten }} {% else %}: {% endif %}"
    "{% elif lap %} và {% elif moi %}. {% else %}; {% endif %}"
    "{% if g.status == 'selecting' %}"
    "đang phối hợp với {{ g.rows[0].note or 'các đơn vị' }} lựa chọn, giới thiệu "
    "{{ g.total|hai_so }} đại biểu {{ g.achievement }} được lựa chọn tham dự {{ g.occasion }}"
    "{% elif g.status_text == 'được tặng' %}"
    "có {{ g.phrase }} được {{ g.authority }} tặng {{ g.award_short }} {{ g.achievement }}" + MOVEMENT +
    "{% elif g.status == 'awarded' %}"
    "{{ g.authority }} tặng {{ g.award_short }} đối với {{ g.phrase }} {{ g.achievement }}" + MOVEMENT +
    "{% else %}"
    "{% if not lap %}{{ g.status_text|hoa_chu_dau if moi else g.status_text }} {{ g.authority }} {% endif %}"
    "tặng {{ g.award_short }} đối với {{ g.phrase }} {{ g.achievement }}" + MOVEMENT +
    "{% endif %}"
    "{% endfor %}."
)

BODY = f"""
{PREAMBLE}
## 1. Công tác tuyên truyền, phổ biến, quán triệt, triển khai thực hiện các văn bản
Thông qua các cuộc họp giao ban của cơ quan, Chi ủy, Lãnh đạo {{{{ ten }}}} thường xuyên quán triệt đến cán bộ, công chức và người lao động về ý nghĩa, tầm quan trọng của việc phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến; khuyến khích cán bộ, công chức thường xuyên học tập, nghiên cứu, đề xuất các sáng kiến cải tiến, nâng cao hiệu quả công việc; đồng thời tuyên dương những điển hình tiên tiến, các sáng kiến, giải pháp có hiệu quả được công nhận lồng ghép tại trong các Hội nghị sơ kết, tổng kết công tác dân tộc và đăng tải trên Trang thông tin điện tử của cơ quan. Nội dung tuyên truyền trọng tâm: {cite_list('tuyen_truyen', '; ')} và các văn bản có liên quan đến toàn thể cán bộ, công chức và người lao động trong cơ quan thông qua các cuộc họp giao ban tháng, qua hệ thống E-Office và đăng tải trên Trang thông tin điện tử của cơ quan.
## 2. Kết quả triển khai thực hiện {{{{ {E}.cong_tac }}}} giai đoạn {PERIOD}
- Thực hiện {cite_list('thuc_hien', ', ')}; {{{{ ten }}}} ban hành {cite_list('ban_hanh', ', ', ' và ')}. Trong đó trọng tâm là xây dựng tiêu chuẩn cụ thể cho các tập thể, cá nhân điển hình tiên tiến, khen thưởng những tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong công tác, học tập; dẫn đầu trong các phong trào thi đua, gương người tốt, việc tốt trong đời sống xã hội.
- Qua các phong trào thi đua do cơ quan phát động, đã có những tập thể, cá nhân là điển hình tiên tiến được phát hiện, xây dựng, biểu dương và nhân rộng điển hình tiên tiến thông qua Hội nghị cán bộ, công chức hàng năm; Hội nghị sơ kết, tổng kết công tác dân tộc và Hội nghị biểu dương người có uy tín, cụ thể:
% {{%p for y in tallies.years %}}
{YEAR}
% {{%p endfor %}}
## 3. Đánh giá chung
Chi ủy, Lãnh đạo {{{{ ten }}}} quan tâm, thường xuyên quán triệt đến cán bộ, công chức và người lao động về ý nghĩa, tầm quan trọng của việc phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến; khuyến khích cán bộ, công chức thường xuyên học tập, nghiên cứu, đề xuất các sáng kiến cải tiến, nâng cao hiệu quả công việc; đồng thời tuyên dương những điển hình tiên tiến, các sáng kiến, giải pháp có hiệu quả được công nhận lồng ghép tại trong các Hội nghị sơ kết, tổng kết công tác dân tộc và đăng tải trên Trang thông tin điện tử của cơ quan; công tác tổ chức phong trào thi đua từng bước đổi mới và đẩy mạnh với nhiều hình thức, nội dung phong phú, sát với thực tiễn của cơ quan, góp phần hoàn thành các nhiệm vụ chính trị được giao.
## 4. Phương hướng, nhiệm vụ trong thời gian tới
- Tiếp tục tuyên truyền, xây dựng, bồi dưỡng và nhân rộng các điển hình tiên tiến, mô hình mới nhằm tạo sự chuyển biến trong nhận thức và trách nhiệm của chi ủy, chính quyền, đoàn thể, công chức, đảng viên về vai trò, tác dụng của công tác thi đua, khen thưởng, từ đó, khơi dậy tinh thần thi đua lao động, sáng tạo, khắc phục khó khăn, hoàn thành tốt nhiệm vụ chính trị được giao.
- Tiếp tục thực hiện {cite_list('tiep_tuc', '; ')} và các văn liên quan về công tác thi đua - khen thưởng.
- Xây dựng các tiêu chí điển hình tiên tiến của tập thể và cá nhân phù hợp với đặc điểm, tính chất, nhiệm vụ của cơ quan. Công tác thi đua, khen thưởng phải bám sát các cuộc vận động, phong trào thi đua lớn của đất nước và của tỉnh gắn với việc thực hiện: “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.
- Tiếp tục đổi mới các hình thức tổ chức phong trào thi đua; phát huy tính năng động, sáng tạo trong thực hiện nhiệm vụ.
Trên đây là báo cáo {{{{ {E}.loai }}}} công tác {{{{ {E}.cong_tac }}}} của {{{{ ten }}}}./.
"""


def build():
    doc = d30.new_document(TITLE, SUBJECT)
    d30.standard_header(doc, "BÁO CÁO", SUMMARY, ISSUER_RULE, SUMMARY_RULE)
    d30.blocks(doc, BODY)
    d30.standard_signature(doc)
    return doc
