"""Vietnamese challenge ads, written by hand (incl. text without diacritics). Markers: [[code:evidence]]."""

ADS = [
    ("job", """TUYỂN GẤP 50 LAO ĐỘNG ĐI ĐÀI LOAN – XƯỞNG ĐIỆN TỬ

Mô tả công việc
Lắp ráp linh kiện điện tử, làm ca ngày/đêm, tăng ca nhiều.

Quyền lợi
• Lương cơ bản 27.470 Đài tệ + tăng ca
• [[trv:Công ty lo vé máy bay, visa và ký túc xá]]
• Hợp đồng 3 năm, có thể gia hạn

Chi phí
[[fee:Phí xuất cảnh trọn gói 4.500 USD, đóng trước 50%]], [[fee:còn lại trừ dần vào lương]]. [[wc:Hộ chiếu do công ty giữ trong thời gian làm việc]].

Liên hệ Zalo 0955 555 012 (anh Tuấn)"""),
    ("job", """Chào em 😊 [[opq:anh có việc bên Hàn cho em, nhắn riêng Zalo nhé]] [[dec:lương 40 triệu/tháng, không cần kinh nghiệm, không cần tiếng]] [[trv:anh ứng tiền vé trước]] [[fee:sang làm rồi trả dần]] [[vul:chỉ tuyển nữ trẻ, chưa chồng]]"""),
    ("job", """TUYỂN NỮ PHỤC VỤ KARAOKE TẠI CAMPUCHIA 🎤 [[vul:nữ 18–25, ngoại hình ưa nhìn]] [[dec:thu nhập 30–50 triệu/tháng, việc nhẹ]] [[trv:bao vé xe, bao ăn ở]] [[opq:gửi ảnh toàn thân và CCCD qua Telegram trước]]"""),
    ("job", """Tuyen lao dong lam nong trai o Nhat, [[dec:khong can thi tieng, bay nhanh 1 thang]]. [[fee:Phi 180 trieu, dat coc truoc 50 trieu]]. [[opq:Lien he inbox, khong co van phong]]."""),
    ("job", """💰 VIỆC LÀM ONLINE TẠI NHÀ 💰 [[dec:chỉ cần like và share, kiếm 1–2 triệu mỗi ngày]] [[dec:không cần kinh nghiệm]] [[fee:nạp 300k để kích hoạt tài khoản]] [[opq:liên hệ CSKH qua Telegram @vieclam_example]]"""),
    ("job", """Tuyển giúp việc nhà đi Ả Rập Xê Út, [[dec:xuất cảnh nhanh 2 tuần, không cần học]]. [[trv:Chủ lo vé và visa]]. [[wc:Không được về nước trước 2 năm]]. [[wc:Chủ nhà giữ hộ chiếu và điện thoại]]."""),
    ("job", """Việc nhẹ lương cao bên Myanmar 🇲🇲 [[dec:trực máy tính, lương 1.500 USD]] [[trv:có người đón ở biên giới]] [[opq:tên công ty bí mật, phỏng vấn qua Telegram]] [[wc:vào làm không được tự ý ra ngoài khu]]"""),
    ("job", """Tuyển nữ phục vụ nhà hàng ở Malaysia, [[vul:chưa lập gia đình, dưới 26 tuổi, xinh xắn]]. [[fee:Phí môi giới 25 triệu trừ vào lương 6 tháng]]. [[trv:Bao vé máy bay và chỗ ở]]."""),
    ("job", """Tuyển thuyền viên tàu cá đi Đài Loan 🚢 [[dec:không cần kinh nghiệm, lương 600 USD, đi ngay tuần sau]]. [[fee:Đặt cọc 20 triệu]]. [[wc:Lương trả cuối hợp đồng]]."""),
    ("job", """Ai cần việc gấp ib mình, [[vul:nợ nần, không giấy tờ cũng nhận]] 🙏 [[dec:đi nước ngoài làm lương đô]] [[opq:inbox riêng mới nói chi tiết]]"""),
    ("escort", """💋✨ [[mob:HÀNG MỚI VỀ]] ✨💋 Chào anh, em là Vy, 21t 🔥 [[mob:mới lên Sài Gòn, chỉ ở 3 ngày]]! Có phòng riêng Q1, đi khách sạn được. Zalo 0 9 5 5 5 5 5 0 1 2"""),
    ("escort", """🌹 [[tpc:Bên em có nhiều em mới]] 🌹 [[tpc:Mai, Linh, Trang]] [[mob:từ miền Tây lên]] [[rm:phục vụ 24/24]] [[rm:chỉ tại chỗ]] [[tpc:liên hệ quản lý]] 0955 555 014"""),
    ("escort", """[[min:Em gái mới lớn]] 🍭🎀 [[min:học sinh]] [[min:vừa 17 tuổi]] [[mob:lần đầu ra Hà Nội]] [[tpc:hẹn qua chị gái]] [[rm:không giới hạn]]"""),
    ("escort", """Massage body thư giãn 💆 [[tpc:3 kỹ thuật viên mới]] [[mob:chỉ tuần này]] [[rm:các em ở luôn tại tiệm]], [[rm:mở cửa 10h sáng – 3h sáng mỗi ngày]]. Gần chợ Bến Thành."""),
    ("escort", """LỊCH DIỄN 💎 Ngọc, bạn đồng hành cao cấp 💎 [[mob:Hà Nội 2–4, Đà Nẵng 5–7, Sài Gòn 8–10]] — đặt lịch trước 1 ngày. ngoc@lich.example"""),
    ("escort", """c h a o  a n h  [[tpc:em no dang ranh]] [[min:16 tuoi]] anh that [[mob:moi tu Lao Cai xuong hom qua]] [[tpc:goi anh Hung]] 0 9 5 5 5 5 5 0 1 9"""),
    ("escort", """Em là Hân 😘 [[rm:nhận khách 24/24]], [[rm:không được ra ngoài, chỉ ở căn hộ chung với các bạn nữ khác]] 💋 [[mob:ở Đà Nẵng một tuần thôi]] 🌹"""),
    ("escort", """D1CH VỤ VIP 🍒 [[tpc:tài xế bên anh đưa em đến khách sạn]] [[min:toàn em non]] 💕 [[tpc:bên anh chọn giúp]] [[rm:em không được từ chối khách]] 0955 555 099"""),
    ("job", """Chương trình EPS đi Hàn Quốc – Trung tâm Lao động ngoài nước (Bộ LĐTBXH). [[trv:Vé máy bay và visa được làm sau khi đỗ kỳ thi tiếng Hàn]]. Người lao động chỉ nộp phí thi theo quy định, không qua môi giới."""),
    ("job", """Công ty CP Nhân lực Sao Việt (giấy phép XKLĐ số 555/LĐTBXH-GP). Tuyển điều dưỡng đi Đức. [[trv:Doanh nghiệp Đức chi trả vé máy bay, visa và nhà ở tháng đầu]]. Không thu phí của ứng viên."""),
    # --- âm tính
    ("job", """TUYỂN DỤNG KẾ TOÁN TỔNG HỢP – CÔNG TY TNHH THỰC PHẨM AN PHÚ (Bình Dương)

Giới thiệu
An Phú là nhà sản xuất bánh kẹo với hơn 500 nhân viên, địa chỉ KCN Sóng Thần 2, MST 5550123456.

Mô tả công việc
• Hạch toán chi phí, doanh thu
• Lập báo cáo thuế tháng, quý
• Đối chiếu công nợ

Yêu cầu
Tốt nghiệp đại học chuyên ngành kế toán, 2 năm kinh nghiệm, sử dụng MISA.

Quyền lợi
Lương 15–18 triệu, BHXH đầy đủ, thưởng tháng 13, du lịch hằng năm.

Nộp hồ sơ tại hr@anphu.example. Phỏng vấn tại công ty."""),
    ("job", """Quán cà phê Mộc cần tuyển pha chế ca sáng, lương 25k/giờ, được đào tạo. Đến trực tiếp 55 Nguyễn Trãi, Q5 để phỏng vấn."""),
    ("job", """CẢNH BÁO LỪA ĐẢO: Công ty Vận tải Phương Nam không thu bất kỳ khoản phí tuyển dụng nào, không xin ảnh CCCD qua Zalo và không tuyển người đi nước ngoài. Tin tuyển dụng chính thức chỉ có trên phuongnam.example."""),
    ("job", """Công ty XKLĐ có giấy phép số 555/GP: tuyển thợ hàn đi Nhật. Người lao động giữ hộ chiếu của mình, mọi chi phí đúng quy định pháp luật và được ghi rõ trong hợp đồng, không đặt cọc, không qua trung gian."""),
    ("escort", """Chào anh, em là Thảo, 30t, làm tự do ở Hà Nội 🌸 em tự sắp xếp lịch và tự chọn khách, không qua ai cả. Hẹn trước nhé."""),
    ("escort", """✨ Căn hộ mới, vẫn là Hương ✨ Em đã chuyển sang căn hộ thoải mái hơn ở Q7. Vẫn độc lập, 29t, không có người quản lý 💋"""),
    ("escort", """Massage trị liệu, chị Lan (46), có chứng chỉ vật lý trị liệu, phòng riêng ở Cầu Giấy. Chỉ massage chuyên nghiệp, đặt lịch trước."""),
    ("other", """Khai trương salon tóc mới 💇 tại 12 Lê Lợi! Cắt, nhuộm, uốn. Giảm 20% trong tuần đầu."""),
    ("other", """Cho thuê phòng trọ mới xây gần ĐH Bách Khoa, 3 triệu/tháng, có gác, wifi miễn phí. Ưu tiên sinh viên, người đi làm."""),
    ("other", """Bán xe Honda Vision 2020, chính chủ, biển Hà Nội, lốp mới. 24 triệu, có thương lượng."""),
    ("job", """Gia sư toán lớp 9 ôn thi vào 10, khu vực Cầu Giấy, 200k/buổi. Phụ huynh phỏng vấn trực tiếp."""),
    ("escort", """Hi anh, em Nhi, 27t, làm một mình ở Sài Gòn 😊 lịch và quy tắc do em tự quyết. Đi ăn tối, trò chuyện. Nhắn tin trước, không nhận cuộc gọi ẩn số 💋"""),
    ("other", """Cho mèo con 2 tháng tuổi, đã tẩy giun, cho người yêu mèo. Khu vực Thủ Đức."""),
    ("job", """Tuyển shipper giao hàng khu vực Quận 7 – Công ty Giao Nhanh. Có xe máy, bằng lái A1, lương tuần chuyển khoản, đóng bảo hiểm. Phỏng vấn thứ Hai tại kho."""),
    ("job", """Thông tin chương trình thực tập sinh Nhật Bản qua kênh nhà nước: đăng ký miễn phí tại Sở LĐTBXH. Người lao động tự chuẩn bị hồ sơ theo thông báo chính thức, không nộp tiền cho cá nhân nào."""),
    ("other", """Nhận sửa máy lạnh, vệ sinh máy lạnh tại nhà, 150k/máy, bảo hành 3 tháng."""),
    ("escort", """Chào anh, Phương, 34t, sống ở Đà Nẵng, tiếp khách một mình tại chỗ của em, thoải mái không vội. Quy định và giá do em đặt. Chỉ hẹn trước 🌹"""),
    ("other", """Tìm ví bị rơi trên xe buýt số 32, có CMND tên Nguyễn Văn Nam. Ai nhặt được xin liên hệ, hậu tạ."""),
]

