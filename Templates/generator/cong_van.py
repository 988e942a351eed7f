"""Công văn — an official letter from a provincial committee to the units of
its emulation clusters, with "V/v …" under the number and "Kính gửi:" (seed
003: UBND tỉnh Bắc Kạn, V/v tiếp tục … điển hình tiên tiến, 2023).

Data (Samples/cong-van/):

  units CSV        the issuing committee (no governing body), symbol "UBND",
                   place, head's title and name
  metadata TOML    type "Công văn", drafting_unit ("NCPC": Số …/UBND-NCPC),
                   date, summary (after "V/v"), to (Kính gửi, one or more),
                   recipients in groups ("Gửi bản điện tử:", "Gửi bản giấy:"),
                   signer (TM. Ủy ban nhân dân, Chủ tịch), and [extra]:
    thang_so_ket     the month of the review conference
    so_ket_tu/_den   the years it reviewed
    dai_hoi          the number of the provincial Party congress ("XII")
    nhiem_ky         its term ("2020 - 2025")
    ke_hoach         the province's plan on model examples (a citation)
    de_an            the national scheme: ten, phe_duyet (who approved it),
                     quyet_dinh (the decision, a citation)
    lien_he          whom to contact ("Ban Thi đua - Khen thưởng, Sở Nội vụ")
"""

from __future__ import annotations

from docx.shared import Mm

import decree30 as d30

NAME = "cong-van"
TITLE = "Công văn"
SUBJECT = "Công văn về công tác thi đua, khen thưởng (Nghị định 30/2020/NĐ-CP)"

ISSUER_RULE = Mm(20)

E = "meta.extra"
SUMMARY_LEFT = "V/v {{ meta.summary }}"

ADDRESSEE = """
% {%p if meta.to|length == 1 %}
> Kính gửi: {{ meta.to[0] }}
% {%p else %}
> Kính gửi:
% {%p for t in meta.to %}
> - {{ t }}{{ '.' if loop.last else ';' }}
% {%p endfor %}
% {%p endif %}
"""

