-- DEMO DATA (test and local-run builds only): the Thừa Thiên Huế plan 26/KH-UBND (V1001) run through its 2016
-- reporting cycle, one half-year (2016-H1) and one year (2016), and the values of its 12 targets.
--
-- Reporting regime (section VI): every agency reports "định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11)";
-- VI.2 makes the Sở Lao động - Thương binh và Xã hội the agency that "đôn đốc, kiểm tra, tiếp nhận và báo cáo", so it
-- consolidates (in 2016: its successor Sở Y tế took child affairs over only in 2025).
--
-- Who owes: the 10 agencies with a LEAD or COORDINATE assignment (the press and the Fatherland Front are REQUESTED).
-- The story, as GET /api/v1/documents/{id}/obligations shows it after the year (e.g. asOf 2017-03-01):
--   * 2016-H1 (deadline 2016-05-25): 8 reports on time and accepted, the Sở Giáo dục và Đào tạo on the last day
--     (25/5 17:45, on time: the deadline day ends at midnight in Vietnam); the Sở Y tế's report returned by the Sở
--     LĐTBXH on 20/5 for district figures, resubmitted on 24/5 (on time: the resubmission counts) and accepted; the
--     Sở Văn hóa, Thể thao và Du lịch late (3/6), accepted; the Sở Thông tin và Truyền thông MISSING.
--   * 2016 (deadline 2016-11-20): all accepted and on time except the district committees ("UBND các huyện, thị xã
--     và thành phố Huế", late on 29/11, accepted) and the Sở Thông tin và Truyền thông, MISSING again.
-- No 2017 report exists: the demo users' agencies (HUE-SYT, HUE-LDTBXH) and all others still owe 2017-H1 and 2017.
--
-- Each report holds what the service would have written for: create (version 0), one edit of its content (1),
-- submit (2), accept (3); the returned one: create, edit, submit, return (3), edit (4), resubmit (5), accept (6).
-- submitted_at is the last submission; updated_at the last move. Moves are made by demo users: officer.syt.hue for
-- the Sở Y tế, officer.ldtbxh.hue for the Sở LĐTBXH (its own report, submitted by it, is accepted by planner.hue,
-- the province's planner); agencies without a demo user had their paper report entered and submitted by planner.hue
-- (planners may author any report of their unit). The realm's user ids (token subjects) are generated when
-- Keycloak imports it, so by_subject holds the user name too. No audit_log rows: the demo data has none anywhere.

-- ---------------------------------------------------------------------------------------------------------------
INSERT INTO reporting_regime (id, document_id, period_type, deadline_day, deadline_month, consolidating_agency_id)
SELECT nextval('reporting_regime_seq'), d.id, v.period_type, v.deadline_day, v.deadline_month, c.id
FROM (VALUES ('HALF_YEAR', 25, 5), ('YEAR', 20, 11)) AS v(period_type, deadline_day, deadline_month)
CROSS JOIN (
    SELECT d.id, d.unit_id FROM document d JOIN agency a ON a.id = d.issuer_id
    WHERE a.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND d.number = '26/KH-UBND'
      AND date_part('year', d.issued_on) = 2016
) AS d
JOIN agency c ON c.unit_id = d.unit_id AND c.name = 'Sở Lao động - Thương binh và Xã hội';

-- ---------------------------------------------------------------------------------------------------------------
-- Reports: content, then the times of creation, last submission and last move, and the version.
INSERT INTO report (id, document_id, agency_id, period_type, period_code, period_start, period_end, status,
                    difficulties, proposals, submitted_at, version, created_at, updated_at)
SELECT nextval('report_seq'), d.id, a.id,
       CASE v.period_code WHEN '2016' THEN 'YEAR' ELSE 'HALF_YEAR' END, v.period_code, DATE '2016-01-01',
       CASE v.period_code WHEN '2016' THEN DATE '2016-12-31' ELSE DATE '2016-06-30' END,
       'ACCEPTED', v.difficulties, v.proposals, v.submitted_at::timestamptz, v.version, v.created_at::timestamptz,
       v.updated_at::timestamptz
FROM (VALUES
    -- 2016-H1 ----------------------------------------------------------------------------------------------------
    ('Sở Lao động - Thương binh và Xã hội', '2016-H1',
     'Đội ngũ cán bộ làm công tác trẻ em cấp xã chủ yếu kiêm nhiệm, thường xuyên thay đổi; kinh phí hỗ trợ cộng tác viên thôn, bản còn thấp. Một số xã khó khăn chưa bố trí được kinh phí cho Quỹ bảo trợ trẻ em.',
     'Đề nghị UBND tỉnh bố trí kinh phí năm 2016 cho đội ngũ cộng tác viên bảo vệ trẻ em thôn, bản; chỉ đạo các địa phương bố trí cán bộ chuyên trách công tác trẻ em cấp xã.',
     '2016-05-16 08:30+07', '2016-05-24 16:30+07', '2016-05-27 09:00+07', 3),
    ('Sở Kế hoạch và Đầu tư', '2016-H1',
     'Nguồn vốn ngân sách tỉnh năm 2016 hạn hẹp, chưa cân đối được kinh phí riêng cho các mục tiêu về trẻ em.',
     'Đề nghị các sở, ngành đề xuất mục tiêu, chỉ tiêu về trẻ em sớm để lồng ghép vào kế hoạch phát triển kinh tế - xã hội năm 2017.',
     '2016-05-12 14:00+07', '2016-05-19 10:00+07', '2016-05-26 08:30+07', 3),
    ('Sở Tài chính', '2016-H1',
     'Một số đơn vị chậm gửi dự toán kinh phí hoạt động bảo vệ, chăm sóc trẻ em nên việc thẩm định, phân bổ còn chậm.',
     'Đề nghị các đơn vị lập dự toán kinh phí năm 2017 đúng thời hạn, thuyết minh rõ nội dung chi cho trẻ em.',
     '2016-05-13 09:00+07', '2016-05-20 14:20+07', '2016-05-26 08:45+07', 3),
    ('Sở Tư pháp', '2016-H1',
     'Tại các xã miền núi huyện A Lưới, Nam Đông, người dân còn đăng ký khai sinh cho trẻ em quá hạn; phần mềm đăng ký hộ tịch chưa được triển khai đồng bộ đến cấp xã.',
     'Đề nghị UBND các huyện chỉ đạo UBND cấp xã tổ chức đăng ký khai sinh lưu động tại các thôn, bản vùng sâu, vùng xa.',
     '2016-05-17 08:00+07', '2016-05-23 09:10+07', '2016-05-26 09:00+07', 3),
    ('Sở Y tế', '2016-H1',
     'Tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi tại các huyện miền núi A Lưới, Nam Đông còn cao; một số thời điểm thiếu vắc xin dịch vụ. Việc cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi ở một số xã còn chậm do chưa hoàn thành đăng ký khai sinh.',
     'Đề nghị Sở Tư pháp, Bảo hiểm xã hội tỉnh phối hợp rút ngắn thời gian cấp thẻ bảo hiểm y tế cho trẻ em sau khi đăng ký khai sinh; bố trí kinh phí bổ sung vi chất dinh dưỡng cho trẻ em vùng khó khăn.',
     '2016-05-11 10:00+07', '2016-05-24 11:00+07', '2016-05-26 10:15+07', 6),
    ('Sở Giáo dục và Đào tạo', '2016-H1',
     'Cơ sở vật chất, phòng học mầm non ở vùng núi, vùng bãi ngang còn thiếu; giáo viên dạy trẻ khuyết tật học hòa nhập chưa được bồi dưỡng chuyên môn đầy đủ.',
     'Đề nghị UBND tỉnh ưu tiên kinh phí xây dựng phòng học mầm non tại các xã khó khăn và tổ chức bồi dưỡng giáo viên về giáo dục hòa nhập.',
     '2016-05-19 15:00+07', '2016-05-25 17:45+07', '2016-05-27 08:30+07', 3),
    ('Sở Văn hóa, Thể thao và Du lịch', '2016-H1',
     'Nhiều xã chưa có điểm vui chơi dành riêng cho trẻ em; kinh phí tổ chức các hoạt động văn hóa, thể thao cho trẻ em trong Tháng hành động còn hạn chế.',
     'Đề nghị các địa phương dành quỹ đất xây dựng điểm vui chơi cho trẻ em trong quy hoạch nông thôn mới.',
     '2016-05-30 09:00+07', '2016-06-03 15:20+07', '2016-06-06 09:00+07', 3),
    ('Công an tỉnh', '2016-H1',
     'Các vụ xâm hại tình dục trẻ em thường được phát hiện muộn, gia đình nạn nhân ngại tố giác nên việc thu thập chứng cứ gặp khó khăn.',
     'Đề nghị Sở Lao động - Thương binh và Xã hội và UBND cấp xã phối hợp phát hiện sớm, thông báo kịp thời cho cơ quan công an các vụ việc xâm hại trẻ em.',
     '2016-05-18 08:00+07', '2016-05-24 08:00+07', '2016-05-26 14:00+07', 3),
    ('UBND các huyện, thị xã và thành phố Huế', '2016-H1',
     'Cán bộ Lao động - Thương binh và Xã hội cấp xã kiêm nhiệm nhiều việc; kinh phí của địa phương cho công tác trẻ em còn hạn chế, nhất là ở các huyện miền núi.',
     'Đề nghị tỉnh tiếp tục hỗ trợ kinh phí xây dựng xã, phường, thị trấn phù hợp với trẻ em cho các huyện A Lưới, Nam Đông.',
     '2016-05-18 14:00+07', '2016-05-25 10:30+07', '2016-05-27 10:00+07', 3),
    -- 2016 -------------------------------------------------------------------------------------------------------
    ('Sở Lao động - Thương binh và Xã hội', '2016',
     'Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc phục hồi, tái hòa nhập và tỷ lệ xã, phường, thị trấn đạt chuẩn phù hợp với trẻ em chưa đạt chỉ tiêu Kế hoạch; nguồn vận động cho Quỹ bảo trợ trẻ em cấp xã giảm.',
     'Đề nghị HĐND tỉnh sớm ban hành Nghị quyết về công tác bảo vệ, chăm sóc và giáo dục trẻ em giai đoạn 2016-2020; UBND tỉnh giao chỉ tiêu về trẻ em cho các huyện, thị xã, thành phố trong kế hoạch năm 2017.',
     '2016-11-10 08:30+07', '2016-11-18 15:00+07', '2016-11-22 09:00+07', 3),
    ('Sở Kế hoạch và Đầu tư', '2016',
     'Các chỉ tiêu về trẻ em trong kế hoạch phát triển kinh tế - xã hội chưa được phân bổ cụ thể cho cấp huyện.',
     'Đề nghị đưa các chỉ tiêu tiêm chủng, suy dinh dưỡng, huy động trẻ ra lớp vào hệ thống chỉ tiêu kế hoạch năm 2017 giao cho các huyện.',
     '2016-11-09 14:00+07', '2016-11-16 10:00+07', '2016-11-21 08:30+07', 3),
    ('Sở Tài chính', '2016',
     'Kinh phí sự nghiệp bảo đảm xã hội năm 2016 phân bổ cho công tác trẻ em không tăng so với năm 2015.',
     'Đề nghị Trung ương tiếp tục hỗ trợ kinh phí Chương trình bảo vệ trẻ em giai đoạn 2016-2020 cho tỉnh.',
     '2016-11-10 09:00+07', '2016-11-17 14:00+07', '2016-11-21 08:45+07', 3),
    ('Sở Tư pháp', '2016',
     'Vẫn còn trường hợp đăng ký khai sinh quá hạn ở vùng sâu, vùng xa và trẻ em sinh ra ngoài cơ sở y tế.',
     'Đề nghị ngành y tế thông tin kịp thời cho UBND cấp xã danh sách trẻ em sinh tại cơ sở y tế để đôn đốc đăng ký khai sinh.',
     '2016-11-08 08:00+07', '2016-11-15 09:10+07', '2016-11-21 09:00+07', 3),
    ('Sở Y tế', '2016',
     'Suy dinh dưỡng thể nhẹ cân giảm nhưng tại huyện A Lưới vẫn trên 20%; tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế chưa đạt 100% do khai sinh chậm.',
     'Đề nghị UBND tỉnh chỉ đạo liên thông đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.',
     '2016-11-07 10:00+07', '2016-11-14 09:30+07', '2016-11-21 10:15+07', 3),
    ('Sở Giáo dục và Đào tạo', '2016',
     'Tỷ lệ trẻ em khuyết tật được học hòa nhập chưa đạt 75% do thiếu giáo viên được đào tạo và thiếu thiết bị hỗ trợ.',
     'Đề nghị hỗ trợ kinh phí mua sắm thiết bị hỗ trợ học tập cho học sinh khuyết tật học hòa nhập năm học 2016-2017.',
     '2016-11-11 15:00+07', '2016-11-18 16:00+07', '2016-11-22 08:30+07', 3),
    ('Sở Văn hóa, Thể thao và Du lịch', '2016',
     'Các thiết chế văn hóa, thể thao cơ sở chưa có khu vực riêng cho trẻ em; thiếu hướng dẫn viên hoạt động hè.',
     'Đề nghị UBND các huyện bố trí kinh phí duy trì hoạt động các điểm vui chơi cho trẻ em sau khi đầu tư.',
     '2016-11-10 09:00+07', '2016-11-17 15:20+07', '2016-11-22 09:30+07', 3),
    ('Công an tỉnh', '2016',
     'Tội phạm xâm hại trẻ em diễn biến phức tạp, thủ đoạn tinh vi, một số vụ xảy ra trong gia đình.',
     'Đề nghị tăng cường tuyên truyền kỹ năng tự bảo vệ cho trẻ em trong trường học và cộng đồng.',
     '2016-11-11 08:00+07', '2016-11-18 08:00+07', '2016-11-22 14:00+07', 3),
    ('UBND các huyện, thị xã và thành phố Huế', '2016',
     'Việc tổng hợp số liệu từ cấp xã chậm nên báo cáo năm gửi sau thời hạn; cán bộ cấp xã thay đổi sau bầu cử.',
     'Đề nghị tỉnh tập huấn lại cho cán bộ cấp xã về chế độ báo cáo và hệ thống chỉ tiêu về trẻ em.',
     '2016-11-21 14:00+07', '2016-11-29 14:00+07', '2016-12-02 10:00+07', 3)
) AS v(agency_name, period_code, difficulties, proposals, created_at, submitted_at, updated_at, version)
CROSS JOIN (
    SELECT d.id, d.unit_id FROM document d JOIN agency a ON a.id = d.issuer_id
    WHERE a.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND d.number = '26/KH-UBND'
      AND date_part('year', d.issued_on) = 2016
) AS d
JOIN agency a ON a.unit_id = d.unit_id AND a.name = v.agency_name;

-- ---------------------------------------------------------------------------------------------------------------
-- Every move, in order. Planner.hue submits for agencies without a demo user; the Sở LĐTBXH accepts or returns,
-- except its own reports, which the province's planner accepts.
INSERT INTO report_transition (id, report_id, from_status, to_status, by_subject, by_name, at, comment)
SELECT nextval('report_transition_seq'), r.id, v.from_status, v.to_status, v.by_name, v.by_name,
       v.at::timestamptz, v.comment
FROM (VALUES
    ('Sở Lao động - Thương binh và Xã hội', '2016-H1', 'DRAFT', 'SUBMITTED', 'officer.ldtbxh.hue', '2016-05-24 16:30+07', NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016-H1', 'SUBMITTED', 'ACCEPTED', 'planner.hue', '2016-05-27 09:00+07', NULL),
    ('Sở Kế hoạch và Đầu tư', '2016-H1', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-05-19 10:00+07', 'Nhập từ báo cáo số 812/BC-SKHĐT'),
    ('Sở Kế hoạch và Đầu tư', '2016-H1', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-05-26 08:30+07', NULL),
    ('Sở Tài chính', '2016-H1', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-05-20 14:20+07', 'Nhập từ báo cáo số 1405/BC-STC'),
    ('Sở Tài chính', '2016-H1', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-05-26 08:45+07', NULL),
    ('Sở Tư pháp', '2016-H1', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-05-23 09:10+07', 'Nhập từ báo cáo số 356/BC-STP'),
    ('Sở Tư pháp', '2016-H1', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-05-26 09:00+07', NULL),
    ('Sở Y tế', '2016-H1', 'DRAFT', 'SUBMITTED', 'officer.syt.hue', '2016-05-18 15:00+07', NULL),
    ('Sở Y tế', '2016-H1', 'SUBMITTED', 'RETURNED', 'officer.ldtbxh.hue', '2016-05-20 10:30+07',
     'Đề nghị bổ sung tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ và tỷ lệ suy dinh dưỡng thể nhẹ cân theo từng huyện, thị xã, thành phố; nêu rõ kết quả khám, chữa bệnh cho trẻ em dưới 6 tuổi không phải trả tiền.'),
    ('Sở Y tế', '2016-H1', 'RETURNED', 'SUBMITTED', 'officer.syt.hue', '2016-05-24 11:00+07',
     'Đã bổ sung số liệu tiêm chủng, dinh dưỡng theo 9 huyện, thị xã, thành phố và kết quả khám, chữa bệnh cho trẻ em dưới 6 tuổi.'),
    ('Sở Y tế', '2016-H1', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-05-26 10:15+07', NULL),
    ('Sở Giáo dục và Đào tạo', '2016-H1', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-05-25 17:45+07', 'Nhập từ báo cáo số 1032/BC-SGDĐT'),
    ('Sở Giáo dục và Đào tạo', '2016-H1', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-05-27 08:30+07', NULL),
    ('Sở Văn hóa, Thể thao và Du lịch', '2016-H1', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-06-03 15:20+07', 'Nhập từ báo cáo số 987/BC-SVHTTDL'),
    ('Sở Văn hóa, Thể thao và Du lịch', '2016-H1', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-06-06 09:00+07',
     'Tiếp nhận để tổng hợp; đề nghị đơn vị gửi báo cáo đúng thời hạn.'),
    ('Công an tỉnh', '2016-H1', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-05-24 08:00+07', 'Nhập từ báo cáo số 215/BC-CAT-PC45'),
    ('Công an tỉnh', '2016-H1', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-05-26 14:00+07', NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016-H1', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-05-25 10:30+07', 'Tổng hợp báo cáo của 9 huyện, thị xã, thành phố'),
    ('UBND các huyện, thị xã và thành phố Huế', '2016-H1', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-05-27 10:00+07', NULL),

    ('Sở Lao động - Thương binh và Xã hội', '2016', 'DRAFT', 'SUBMITTED', 'officer.ldtbxh.hue', '2016-11-18 15:00+07', NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'SUBMITTED', 'ACCEPTED', 'planner.hue', '2016-11-22 09:00+07', NULL),
    ('Sở Kế hoạch và Đầu tư', '2016', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-11-16 10:00+07', 'Nhập từ báo cáo số 2190/BC-SKHĐT'),
    ('Sở Kế hoạch và Đầu tư', '2016', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-11-21 08:30+07', NULL),
    ('Sở Tài chính', '2016', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-11-17 14:00+07', 'Nhập từ báo cáo số 3712/BC-STC'),
    ('Sở Tài chính', '2016', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-11-21 08:45+07', NULL),
    ('Sở Tư pháp', '2016', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-11-15 09:10+07', 'Nhập từ báo cáo số 921/BC-STP'),
    ('Sở Tư pháp', '2016', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-11-21 09:00+07', NULL),
    ('Sở Y tế', '2016', 'DRAFT', 'SUBMITTED', 'officer.syt.hue', '2016-11-14 09:30+07', NULL),
    ('Sở Y tế', '2016', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-11-21 10:15+07', NULL),
    ('Sở Giáo dục và Đào tạo', '2016', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-11-18 16:00+07', 'Nhập từ báo cáo số 2655/BC-SGDĐT'),
    ('Sở Giáo dục và Đào tạo', '2016', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-11-22 08:30+07', NULL),
    ('Sở Văn hóa, Thể thao và Du lịch', '2016', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-11-17 15:20+07', 'Nhập từ báo cáo số 2480/BC-SVHTTDL'),
    ('Sở Văn hóa, Thể thao và Du lịch', '2016', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-11-22 09:30+07', NULL),
    ('Công an tỉnh', '2016', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-11-18 08:00+07', 'Nhập từ báo cáo số 604/BC-CAT-PC45'),
    ('Công an tỉnh', '2016', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-11-22 14:00+07', NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016', 'DRAFT', 'SUBMITTED', 'planner.hue', '2016-11-29 14:00+07', 'Tổng hợp báo cáo của 9 huyện, thị xã, thành phố; gửi chậm do chờ số liệu cấp xã'),
    ('UBND các huyện, thị xã và thành phố Huế', '2016', 'SUBMITTED', 'ACCEPTED', 'officer.ldtbxh.hue', '2016-12-02 10:00+07', NULL)
) AS v(agency_name, period_code, from_status, to_status, by_name, at, comment)
JOIN agency a ON a.name = v.agency_name
JOIN report r ON r.agency_id = a.id AND r.period_code = v.period_code
JOIN document d ON d.id = r.document_id AND d.number = '26/KH-UBND' AND date_part('year', d.issued_on) = 2016;

-- ---------------------------------------------------------------------------------------------------------------
-- Narratives: one per task the agency is assigned (LEAD or COORDINATE), in each of its two reports; progress and
-- text at the half-year, then at the year's end.
INSERT INTO report_task_narrative (id, report_id, task_id, narrative, progress)
SELECT nextval('report_task_narrative_seq'), r.id, t.id,
       CASE r.period_code WHEN '2016' THEN v.year_text ELSE v.h1_text END,
       CASE r.period_code WHEN '2016' THEN v.year_progress ELSE v.h1_progress END
FROM (VALUES
    -- Sở Lao động - Thương binh và Xã hội
    ('Sở Lao động - Thương binh và Xã hội', 'V.1', 'IN_PROGRESS',
     'Đã tham mưu UBND tỉnh ban hành Kế hoạch 26/KH-UBND; hướng dẫn các sở, ngành, địa phương xây dựng kế hoạch năm 2016; đôn đốc các đơn vị báo cáo 6 tháng.',
     'DONE',
     'Tổng hợp báo cáo năm 2016 của 9/10 đơn vị được giao nhiệm vụ (Sở Thông tin và Truyền thông chưa gửi báo cáo); đã báo cáo Chủ tịch UBND tỉnh kết quả thực hiện Kế hoạch.'),
    ('Sở Lao động - Thương binh và Xã hội', 'II.1', 'IN_PROGRESS',
     'Kiện toàn Ban điều hành công tác trẻ em cấp tỉnh; rà soát đội ngũ 1.560 cộng tác viên thôn, bản; tổ chức 2 lớp tập huấn cho cán bộ cấp huyện.',
     'DONE',
     'Hoàn thành kiện toàn đội ngũ cán bộ, cộng tác viên tại 152/152 xã, phường, thị trấn; tổ chức 9 lớp tập huấn cho 720 lượt cán bộ, cộng tác viên.'),
    ('Sở Lao động - Thương binh và Xã hội', 'II.2', 'IN_PROGRESS',
     '150/152 xã, phường, thị trấn đăng ký xây dựng xã, phường, thị trấn phù hợp với trẻ em; hướng dẫn các huyện tự đánh giá theo bộ tiêu chuẩn.',
     'IN_PROGRESS',
     '151/152 xã đăng ký (99,3%); 125/152 xã, phường, thị trấn được công nhận đạt chuẩn phù hợp với trẻ em (82,4%), chưa đạt chỉ tiêu 95% của Kế hoạch.'),
    ('Sở Lao động - Thương binh và Xã hội', 'II.3', 'IN_PROGRESS',
     'Duy trì 45 mô hình bảo vệ trẻ em dựa vào cộng đồng và 30 mô hình ngôi nhà an toàn phòng chống tai nạn thương tích.',
     'DONE',
     'Mở rộng thêm 8 mô hình bảo vệ trẻ em dựa vào cộng đồng tại các huyện Phú Vang, Quảng Điền, Phú Lộc; 90,2% trẻ em có hoàn cảnh đặc biệt được chăm sóc phục hồi, tái hòa nhập.'),
    ('Sở Lao động - Thương binh và Xã hội', 'II.4', 'IN_PROGRESS',
     'Tổ chức quán triệt Quyết định 1235/QĐ-TTg và Quyết định 2361/QĐ-TTg cho các sở, ngành, địa phương; xây dựng kế hoạch triển khai Chương trình bảo vệ trẻ em giai đoạn 2016-2020.',
     'DONE',
     'Đã ban hành kế hoạch triển khai Chương trình bảo vệ trẻ em và Chương trình thúc đẩy quyền tham gia của trẻ em giai đoạn 2016-2020; tổ chức Diễn đàn trẻ em cấp tỉnh.'),
    ('Sở Lao động - Thương binh và Xã hội', 'II.5', 'IN_PROGRESS',
     'Ban hành hướng dẫn tổ chức Tháng hành động vì trẻ em năm 2016 với chủ đề phòng chống bạo lực, xâm hại trẻ em; vận động quà tặng cho trẻ em có hoàn cảnh đặc biệt.',
     'DONE',
     'Tổ chức lễ phát động Tháng hành động vì trẻ em, Tết Trung thu; tặng 12.500 suất quà cho trẻ em có hoàn cảnh đặc biệt với tổng giá trị 3,2 tỷ đồng.'),
    ('Sở Lao động - Thương binh và Xã hội', 'II.6', 'IN_PROGRESS',
     'Kiểm tra công tác trẻ em tại thị xã Hương Trà và huyện A Lưới; hướng dẫn tháo gỡ vướng mắc về thủ tục hỗ trợ trẻ em mồ côi.',
     'DONE',
     'Kiểm tra tại 9/9 huyện, thị xã, thành phố và 27 xã; kiến nghị khắc phục chậm trễ trong chi trả trợ cấp xã hội cho trẻ em tại 3 xã.'),
    ('Sở Lao động - Thương binh và Xã hội', 'II.7', 'IN_PROGRESS',
     'Đã hoàn thành dự thảo Đề án, lấy ý kiến các sở, ngành và địa phương; dự kiến trình HĐND tỉnh tại kỳ họp giữa năm.',
     'DONE',
     'Đề án đã được trình HĐND tỉnh tại kỳ họp tháng 7/2016 (chậm so với quý 2/2016 do lùi lịch kỳ họp).'),
    ('Sở Lao động - Thương binh và Xã hội', 'III.1', 'IN_PROGRESS',
     'Phối hợp Sở Kế hoạch và Đầu tư đề xuất các chỉ tiêu về trẻ em đưa vào kế hoạch phát triển kinh tế - xã hội năm 2017.',
     'DONE',
     'Các chỉ tiêu tiêm chủng, suy dinh dưỡng, xã phù hợp với trẻ em đã được đưa vào dự thảo kế hoạch phát triển kinh tế - xã hội năm 2017.'),
    ('Sở Lao động - Thương binh và Xã hội', 'III.2', 'IN_PROGRESS',
     'Phối hợp Đài Phát thanh và Truyền hình tỉnh, Báo Thừa Thiên Huế xây dựng chuyên mục "Vì trẻ em"; in 5.000 tờ rơi phòng chống xâm hại trẻ em.',
     'DONE',
     'Phát sóng 24 chuyên mục "Vì trẻ em", đăng 36 tin, bài; cấp phát 15.000 tờ rơi, áp phích về quyền trẻ em và phòng chống xâm hại.'),
    ('Sở Lao động - Thương binh và Xã hội', 'III.3', 'IN_PROGRESS',
     'Tổ chức 2 lớp tập huấn kỹ năng làm việc với trẻ em cho 140 cán bộ Lao động - Thương binh và Xã hội cấp xã.',
     'DONE',
     'Tổ chức 9 lớp tập huấn cho 720 lượt cán bộ, cộng tác viên, tuyên truyền viên; chưa tập huấn hết cộng tác viên thôn, bản mới được bổ sung.'),
    ('Sở Lao động - Thương binh và Xã hội', 'III.4', 'IN_PROGRESS',
     'Vận động doanh nghiệp tài trợ xây dựng 5 điểm vui chơi cho trẻ em tại các xã nông thôn mới.',
     'DONE',
     'Khánh thành 7 điểm vui chơi cho trẻ em; phối hợp tổ chức hội thi "Em vẽ ước mơ" và Diễn đàn trẻ em cấp tỉnh.'),
    ('Sở Lao động - Thương binh và Xã hội', 'III.5', 'IN_PROGRESS',
     'Phối hợp Bảo hiểm xã hội tỉnh theo dõi cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; kiểm tra việc thực hiện chính sách tại 6 xã.',
     'DONE',
     '99,2% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế; rút kinh nghiệm mô hình điểm bảo vệ trẻ em tại cộng đồng để nhân rộng năm 2017.'),
    ('Sở Lao động - Thương binh và Xã hội', 'III.6', 'IN_PROGRESS',
     'Thực hiện trợ cấp xã hội hằng tháng cho 2.350 trẻ em có hoàn cảnh đặc biệt; phối hợp Công an tỉnh can thiệp 4 vụ xâm hại trẻ em.',
     'DONE',
     '100% trẻ em có hoàn cảnh đặc biệt khó khăn được hưởng chính sách trợ giúp xã hội; hỗ trợ can thiệp, trợ giúp tâm lý cho 11 trẻ em bị xâm hại.'),
    ('Sở Lao động - Thương binh và Xã hội', 'III.7', 'IN_PROGRESS',
     'Hướng dẫn thành lập Quỹ bảo trợ trẻ em cấp xã; đã có 21 xã, phường, thị trấn thành lập Quỹ.',
     'IN_PROGRESS',
     '27/152 xã, phường, thị trấn (17,8%) có Quỹ bảo trợ trẻ em hoạt động hiệu quả, chưa đạt chỉ tiêu 20%; vận động được 1,1 tỷ đồng.'),
    -- Sở Kế hoạch và Đầu tư
    ('Sở Kế hoạch và Đầu tư', 'V.1', 'IN_PROGRESS',
     'Đã triển khai Kế hoạch trong toàn Sở, giao phòng Văn xã theo dõi và báo cáo.',
     'DONE',
     'Thực hiện đầy đủ chế độ báo cáo 6 tháng và năm.'),
    ('Sở Kế hoạch và Đầu tư', 'III.1', 'IN_PROGRESS',
     'Hướng dẫn các sở, ngành đề xuất mục tiêu về trẻ em trong khung kế hoạch phát triển kinh tế - xã hội năm 2017.',
     'DONE',
     'Đã đưa 5 chỉ tiêu về trẻ em vào dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2017 trình HĐND tỉnh; cân đối vốn cho 3 dự án trường mầm non vùng khó khăn.'),
    -- Sở Tài chính
    ('Sở Tài chính', 'V.1', 'IN_PROGRESS',
     'Đã triển khai Kế hoạch, giao phòng Tài chính hành chính sự nghiệp theo dõi.',
     'DONE',
     'Thực hiện đầy đủ chế độ báo cáo 6 tháng và năm.'),
    ('Sở Tài chính', 'II.1', 'IN_PROGRESS',
     'Thẩm định, bố trí 1,8 tỷ đồng kinh phí năm 2016 cho hoạt động bảo vệ, chăm sóc trẻ em, trong đó có phụ cấp cộng tác viên.',
     'DONE',
     'Đã cấp đủ kinh phí năm 2016 theo dự toán; bổ sung 300 triệu đồng cho tập huấn cộng tác viên.'),
    ('Sở Tài chính', 'II.6', 'IN_PROGRESS',
     'Kiểm tra việc sử dụng kinh phí tại Sở Lao động - Thương binh và Xã hội; chưa phát hiện sai phạm.',
     'DONE',
     'Kiểm tra quyết toán kinh phí tại 3 huyện; các khoản chi đúng Luật Ngân sách nhà nước.'),
    -- Sở Tư pháp
    ('Sở Tư pháp', 'V.1', 'IN_PROGRESS',
     'Đã triển khai Kế hoạch đến phòng Hành chính tư pháp và Phòng Tư pháp các huyện.',
     'DONE',
     'Thực hiện đầy đủ chế độ báo cáo 6 tháng và năm.'),
    ('Sở Tư pháp', 'III.2', 'IN_PROGRESS',
     'Phối hợp tuyên truyền Luật Hộ tịch và quyền được khai sinh của trẻ em trên sóng phát thanh cấp huyện, xã.',
     'DONE',
     'Tổ chức 35 buổi tuyên truyền pháp luật về hộ tịch tại các xã miền núi, vùng bãi ngang.'),
    ('Sở Tư pháp', 'III.6', 'IN_PROGRESS',
     'Hướng dẫn UBND cấp xã đăng ký khai sinh cho trẻ em bị bỏ rơi, trẻ em chưa xác định được cha, mẹ; 94,8% trẻ em sinh ra được đăng ký khai sinh đúng hạn.',
     'DONE',
     '95,6% trẻ em sinh ra trong năm được đăng ký khai sinh đúng hạn, đạt chỉ tiêu Kế hoạch; tổ chức đăng ký khai sinh lưu động tại huyện A Lưới, Nam Đông.'),
    -- Sở Y tế
    ('Sở Y tế', 'V.1', 'IN_PROGRESS',
     'Đã triển khai Kế hoạch đến các đơn vị trực thuộc và Trung tâm Y tế các huyện, thị xã, thành phố.',
     'DONE',
     'Thực hiện đầy đủ chế độ báo cáo 6 tháng và năm; báo cáo 6 tháng được bổ sung số liệu theo yêu cầu của Sở Lao động - Thương binh và Xã hội.'),
    ('Sở Y tế', 'II.4', 'IN_PROGRESS',
     'Triển khai tiêm chủng mở rộng: 96,3% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (A Lưới 92,1%, Nam Đông 93,0%); cân, đo trẻ em dưới 5 tuổi đợt 1 tại 152 xã.',
     'DONE',
     '96,8% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ, đạt chỉ tiêu trên 95%; tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi giảm còn 11,6%.'),
    ('Sở Y tế', 'III.5', 'IN_PROGRESS',
     'Khám, chữa bệnh miễn phí cho 215.000 lượt trẻ em dưới 6 tuổi; phối hợp Bảo hiểm xã hội tỉnh giải quyết vướng mắc về thẻ bảo hiểm y tế cấp chậm.',
     'DONE',
     'Khám, chữa bệnh cho 436.000 lượt trẻ em dưới 6 tuổi không phải trả tiền; 99,2% trẻ em dưới 6 tuổi có thẻ bảo hiểm y tế.'),
    ('Sở Y tế', 'III.6', 'IN_PROGRESS',
     'Phục hồi chức năng cho 320 trẻ em khuyết tật tại Bệnh viện Trung ương Huế và Trung tâm Phục hồi chức năng tỉnh.',
     'DONE',
     'Phục hồi chức năng dựa vào cộng đồng cho 680 trẻ em khuyết tật; hỗ trợ phẫu thuật tim bẩm sinh cho 46 trẻ em.'),
    -- Sở Giáo dục và Đào tạo
    ('Sở Giáo dục và Đào tạo', 'V.1', 'IN_PROGRESS',
     'Đã triển khai Kế hoạch đến các Phòng Giáo dục và Đào tạo và các trường trực thuộc.',
     'DONE',
     'Thực hiện đầy đủ chế độ báo cáo 6 tháng và năm.'),
    ('Sở Giáo dục và Đào tạo', 'II.4', 'IN_PROGRESS',
     'Năm học 2015-2016: huy động 88,6% trẻ từ 3 đến 5 tuổi ra lớp; 71,5% trẻ em khuyết tật được học hòa nhập.',
     'IN_PROGRESS',
     'Đầu năm học 2016-2017: 89,5% trẻ từ 3 đến 5 tuổi ra lớp, đạt chỉ tiêu; 73,1% trẻ em khuyết tật được học hòa nhập, chưa đạt chỉ tiêu 75%.'),
    ('Sở Giáo dục và Đào tạo', 'III.2', 'IN_PROGRESS',
     'Lồng ghép giáo dục quyền, bổn phận của trẻ em và kỹ năng sống vào hoạt động ngoại khóa tại 100% trường phổ thông.',
     'DONE',
     'Tổ chức tuần sinh hoạt công dân đầu năm học với chuyên đề phòng chống xâm hại; 100% trường tổ chức giáo dục kỹ năng sống.'),
    -- Sở Văn hóa, Thể thao và Du lịch
    ('Sở Văn hóa, Thể thao và Du lịch', 'V.1', 'IN_PROGRESS',
     'Đã triển khai Kế hoạch đến các phòng chuyên môn và đơn vị sự nghiệp trực thuộc.',
     'DONE',
     'Thực hiện chế độ báo cáo; báo cáo 6 tháng gửi chậm so với thời hạn 25/5.'),
    ('Sở Văn hóa, Thể thao và Du lịch', 'II.5', 'IN_PROGRESS',
     'Chuẩn bị chương trình văn nghệ, thể thao hè và Tháng hành động vì trẻ em tại Nhà Văn hóa Trung tâm tỉnh.',
     'DONE',
     'Tổ chức 42 hoạt động văn hóa, thể thao trong Tháng hành động và dịp hè; Đêm hội Trăng rằm cho hơn 5.000 trẻ em.'),
    ('Sở Văn hóa, Thể thao và Du lịch', 'II.6', 'IN_PROGRESS',
     'Kiểm tra 25 cơ sở kinh doanh trò chơi điện tử gần trường học; nhắc nhở 4 cơ sở để trẻ em chơi quá giờ quy định.',
     'DONE',
     'Kiểm tra 60 cơ sở kinh doanh dịch vụ văn hóa, xử phạt 6 cơ sở vi phạm quy định về trẻ em.'),
    ('Sở Văn hóa, Thể thao và Du lịch', 'III.4', 'IN_PROGRESS',
     'Thống kê mạng lưới khu vui chơi, giải trí cho trẻ em: 118 điểm tại 152 xã, phường, thị trấn.',
     'DONE',
     'Hoàn thành thống kê mạng lưới công trình vui chơi cho trẻ em; hướng dẫn 12 xã bố trí khu vui chơi trong nhà văn hóa thôn.'),
    -- Công an tỉnh
    ('Công an tỉnh', 'V.1', 'IN_PROGRESS',
     'Đã triển khai Kế hoạch đến Phòng Cảnh sát hình sự và Công an các huyện, thị xã, thành phố.',
     'DONE',
     'Thực hiện đầy đủ chế độ báo cáo 6 tháng và năm.'),
    ('Công an tỉnh', 'III.6', 'IN_PROGRESS',
     'Phát hiện, điều tra 7 vụ xâm hại trẻ em; phối hợp ngành Lao động - Thương binh và Xã hội can thiệp, hỗ trợ nạn nhân.',
     'IN_PROGRESS',
     'Trong năm phát hiện 15 vụ xâm hại trẻ em, đã khởi tố 12 vụ; tuyên truyền phòng ngừa xâm hại tại 40 trường học.'),
    -- UBND các huyện, thị xã và thành phố Huế
    ('UBND các huyện, thị xã và thành phố Huế', 'V.1', 'IN_PROGRESS',
     '9/9 huyện, thị xã, thành phố đã ban hành kế hoạch bảo vệ, chăm sóc và giáo dục trẻ em năm 2016.',
     'DONE',
     'Tổng hợp báo cáo năm của 9 huyện, thị xã, thành phố; báo cáo gửi chậm do số liệu cấp xã tổng hợp muộn.'),
    ('UBND các huyện, thị xã và thành phố Huế', 'II.1', 'IN_PROGRESS',
     'Các xã, phường, thị trấn bố trí cán bộ Lao động - Thương binh và Xã hội phụ trách công tác trẻ em; bổ sung 85 cộng tác viên thôn, bản.',
     'DONE',
     '152/152 xã, phường, thị trấn có cán bộ phụ trách công tác trẻ em và mạng lưới cộng tác viên thôn, bản.'),
    ('UBND các huyện, thị xã và thành phố Huế', 'II.2', 'IN_PROGRESS',
     'Các huyện hướng dẫn xã tự đánh giá theo bộ tiêu chuẩn xã, phường, thị trấn phù hợp với trẻ em.',
     'IN_PROGRESS',
     'Công nhận thêm 14 xã, phường, thị trấn đạt chuẩn phù hợp với trẻ em; huyện A Lưới, Nam Đông mới đạt dưới 60%.'),
    ('UBND các huyện, thị xã và thành phố Huế', 'II.4', 'IN_PROGRESS',
     'Phòng Lao động - Thương binh và Xã hội các huyện phối hợp phòng ban liên quan xây dựng kế hoạch thực hiện các chương trình về trẻ em.',
     'DONE',
     '9/9 huyện, thị xã, thành phố ban hành kế hoạch thực hiện Chương trình bảo vệ trẻ em giai đoạn 2016-2020.'),
    ('UBND các huyện, thị xã và thành phố Huế', 'II.6', 'IN_PROGRESS',
     'Kiểm tra công tác trẻ em tại 18 xã; đôn đốc cấp xã báo cáo định kỳ.',
     'DONE',
     'Kiểm tra tại 45 xã; một số xã báo cáo chậm, số liệu chưa thống nhất giữa các ngành.')
) AS v(agency_name, task_number, h1_progress, h1_text, year_progress, year_text)
JOIN agency a ON a.name = v.agency_name
JOIN report r ON r.agency_id = a.id
JOIN document d ON d.id = r.document_id AND d.number = '26/KH-UBND' AND date_part('year', d.issued_on) = 2016
JOIN task t ON t.document_id = d.id AND t.number = v.task_number;

-- ---------------------------------------------------------------------------------------------------------------
-- Indicator values of the plan's 12 target indicators, as the agencies reported them (source AGENCY_REPORT, the
-- agency's name as source): the province for 2015 (the year before the plan; the plan quotes no baselines, so the
-- targets keep none) and 2016, and five of its districts for 2016 (the two mountain districts A Lưới and Nam Đông
-- lag). All periods have ended: FINAL. 2016's values were finalised in February 2017. Nobody reported the training
-- of child-protection staff (CHILD_PROTECTION_STAFF_TRAINED_RATE): that target stays NO_DATA. Against the 2016
-- targets the province meets 6 (immunisation, underweight, pre-school, birth registration, welfare, communes
-- registered) and misses 5 (health insurance, inclusive education, care of children in special circumstances,
-- child-friendly communes, child funds).
INSERT INTO indicator_value (id, indicator_id, unit_id, period_type, period_start, period_end, period_code, value,
                             status, source_kind, source_name, evidence, entered_by, created_at, updated_at)
SELECT nextval('indicator_value_seq'), i.id, u.id, 'YEAR', make_date(v.year, 1, 1), make_date(v.year, 12, 31),
       v.year::text, v.value, 'FINAL', 'AGENCY_REPORT', s.agency_name,
       'Báo cáo kết quả thực hiện công tác trẻ em năm ' || v.year || ' của ' || s.agency_name, s.entered_by,
       e.entered_at, e.entered_at
FROM (VALUES
    -- province (46)
    ('CHILD_U6_HEALTH_INSURANCE_RATE',           '46', 2015,  97.8), ('CHILD_U6_HEALTH_INSURANCE_RATE',           '46', 2016,  99.2),
    ('CHILD_U1_FULLY_IMMUNISED_RATE',            '46', 2015,  96.1), ('CHILD_U1_FULLY_IMMUNISED_RATE',            '46', 2016,  96.8),
    ('CHILD_U5_UNDERWEIGHT_RATE',                '46', 2015,  12.4), ('CHILD_U5_UNDERWEIGHT_RATE',                '46', 2016,  11.6),
    ('CHILD_3_5_PRESCHOOL_ENROLMENT_RATE',       '46', 2015,  87.2), ('CHILD_3_5_PRESCHOOL_ENROLMENT_RATE',       '46', 2016,  89.5),
    ('CHILD_DISABLED_INCLUSIVE_EDUCATION_RATE',  '46', 2015,  70.3), ('CHILD_DISABLED_INCLUSIVE_EDUCATION_RATE',  '46', 2016,  73.1),
    ('CHILD_BIRTH_REGISTERED_ON_TIME_RATE',      '46', 2015,  94.0), ('CHILD_BIRTH_REGISTERED_ON_TIME_RATE',      '46', 2016,  95.6),
    ('CHILD_SPECIAL_CIRCUMSTANCES_WELFARE_RATE', '46', 2015, 100.0), ('CHILD_SPECIAL_CIRCUMSTANCES_WELFARE_RATE', '46', 2016, 100.0),
    ('CHILD_SPECIAL_CIRCUMSTANCES_CARED_RATE',   '46', 2015,  88.5), ('CHILD_SPECIAL_CIRCUMSTANCES_CARED_RATE',   '46', 2016,  90.2),
    ('COMMUNE_CHILD_FRIENDLY_REGISTERED_RATE',   '46', 2015,  97.4), ('COMMUNE_CHILD_FRIENDLY_REGISTERED_RATE',   '46', 2016,  99.3),
    ('COMMUNE_CHILD_FRIENDLY_RATE',              '46', 2015,  73.0), ('COMMUNE_CHILD_FRIENDLY_RATE',              '46', 2016,  82.4),
    ('COMMUNE_CHILD_FUND_RATE',                  '46', 2015,  13.8), ('COMMUNE_CHILD_FUND_RATE',                  '46', 2016,  17.8),
    -- districts, 2016: 474 Thành phố Huế, 478 Phú Vang, 479 Hương Thủy, 481 A Lưới, 483 Nam Đông
    ('CHILD_U1_FULLY_IMMUNISED_RATE',            '474', 2016, 98.2), ('CHILD_U1_FULLY_IMMUNISED_RATE',            '478', 2016, 97.1),
    ('CHILD_U1_FULLY_IMMUNISED_RATE',            '479', 2016, 97.5), ('CHILD_U1_FULLY_IMMUNISED_RATE',            '481', 2016, 93.4),
    ('CHILD_U1_FULLY_IMMUNISED_RATE',            '483', 2016, 94.0),
    ('CHILD_U5_UNDERWEIGHT_RATE',                '474', 2016,  6.3), ('CHILD_U5_UNDERWEIGHT_RATE',                '478', 2016, 11.2),
    ('CHILD_U5_UNDERWEIGHT_RATE',                '479', 2016,  9.8), ('CHILD_U5_UNDERWEIGHT_RATE',                '481', 2016, 21.5),
    ('CHILD_U5_UNDERWEIGHT_RATE',                '483', 2016, 17.9),
    ('CHILD_3_5_PRESCHOOL_ENROLMENT_RATE',       '474', 2016, 95.1), ('CHILD_3_5_PRESCHOOL_ENROLMENT_RATE',       '478', 2016, 88.4),
    ('CHILD_3_5_PRESCHOOL_ENROLMENT_RATE',       '479', 2016, 91.2), ('CHILD_3_5_PRESCHOOL_ENROLMENT_RATE',       '481', 2016, 82.6),
    ('CHILD_3_5_PRESCHOOL_ENROLMENT_RATE',       '483', 2016, 84.3),
    ('CHILD_BIRTH_REGISTERED_ON_TIME_RATE',      '474', 2016, 98.7), ('CHILD_BIRTH_REGISTERED_ON_TIME_RATE',      '478', 2016, 95.9),
    ('CHILD_BIRTH_REGISTERED_ON_TIME_RATE',      '479', 2016, 96.8), ('CHILD_BIRTH_REGISTERED_ON_TIME_RATE',      '481', 2016, 89.5),
    ('CHILD_BIRTH_REGISTERED_ON_TIME_RATE',      '483', 2016, 91.2),
    ('COMMUNE_CHILD_FRIENDLY_RATE',              '474', 2016, 100.0), ('COMMUNE_CHILD_FRIENDLY_RATE',             '478', 2016, 85.0),
    ('COMMUNE_CHILD_FRIENDLY_RATE',              '479', 2016, 91.7), ('COMMUNE_CHILD_FRIENDLY_RATE',              '481', 2016, 55.0),
    ('COMMUNE_CHILD_FRIENDLY_RATE',              '483', 2016, 50.0),
    ('COMMUNE_CHILD_FUND_RATE',                  '474', 2016, 33.3), ('COMMUNE_CHILD_FUND_RATE',                  '478', 2016, 15.0),
    ('COMMUNE_CHILD_FUND_RATE',                  '479', 2016, 25.0), ('COMMUNE_CHILD_FUND_RATE',                  '481', 2016,  5.0),
    ('COMMUNE_CHILD_FUND_RATE',                  '483', 2016, 10.0)
) AS v(indicator_code, unit_code, year, value)
JOIN indicator i ON i.code = v.indicator_code
-- the unit as it stood in the value's year (Thành phố Huế 474 is a district until 2024, other rows later)
JOIN admin_unit u ON u.code = v.unit_code AND u.level = CASE WHEN v.unit_code = '46' THEN 'PROVINCE' ELSE 'DISTRICT' END
    AND (u.valid_from IS NULL OR u.valid_from <= make_date(v.year, 1, 1))
    AND (u.valid_to IS NULL OR u.valid_to >= make_date(v.year, 12, 31))
-- which agency reported the indicator, who entered it and when (2015's values in March 2016, 2016's in February 2017)
JOIN (VALUES
    ('CHILD_U6_HEALTH_INSURANCE_RATE',           'Sở Y tế', 'officer.syt.hue'),
    ('CHILD_U1_FULLY_IMMUNISED_RATE',            'Sở Y tế', 'officer.syt.hue'),
    ('CHILD_U5_UNDERWEIGHT_RATE',                'Sở Y tế', 'officer.syt.hue'),
    ('CHILD_3_5_PRESCHOOL_ENROLMENT_RATE',       'Sở Giáo dục và Đào tạo', 'planner.hue'),
    ('CHILD_DISABLED_INCLUSIVE_EDUCATION_RATE',  'Sở Giáo dục và Đào tạo', 'planner.hue'),
    ('CHILD_BIRTH_REGISTERED_ON_TIME_RATE',      'Sở Tư pháp', 'planner.hue'),
    ('CHILD_SPECIAL_CIRCUMSTANCES_WELFARE_RATE', 'Sở Lao động - Thương binh và Xã hội', 'officer.ldtbxh.hue'),
    ('CHILD_SPECIAL_CIRCUMSTANCES_CARED_RATE',   'Sở Lao động - Thương binh và Xã hội', 'officer.ldtbxh.hue'),
    ('COMMUNE_CHILD_FRIENDLY_REGISTERED_RATE',   'Sở Lao động - Thương binh và Xã hội', 'officer.ldtbxh.hue'),
    ('COMMUNE_CHILD_FRIENDLY_RATE',              'Sở Lao động - Thương binh và Xã hội', 'officer.ldtbxh.hue'),
    ('COMMUNE_CHILD_FUND_RATE',                  'Sở Lao động - Thương binh và Xã hội', 'officer.ldtbxh.hue')
) AS s(indicator_code, agency_name, entered_by) ON s.indicator_code = v.indicator_code
JOIN (VALUES (2015, TIMESTAMPTZ '2016-03-15 09:00+07'), (2016, TIMESTAMPTZ '2017-02-20 09:00+07'))
    AS e(year, entered_at) ON e.year = v.year;

-- Guard: a misspelt name above would silently drop rows from the joins, and a hand-written history could disagree
-- with its report; fail instead.
DO $$
DECLARE
    plan_id bigint;
    n int;
BEGIN
    SELECT d.id INTO STRICT plan_id FROM document d JOIN agency a ON a.id = d.issuer_id
    WHERE a.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND d.number = '26/KH-UBND'
      AND date_part('year', d.issued_on) = 2016;
    IF (SELECT count(*) FROM reporting_regime WHERE document_id = plan_id) <> 2
       OR (SELECT count(*) FROM report WHERE document_id = plan_id) <> 18
       OR (SELECT count(*) FROM report_transition t JOIN report r ON r.id = t.report_id
           WHERE r.document_id = plan_id) <> 38
       OR (SELECT count(*) FROM indicator_value WHERE source_kind = 'AGENCY_REPORT'
           AND evidence LIKE 'Báo cáo kết quả thực hiện công tác trẻ em năm 201_ của %') <> 52 THEN
        RAISE EXCEPTION 'Huế 2016 reporting demo incomplete';
    END IF;
    -- every report narrates exactly the tasks its agency is assigned (LEAD or COORDINATE)
    SELECT count(*) INTO n FROM report r
    WHERE r.document_id = plan_id AND (
        SELECT array_agg(t.number ORDER BY t.number) FROM report_task_narrative x JOIN task t ON t.id = x.task_id
        WHERE x.report_id = r.id) IS DISTINCT FROM (
        SELECT array_agg(DISTINCT t.number ORDER BY t.number) FROM assignment s JOIN task t ON t.id = s.task_id
        WHERE t.document_id = plan_id AND s.agency_id = r.agency_id AND s.role IN ('LEAD', 'COORDINATE'));
    IF n <> 0 THEN
        RAISE EXCEPTION '% Huế 2016 demo reports do not narrate exactly their assigned tasks', n;
    END IF;
    -- every history starts from DRAFT, chains, ends in the report's status at updated_at, puts submitted_at at the
    -- last submission, and the version counts one edit, each move and one more edit after each return
    SELECT count(*) INTO n FROM report r
    CROSS JOIN LATERAL (
        SELECT count(*) AS moves,
               count(*) FILTER (WHERE t.to_status = 'RETURNED') AS returns,
               max(t.at) FILTER (WHERE t.to_status = 'SUBMITTED') AS last_submit,
               max(t.at) AS last_move,
               bool_and(t.from_status = coalesce(t.previous, 'DRAFT')) AS chained,
               (array_agg(t.to_status ORDER BY t.at DESC))[1] AS last_status
        FROM (SELECT x.*, lag(x.to_status) OVER (ORDER BY x.at) AS previous
              FROM report_transition x WHERE x.report_id = r.id) AS t) AS h
    WHERE r.document_id = plan_id AND NOT (
        h.chained AND h.last_status = r.status AND h.last_submit = r.submitted_at AND h.last_move = r.updated_at
        AND r.version = 1 + h.moves + h.returns AND r.created_at < r.submitted_at);
    IF n <> 0 THEN
        RAISE EXCEPTION '% Huế 2016 demo reports disagree with their history', n;
    END IF;
END $$;