# Đợt hai: lỗi OCR, dấu hiệu nằm giữa tin dài, chữ "mới" và "24/24" vô hại.
ADS += [
    ("job", """THÔNG BÁO TUYỂN DỤNG – LAO ĐỘNG NGÀNH XÂY DỰNG TẠI NHẬT BẢN (visa kỹ năng đặc định)
Công ty đối tác của chúng tôi cần 30 thợ cốp pha, thợ sắt và thợ giàn giáo làm việc tại Osaka, Aichi. Thời gian làm việc 8 tiếng/ngày, tăng ca theo luật Nhật.
Yêu cầu: nam 20–38 tuổi, sức khỏe tốt, chịu khó. Đã có kinh nghiệm xây dựng là lợi thế.
Chi phí: [[fee:phí dịch vụ 6.000 USD, nộp trước 2.000 USD giữ suất]]. [[trv:Công ty lo vé máy bay và chỗ ở ban đầu]]. [[wc:Sang đến nơi, hộ chiếu và thẻ ngoại kiều do nghiệp đoàn giữ để quản lý]].
Gửi ảnh hộ chiếu qua Zalo để được tư vấn."""),
    ("job", """TUY3N G4P ĐI SÉC
Công nhân may – 1.200 EUR
[[dec:Không cần kinh nghiệm, không phỏng vấn, bay tháng sau]]
[[fee:Cọc giữ chỗ 30 triệu]]
[[opq:Chỉ liên hệ qua Zalo cá nhân]]"""),
    ("other", """Mình mới chuyển đến Đà Lạt, tìm bạn chạy bộ buổi sáng quanh hồ Xuân Hương, nhẹ nhàng thôi 😊"""),
    ("other", """Cứu hộ xe máy 24/24 khu vực Gò Vấp, vá xe tận nơi, có mặt trong 20 phút."""),
]

