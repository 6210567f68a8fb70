-- DEMO DATA (test and local-run builds only): the Hải Dương draft plan of February 2024 implementing Chỉ thị
-- 28-CT/TW, entered as structured data from /work/shared/fixtures/plans/hai-duong-2024-chi-thi-28.md. Quoted text
-- (purpose, requirements, task descriptions, duties) is copied from the fixture; task titles are the headings of
-- II.1–II.5 and the first clause of III.1–III.4.
-- Every row belongs to admin unit code 30 "Tỉnh Hải Dương" (to 2025-06-30, then merged into Hải Phòng, code 31).

-- ---------------------------------------------------------------------------------------------------------------
-- Agencies. The plan assigns work to collectives, as written under each "b) Phân công thực hiện":
--   "Các sở, ngành tỉnh" and "địa phương" (= UBND các huyện, thị xã, thành phố) → COORDINATE;
--   "UBMT Tổ quốc", "các Tổ chức chính trị - xã hội", "cơ quan báo chí" → REQUESTED ("Đề nghị … tham gia").
-- The Sở Lao động - Thương binh và Xã hội consolidates the reports (III.3, III.4). It was dissolved on 2025-03-01
-- and its child-protection work moved to the Sở Y tế, inserted first so it can be named as the successor.
INSERT INTO agency (id, name, short_name, kind, unit_id)
SELECT nextval('agency_seq'), v.name, v.short_name, v.kind, u.id
FROM (VALUES
    ('Ủy ban nhân dân tỉnh Hải Dương', 'UBND tỉnh Hải Dương', 'PEOPLES_COMMITTEE'),
    ('Sở Y tế', 'Sở YT', 'STATE_AGENCY'),
    ('Các sở, ngành tỉnh', 'Sở, ngành tỉnh', 'STATE_AGENCY'),
    ('UBND các huyện, thị xã, thành phố', 'UBND cấp huyện', 'PEOPLES_COMMITTEE'),
    ('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương', 'UBMTTQVN tỉnh', 'MASS_ORGANISATION'),
    ('Các tổ chức chính trị - xã hội tỉnh', 'Tổ chức CT-XH tỉnh', 'MASS_ORGANISATION'),
    ('Các cơ quan báo chí, truyền thông trên địa bàn tỉnh', 'Báo chí, truyền thông', 'PRESS')
) AS v(name, short_name, kind)
CROSS JOIN admin_unit u
WHERE u.level = 'PROVINCE' AND u.code = '30' AND u.valid_to = DATE '2025-06-30';

INSERT INTO agency (id, name, short_name, kind, unit_id, valid_to, successor_id)
SELECT nextval('agency_seq'), 'Sở Lao động - Thương binh và Xã hội', 'Sở LĐTBXH', 'STATE_AGENCY', u.id,
       DATE '2025-02-28', (SELECT s.id FROM agency s WHERE s.unit_id = u.id AND s.name = 'Sở Y tế')
FROM admin_unit u
WHERE u.level = 'PROVINCE' AND u.code = '30' AND u.valid_to = DATE '2025-06-30';

-- ---------------------------------------------------------------------------------------------------------------
-- The plan: a draft ("Số: /KH-UBND", "ngày tháng 02 năm 2024"), so no number and no issue date, status DRAFT.
-- Period 2024-2030: the plan states no period of its own, and it implements a directive whose horizon (and that of
-- the national plan for it, 1183/QĐ-TTg, and of the programmes it lists) is 2030; its tasks are standing
-- ("hằng năm"), not a one-year programme. Signer as printed under "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ
-- TỊCH". No funding section in the fixture. Purpose and requirements: section I, one paragraph per bullet.
INSERT INTO document (id, number, kind, title, issuer_id, unit_id, signer_name, signer_title, issued_on,
                      period_from_year, period_to_year, status, purpose, requirements)
