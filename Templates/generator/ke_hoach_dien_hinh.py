"""Kế hoạch xây dựng, nhân rộng điển hình tiên tiến — a province's plan
for building up and spreading model examples over a five-year period (seed
004: UBND tỉnh Ninh Thuận, giai đoạn 2021-2025). The lettered list of fields
in II.2.2 — each with its collective and individual criteria and its lead
agency — comes from the metadata.

Data (Samples/ke-hoach-dien-hinh/):

  units CSV        the provincial committee: name, symbol "UBND", place, head
  metadata TOML    type, date, period, recipients, signer, [[references]]
                   (cited first in the preamble), and [extra]:
    tu, den          the years of the period
    so_ket_nam       the year of the mid-term review
    dai_hoi          the number of the provincial Party congress ("XIV")
    dai_hoi_toan_quoc  that of the national Party congress ("XIII")
    dai_hoi_thi_dua, dai_hoi_thi_dua_nam   the last provincial emulation
                     congress (7, 2020); the next one is held in the last year
    linh_vuc[]       the fields, lettered a), b), … by the chu_cai filter:
                       ten              "trong phong trào thi đua “…”"
                       tap_the, ca_nhan, tap_the_ca_nhan, ho_gia_dinh
                                        the criteria for each kind of recipient
                       chung            a closing paragraph of criteria
                       giao             "Giao" (an agency of the committee) or
                                        "Đề nghị" (a Party or mass body)
                       chu_tri[]        the lead agencies ("Mỗi cơ quan" when several)
                       phoi_hop         with whom ("với các cơ quan, đơn vị liên quan")
                       doi_tuong        whom they select (default "tập thể và cá nhân")
                       pham_vi          the scope in that sentence (default: ten)
"""

from __future__ import annotations

from docx.shared import Mm

import decree30 as d30

NAME = "ke-hoach-dien-hinh"
TITLE = "Kế hoạch xây dựng, nhân rộng điển hình tiên tiến"
SUBJECT = "Kế hoạch xây dựng, nhân rộng điển hình tiên tiến giai đoạn (Nghị định 30/2020/NĐ-CP)"

ISSUER_RULE = Mm(20)
SUMMARY_RULE = Mm(50)

SUMMARY = ("Xây dựng, nhân rộng các mô hình, điển hình tiên tiến trên địa bàn tỉnh {{ noi }}, "
           "giai đoạn {{ meta.extra.tu|giai_doan(meta.extra.den) }}")