# Đợt ba: tin dài chỉ có một dấu hiệu, và tin âm tính dài.
ADS += [
    ("job", """TUYỂN NHÂN VIÊN BÁN HÀNG – CHUỖI CỬA HÀNG ĐIỆN THOẠI (Hà Nội)

Về chúng tôi
Hệ thống 40 cửa hàng điện thoại và phụ kiện tại miền Bắc, hoạt động từ 2012.

Mô tả công việc
• Tư vấn sản phẩm cho khách hàng
• Hỗ trợ thủ tục trả góp
• Sắp xếp hàng hóa, kiểm kho cuối ngày

Yêu cầu
• Tốt nghiệp THPT trở lên
• Giao tiếp tốt, nhanh nhẹn

Quyền lợi
Lương cứng 7 triệu + hoa hồng, thưởng doanh số. [[wc:Nhân viên mới bị giữ lại hai tháng lương đầu, nghỉ trước một năm sẽ không được trả]].

Nộp hồ sơ trực tiếp tại cửa hàng Cầu Giấy."""),
    ("escort", """💋🌸✨ Chào các anh ✨🌸💋
Em là Bông, [[min:vừa tròn 18]] 🎀 nhỏ nhắn, dễ thương, thích nói chuyện và cười đùa 😘
📍 Phòng riêng sạch sẽ ở Q3
🚕 Đi khách sạn được
💸 1 tiếng 1,5 triệu
📲 Zalo 0955 555 231, nhắn tin trước"""),
    ("job", """chào bạn, [[opq:trước khi phỏng vấn gửi mình ảnh hộ chiếu và ảnh chân dung cầm hộ chiếu qua đây nhé]], rồi mình báo tên công ty 👍"""),
    ("job", """KỸ SƯ PHẦN MỀM – CHUYỂN ĐẾN LÀM VIỆC TẠI SINGAPORE
Công ty Lion Gate Systems Pte Ltd (UEN 201555987M) tuyển kỹ sư backend (Go, PostgreSQL). Quy trình: phỏng vấn HR, bài kiểm tra kỹ thuật, phỏng vấn với nhóm.
Lương 6.500–8.000 SGD/tháng, bảo hiểm sức khỏe, thưởng cuối năm. Sau khi nhận việc, công ty chi trợ cấp chuyển chỗ ở 2.500 SGD; vé máy bay và nhà ở do ứng viên tự lo. Không thu bất kỳ khoản phí nào của ứng viên."""),
    ("escort", """Chào anh, em là Quyên 🌷 35t, làm tự do ở Hải Phòng đã lâu. Em thích những buổi hẹn nhẹ nhàng: cà phê, ăn tối, trò chuyện. Em tự chọn gặp ai, giờ nào và giới hạn của mình — không qua môi giới, không ai quản lý. Lần đầu gặp em xin tên và một người giới thiệu. Giá nhắn riêng. Mong anh lịch sự 💌"""),
]