SELECT nextval('document_seq'), NULL, 'PLAN',
       'Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị về tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em đáp ứng yêu cầu phát triển đất nước phồn vinh, hạnh phúc',
       a.id, u.id, 'Nguyễn Minh Hùng', 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH', NULL, 2024, 2030, 'DRAFT',
       E'- Triển khai thực hiện Chỉ thị số 28-CT/TW, ngày 25/12/2023 của Bộ Chính trị về tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em đáp ứng yêu cầu phát triển đất nước phồn vinh, hạnh phúc từ tỉnh đến cơ sở. Tạo sự thống nhất cao trong nhận thức và hành động của các cấp ủy Đảng, chính quyền, các ngành, đoàn thể, toàn xã hội về tầm quan trọng của công tác chăm sóc, giáo dục và bảo vệ trẻ em; nâng cao chất lượng nguồn nhân lực phục vụ công nghiệp hóa, hiện đại hóa đất nước và hội nhập quốc tế.\n'
       '- Cụ thể hóa các quan điểm, chủ trương, nhiệm vụ, giải pháp nêu trong Chỉ thị số 28-CT/TW thành các nhiệm vụ, giải pháp phù hợp với tình hình thực tế của địa phương; nâng cao hiệu lực, hiệu quả quản lý Nhà nước của chính quyền các cấp, các ban, ngành, tổ chức đoàn thể, sự phối hợp giữa nhà trường, gia đình và xã hội đối với công tác chăm sóc, giáo dục và bảo vệ trẻ em; tạo điều kiện tối đa để trẻ em được phát triển toàn diện trở thành những con người hài hòa về thể chất, trí tuệ, tài năng, đạo đức, nhân cách nhằm đáp ứng yêu cầu phát triển của tỉnh nói riêng, của đất nước nói chung.',
       E'- Thể hiện đầy đủ, rõ ràng những nội dung, nhiệm vụ, giải pháp thực hiện có tính hệ thống, tổng hợp cần tập trung chỉ đạo về công tác chăm sóc, giáo dục và bảo vệ trẻ em. Đồng thời, xác định rõ nhiệm vụ của mỗi cấp, mỗi ngành, mỗi địa phương, đơn vị; nắm vững quan điểm đầu tư cho trẻ em là đầu tư cho tương lai của tỉnh.\n'
       '- Phát huy vai trò, trách nhiệm của các sở, ban, ngành, UBND, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội các cấp; huy động sức mạnh tổng hợp của cả hệ thống chính trị, các đoàn thể xã hội, gia đình, nhà trường và toàn xã hội thực hiện hiệu quả Chỉ thị số 28-CT-TW.'
FROM admin_unit u
JOIN agency a ON a.unit_id = u.id AND a.name = 'Ủy ban nhân dân tỉnh Hải Dương'
WHERE u.level = 'PROVINCE' AND u.code = '30' AND u.valid_to = DATE '2025-06-30';

-- "Thực hiện Chỉ thị số 28-CT/TW, ngày 25/12/2023 của Bộ Chính trị" (preamble).
INSERT INTO document_link (child_id, parent_id)
SELECT c.id, p.id
FROM document c
JOIN agency ca ON ca.id = c.issuer_id
CROSS JOIN document p
JOIN agency pa ON pa.id = p.issuer_id
WHERE ca.name = 'Ủy ban nhân dân tỉnh Hải Dương' AND c.kind = 'PLAN' AND c.number IS NULL
  AND c.title LIKE 'Thực hiện Chỉ thị số 28-CT/TW%'
  AND pa.unit_id IS NULL AND pa.name = 'Bộ Chính trị' AND p.number = '28-CT/TW'
  AND date_part('year', p.issued_on) = 2023;