BODY = f"""
% {{% set e = {E} %}}
Trong tháng {{{{ e.thang_so_ket }}}} vừa qua, Ủy ban nhân dân tỉnh đã tổ chức sơ kết việc xây dựng, nhân rộng mô hình, gương điển hình tiên tiến giai đoạn {{{{ e.so_ket_tu|giai_doan(e.so_ket_den, ' - ') }}}} trên địa bàn tỉnh. Việc sơ kết, đánh giá các phong trào thi đua yêu nước trên địa bàn tỉnh đã góp phần không nhỏ, tạo động lực để Đảng bộ, Chính quyền và Nhân dân các dân tộc tỉnh thực hiện thắng lợi các mục tiêu mà Nghị quyết Đại hội Đảng bộ tỉnh {{{{ noi }}}} lần thứ {{{{ e.dai_hoi }}}}, nhiệm kỳ {{{{ e.nhiem_ky }}}} đã đề ra. Từ các phong trào thi đua yêu nước đã có nhiều mô hình, gương điển hình tiên tiến đóng góp tích cực vào sự nghiệp phát triển kinh tế - xã hội. Bên cạnh những kết quả đạt được, phong trào thi đua yêu nước và công tác phát hiện, xây dựng, nhân rộng điển hình tiên tiến trên địa bàn tỉnh vẫn còn một số tồn tại, hạn chế, đó là: Công tác lãnh đạo, chỉ đạo và tổ chức thực hiện phong trào thi đua, nhất là việc xây dựng, nhân rộng điển hình tiên tiến ở một số nơi chưa được quan tâm đúng mức; việc lựa chọn điển hình tiên tiến có lúc, có nơi chưa mang tính tiêu biểu, tác dụng của một số điển hình chưa thực sự rõ nét, sự lan tỏa còn hạn chế; nội dung, hình thức tuyên truyền các mô hình, điển hình tiên tiến còn cứng nhắc, đơn điệu, chưa tạo được sự tương tác tích cực với độc giả; việc biểu dương, khen thưởng các điển hình tiên tiến chưa được tiến hành thường xuyên, kịp thời.
Để phong trào thi đua, việc xây dựng điển hình tiên tiến trong thời gian tới tạo được nhiều động lực to lớn hơn nữa trong việc phát triển kinh tế - xã hội trên địa bàn tỉnh, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương thực hiện tốt các nội dung sau:
## 1. Về công tác tuyên truyền
a) Quán triệt, triển khai kịp thời các chủ trương, chính sách của Đảng, pháp luật của Nhà nước về thi đua, khen thưởng; đổi mới phương pháp tổ chức thi đua với trọng tâm là phát hiện, tuyên truyền, phổ biến, nhân rộng điển hình tiên tiến.
b) Việc phát hiện, tuyên truyền, bồi dưỡng và nhân rộng điển hình tiên tiến là trách nhiệm của cấp ủy Đảng, Ủy ban Mặt trận Tổ quốc Việt Nam và đoàn thể các cấp; các cơ quan, ban, ngành; các tổ chức, doanh nghiệp, nhằm tạo sức lan tỏa gương cá nhân, tập thể điển hình tiên tiến, góp phần tạo động lực, khuyến khích, cổ vũ các tập thể, cá nhân học tập điển hình tiên tiến, vươn lên hoàn thành tốt các nhiệm vụ được giao. Các cơ quan báo chí, truyền thông tiếp tục đẩy mạnh công tác tuyên truyền về vị trí, tầm quan trọng của các phong trào thi đua, công tác xây dựng và nhân rộng mô hình, gương điển hình tiên tiến; thường xuyên tuyên truyền thông qua các hội nghị biểu dương, tôn vinh các điển hình; giới thiệu học tập cách làm hay, mô hình mới để nhân rộng các điển hình tiên tiến, tạo sự lan tỏa mạnh mẽ trong toàn xã hội.
c) Đa dạng hóa các hình thức tuyên truyền về điển hình tiên tiến, kết hợp giữa hình thức truyền thống với hình thức trực tuyến, sử dụng công nghệ hiện đại, phương tiện truyền thông đại chúng qua các trang, kênh, mạng di động... để các nội dung tuyên truyền điển hình tiên tiến có sức lan tỏa rộng rãi, tạo khí thế thi đua sôi nổi, góp phần đẩy lùi các biểu hiện tiêu cực trong xã hội.
## 2. Việc phát hiện, xây dựng, bồi dưỡng, nhân rộng điển hình tiên tiến
a) Các cơ quan, đơn vị, địa phương tổ chức các phong trào thi đua bảo đảm thiết thực, hiệu quả, tập trung vào thực hiện thắng lợi mục tiêu, nhiệm vụ trọng tâm, cấp bách của cơ quan, đơn vị, địa phương và mục tiêu, nhiệm vụ theo Nghị quyết Đại hội Đảng bộ tỉnh {{{{ noi }}}} nhiệm kỳ {{{{ e.nhiem_ky }}}} đã đề ra. Tiếp tục triển khai thực hiện tốt các nội dung tại {d30.cite('e.ke_hoach')} và Đề án “{{{{ e.de_an.ten }}}}” được {{{{ e.de_an.phe_duyet }}}} phê duyệt tại {d30.cite('e.de_an.quyet_dinh')}.
b) Đối với cơ sở là các cơ quan, đơn vị, địa phương cần quan tâm phát hiện các nhân tố là các mô hình, tập thể, cá nhân có cách làm mới để bồi dưỡng, tạo mọi điều kiện hỗ trợ về vật chất, tinh thần cho các nhân tố mới này sáng tạo, phát triển trở thành những điển hình tiên tiến tiêu biểu và được lan tỏa trong cơ quan, đơn vị, địa phương.
c) Đối với những điển hình tiên tiến đã được cơ quan, đơn vị, địa phương công nhận và tuyên dương cần tiếp tục theo dõi, tạo môi trường thuận lợi, trực tiếp hỗ trợ bằng cơ chế, kỹ thuật... để điển hình tiếp tục phát huy khả năng và sức sáng tạo có sức ảnh hưởng tích cực trên phạm vi toàn tỉnh, toàn quốc.
## 3. Về công tác khen thưởng
Các cơ quan, đơn vị, địa phương cần tăng cường phát hiện để khen thưởng và trình cấp trên khen thưởng kịp thời các điển hình tiên tiến tiêu biểu. Quan tâm tuyên dương, khen thưởng thành tích đột xuất, khen thưởng chuyên đề, đặc biệt khen thưởng đối với các tập thể, cá nhân trực tiếp lao động sản xuất như hợp tác xã, doanh nghiệp nhỏ, nông dân, công nhân.
## 4. Công tác kiểm tra, giám sát
a) Hằng năm, Hội đồng Thi đua - Khen thưởng tỉnh, Ban Thi đua - Khen thưởng tổ chức các đoàn kiểm tra, giám sát việc tổ chức các phong trào thi đua và công tác xây dựng, nhân rộng điển hình tiên tiến tại các cơ quan, đơn vị, địa phương. Thành viên Hội đồng thi đua - Khen thưởng tỉnh thực hiện việc kiểm tra, giám sát và chỉ đạo kiểm tra, giám sát công tác thi đua, khen thưởng, công tác xây dựng, nhân rộng điển hình tiên tiến tại cụm, khối thi đua được phân công phụ trách.
b) Các cơ quan, đơn vị, địa phương quan tâm thực hiện tự kiểm tra, giám sát việc tổ chức các phong trào thi đua và công tác xây dựng, nhân rộng điển hình tiên tiến tại các cơ quan, đơn vị, địa phương mình gắn với việc tự kiểm tra, giám sát việc thực hiện các nhiệm vụ chuyên môn.
## 5. Nâng cao chất lượng cán bộ làm công tác thi đua, khen thưởng
Bổ trí đội ngũ cán bộ, công chức, viên chức có phẩm chất đạo đức, năng lực thực tiễn, trình độ, tâm huyết, nhiệt tình và trách nhiệm; có năng lực tham mưu, hoạch định, tổ chức phong trào thi đua, đáp ứng yêu cầu công tác thi đua, khen thưởng của cơ quan, đơn vị, địa phương mình.
Với nội dung trên, yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện. Trong quá trình tổ chức thực hiện nếu có vướng mắc liên hệ {{{{ e.lien_he }}}} để được giải đáp./.
"""


def build():
    doc = d30.new_document(TITLE, SUBJECT)
    d30.standard_header(doc, None, None, ISSUER_RULE, summary_left=SUMMARY_LEFT)
    d30.blocks(doc, ADDRESSEE)
    d30.blocks(doc, BODY)
    d30.standard_signature(doc)
    return doc