# Đợt bốn: tin của đường dây nói ngôi thứ ba, dấu hiệu tuổi ẩn, tin nhắn cò lao động.
ADS += [
    ("escort", """✦✦ CLB TIẾP VIÊN VIP ✦✦ Q1 · Q3 · Phú Nhuận
[[tpc:Gặp gỡ các em bên anh]] 💃 [[tpc:Thư (22, Cần Thơ), My (21, An Giang) và Ly (23, Đồng Tháp)]] – xinh xắn, vui vẻ, kín đáo 😍
✔ Đi ăn ✔ Khách sạn ✔ Qua đêm
💸 2 tiếng 2,5 triệu · qua đêm 6 triệu
🚗 [[tpc:Tài xế bên anh đưa em đến trong 30 phút]]
[[rm:Các em trực 24/24, không cần hẹn trước]]
📞 Đặt lịch: 0955 555 019 (tổng đài)"""),
    ("escort", """Hi anh 🙈 em [[min:đang học lớp 11]], cần anh nuôi đi học với mua điện thoại mới 📱 nghiêm túc thôi, ib Facebook"""),
    ("job", """ê bạn 👋 đơn đi Đài vẫn còn nha!! xưởng nhựa, lương 30 triệu. [[trv:bên mình lo visa, vé, ký túc xá]], [[fee:bạn chuyển trước 50 triệu tiền cọc hợp đồng]] 🙏 [[dec:không cần kinh nghiệm, 3 tuần bay]] ok không?"""),
]