BODY = """
% {% set e = meta.extra %}
% {% set gd = e.tu|giai_doan(e.den) %}
% {% set cd = meta.references[0] %}
Tiếp tục thực hiện {% for r in meta.references %}{{ r.citation }}{{ '; ' if not loop.last }}{% endfor %} và Kế hoạch 5 năm ({{ gd }}) theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh {{ noi }} lần thứ {{ e.dai_hoi }};
Nhằm phát huy kết quả đạt được sau Đại hội Thi đua yêu nước tỉnh {{ noi }} lần thứ {{ e.dai_hoi_thi_dua|la_ma }} năm {{ e.dai_hoi_thi_dua_nam }}, quán triệt sâu sắc lời dạy của Bác “Mỗi người tốt, việc tốt là một bông hoa đẹp”; do đó, việc phát hiện, chăm chút “bông hoa đẹp” chính là để nhân rộng điển hình tiên tiến để thúc đẩy các phong trào thi đua, nâng cao chất lượng nhằm hoàn thành xuất sắc nhiệm vụ được giao; tiếp tục đẩy mạnh công tác phát hiện, bồi dưỡng, xây dựng, nhân rộng các mô hình, điển hình tiên tiến trên các lĩnh vực;
Ủy ban nhân dân tỉnh ban hành Kế hoạch xây dựng, nhân rộng các mô hình, điển hình tiên tiến trên địa bàn tỉnh {{ noi }} giai đoạn {{ gd }}, cụ thể như sau:
# I. MỤC ĐÍCH, YÊU CẦU
## 1. Mục đích:
a) Tạo sự chuyển biến mạnh mẽ trong nhận thức và hành động của các cấp ủy Đảng, chính quyền, nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương trong việc triển khai, thực hiện công tác thi đua, khen thưởng; phát huy sức mạnh tổng hợp của cả hệ thống chính trị và các tầng lớp Nhân dân để hoàn thành thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm {{ e.tu }}, tạo điểm khởi đầu tích cực cho phát triển kinh tế - xã hội của tỉnh giai đoạn {{ gd }} theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ {{ e.dai_hoi }}, Đại hội đại biểu toàn quốc lần thứ {{ e.dai_hoi_toan_quoc }} của Đảng.
b) Tiếp tục nâng cao nhận thức về vị trí, vai trò, ý nghĩa to lớn và hiệu quả thiết thực của việc xây dựng và nhân rộng gương điển hình tiên tiến trong các phong trào thi đua yêu nước, hoàn thành xuất sắc nhiệm vụ được giao, xây dựng cơ quan, đơn vị, địa phương trong sạch vững mạnh, góp phần thúc đẩy phát triển kinh tế - xã hội, củng cố và giữ vững an ninh, quốc phòng trong thời kỳ công nghiệp hóa - hiện đại hóa.
c) Các cơ quan, đơn vị, địa phương chủ động phát hiện, xây dựng và lựa chọn những mô hình, điển hình tiêu biểu, toàn diện hoặc trên từng lĩnh vực nhằm tuyên truyền, phổ biến những kinh nghiệm, phương pháp, cách làm hay; qua đó, tôn vinh, nêu gương học tập, nhân rộng trong toàn cơ quan, đơn vị, địa phương trên địa bàn tỉnh.
d) Thông qua công tác phát hiện, bồi dưỡng, tổng kết và nhân điển hình tiên tiến, tiếp tục đổi mới nội dung, hình thức, chất lượng công tác thi đua, khen thưởng nhằm tiếp tục thực hiện tốt {{ cd.type }} số {{ cd.number }} ngày {{ cd.date|ngay_ngan }} của {{ cd.issuer }} và quy định pháp luật hiện hành về thi đua, khen thưởng.
## 2. Yêu cầu:
a) Các cấp ủy Đảng, chính quyền cần tập trung lãnh đạo, chỉ đạo chặt chẽ việc xây dựng kế hoạch, đề ra tiêu chí cụ thể, tổ chức thực hiện các quy trình phát hiện, nhân rộng, học tập gương điển hình tiên tiến ở cơ quan, đơn vị, địa phương một cách thiết thực, hiệu quả.
b) Việc phát hiện, xây dựng, nhân rộng các mô hình, điển hình tiên tiến gắn liền với sơ kết, tổng kết các phong trào thi đua, các cuộc vận động của mỗi cấp, ngành, trong mỗi giai đoạn nhất định. Điển hình được nhân rộng phải thực sự tiêu biểu, có sức lan tỏa, tác động tích cực đối với cơ quan, đơn vị, địa phương và đời sống trong xã hội.
# II. NỘI DUNG, PHƯƠNG THỨC
## 1. Nội dung:
a) Thông qua quá trình tổ chức, triển khai và thực hiện các phong trào thi đua, các cuộc vận động của Trung ương, Tỉnh ủy, Ủy ban nhân dân tỉnh lựa chọn những mô hình, gương điển hình tiên tiến là những tập thể, cá nhân, hộ gia đình có thành tích tiêu biểu, xuất sắc trong lao động sản xuất, kinh doanh, học tập, công tác và chiến đấu; là nhân tố tích cực, dẫn đầu trong các phong trào thi đua, gương mẫu chấp hành chủ trương đường lối của Đảng, chính sách pháp luật của Nhà nước gắn với việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”; có tinh thần tương thân tương ái; tích cực tham gia các hoạt động nhân đạo, từ thiện, góp phần thực hiện tốt công tác an sinh xã hội trên địa bàn tỉnh.
b) Luôn quan tâm thường xuyên đến việc xây dựng điển hình; tạo điều kiện về tinh thần, vật chất, cơ chế chính sách, môi trường thuận lợi để các điển hình thực hiện và thể hiện vai trò của mình.
c) Xây dựng các tiêu chí điển hình tiên tiến của tập thể và cá nhân phù hợp với đặc điểm, tính chất, nhiệm vụ của từng cơ quan, đơn vị và địa phương. Xác định rõ tiêu chí điển hình tiên tiến toàn diện và điển hình tiên tiến trên một số mặt công tác; lồng ghép nội dung, tiêu chí xây dựng điển hình tiên tiến của các cuộc vận động, các phong trào thi đua và hướng vào thực hiện thắng lợi nhiệm vụ chính trị trọng tâm của cơ quan, đơn vị, địa phương.
d) Thường xuyên kiểm tra, đánh giá tác dụng, tính hiệu quả, xác định khả năng phát triển của từng mô hình, việc ảnh hưởng của các điển hình ở mỗi cơ quan, đơn vị, địa phương và trong xã hội, từ đó rút kinh nghiệm để điều chỉnh và bổ sung hoàn thiện. Phát hiện những khó khăn, thiếu sót, kịp thời có biện pháp giúp đỡ điển hình tiên tiến phấn đấu, rèn luyện, tiếp tục duy trì thành tích và phát huy hiệu quả.
đ) Định kỳ sơ kết, đánh giá kết quả của các điển hình trong mỗi giai đoạn, để kịp thời rút kinh nghiệm trong công tác chỉ đạo xây dựng, đồng thời lựa chọn những mô hình thật sự xuất sắc tiêu biểu, đem lại giá trị kinh tế cao, ý nghĩa xã hội lớn, có sức lan tỏa rộng trên các lĩnh vực của đời sống xã hội; tổ chức tôn vinh khen thưởng, học tập và nhân rộng các mô hình trong phạm vi toàn ngành, toàn địa phương.
e) Tổ chức tham quan, giao lưu trực tiếp kết quả, học tập kinh nghiệm của điển hình tiên tiến và nghe điển hình tiên tiến báo cáo kinh nghiệm, phương pháp, cách làm đạt hiệu quả, đạt thành tích trong thực hiện phong trào thi đua.
g) Tuyên truyền sâu rộng, kịp thời, có hiệu quả những nhân tố mới, điển hình tiên tiến. Tiếp tục đổi mới nội dung, hình thức và biện pháp tuyên truyền, nhân rộng điển hình tiên tiến theo hướng thiết thực, phù hợp với thực tiễn của cơ quan, đơn vị, địa phương và yêu cầu nhiệm vụ chính trị mới.
## 2. Phương thức triển khai
## 2.1. Đối với các cơ quan, đơn vị thuộc Khối Thi đua của tỉnh:
a) Trong Quý II năm {{ e.tu }}, các cấp, các ngành, các cơ quan, địa phương, đơn vị tiến hành xây dựng nội dung, chương trình, biện pháp tổ chức, thực hiện Kế hoạch xây dựng, bồi dưỡng, nhân rộng điển hình tiên tiến, chủ động phát hiện những điển hình tiêu biểu toàn diện hoặc trên từng mặt, từng lĩnh vực công tác phù hợp với tình hình đơn vị, địa phương. Trong kế hoạch cần xác định rõ trách nhiệm lãnh đạo, số lượng xây dựng điển hình, các hoạt động bồi dưỡng điển hình, công tác tuyên truyền nhân rộng, công tác biểu dương khen thưởng gương điển hình; chế độ thông tin báo cáo.
b) Từ năm {{ e.tu }} đến năm {{ e.so_ket_nam }}, tập trung xây dựng, bồi dưỡng, hoàn thiện mô hình, điển hình tiên tiến và hằng năm tổ chức kiểm tra, đánh giá, sơ kết việc triển khai kế hoạch trong cơ quan, đơn vị, ngành, địa phương mình vào dịp tổng kết công tác thi đua, khen thưởng, rút ra những bài học kinh nghiệm, tổ chức học tập kinh nghiệm vào những thời điểm thích hợp và định kỳ báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ) về tình hình thực hiện và kết quả xây dựng mô hình, điển hình mới.
## 2.2. Ủy ban nhân dân tỉnh khen thưởng điển hình tiên tiến trên các lĩnh vực cụ thể như sau:
% {%p for f in e.linh_vuc %}
{{ loop.index|chu_cai }}) Điển hình tiên tiến {{ f.ten }}:
% {%p if f.tap_the is defined %}
- Đối với tập thể {{ f.tap_the }}
% {%p endif %}
% {%p if f.tap_the_ca_nhan is defined %}
- Đối với tập thể, cá nhân {{ f.tap_the_ca_nhan }}
% {%p endif %}
% {%p if f.ca_nhan is defined %}
- Đối với cá nhân {{ f.ca_nhan }}
% {%p endif %}
% {%p if f.ho_gia_dinh is defined %}
- Là hộ gia đình {{ f.ho_gia_dinh }}
% {%p endif %}
% {%p if f.chung is defined %}
{{ f.chung }}
% {%p endif %}
- {{ f.giao }} {{ f.chu_tri|join(', ') ~ ': Mỗi cơ quan' if f.chu_tri|length > 1 else f.chu_tri[0] }} chủ trì, phối hợp {{ f.phoi_hop }} xem xét lựa chọn, xây dựng, nhân rộng {{ f.doi_tuong|default('tập thể và cá nhân') }} điển hình tiên tiến {{ f.pham_vi|default(f.ten) }}, giai đoạn {{ gd }}.
% {%p endfor %}
## 3. Giới thiệu điển hình tiên tiến, sơ kết, tổng kết
a) Hằng năm, trên cơ sở đăng ký điển hình tiên tiến của các cơ quan, địa phương, đơn vị và cá nhân, Thủ trưởng các cơ quan, địa phương, đơn vị tổ chức bình xét, lựa chọn, giới thiệu biểu dương, khen thưởng và đề nghị các cấp khen thưởng vào dịp tổng kết năm và tiếp tục phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến trong các cơ quan, địa phương, đơn vị mình quản lý.
b) Tổ chức sơ kết việc triển khai thực hiện kế hoạch xây dựng, nhân rộng các mô hình, điển hình tiên tiến trên địa bàn tỉnh, giai đoạn {{ gd }}.
- Đối với các Sở, ban, ngành, đoàn thể tỉnh; các cơ quan, đơn vị; địa phương và các doanh nghiệp trên địa bàn tỉnh tổ chức sơ kết gắn với việc sơ kết đánh giá kết quả thực hiện phong trào thi đua 6 tháng đầu năm {{ e.so_ket_nam }}.
- Đối với cấp tỉnh tổ chức sơ kết vào dịp kỷ niệm {{ e.so_ket_nam - 1948 }} năm ngày Bác Hồ ra lời kêu gọi thi đua ái quốc - Ngày truyền thống Thi đua yêu nước (11/6/1948-11/6/{{ e.so_ket_nam }}).
c) Tổ chức tổng kết việc triển khai thực hiện kế hoạch xây dựng, nhân rộng các mô hình, điển hình tiên tiến trên địa bàn tỉnh {{ noi }}, giai đoạn {{ gd }}.
- Đối với các Sở, ban, ngành, đoàn thể tỉnh; các cơ quan, đơn vị; các huyện, thành phố và các doanh nghiệp trên địa bàn tỉnh: Quý I, II năm {{ e.den }}, tổ chức đánh giá, tổng kết công tác xây dựng, nhân rộng các mô hình, điển hình ở các cơ quan, địa phương, đơn vị để tôn vinh, biểu dương gương điển hình xuất sắc tiêu biểu trong các phong trào thi đua tại Hội nghị điển hình tiên tiến {{ (e.den - e.tu + 1)|hai_so }} năm ở cơ quan, đơn vị, địa phương mình và lựa chọn giới thiệu tham dự, biểu dương, khen thưởng tại Hội nghị biểu dương điển hình tiên tiến, giai đoạn {{ gd }}.
- Đối với cấp tỉnh: Quý III năm {{ e.den }}, tổ chức đánh giá, tổng kết công tác phát hiện, bồi dưỡng, xây dựng gương điển hình của các cấp, các ngành gắn với đánh giá tổng kết phong trào thi đua yêu nước giai đoạn {{ e.tu|giai_doan(e.den, ' - ') }} và tổ chức Đại hội Thi đua yêu nước tỉnh {{ noi }} lần thứ {{ (e.dai_hoi_thi_dua + 1)|la_ma }}, năm {{ e.den }}. Đồng thời, Chủ tịch Ủy ban nhân dân tỉnh biểu dương khen thưởng các tập thể, cá nhân là các điển hình tiên tiến xuất sắc tiêu biểu toàn tỉnh.
# III. TỔ CHỨC THỰC HIỆN
1. Thủ trưởng các Sở, ban, ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố; Giám đốc các doanh nghiệp căn cứ Kế hoạch xây dựng nội dung cụ thể và tổ chức, triển khai thực hiện kế hoạch bồi dưỡng nhân rộng các mô hình, điển hình tiên tiến giai đoạn {{ gd }} ở đơn vị mình. Đồng thời, gửi Kế hoạch của đơn vị về Sở Nội vụ để tổng hợp báo cáo Chủ tịch Ủy ban nhân dân tỉnh.
## 2. Giao Sở Nội vụ:
a) Hướng dẫn, kiểm tra, đôn đốc các cấp, các ngành và các đơn vị triển khai, tổ chức thực hiện;
b) Tham mưu, đề xuất với Ủy ban nhân dân tỉnh các biện pháp tổ chức học tập kinh nghiệm, giao lưu nhân rộng các mô hình, điển hình tiên tiến trên phạm vi toàn tỉnh;
c) Tham mưu, đề xuất với Hội đồng Thi đua - Khen thưởng tỉnh có kế hoạch kiểm tra, khảo sát việc xây dựng, nhân rộng các mô hình, điển hình tiên tiến của các cơ quan, đơn vị, địa phương;
d) Báo cáo kết quả, đề xuất các hình thức khen thưởng để biểu dương, động viên kịp thời công sức đóng góp và hiệu quả của các điển hình tiên tiến;
đ) Tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả thực hiện; tham mưu tổ chức sơ, tổng kết Kế hoạch này gắn với đánh giá tổng kết phong trào thi đua theo quy định.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên vận động đoàn viên, hội viên phát huy vai trò, tích cực tham gia hưởng ứng và phối hợp chặt chẽ với chính quyền trong việc triển khai, tổ chức thực hiện Kế hoạch xây dựng, nhân rộng điển hình tiên tiến, giai đoạn {{ gd }}.
4. Đề nghị Ban Tuyên giáo Tỉnh ủy chỉ đạo các cơ quan thông tin, truyền thông, hệ thống báo cáo viên, tuyên truyền viên bám sát yêu cầu của kế hoạch, đẩy mạnh tuyên truyền nội dung, ý nghĩa của công tác phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến, kịp thời nêu gương những điển hình tiên tiến. Giới thiệu những cách làm hay, những mô hình hiệu quả, sáng tạo, đem lại giá trị kinh tế cao, ý nghĩa xã hội lớn trên các lĩnh vực để mọi người học tập làm theo.
5. Báo {{ noi }}, Đài Phát thanh - Truyền hình tỉnh xây dựng kế hoạch tuyên truyền việc thực hiện Kế hoạch này; mở chuyên trang, chuyên mục, chuyên đề phổ biến kinh nghiệm, cách làm sáng tạo, hiệu quả của các điển hình tiên tiến; đẩy mạnh tuyên truyền việc đổi mới các hoạt động thi đua, khen thưởng của tỉnh.
Trên đây là Kế hoạch xây dựng, nhân rộng các mô hình, điển hình tiên tiến trên địa bàn tỉnh {{ noi }} giai đoạn {{ gd }}. Yêu cầu các ngành, các cấp tổ chức triển khai Kế hoạch này, trong quá trình tổ chức thực hiện nếu có khó khăn, vướng mắc, kịp thời báo cáo về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) để chỉ đạo giải quyết./.

"""


def build():
    doc = d30.new_document(TITLE, SUBJECT)
    d30.standard_header(doc, "KẾ HOẠCH", SUMMARY, ISSUER_RULE, SUMMARY_RULE)
    d30.blocks(doc, BODY)
    d30.standard_signature(doc)
    return doc