-- ---------------------------------------------------------------------------------------------------------------
-- Tasks: II "Nhiệm vụ, giải pháp; phân công thực hiện" with the five groups II.1–II.5 (description = the "a)
-- Nhiệm vụ, giải pháp" text; II.5 has no a)/b), so its whole text), and III "Tổ chức thực hiện" with III.1–III.4.
-- II.4 recurs every year in the Tháng hành động Vì trẻ em, 01/6–30/6 (the other occasions it lists stay in the
-- text). III.4 is split across a page break in the fixture ("định / kỳ"); it is joined here. All NOT_STARTED.
INSERT INTO task (id, document_id, parent_id, number, position, title, description, status)
SELECT nextval('task_seq'), d.id, NULL, v.number, v.position, v.title, NULL, 'NOT_STARTED'
FROM (VALUES ('II', 2, 'Nhiệm vụ, giải pháp; phân công thực hiện'),
             ('III', 3, 'Tổ chức thực hiện')) AS v(number, position, title)
CROSS JOIN (
    SELECT d.id FROM document d JOIN agency a ON a.id = d.issuer_id
    WHERE a.name = 'Ủy ban nhân dân tỉnh Hải Dương' AND d.kind = 'PLAN' AND d.number IS NULL
      AND d.title LIKE 'Thực hiện Chỉ thị số 28-CT/TW%'
) AS d;

INSERT INTO task (id, document_id, parent_id, number, position, title, description, recurrence_from, recurrence_to,
                  status)
SELECT nextval('task_seq'), p.document_id, p.id, v.number, v.position, v.title, v.description,
       v.recurrence_from, v.recurrence_to, 'NOT_STARTED'
FROM (VALUES
    ('II', 'II.1', 1,
     'Tổ chức quán triệt, triển khai thực hiện Chỉ thị số 28-CT/TW',
     E'- Đẩy mạnh công tác tuyên truyền, học tập quán triệt và triển khai Chỉ thị số 28-CT/TW cho toàn thể cán bộ Đảng viên và nhân dân. Đưa việc triển khai thực hiện công tác chăm sóc, giáo dục và bảo vệ trẻ em thành nội dung quan trọng trong thực hiện nhiệm vụ hằng năm.\n'
     '- Tăng cường công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp; sự phối hợp chặt chẽ giữa các cơ quan, tổ chức trong hệ thống chính trị đối với công tác chăm sóc, giáo dục và bảo vệ trẻ em.\n'
     '- Tập trung lãnh đạo, chỉ đạo quán triệt, cụ thể hóa chủ trương của Đảng sát với thực tiễn địa phương, đơn vị; nâng cao nhận thức, trách nhiệm đối với sự phát triển của thế hệ tương lai gắn với phát triển đất nước phồn vinh, hạnh phúc. Nâng cao tinh thần trách nhiệm, gương mẫu của người đứng đầu, cán bộ, đảng viên, công chức, viên chức và nhân dân; phối hợp chặt chẽ các cơ quan, tổ chức trong hệ thống chính trị và vận động nhân dân, tạo sức mạnh tổng hợp nâng cao hiệu quả công tác chăm sóc, giáo dục, bảo vệ trẻ em, bảo đảm cho trẻ em được thụ hưởng lợi ích tốt nhất, không bị phân biệt đối xử, được bày tỏ ý kiến và được lắng nghe.',
     NULL, NULL),
    ('II', 'II.2', 2,
     'Hoàn thiện chính sách, bảo đảm nguồn lực thực hiện chính sách đối với trẻ em',
     E'- Nghiên cứu, đề xuất sửa đổi, bổ sung và triển khai thực hiện hiệu quả các quy định của pháp luật, chính sách tiêu chuẩn, quy trình tiếp cận dịch vụ xã hội cơ bản cho trẻ em phù hợp giai đoạn mới. Rà soát, hoàn thiện, bổ sung hoặc xây dựng mới các chính sách, cơ chế đặc thù; chính sách xã hội hóa, khuyến khích, huy động tổ chức, doanh nghiệp, cá nhân, xã hội tham gia, phối hợp thực hiện tốt các mục tiêu, chỉ tiêu, giải pháp, mô hình chăm sóc, giáo dục và bảo vệ trẻ em.\n'
     '- Bảo đảm vai trò chủ đạo của ngân sách nhà nước, phân bổ nguồn lực hợp lý trong thực hiện chính sách đối với trẻ em; tăng cường đầu tư cơ sở vật chất, công trình phúc lợi, cung cấp dịch vụ xã hội, dịch vụ y tế, giáo dục, vui chơi, giải trí, hoạt động văn hoá, nghệ thuật, thể dục, thể thao cho trẻ em... nhất là địa bàn kinh tế - xã hội khó khăn, vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số....',
     NULL, NULL),
    ('II', 'II.3', 3,
     'Nâng cao hiệu lực quản lý nhà nước về chăm sóc, giáo dục và bảo vệ trẻ em phù hợp giai đoạn hiện nay',
     E'- Nâng cao hiệu lực quản lý nhà nước, tạo sự đồng bộ trong thực hiện chính sách, pháp luật; bảo đảm trẻ em phải là trung tâm của chính sách, chiến lược phát triển; được ưu tiên lồng ghép trong chiến lược, kế hoạch, mục tiêu phát triển của ngành, địa phương. Nghiên cứu, tích hợp, xây dựng Chiến lược quốc gia về phát triển trẻ em mang tính tổng thể, toàn diện; đẩy mạnh thực hiện các kế hoạch, như: Kế hoạch thực hiện Chương trình hành động quốc gia vì trẻ em tỉnh Hải Dương giai đoạn 2021 - 2030; Kế hoạch thực hiện Chiến lược quốc gia về dinh dưỡng tỉnh Hải Dương giai đoạn 2021 - 2030 và tầm nhìn đến năm 2045; Kế hoạch Hỗ trợ trẻ em khuyết tật tiếp cận các dịch vụ bảo vệ, chăm sóc, giáo dục tại cộng đồng tỉnh Hải Dương giai đoạn 2019-2025; Kế hoạch về thực hiện Đề án chăm sóc vì sự phát triển toàn diện trẻ em trong những năm đầu đời tại gia đình và cộng đồng giai đoạn 2019-2025; Kế hoạch về thực hiện Quyết định số 06/QĐ-TTG ngày 03/01/2019 của Thủ tướng Chính phủ quy định tiêu chuẩn, trình tự đánh giá và công nhận xã, phường, thị trấn phù hợp với trẻ em trên địa bàn tỉnh Hải Dương; Kế hoạch phòng, chống tai nạn, thương tích trẻ em tỉnh Hải Dương, giai đoạn 2021 - 2030; Kế hoạch số 159/KH-UBND ngày 18/01/2021 của UBND tỉnh Hải Dương về thực hiện Chỉ thị số 23/CT-TTg ngày 26/5/2020 của Thủ tướng Chính phủ về việc tăng cường các giải pháp đảm bảo thực hiện quyền trẻ em, Quyết định số 1472/QĐ-TTg ngày 28/9/2020 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Nghị quyết số 121/2020/QH14 ngày 19/6/2020 của Quốc hội Khóa XIV về việc tiếp tục tăng cường hiệu lực, hiệu quả việc thực hiện chính sách pháp luật về phòng, chống xâm hại trẻ em; Kế hoạch thực hiện Chương trình phòng ngừa, giảm thiểu trẻ em lao động trái quy định của pháp luật tỉnh Hải Dương giai đoạn 2021 - 2025, định hướng đến năm 2030; Kế hoạch thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi giai đoạn 2024- 2030 và các chương trình, kế hoạch khác có liên quan đến trẻ em.\n'
     '- Tiếp tục xây dựng, hoàn thiện cơ sở dữ liệu về trẻ em liên thông với cơ sở dữ liệu quốc gia về dân cư, cơ sở dữ liệu chuyên ngành.\n'
     '- Kiện toàn tổ chức bộ máy quản lý nhà nước về trẻ em theo hướng tinh gọn, hiệu quả; đẩy mạnh phân cấp, phân quyền; đổi mới phương thức quản lý, điều hành, phối hợp. Đảm bảo bố trí ổn định đội ngũ công chức chuyên trách về công tác trẻ em từ tỉnh đến cơ sở, cộng tác viên trẻ em ở thôn, khu dân cư; xây dựng cơ chế bố trí nhân viên công tác xã hội trẻ em, người làm công tác bảo vệ trẻ em ở cấp xã theo quy định của Luật Trẻ em; đồng thời nâng cao năng lực, đạo đức, trách nhiệm của đội ngũ cán bộ làm công tác trẻ em, nhân viên công tác xã hội, cộng tác viên ở thôn, khu phố.\n'
     '- Tăng cường công tác thanh tra, kiểm tra, giám sát; quản lý chặt chẽ các cơ sở chăm sóc, nuôi dưỡng, bảo trợ, các hoạt động xã hội, từ thiện và các hoạt động khác liên quan đến trẻ em. Chủ động ngăn chặn, phòng ngừa, xử lý nghiêm, kịp thời các hành vi xâm hại, bạo lực, bỏ rơi, mua bán, lạm dụng, xúi giục, kích động trẻ em và các hành vi bị nghiêm cấm khác.',
     NULL, NULL),
    ('II', 'II.4', 4,
     'Nâng cao hiệu quả thực hiện các chính sách về chăm sóc, giáo dục và bảo vệ trẻ em',
     E'Thực hiện tốt chính sách nuôi dưỡng, chăm sóc sức khỏe, giáo dục, vui chơi, giải trí, hoạt động văn hóa, nghệ thuật, thể dục, thể thao, du lịch tạo sự đồng bộ, phát triển liên tục từ những năm đầu đời đến khi trưởng thành của trẻ em, nhất là nhóm trẻ em có hoàn cảnh đặc biệt. Tiếp tục đẩy mạnh phổ cập giáo dục mầm non cho trẻ em dưới 5 tuổi; phát triển hệ thống phúc lợi, dịch vụ xã hội cho trẻ em theo hướng liên thông, chất lượng, thuận lợi trong tiếp cận. Xây dựng môi trường gia đình, nhà trường, xã hội an toàn, lành mạnh, thân thiện, bảo đảm cho trẻ em có cơ hội phát triển về thể chất, tinh thần, nhân cách, tài năng, trí tuệ.\n'
     'Tăng cường phối hợp giữa gia đình, nhà trường và xã hội, nêu cao trách nhiệm của gia đình, nhà trường; chú trọng giáo dục đạo đức, lối sống, kỹ năng sống, giáo dục trẻ em sống có trách nhiệm, thực hiện bổn phận với gia đình, nhà trường, cộng đồng, xã hội, quê hương đất nước phù hợp với lứa tuổi. Đẩy mạnh bảo vệ trẻ em trước thông tin không có lợi trên không gian mạng và xã hội, những vấn đề ảnh hưởng đến phát triển toàn diện; không để trẻ em làm công việc ảnh hưởng đến học tập, sức khỏe, phát triển thể chất, trí tuệ, tinh thần và đạo đức; phát triển hệ thống tư pháp thân thiện và bảo vệ trẻ em. Phát triển các sản phẩm văn hoá, văn học - nghệ thuật, giáo dục lành mạnh, phù hợp, có chất lượng dành cho trẻ em.\n'
     'Hàng năm, tổ chức các hoạt động có hiệu quả thiết thực: Tháng hành động Vì trẻ em từ ngày 01/6 đến ngày 30/6, Ngày quốc tế thiếu nhi 01/6, Tết Trung Thu, Ngày gia đình Việt Nam và Diễn đàn trẻ em các cấp.',
     '--06-01', '--06-30'),
    ('II', 'II.5', 5,
     'Công tác tham gia phối hợp của các tổ chức chính trị - xã hội, tổ chức xã hội, cơ quan truyền thông',
     E'Đề nghị UB Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội, hội quần chúng, tổ chức xã hội, các cơ quan báo chí, truyền thông:\n'
     '- Tăng cường vai trò của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, hội quần chúng, tổ chức xã hội, các cơ quan báo chí, truyền thông trong công tác vận động, tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Tổ chức thực hiện có hiệu quả phong trào "Toàn dân chăm sóc, giáo dục và bảo vệ trẻ em" gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Cung cấp thông tin, tư vấn, hỗ trợ, hướng dẫn, nhân rộng các phong trào, mô hình, sáng kiến chăm sóc, giáo dục và bảo vệ trẻ em; kịp thời phản ánh, phối hợp giải quyết những vấn đề liên quan đến trẻ em.\n'
     '- Quan tâm bảo đảm quyền trẻ em; đẩy mạnh hoạt động tổ chức diễn đàn trẻ em các cấp, tạo điều kiện cho trẻ em được tham gia vào các vấn đề có liên quan trong gia đình, nhà trường, tổ chức của trẻ em. Tăng cường hợp tác, tham gia, phát huy vai trò thành viên tích cực trong thực hiện Công ước Liên Hợp Quốc, các phong trào toàn cầu, khu vực, quốc gia và của tỉnh về thực hiện và bảo vệ quyền trẻ em.',
     NULL, NULL),
    ('III', 'III.1', 1,
     'Chủ động lồng ghép nhiệm vụ được phân công trong xây dựng kế hoạch, văn bản về công tác trẻ em hằng năm, theo giai đoạn',
     'Căn cứ nhiệm vụ được phân công trong Kế hoạch của Ủy ban nhân dân tỉnh, các sở, ngành, đoàn thể thành phố chủ động lồng ghép trong xây dựng kế hoạch, văn bản về công tác trẻ em hằng năm, theo giai đoạn cụ thể (bao gồm tiếp tục thực hiện các nội dung, nhiệm vụ tại các chương trình, kế hoạch của UBND tỉnh về công tác trẻ em đã ban hành) của đơn vị để triển khai thực hiện.',
     NULL, NULL),
    ('III', 'III.2', 2,
     'Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội phối hợp tham gia thực hiện Kế hoạch',
     'Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội phối hợp tham gia thực hiện Kế hoạch của Ủy ban nhân dân tỉnh.',
     NULL, NULL),
    ('III', 'III.3', 3,
     'Sơ kết, tổng kết, đánh giá thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh',
     'Các cơ quan, đơn vị tổ chức sơ kết, tổng kết, đánh giá thực hiện Kế hoạch theo yêu cầu của cơ quan có thẩm quyền, báo cáo về Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội tổng hợp báo cáo) kết quả thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị.',
     NULL, NULL),
    ('III', 'III.4', 4,
     'Theo dõi, kiểm tra và đôn đốc việc triển khai thực hiện Kế hoạch',
     'Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các đơn vị liên quan theo dõi, kiểm tra và đôn đốc việc triển khai thực hiện Kế hoạch, định kỳ tổng hợp tham mưu cho Ủy ban nhân dân tỉnh báo cáo Ban Cán sự Đảng UBND tỉnh, Ban Thường vụ Tỉnh ủy, các Bộ, ngành liên quan theo quy định.',
     NULL, NULL)
) AS v(parent_number, number, position, title, description, recurrence_from, recurrence_to)
JOIN (
    SELECT t.id, t.document_id, t.number
    FROM task t
    JOIN document d ON d.id = t.document_id
    JOIN agency a ON a.id = d.issuer_id
    WHERE a.name = 'Ủy ban nhân dân tỉnh Hải Dương' AND d.kind = 'PLAN' AND d.number IS NULL
      AND d.title LIKE 'Thực hiện Chỉ thị số 28-CT/TW%'
) AS p ON p.number = v.parent_number;

-- ---------------------------------------------------------------------------------------------------------------
-- Assignments exactly as written: duty = the "b) Phân công thực hiện" line(s) of the task (for II.5 and III.1–III.4,
-- the words of the item that name the agency). "địa phương" is read as the district-level people's committees.
-- The "hội quần chúng, tổ chức xã hội" of II.5 and the "gia đình và toàn xã hội" of II.4 are not agencies of this
-- demo; the duty text keeps them. "đoàn thể" in III.1 is read as the political-social organisations (REQUESTED).
-- III.4 names only "các đơn vị liên quan" as partners, so the Sở LĐTBXH is its only row.
INSERT INTO assignment (id, task_id, agency_id, role, duty, status)
SELECT nextval('assignment_seq'), t.id, a.id, v.role, v.duty, 'NOT_STARTED'
FROM (VALUES
    -- II.1
    ('II.1', 'Các sở, ngành tỉnh', 'COORDINATE', 'Các sở, ngành tỉnh; địa phương.'),
    ('II.1', 'UBND các huyện, thị xã, thành phố', 'COORDINATE', 'Các sở, ngành tỉnh; địa phương.'),
    ('II.1', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương', 'REQUESTED',
     'Đề nghị UBMT Tổ quốc, các Tổ chức chính trị - xã hội, cơ quan báo chí trên địa bàn tỉnh tham gia.'),
    ('II.1', 'Các tổ chức chính trị - xã hội tỉnh', 'REQUESTED',
     'Đề nghị UBMT Tổ quốc, các Tổ chức chính trị - xã hội, cơ quan báo chí trên địa bàn tỉnh tham gia.'),
    ('II.1', 'Các cơ quan báo chí, truyền thông trên địa bàn tỉnh', 'REQUESTED',
     'Đề nghị UBMT Tổ quốc, các Tổ chức chính trị - xã hội, cơ quan báo chí trên địa bàn tỉnh tham gia.'),
    -- II.2
    ('II.2', 'Các sở, ngành tỉnh', 'COORDINATE', 'Các sở, ngành tỉnh; địa phương.'),
    ('II.2', 'UBND các huyện, thị xã, thành phố', 'COORDINATE', 'Các sở, ngành tỉnh; địa phương.'),
    -- II.3
    ('II.3', 'Các sở, ngành tỉnh', 'COORDINATE', 'Các sở, ngành tỉnh; địa phương.'),
    ('II.3', 'UBND các huyện, thị xã, thành phố', 'COORDINATE', 'Các sở, ngành tỉnh; địa phương.'),
    -- II.4
    ('II.4', 'Các sở, ngành tỉnh', 'COORDINATE', 'Các sở, ngành tỉnh; địa phương.'),
    ('II.4', 'UBND các huyện, thị xã, thành phố', 'COORDINATE', 'Các sở, ngành tỉnh; địa phương.'),
    ('II.4', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương', 'REQUESTED',
     'Đề nghị UBMT Tổ quốc, các Tổ chức chính trị - xã hội, các cơ quan báo chí, truyền thông trên địa bàn tỉnh, gia đình và toàn xã hội tham gia.'),
    ('II.4', 'Các tổ chức chính trị - xã hội tỉnh', 'REQUESTED',
     'Đề nghị UBMT Tổ quốc, các Tổ chức chính trị - xã hội, các cơ quan báo chí, truyền thông trên địa bàn tỉnh, gia đình và toàn xã hội tham gia.'),
    ('II.4', 'Các cơ quan báo chí, truyền thông trên địa bàn tỉnh', 'REQUESTED',
     'Đề nghị UBMT Tổ quốc, các Tổ chức chính trị - xã hội, các cơ quan báo chí, truyền thông trên địa bàn tỉnh, gia đình và toàn xã hội tham gia.'),
    -- II.5
    ('II.5', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương', 'REQUESTED',
     'Đề nghị UB Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội, hội quần chúng, tổ chức xã hội, các cơ quan báo chí, truyền thông:'),
    ('II.5', 'Các tổ chức chính trị - xã hội tỉnh', 'REQUESTED',
     'Đề nghị UB Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội, hội quần chúng, tổ chức xã hội, các cơ quan báo chí, truyền thông:'),
    ('II.5', 'Các cơ quan báo chí, truyền thông trên địa bàn tỉnh', 'REQUESTED',
     'Đề nghị UB Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội, hội quần chúng, tổ chức xã hội, các cơ quan báo chí, truyền thông:'),
    -- III.1
    ('III.1', 'Các sở, ngành tỉnh', 'COORDINATE',
     'Căn cứ nhiệm vụ được phân công trong Kế hoạch của Ủy ban nhân dân tỉnh, các sở, ngành, đoàn thể thành phố chủ động lồng ghép trong xây dựng kế hoạch, văn bản về công tác trẻ em hằng năm, theo giai đoạn cụ thể (bao gồm tiếp tục thực hiện các nội dung, nhiệm vụ tại các chương trình, kế hoạch của UBND tỉnh về công tác trẻ em đã ban hành) của đơn vị để triển khai thực hiện.'),
    ('III.1', 'Các tổ chức chính trị - xã hội tỉnh', 'REQUESTED',
     'Căn cứ nhiệm vụ được phân công trong Kế hoạch của Ủy ban nhân dân tỉnh, các sở, ngành, đoàn thể thành phố chủ động lồng ghép trong xây dựng kế hoạch, văn bản về công tác trẻ em hằng năm, theo giai đoạn cụ thể (bao gồm tiếp tục thực hiện các nội dung, nhiệm vụ tại các chương trình, kế hoạch của UBND tỉnh về công tác trẻ em đã ban hành) của đơn vị để triển khai thực hiện.'),
    -- III.2
    ('III.2', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương', 'REQUESTED',
     'Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội phối hợp tham gia thực hiện Kế hoạch của Ủy ban nhân dân tỉnh.'),
    ('III.2', 'Các tổ chức chính trị - xã hội tỉnh', 'REQUESTED',
     'Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội phối hợp tham gia thực hiện Kế hoạch của Ủy ban nhân dân tỉnh.'),
    -- III.3: every agency reports; the Sở LĐTBXH consolidates ("qua Sở Lao động - Thương binh và Xã hội tổng hợp báo cáo").
    ('III.3', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'báo cáo về Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội tổng hợp báo cáo) kết quả thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị.'),
    ('III.3', 'Các sở, ngành tỉnh', 'COORDINATE',
     'Các cơ quan, đơn vị tổ chức sơ kết, tổng kết, đánh giá thực hiện Kế hoạch theo yêu cầu của cơ quan có thẩm quyền, báo cáo về Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội tổng hợp báo cáo) kết quả thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị.'),
    ('III.3', 'UBND các huyện, thị xã, thành phố', 'COORDINATE',
     'Các cơ quan, đơn vị tổ chức sơ kết, tổng kết, đánh giá thực hiện Kế hoạch theo yêu cầu của cơ quan có thẩm quyền, báo cáo về Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội tổng hợp báo cáo) kết quả thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị.'),
    -- III.4
    ('III.4', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các đơn vị liên quan theo dõi, kiểm tra và đôn đốc việc triển khai thực hiện Kế hoạch, định kỳ tổng hợp tham mưu cho Ủy ban nhân dân tỉnh báo cáo Ban Cán sự Đảng UBND tỉnh, Ban Thường vụ Tỉnh ủy, các Bộ, ngành liên quan theo quy định.')
) AS v(task_number, agency_name, role, duty)
JOIN (
    SELECT t.id, t.number
    FROM task t
    JOIN document d ON d.id = t.document_id
    JOIN agency ia ON ia.id = d.issuer_id
    WHERE ia.name = 'Ủy ban nhân dân tỉnh Hải Dương' AND d.kind = 'PLAN' AND d.number IS NULL
      AND d.title LIKE 'Thực hiện Chỉ thị số 28-CT/TW%'
) AS t ON t.number = v.task_number
JOIN agency a ON a.name = v.agency_name
    AND a.unit_id = (SELECT u.id FROM admin_unit u
                     WHERE u.level = 'PROVINCE' AND u.code = '30' AND u.valid_to = DATE '2025-06-30');

-- Guard: a misspelt name above would silently drop rows from the joins; fail instead.
DO $$
DECLARE
    n_tasks int;
    n_assignments int;
    n_agencies int;
BEGIN
    SELECT count(DISTINCT t.id), count(s.id), count(DISTINCT s.agency_id)
      INTO n_tasks, n_assignments, n_agencies
    FROM document d
    JOIN agency ia ON ia.id = d.issuer_id
    JOIN task t ON t.document_id = d.id
    LEFT JOIN assignment s ON s.task_id = t.id
    WHERE ia.name = 'Ủy ban nhân dân tỉnh Hải Dương' AND d.kind = 'PLAN' AND d.number IS NULL;
    IF n_tasks <> 11 OR n_assignments <> 25 OR n_agencies <> 6 THEN
        RAISE EXCEPTION 'Hải Dương demo plan incomplete: % tasks, % assignments, % agencies assigned',
            n_tasks, n_assignments, n_agencies;
    END IF;
END $$;