# Đợt năm: tin âm tính khó, dùng từ vựng của các tín hiệu.
ADS += [
    ("job", """Nhân viên kho ca đêm (KCN Tân Tạo). Không cần kinh nghiệm: được đào tạo có lương trong hai tuần đầu. Lương 8,5 triệu + phụ cấp ca đêm, đóng BHXH từ ngày đầu. Đăng ký trên trang web công ty."""),
    ("other", """Chủ giữ hộ chiếu của bạn? Bạn đang phải trả nợ phí đi làm hay tiền vé? Bạn không được ra khỏi chỗ ở? Bạn có quyền. Gọi miễn phí và bảo mật tới đường dây nóng 1800 555 010, 24/24."""),
    ("escort", """Nhỏ nhắn, tóc đen, 33t 😉 làm tự do, căn hộ riêng ở Thảo Điền, em tự chọn lịch hẹn và giờ giấc. Cà phê, trò chuyện, bầu bạn. Nhắn tin trước kèm tên anh nhé."""),
]

# Đợt sáu: tin dài đặc trưng thị trường Việt Nam.
ADS += [
    ("job", """🇯🇵 ĐƠN HÀNG ĐÓNG GÓI THỰC PHẨM – TỈNH AICHI – NỮ 18-30 TUỔI 🇯🇵
Lương cơ bản 175.000 yên/tháng, làm thêm nhiều, thực lĩnh 28–32 triệu. Hợp đồng 3 năm.
Điều kiện: [[vul:nữ 18–30 tuổi, chưa chồng, ngoại hình ưa nhìn, cao từ 1m50]].
[[trv:Công ty lo học tiếng, visa, vé máy bay]]. [[fee:Tổng chi phí 150 triệu, nộp trước 70 triệu khi ký hợp đồng, còn lại vay ngân hàng trừ lương]].
[[wc:Nếu bỏ trốn hoặc về nước trước hạn sẽ mất toàn bộ tiền cọc và gia đình phải bồi thường]].
Liên hệ cán bộ tuyển dụng tại xã hoặc Zalo 0955 555 660."""),
    ("escort", """💎 SPA "HOA SEN" 💎 đường Thái Văn Lung, Q1
[[tpc:Nhân viên mới tuần này]]: 🌸 Diệu, 23 · 🌸 Ngân, 22 · 🌸 Thùy, 24
[[mob:Mới từ Sóc Trăng lên, tuần sau chuyển ra Vũng Tàu]]
[[rm:Các bạn ở lại spa, làm từ 12h trưa đến 4h sáng, không nghỉ ngày nào]]
Gói 90 phút 800k. [[tpc:Đặt lịch qua chị quản lý Hồng]] 0955 555 088"""),
    ("other", """NGÀY HỘI VIỆC LÀM 2027 – Trung tâm Dịch vụ việc làm tỉnh Nghệ An
Thứ Sáu này từ 8h đến 16h tại Nhà văn hóa tỉnh, hơn 50 doanh nghiệp tuyển dụng: may mặc, điện tử, logistics, nhà hàng khách sạn. Có tư vấn viết CV và hướng dẫn đi làm việc ở nước ngoài theo hợp đồng hợp pháp.
Vào cửa miễn phí. Lưu ý: doanh nghiệp tham gia không được thu bất kỳ khoản phí nào của người lao động. Thông tin: 0238 555 0120 hoặc vieclam@nghean.example"""),
]

