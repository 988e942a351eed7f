"""Kế hoạch triển khai — a unit's plan carrying out a sector's scheme (đề
án) at the unit (seed 001: Ban Dân tộc tỉnh Bình Phước, Đề án “Tuyên truyền
gương điển hình tiên tiến của ngành Dân tộc giai đoạn 2022 - 2025”, 2023).

Data (Samples/ke-hoach-trien-khai/):

  units CSV        the issuing unit: name, governing body, symbol, place,
                   head's title (and name, empty in a draft)
  metadata TOML    type, date ("4/2023": a draft without its day), recipients,
                   [[references]] (the province's plan the unit implements),
                   and [extra]:
    de_an            the scheme as the unit names it (summary)
    de_an_goc        the scheme as the province's plan names it (closing)
    ke_hoach         the unit's own plan on model examples (a citation:
                     loai, so, ngay, trich_yeu)
    tu, den          the years the plan runs
    su_kien[]        the events of the period where model examples are
                     honoured ("Hội nghị Thi đua yêu nước Ngành Dân tộc năm 2025")
"""

from __future__ import annotations

from docx.shared import Mm

import decree30 as d30

NAME = "ke-hoach-trien-khai"
TITLE = "Kế hoạch triển khai đề án"
SUBJECT = "Kế hoạch triển khai thực hiện đề án tại đơn vị (Nghị định 30/2020/NĐ-CP)"

ISSUER_RULE = Mm(15)
SUMMARY_RULE = Mm(40)

SUMMARY = "Triển khai thực hiện Đề án “{{ meta.extra.de_an }}”"

