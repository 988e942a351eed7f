"""Kế hoạch phát động phong trào thi đua — a unit's plan launching the
year's emulation movement, with the registration and dossier deadlines
(seed 002: Ban Dân tộc tỉnh Khánh Hòa, năm 2021). One plan per unit:
`--set unit=<name>` picks the unit (Samples/Makefile renders one per row of
the units file).

Data (Samples/ke-hoach-phat-dong/):

  units CSV        the units: name ("Ban Dân tộc tỉnh Khánh Hòa"; the header
                   prints "BAN DÂN TỘC" under the governing body "UBND tỉnh
                   Khánh Hòa"), symbol, place, head's title and name (signer)
  metadata TOML    type, date (its year is the plan's year), recipients,
                   [[deadlines]] with the tasks "đăng ký thi đua", "hồ sơ sáng
                   kiến", "hồ sơ khen thưởng", and [extra]:
    linh_vuc         the field of the movement ("công tác dân tộc")
    chuong_trinh     the national programme the unit advises on
    chi_thi_tw       the Party directive on emulation (a citation)
    phong_trao[]     the movements launched by the province and the centre
    nhiem_vu_them    a task of the year joined to the socio-economic plan
    thuc_hien[]      documents to keep implementing (citations)
    su_kien[]        the events of the year to publicise
    nhiem_ky         the term of the provincial Party congress ("2020 - 2025")
    cai_cach         the period of the administrative reform plan
    trong_tam[]      further focal points of the year ("thực hiện tốt …")
    ghi_chu_noi_nhan after "Nơi nhận:" ("(VBĐT)")
    don_vi.<unit>    per unit: can_cu (the provincial directive the plan
                     implements), chi_thi_tinh (the provincial Party
                     directive on emulation), dai_hoi (the number of the
                     provincial Party congress, "XVIII")
"""

from __future__ import annotations

from docx.shared import Mm

import decree30 as d30

NAME = "ke-hoach-phat-dong"
TITLE = "Kế hoạch phát động phong trào thi đua"
SUBJECT = "Kế hoạch phát động phong trào thi đua năm (Nghị định 30/2020/NĐ-CP)"

ISSUER_RULE = Mm(15)
SUMMARY_RULE = Mm(40)

E = "meta.extra"
SETUP = f"""
% {{% set e = {E} %}}
% {{% set dv = e.don_vi[u.name] %}}
% {{% set nam = meta.year %}}
% {{% set han_dk = (meta.deadlines|selectattr('task', 'equalto', 'đăng ký thi đua')|first).date_short %}}
% {{% set han_sk = (meta.deadlines|selectattr('task', 'equalto', 'hồ sơ sáng kiến')|first).date_short %}}
% {{% set han_kt = (meta.deadlines|selectattr('task', 'equalto', 'hồ sơ khen thưởng')|first).date_short %}}
"""

SUMMARY = f"Phát động Phong trào thi đua {{{{ {E}.linh_vuc }}}} năm {{{{ meta.year }}}}"