# Đợt bảy: đoạn chat, tin độc lập dài, một dấu hiệu ẩn.
ADS += [
    ("job", """[10:02] Cò: chào em, em đăng ký đi Úc đúng không?
[10:03] Em: dạ đúng, làm gì vậy anh?
[10:03] Cò: hái nho ở trang trại, 25 đô một giờ
[10:04] Em: visa sao anh?
[10:05] Cò: [[trv:anh lo visa du lịch với vé, qua có người đón]]
[10:05] Cò: [[fee:phí 250 triệu, đưa trước 100 triệu, còn lại trừ lương]]
[10:06] Em: có hợp đồng không anh?
[10:07] Cò: [[dec:khỏi hợp đồng, qua đó làm chui ai cũng vậy]] 😉"""),
    ("escort", """✨💕 Chào các anh, em là Lam 💕✨
Tóc đỏ, 30t, có tàn nhang và cười to 😄 Em thích cocktail, phim cũ và những cuộc trò chuyện dài. Ăn tối, đi cuối tuần hoặc một buổi tối yên tĩnh ở căn hộ của em 🍸🎬
📍 Căn hộ ấm cúng ở Tây Hồ · 🚗 Chỉ đi khách sạn
💸 1 tiếng 2,5 triệu · 2 tiếng 4,5 triệu · ăn tối 4 tiếng 7 triệu · qua đêm 12 triệu
📝 Ảnh mới trên web của em tuần này, ảnh thật không chỉnh 📸
Em sàng lọc mọi khách mới và từ chối nếu thấy không ổn. Độc lập, không đường dây, không quản lý 🙏 lam@indie.example"""),
    ("escort", """💋 Na 💋 da bánh mật, 25t, đầy đặn và tinh nghịch 😜 Căn hộ ở Q10, có tắm và chỗ để xe. 1 tiếng 1,2 triệu. Vui vẻ, nói nhiều ✌️ [[rm:Em không có ngày nghỉ, lịch do bà chủ nhà sắp xếp]] 📲 0955 555 612"""),
]