BODY = """
% {% set e = meta.extra %}
Thực hiện {% for r in meta.references %}{{ r.citation }}{{ ', ' if not loop.last }}{% endfor %}, {{ ten }} xây dựng kế hoạch triển khai thực hiện tại đơn vị như sau:
# I. MỤC ĐÍCH, YÊU CẦU
## 1. Mục đích
Quán triệt, triển khai kịp thời chủ trương, chính sách của Đảng, pháp luật của Nhà nước về đổi mới thi đua, khen thưởng với trọng tâm là phát hiện, tuyên truyền, phổ biến, nhân rộng điển hình tiên tiến.
Phát hiện, tuyên truyền, bồi dưỡng và nhân rộng điển hình tiên tiến là trách nhiệm của cơ quan nhằm tạo sức lan tỏa gương người tốt, việc tốt, tập thể, cá nhân điển hình tiên tiến, góp phần tạo động lực, động viên, khuyến khích, cổ vũ các tập thể, cá nhân học tập điển hình tiên tiến, vươn lên hoàn thành tốt nhiệm vụ được giao với phương châm Ngành Dân tộc làm công tác tuyên truyền, nhân rộng điển hình tiên tiến theo chức năng, nhiệm vụ, quyền hạn được giao và có sự phối hợp, phân công chặt chẽ, dưới sự chỉ đạo của UBND tỉnh và Ủy ban Dân tộc.
Thực hiện tuyên truyền điển hình tiên tiến với nhiều hình thức, phương pháp đổi mới, kết hợp giữa hình thức truyền thống với hình thức trực tuyến, sử dụng công nghệ hiện đại, phương tiện truyền thông đại chúng để các nội dung tuyên truyền điển hình tiên tiến có sức lan tỏa rộng rãi, tạo khí thế thi đua sôi nổi giữa các tập thể, cá nhân với các điển hình tiên tiến.
## 2. Yêu cầu
Phát huy sức mạnh tổng hợp của cả hệ thống cơ quan công tác dân tộc và đồng bào DTTS trong các phong trào thi đua yêu nước. Thông qua các phong trào thi đua, các cuộc vận động, phát hiện các điển hình tiên tiến để tuyên truyền, phổ biến, bồi dưỡng, nhân rộng, đảm bảo bám sát cơ sở, phát hiện và tôn vinh kịp thời.
Triển khai thực hiện hiệu quả {{ e.ke_hoach.loai }} {{ e.ke_hoach.so }} ngày {{ e.ke_hoach.ngay|ngay_ngan }} của {{ ten }} {{ e.ke_hoach.trich_yeu }}; cụ thể hóa tiêu chuẩn, tiêu chí gương điển hình tiên tiến phù hợp với lĩnh vực công tác dân tộc để tổ chức tôn vinh điển hình tiên tiến bằng các hình thức biểu dương, tôn vinh phù hợp.
# II. PHẠM VI VÀ THỜI GIAN THỰC HIỆN
1. Kế hoạch triển khai thực hiện trong phạm vi ngành Dân tộc tỉnh {{ noi }}.
2. Thời gian thực hiện Kế hoạch: từ năm {{ e.tu }} đến năm {{ e.den }}.
# III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU
## 1. Nâng cao nhận thức, trách nhiệm và tăng cường sự chỉ đạo về công tác phát hiện, bồi dưỡng, tuyên truyền, nhân rộng điển hình tiên tiến
Cấp ủy, lãnh đạo cơ quan trực tiếp lãnh đạo, chỉ đạo và chịu trách nhiệm về chất lượng, hiệu quả công tác thi đua, khen thưởng và công tác tuyên truyền, phổ biến, nhân rộng điển hình tiên tiến của ngành Dân tộc.
Công đoàn phối hợp tăng cường vận động, giáo dục công đoàn viên nhận thức sâu sắc về vị trí, vai trò, tầm quan trọng của thi đua yêu nước và công tác phát hiện, bồi dưỡng, tổng kết, tuyên truyền điển hình tiên tiến. Xây dựng các chương trình, kế hoạch, đề ra các nội dung, mục tiêu, tiêu chí cụ thể để tổ chức tốt các phong trào thi đua và tuyên truyền điển hình tiên tiến của ngành Dân tộc.
Làm tốt công tác phát hiện, tuyên truyền, nâng cao nhận thức cho đồng bào dân tộc thiểu số về vai trò, ý nghĩa các phong trào thi đua và tuyên truyền gương điển hình tiên tiến.
## 2. Chủ động, tích cực phát hiện, xây dựng, bồi dưỡng điển hình tiên tiến và phong trào thi đua của ngành Dân tộc
- Ban hành tiêu chí cụ thể cho các tập thể, cá nhân điển hình tiên tiến sát với tình hình thực tế của ngành; tăng cường phát hiện để công nhận, khen thưởng và trình cấp trên công nhận, khen thưởng kịp thời các điển hình tiên tiến tiêu biểu. Quan tâm tuyên dương, khen thưởng thành tích đột xuất; khen thưởng chuyên đề, nhất là tập thể, cá nhân được phát hiện thông qua các phong trào thi đua yêu nước.
- Phát hiện, xây dựng, bồi dưỡng điển hình tiên tiến:
- Đối với những điển hình tiên tiến cơ sở: Trên cơ sở xác định các nhân tố mới cần bồi dưỡng để trở thành điển hình tiên tiến, cơ quan tạo mọi điều kiện hỗ trợ về vật chất, tinh thần để xây dựng các nhân tố mới phát huy hết khả năng, sáng tạo, đồng thời, có biện pháp cụ thể khắc phục những mặt còn tồn tại, hạn chế để từng bước được hoàn thiện, bồi dưỡng, phát triển, trở thành những tấm gương lan tỏa trong cơ quan.
- Đối với những điển hình tiên tiến đã được công nhận và tuyên dương: Cơ quan cần tiếp tục theo dõi, tạo môi trường thuận lợi, trực tiếp hỗ trợ bằng kỹ thuật, giải thưởng để điển hình tiếp tục phát huy khả năng và sức sáng tạo. Đồng thời, cần động viên, khích lệ, tạo điều kiện cho các điển hình phấn đấu liên tục trở thành điển hình tiên tiến cấp trên.
## 3. Đổi mới nội dung, hình thức, phương thức phổ biến, tuyên truyền điển hình tiên tiến đảm bảo khách quan, trung thực, tránh cường điệu, thổi phồng thành tích
Công tác tuyên truyền, phổ biến các phong trào thi đua yêu nước, các điển hình tiên tiến là nhiệm vụ quan trọng trong các hoạt động tuyên truyền. Chủ động, tích cực phối hợp với Mặt trận Tổ quốc Việt Nam và đoàn thể, Ban Thi đua khen thưởng tỉnh, các địa phương để tuyên truyền, cổ vũ các phong trào thi đua yêu nước, các điển hình mới, nhân tố mới trong các phong trào thi đua.
Đa dạng hóa các hình thức tuyên truyền về điển hình tiên tiến, gương người tốt, việc tốt nhằm phổ cập rộng rãi, tạo sự tương tác với đồng bào các DTTS tỉnh {{ noi }}, công chức, người lao động làm công tác dân tộc, tạo khí thế thi đua sôi nổi, góp phần đẩy lùi các biểu hiện tiêu cực trong xã hội. Cụ thể:
- Tham mưu lựa chọn các điển hình tiên tiến người có uy tín để thực hiện biểu dương, tôn vinh điển hình tiên tiến là người có uy tín trong đồng bào DTTS toàn quốc năm {{ e.tu }}.
% {%p for s in e.su_kien %}
- {{ s }}.
% {%p endfor %}
- Mở mục tuyên truyền về điển hình tiên tiến của ngành Dân tộc trên Trang website của đơn vị.
- Lồng ghép tuyên truyền các gương điển hình tiên tiến của ngành Dân tộc trong Bản tin DTTS&MN theo định kỳ.
- Tổ chức cho điển hình tiên tiến tiêu biểu giao lưu, trao đổi, truyền đạt kinh nghiệm bằng các hình thức trực tiếp hoặc lồng ghép các hội nghị sơ kết, tổng kết để biểu dương, tôn vinh các điển hình tiên tiến.
Đa dạng hóa phương thức tuyên truyền: Sử dụng và kết hợp hài hòa các hình thức tuyên truyền bằng báo cáo viên, tuyên truyền viên; tuyên truyền qua phương tiện thông tin đại chúng, qua các trang thông tin điện tử, Bản tin Dân tộc thiểu số và miền núi... Tận dụng sức mạnh của Internet, nền tảng số để lan tỏa hiệu ứng xã hội tích cực và sâu rộng trong cộng đồng, thực hiện tốt mục tiêu: “Lấy cái đẹp, dẹp cái xấu, góp phần đẩy lùi cái xấu, cái ác”.
Triển khai chương trình phối hợp với các cơ quan thông tin truyền thông, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cùng cấp để phát hiện, nhân rộng gương điển hình tiên tiến; là đầu mối tổng hợp, cung cấp thông tin về các điển hình tiên tiến trên lĩnh vực công tác dân tộc.
4. Tăng cường phát hiện để khen thưởng và trình cấp trên khen thưởng kịp thời các điển hình tiên tiến tiêu biểu. Quan tâm tuyên dương, khen thưởng thành tích đột xuất, khen thưởng chuyên đề, đặc biệt khen thưởng đối với các tập thể, cá nhân được phát hiện thông qua các phong trào thi đua yêu nước.
## 5. Nâng cao chất lượng cán bộ làm công tác thi đua, khen thưởng, cán bộ tuyên truyền
Bổ trí đội ngũ công chức có phẩm chất đạo đức, năng lực thực tiễn, trình độ, tâm huyết, nhiệt tình và trách nhiệm; có năng lực tham mưu, hoạch định, tổ chức phong trào thi đua, đáp ứng yêu cầu công tác thi đua, khen thưởng.
Cử công chức tham gia tập huấn nghiệp vụ công tác thi đua, khen thưởng, báo cáo viên, tuyên truyền viên.
## 6. Tổ chức thực hiện
a) Văn phòng:
Tham mưu ban hành tiêu chí cụ thể cho các tập thể, cá nhân điển hình tiên tiến sát với tình hình thực tế của ngành để làm cơ sở triển khai thực hiện bình xét, lựa chọn điển hình tiên tiến. Tham mưu theo dõi, đôn đốc, tổng hợp những điển hình tiên tiến xuất sắc của cơ quan; phát động các phong trào thi đua, qua đó phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến xuất sắc đảm bảo thời gian, tiến độ quy định. Tham mưu Hội đồng Thi đua - Khen thưởng cơ sở họp xét, công nhận điển hình tiên tiến cơ sở hàng năm, đề xuất giới thiệu gương điển hình tiên tiến cấp tỉnh theo quy định.
b) Phòng Tuyên truyền và Địa bàn:
Tham mưu triển khai thực hiện công tác tuyên truyền các điển hình tiên tiến, các nhân tố mới, gương người tốt, việc tốt của ngành Dân tộc theo kế hoạch; phổ biến kinh nghiệm, cách làm sáng tạo, hiệu quả của các điển hình tiên tiến; đẩy mạnh việc tuyên truyền về đổi mới các hoạt động thi đua, khen thưởng của ngành Dân tộc phù hợp với tình hình thực tế thực hiện nhiệm vụ chuyên môn của phòng.
c) Các phòng nghiệp vụ:
Căn cứ chức năng, nhiệm vụ của phòng tham mưu giới thiệu các điển hình tiên tiến cấp cơ sở, cấp tỉnh để khen thưởng, bồi dưỡng, nhân rộng nhằm đẩy mạnh công tác tuyên truyền công tác dân tộc trên địa bàn tỉnh.
Trên đây là kế hoạch triển khai thực hiện Đề án “{{ e.de_an_goc }}” của ngành Dân tộc, đề nghị các phòng, công chức, lao động nghiêm túc triển khai thực hiện hiệu quả./.
"""


def build():
    doc = d30.new_document(TITLE, SUBJECT)
    d30.standard_header(doc, "KẾ HOẠCH", SUMMARY, ISSUER_RULE, SUMMARY_RULE)
    d30.blocks(doc, BODY)
    d30.standard_signature(doc)
    return doc