BODY = f"""
Thực hiện {d30.cite('dv.can_cu')}; {{{{ ten }}}} xây dựng Kế hoạch phát động phong trào thi đua năm {{{{ nam }}}} với các nội dung như sau:
# I. MỤC ĐÍCH, YÊU CẦU
- Phát động phong trào thi đua nhằm tạo không khí thi đua sôi nổi, cổ vũ các tập thể, cá nhân {{{{ ten }}}} phát huy tinh thần sáng tạo, dám nghĩ, dám làm, quyết tâm phấn đấu hoàn thành mọi nhiệm vụ được giao, đặc biệt trong việc tham mưu triển khai {{{{ e.chuong_trinh }}}} trên địa bàn tỉnh {{{{ noi }}}}.
- Nâng cao chất lượng công tác thi đua khen thưởng, thực hiện tốt Luật thi đua, khen thưởng và các văn bản hướng dẫn thi hành; phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến.
- Công tác thi đua khen thưởng phải được thực hiện thường xuyên, liên tục và được theo dõi chặt chẽ; triển khai kịp thời chủ trương của Đảng, chính sách pháp luật của Nhà nước gắn với nhiệm vụ chính trị của cơ quan, mục tiêu, chỉ tiêu phát triển kinh tế - xã hội năm {{{{ nam }}}} của tỉnh. Gắn kết chặt chẽ kết quả thực hiện phong trào thi đua với công tác khen thưởng; khen thưởng phải trên cơ sở kết quả, thành tích thi đua; thực hiện đúng quy trình, nâng cao chất lượng khen thưởng, bảo đảm khen thưởng kịp thời, thực chất, chính xác, dân chủ, công khai.
# II. NỘI DUNG THỰC HIỆN
1. Tiếp tục tuyên truyền, quán triệt tư tưởng của Hồ Chí Minh về thi đua yêu nước, {d30.cite('e.chi_thi_tw')}, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về thi đua, khen thưởng và {d30.cite('dv.chi_thi_tinh')}; trách nhiệm nêu gương của người đứng đầu cơ quan, đơn vị trong việc triển khai công tác thi đua khen thưởng.
2. Tiếp tục thực hiện có hiệu quả các phong trào thi đua do tỉnh và trung ương phát động: {{% for p in e.phong_trao %}}“{{{{ p }}}}”{{{{ '.' if loop.last else '; ' }}}}{{% endfor %}}
3. Tổ chức phong trào thi đua gắn với nhiệm vụ chính trị của cơ quan; kế hoạch phát triển kinh tế - xã hội tỉnh {{{{ noi }}}} năm {{{{ nam }}}}{{% if e.nhiem_vu_them is defined %}} và {{{{ e.nhiem_vu_them }}}}{{% endif %}}.
Tiếp tục triển khai thực hiện {{% for c in e.thuc_hien %}}{d30.cite('c')}; {{% endfor %}}tập trung tuyên truyền các ngày lễ, kỷ niệm lớn của đất nước, của tỉnh, đặc biệt tuyên truyền {{{{ e.su_kien|join(', ') }}}}. Trong đó, trọng tâm thi đua:
- Thi đua triển khai có hiệu quả Nghị quyết Đại hội đại biểu Đảng bộ tỉnh {{{{ noi }}}} lần thứ {{{{ dv.dai_hoi }}}} nhiệm kỳ {{{{ e.nhiem_ky }}}}; {{{{ e.chuong_trinh }}}} trên địa bàn tỉnh {{{{ noi }}}};
- Thi đua đẩy mạnh cải cách hành chính theo kế hoạch cải cách hành chính của tỉnh giai đoạn {{{{ e.cai_cach }}}} và kế hoạch năm {{{{ nam }}}}; nâng cao hiệu lực, hiệu quả quản lý nhà nước về công tác dân tộc; bảo đảm an ninh chính trị, trật tự an toàn xã hội vùng đồng bào dân tộc thiểu số và miền núi;
% {{%p for t in e.trong_tam %}}
- Thi đua {{{{ t }}}};
% {{%p endfor %}}
4. Kịp thời phát hiện, tuyên truyền, biểu dương, tôn vinh điển hình tiên tiến trong Phong trào thi đua, gương “Người tốt, việc tốt”, các mô hình mới, nhân tố mới tạo sự lan tỏa trong cộng đồng nhằm thúc đẩy, cổ vũ phong trào thi đua yêu nước góp phần tạo động lực thi đua hoàn thành xuất sắc nhiệm vụ được giao. Chú trọng khen thưởng công chức, người lao động không giữ chức vụ quản lý; quan tâm khen thưởng cá nhân, tập thể từ yếu, kém phấn đấu trở thành điển hình tiên tiến trong phong trào thi đua; các cán bộ tận tâm, tận tụy, sáng tạo trong tham mưu công tác thi đua khen thưởng. Đề cao vai trò của người lãnh đạo trong việc chủ động phát hiện, lựa chọn các tập thể, cá nhân có thành tích xứng đáng để khen thưởng hoặc trình cấp trên khen thưởng.
5. Chủ trì, phối hợp với các đơn vị thành viên Khối thi đua các cơ quan tham mưu tổng hợp xây dựng các tiêu chí thi đua, bảng chấm điểm phù hợp với đặc điểm, tính chất hoạt động của Khối, các đơn vị thành viên và theo quy định của Hội đồng Thi đua - Khen thưởng tỉnh; xây dựng chương trình, kế hoạch hoạt động của Khối theo từng quý và tổ chức ký kết giao ước thi đua Khối ngay từ đầu năm {{{{ nam }}}} theo quy định.
# III. TỔ CHỨC THỰC HIỆN
1. Đăng ký danh hiệu thi đua: các phòng tổ chức đăng ký thi đua đối với tập thể, cá nhân thuộc đơn vị mình; nội dung đăng ký thi đua theo quy định tại Quy chế Thi đua khen thưởng của Ủy ban nhân dân tỉnh. Kết quả đăng ký thi đua của từng phòng gửi về Văn phòng Ban trước ngày {{{{ han_dk }}}} để tổng hợp báo cáo cấp trên.
2. Các phòng căn cứ vào các nội dung tại Kế hoạch công tác năm {{{{ nam }}}} đã được Lãnh đạo Ban phê duyệt và Kế hoạch này để phát động thi đua thực hiện nhiệm vụ chuyên môn gắn liền với các phong trào thi đua khen thưởng. Kết thúc đợt thi đua, tiến hành bình xét và đề nghị Hội đồng thi đua khen thưởng của Ban, Hồ sơ đề nghị xét sáng kiến gửi về trước ngày {{{{ han_sk }}}} và hồ sơ đề nghị khen thưởng gửi về trước ngày {{{{ han_kt }}}}.
3. Hội đồng thi đua khen thưởng có trách nhiệm tham mưu cho Trưởng Ban trong việc tổ chức, chỉ đạo, thường xuyên hướng dẫn, đôn đốc, kiểm tra các tập thể, cá nhân triển khai thực hiện Kế hoạch và tổng hợp đăng ký thi đua báo cáo cấp có thẩm quyền theo quy định. Hướng dẫn về việc bình xét, đề nghị khen thưởng và tổng hợp hồ sơ đề nghị khen tham mưu Hội đồng thi đua khen thưởng Ban xem xét trình Trưởng Ban quyết định./.
"""


def build():
    doc = d30.new_document(TITLE, SUBJECT)
    d30.standard_header(doc, "KẾ HOẠCH", SUMMARY, ISSUER_RULE, SUMMARY_RULE)
    d30.blocks(doc, SETUP)
    d30.blocks(doc, BODY)
    d30.standard_signature(doc)
    return doc
