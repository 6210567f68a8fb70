-- DEMO DATA (test and local-run builds only): Kế hoạch 26/KH-UBND ngày 26/02/2016 của UBND tỉnh Thừa Thiên Huế,
-- "Thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em tỉnh Thừa Thiên Huế năm 2016", entered as structured
-- data from /work/shared/fixtures/plans/thua-thien-hue-2016-26-kh-ubnd.txt. Quoted text (objectives, targets'
-- source_text, task descriptions, duties) is copied from the fixture, typos included ("trị trấn", "Lao động -Thương
-- binh"); task titles are the first clause of each item.
-- Every row belongs to the province as it stood in 2016: admin unit code 46 "Tỉnh Thừa Thiên Huế", the row that
-- ends 2024-12-31 (Thành phố Huế from 2025-01-01 is a different row).

-- ---------------------------------------------------------------------------------------------------------------
-- Agencies. The issuer, then the 12 agencies of section V (Tổ chức thực hiện) in its order. Sở Y tế is inserted
-- before the Sở Lao động - Thương binh và Xã hội because it is that department's successor: the Sở LĐTBXH was
-- dissolved on 2025-03-01 and its child-protection work moved to the Sở Y tế. (Its valid_to, 2025-02-28, falls two
-- months after the 2016 unit row ends: the department carried on under Thành phố Huế until the dissolution; the
-- agency stays attached to the unit the plan was written for.)
-- Items 10 and 11 of section V are elided in the source ("…............................"); only the last words of
-- item 11 survive ("…đồng. Lồng ghép hoạt động bảo vệ, chăm sóc và giáo dục trẻ em vào hoạt động đoàn thể"), so:
--   item 10 = the provincial press (V.1.c and V.9 speak of "các cơ quan đài, báo"), kind PRESS;
--   item 11 = the Fatherland Front committee and the mass organisations ("hoạt động đoàn thể"), MASS_ORGANISATION.
-- Both are bodies the committee can only request, hence role REQUESTED below.
-- The fixture writes item 2 as "Sở Kế hoạch - Đầu tư"; the department's name is used here.
INSERT INTO agency (id, name, short_name, kind, unit_id)
SELECT nextval('agency_seq'), v.name, v.short_name, v.kind, u.id
FROM (VALUES
    ('Ủy ban nhân dân tỉnh Thừa Thiên Huế', 'UBND tỉnh Thừa Thiên Huế', 'PEOPLES_COMMITTEE'),
    ('Sở Y tế', 'Sở YT', 'STATE_AGENCY')
) AS v(name, short_name, kind)
CROSS JOIN admin_unit u
WHERE u.level = 'PROVINCE' AND u.code = '46' AND u.valid_to = DATE '2024-12-31';

INSERT INTO agency (id, name, short_name, kind, unit_id, valid_to, successor_id)
SELECT nextval('agency_seq'), 'Sở Lao động - Thương binh và Xã hội', 'Sở LĐTBXH', 'STATE_AGENCY', u.id,
       DATE '2025-02-28', (SELECT s.id FROM agency s WHERE s.unit_id = u.id AND s.name = 'Sở Y tế')
FROM admin_unit u
WHERE u.level = 'PROVINCE' AND u.code = '46' AND u.valid_to = DATE '2024-12-31';

INSERT INTO agency (id, name, short_name, kind, unit_id)
SELECT nextval('agency_seq'), v.name, v.short_name, v.kind, u.id
FROM (VALUES
    ('Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'STATE_AGENCY'),                                   -- V.2
    ('Sở Tài chính', 'Sở TC', 'STATE_AGENCY'),                                               -- V.3
    ('Sở Tư pháp', 'Sở TP', 'STATE_AGENCY'),                                                 -- V.4
    ('Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'STATE_AGENCY'),                                  -- V.6
    ('Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL', 'STATE_AGENCY'),                        -- V.7
    ('Công an tỉnh', 'CA tỉnh', 'STATE_AGENCY'),                                             -- V.8
    ('Sở Thông tin và Truyền thông', 'Sở TT&TT', 'STATE_AGENCY'),                            -- V.9
    ('Đài Phát thanh và Truyền hình tỉnh, Báo Thừa Thiên Huế', 'Báo, đài tỉnh', 'PRESS'),     -- V.10 (elided)
    ('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức đoàn thể',
     'UBMTTQVN tỉnh và các đoàn thể', 'MASS_ORGANISATION'),                                  -- V.11 (elided)
    ('UBND các huyện, thị xã và thành phố Huế', 'UBND cấp huyện', 'PEOPLES_COMMITTEE')       -- V.12, collective
) AS v(name, short_name, kind)
CROSS JOIN admin_unit u
WHERE u.level = 'PROVINCE' AND u.code = '46' AND u.valid_to = DATE '2024-12-31';

-- ---------------------------------------------------------------------------------------------------------------
-- The plan. Status ISSUED, numbered and dated; the signature block is not in the fixture, so no signer. No
-- "Mục đích, yêu cầu" section, so purpose and requirements are NULL. Funding: section IV.
INSERT INTO document (id, number, kind, title, issuer_id, unit_id, issued_on, period_from_year, period_to_year,
                      status, funding_note)
SELECT nextval('document_seq'), '26/KH-UBND', 'PLAN',
       'Thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em tỉnh Thừa Thiên Huế năm 2016',
       a.id, u.id, DATE '2016-02-26', 2016, 2016, 'ISSUED',
       'Kinh phí thực hiện hoạt động bảo vệ, chăm sóc trẻ em được hỗ trợ một phần từ ngân sách trung ương, ngân sách tỉnh và huy động từ các tổ chức, cá nhân trong và ngoài nước.'
FROM admin_unit u
JOIN agency a ON a.unit_id = u.id AND a.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế'
WHERE u.level = 'PROVINCE' AND u.code = '46' AND u.valid_to = DATE '2024-12-31';

-- Section IV names three sources, no amounts: ngân sách trung ương, ngân sách tỉnh, huy động (xã hội hóa).
INSERT INTO document_funding (document_id, position, source, planned_amount)
SELECT d.id, v.position, v.source, NULL
FROM (VALUES (0, 'CENTRAL_BUDGET'), (1, 'PROVINCIAL_BUDGET'), (2, 'SOCIALISED')) AS v(position, source)
CROSS JOIN (
    SELECT d.id FROM document d JOIN agency a ON a.id = d.issuer_id
    WHERE a.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND d.number = '26/KH-UBND'
      AND date_part('year', d.issued_on) = 2016
) AS d;

-- "Thực hiện Quyết định số 1235/QĐ-TTg … Quyết định số 2361/QĐ-TTg …" (preamble).
INSERT INTO document_link (child_id, parent_id)
SELECT c.id, p.id
FROM document c
JOIN agency ca ON ca.id = c.issuer_id
CROSS JOIN document p
JOIN agency pa ON pa.id = p.issuer_id
WHERE ca.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND c.number = '26/KH-UBND'
  AND date_part('year', c.issued_on) = 2016
  AND pa.unit_id IS NULL AND pa.name = 'Thủ tướng Chính phủ' AND p.number IN ('1235/QĐ-TTg', '2361/QĐ-TTg')
  AND date_part('year', p.issued_on) = 2015;

-- ---------------------------------------------------------------------------------------------------------------
-- Objectives (section I). Choice: ONE SPECIFIC OBJECTIVE PER BULLET of I.2, not one objective holding every target.
-- Each of the 11 bullet lines is a sentence of its own with its own subject, so the objective keeps the sentence
-- as its text and the target rows hang under it: 11 specific objectives = the "11 specific targets" the issue
-- counts, and 12 target rows, because bullet 9 ("99% xã … đăng ký xây dựng và 95% xã … đạt tiêu chuẩn …") holds
-- two targets on two indicators. Position 0 is the general objective; the bullets keep their order as 1..11.
INSERT INTO objective (id, document_id, kind, position, text)
SELECT nextval('objective_seq'), d.id, v.kind, v.position, v.text
FROM (VALUES
    ('GENERAL', 0, 'Tạo điều kiện để mọi trẻ em đều được đảm bảo các quyền cơ bản, phát triển toàn diện trong môi trường an toàn, tích cực và lành mạnh. Giảm số lượng trẻ em có hoàn cảnh khó khăn trên địa bàn toàn tỉnh, hạn chế đến mức thấp nhất trẻ em bị ngược đãi, bạo lực, xâm hại tình dục và trẻ em bị tử vong do tai nạn thương tích.'),
    ('SPECIFIC', 1, 'Duy trì và đảm bảo 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế đúng thời gian quy định và được khám, chữa bệnh theo quy định của Pháp luật;'),
    ('SPECIFIC', 2, 'Tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ trên 95%;'),
    ('SPECIFIC', 3, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân dưới 12%;'),
    ('SPECIFIC', 4, 'Huy động trẻ từ 3 đến 5 tuổi ra lớp đạt trên 88%;'),
    ('SPECIFIC', 5, 'Tỷ lệ trẻ em khuyết tật được giáo dục hòa nhập trong các trường phổ thông đạt 75%;'),
    ('SPECIFIC', 6, '95% trẻ em sinh ra được làm giấy khai sinh đúng hạn;'),
    ('SPECIFIC', 7, '100% trẻ em có hoàn cảnh đặc biệt khó khăn (bị tàn tật, mồ côi, bị bỏ rơi) được thực hiện các chính sách phúc lợi xã hội do Nhà nước quy định.'),
    ('SPECIFIC', 8, '91% trẻ em có hoàn cảnh đặc biệt được chăm sóc để phục hồi, tái hòa nhập và có cơ hội phát triển.'),
    ('SPECIFIC', 9, '99% xã/ phường/ thị trấn đăng ký xây dựng và 95% xã/phường/ thị trấn đạt tiêu chuẩn xã/phường/thị trấn phù hợp với trẻ em.'),
    ('SPECIFIC', 10, '100% cán bộ cấp tỉnh, cấp huyện, cán bộ cấp xã và cộng tác viên làm công tác bảo vệ, chăm sóc và giáo dục trẻ em được nâng cao năng lực về quản lý và thực hiện các chương trình kế hoạch về bảo vệ, chăm sóc và giáo dục trẻ em.'),
    ('SPECIFIC', 11, '20% xã, phường, thị trấn thành lập Quỹ bảo trợ trẻ em và hoạt động có hiệu quả.')
) AS v(kind, position, text)
CROSS JOIN (
    SELECT d.id FROM document d JOIN agency a ON a.id = d.issuer_id
    WHERE a.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND d.number = '26/KH-UBND'
      AND date_part('year', d.issued_on) = 2016
) AS d;

-- Targets, all in %, for 2016; source_text is the objective's sentence. Comparators: "trên" → GT, "dưới" → LT,
-- "đạt X%" and a bare "X% …" → GE, "đạt trên 88%" → GT ("trên" decides), and EQ 100 for the three "100% …"
-- bullets, which clearly mean every child / every official.
INSERT INTO target (id, objective_id, indicator_id, comparator, value, unit, target_year, source_text)
SELECT nextval('target_seq'), o.id, i.id, v.comparator, v.value, '%', 2016, o.text
FROM (VALUES
    (1,  'CHILD_U6_HEALTH_INSURANCE_RATE',           'EQ', 100),
    (2,  'CHILD_U1_FULLY_IMMUNISED_RATE',            'GT',  95),
    (3,  'CHILD_U5_UNDERWEIGHT_RATE',                'LT',  12),
    (4,  'CHILD_3_5_PRESCHOOL_ENROLMENT_RATE',       'GT',  88),
    (5,  'CHILD_DISABLED_INCLUSIVE_EDUCATION_RATE',  'GE',  75),
    (6,  'CHILD_BIRTH_REGISTERED_ON_TIME_RATE',      'GE',  95),
    (7,  'CHILD_SPECIAL_CIRCUMSTANCES_WELFARE_RATE', 'EQ', 100),
    (8,  'CHILD_SPECIAL_CIRCUMSTANCES_CARED_RATE',   'GE',  91),
    (9,  'COMMUNE_CHILD_FRIENDLY_REGISTERED_RATE',   'GE',  99),
    (9,  'COMMUNE_CHILD_FRIENDLY_RATE',              'GE',  95),
    (10, 'CHILD_PROTECTION_STAFF_TRAINED_RATE',      'EQ', 100),
    (11, 'COMMUNE_CHILD_FUND_RATE',                  'GE',  20)
) AS v(objective_position, indicator_code, comparator, value)
JOIN indicator i ON i.code = v.indicator_code
JOIN (
    SELECT o.id, o.position, o.text
    FROM objective o
    JOIN document d ON d.id = o.document_id
    JOIN agency a ON a.id = d.issuer_id
    WHERE a.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND d.number = '26/KH-UBND'
      AND date_part('year', d.issued_on) = 2016 AND o.kind = 'SPECIFIC'
) AS o ON o.position = v.objective_position;

-- ---------------------------------------------------------------------------------------------------------------
-- Tasks. Three top-level groups: II "Nhiệm vụ cụ thể", III "Giải pháp thực hiện", and V "Tổ chức thực hiện" holding
-- the one task V.1 "Tổ chức triển khai Kế hoạch": the overall lead of V.1.a and the reporting regime of section VI
-- (each agency reports 06 tháng before 25/5 and 01 năm before 20/11; the Sở LĐTBXH consolidates). Positions follow
-- the numbering. All NOT_STARTED.
INSERT INTO task (id, document_id, parent_id, number, position, title, description, status)
SELECT nextval('task_seq'), d.id, NULL, v.number, v.position, v.title, NULL, 'NOT_STARTED'
FROM (VALUES ('II', 2, 'Nhiệm vụ cụ thể'),
             ('III', 3, 'Giải pháp thực hiện'),
             ('V', 5, 'Tổ chức thực hiện')) AS v(number, position, title)
CROSS JOIN (
    SELECT d.id FROM document d JOIN agency a ON a.id = d.issuer_id
    WHERE a.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND d.number = '26/KH-UBND'
      AND date_part('year', d.issued_on) = 2016
) AS d;

-- II.5 recurs every year in the Tháng hành động vì trẻ em (01/6–30/6); the other occasions it names (Ngày Quốc tế
-- Thiếu nhi 1/6, Ngày toàn dân đưa trẻ đến trường, Tết Trung thu, a lunar date) stay in the description, as the
-- schema holds one recurring window per task. II.7 is due "vào quý 2/2016", i.e. by 2016-06-30.
INSERT INTO task (id, document_id, parent_id, number, position, title, description, recurrence_from, recurrence_to,
                  due_on, status)
SELECT nextval('task_seq'), p.document_id, p.id, v.number, v.position, v.title, v.description,
       v.recurrence_from, v.recurrence_to, v.due_on, 'NOT_STARTED'
FROM (VALUES
    ('II', 'II.1', 1,
     'Kiện toàn tổ chức và nâng cao năng lực cho đội ngũ cán bộ, cộng tác viên, tình nguyện viên làm công tác bảo vệ, chăm sóc trẻ em',
     'Kiện toàn tổ chức và nâng cao năng lực cho đội ngũ cán bộ, cộng tác viên, tình nguyện viên làm công tác bảo vệ, chăm sóc trẻ em; ưu tiên đội ngũ cán bộ cấp cơ sở và mạng lưới cộng tác viên thôn bản, xã phường.',
     NULL, NULL, NULL::date),
    ('II', 'II.2', 2,
     'Phấn đấu xây dựng xã/phường/thị trấn đạt chuẩn xã/phường/thị trấn phù hợp với trẻ em',
     'Phấn đấu xây dựng xã/phường/thị trấn đạt chuẩn xã/phường/thị trấn phù hợp với trẻ em đạt chỉ tiêu đề ra trong Kế hoạch số 105/KH-UBND ngày 15/10/2014 của Ủy ban Nhân dân tỉnh về Xây dựng xã, phường, thị trấn phù hợp với trẻ em trên địa bàn tỉnh giai đoạn 2014 - 2020, tạo môi trường an toàn, lành mạnh, tích cực đối với sự phát triển toàn diện của trẻ em.',
     NULL, NULL, NULL),
    ('II', 'II.3', 3,
     'Duy trì, củng cố, mở rộng các mô hình bảo vệ trẻ em có hoàn cảnh khó khăn tại cộng đồng và mô hình ngôi nhà an toàn phòng chống tai nạn thương tích trẻ em',
     'Duy trì, củng cố, mở rộng các mô hình bảo vệ trẻ em có hoàn cảnh khó khăn tại cộng đồng và mô hình ngôi nhà an toàn phòng chống tai nạn thương tích trẻ em; đảm bảo trẻ em là đối tượng thuộc các mô hình được chăm sóc, bảo vệ tốt.',
     NULL, NULL, NULL),
    ('II', 'II.4', 4,
     'Triển khai và tổ chức thực hiện các Quyết định của Thủ tướng Chính phủ về trẻ em',
     'Triển khai và tổ chức thực hiện các Quyết định của Thủ tướng Chính phủ về trẻ em.',
     NULL, NULL, NULL),
    ('II', 'II.5', 5,
     'Tổ chức có hiệu quả các hoạt động trong Tháng hành động vì trẻ em, Ngày Quốc tế Thiếu nhi, Ngày toàn dân đưa trẻ đến trường, Tết Trung thu',
     'Căn cứ vào điều kiện kinh tế, hoàn cảnh cụ thể của địa phương để tổ chức có hiệu quả các hoạt động trong Tháng hành động vì trẻ em, Ngày Quốc tế Thiếu nhi, Ngày toàn dân đưa trẻ đến trường, Tết Trung thu... Tạo điều kiện để mọi trẻ em nói chung và trẻ em có hoàn cảnh đặc biệt nói riêng được hòa nhập cộng đồng, vui chơi, giải trí.',
     '--06-01', '--06-30', NULL),
    ('II', 'II.6', 6,
     'Tăng cường công tác kiểm tra, giám sát, kịp thời hỗ trợ cơ sở giải quyết vướng mắc',
     'Tăng cường công tác kiểm tra, giám sát, kịp thời hỗ trợ cơ sở giải quyết vướng mắc nhằm đạt kết quả tốt trong công tác bảo vệ, chăm sóc và giáo dục trẻ em.',
     NULL, NULL, NULL),
    ('II', 'II.7', 7,
     'Xây dựng đề án “Tiếp tục đẩy mạnh công tác bảo vệ, chăm sóc và giáo dục trẻ em giai đoạn 2016-2020”',
     'Xây dựng đề án “Tiếp tục đẩy mạnh công tác bảo vệ, chăm sóc và giáo dục trẻ em giai đoạn 2016-2020” trình HĐND tỉnh thông qua vào quý 2/2016.',
     NULL, NULL, DATE '2016-06-30'),
    ('III', 'III.1', 1,
     'Tăng cường sự lãnh đạo của các cấp ủy Đảng, chính quyền từ tỉnh đến cơ sở về công tác bảo vệ, chăm sóc và giáo dục trẻ em',
     'Tăng cường sự lãnh đạo của các cấp ủy Đảng, chính quyền từ tỉnh đến cơ sở về công tác bảo vệ, chăm sóc và giáo dục trẻ em.',
     NULL, NULL, NULL),
    ('III', 'III.2', 2,
     'Đẩy mạnh các hoạt động truyền thông, vận động xã hội bảo vệ, chăm sóc trẻ em',
     'Đẩy mạnh các hoạt động truyền thông, vận động xã hội bảo vệ, chăm sóc trẻ em với sự tham gia tích cực của các cấp, các ngành, các tổ chức đoàn thể, các tổ chức quốc tế và trẻ em. Vận động gia đình tạo điều kiện cho trẻ em đến trường đúng độ tuổi. Trẻ em dưới 6 tuổi được khám chữa bệnh không phải trả tiền tại các cơ sở y tế. Trẻ em bị bệnh tim bẩm sinh và bệnh hiểm nghèo được hỗ trợ một phần để điều trị bằng các phương pháp chất lượng cao và tiên tiến. Biểu dương, nhân rộng các điển hình tiên tiến bảo vệ, chăm sóc trẻ em; phê phán, lên án các hành vi xâm hại, ngược đãi, bạo lực, bóc lột và sao nhãng đối với trẻ em.',
     NULL, NULL, NULL),
    ('III', 'III.3', 3,
     'Tổ chức các lớp tập huấn nâng cao năng lực, bồi dưỡng kiến thức, kỹ năng làm việc với trẻ em',
     'Tổ chức các lớp tập huấn nâng cao năng lực, bồi dưỡng kiến thức, kỹ năng làm việc với trẻ em; kỹ năng xây dựng, tham mưu kế hoạch thực hiện và các hoạt động khác về bảo vệ, chăm sóc trẻ em cho cán bộ Lao động - Thương binh và Xã hội xã/phường/thị trấn, đội ngũ cộng tác viên, tuyên truyền viên làm công tác bảo vệ, chăm sóc trẻ em tại cơ sở.',
     NULL, NULL, NULL),
    ('III', 'III.4', 4,
     'Huy động sự tham gia của các tổ chức, cá nhân trong việc tổ chức các hoạt động vui chơi, giải trí cho trẻ em',
     'Huy động sự tham gia của các tổ chức, cá nhân trong việc tổ chức các hoạt động vui chơi, giải trí cho trẻ em như: hội thi, diễn đàn, hội diễn văn nghệ, câu lạc bộ... Xây dựng các điểm vui chơi có cơ chế quản lý, nâng cấp đảm bảo phục vụ trẻ em có hiệu quả.',
     NULL, NULL, NULL),
    ('III', 'III.5', 5,
     'Tăng cường kiểm tra, giám sát, hướng dẫn triển khai công tác bảo vệ, chăm sóc trẻ em',
     'Tăng cường kiểm tra, giám sát, hướng dẫn triển khai công tác bảo vệ, chăm sóc trẻ em, kịp thời tháo gỡ những vướng mắc trong quá trình triển khai các chương trình, kế hoạch. Phối hợp với các đơn vị có liên quan theo dõi, giám sát việc cấp phát thẻ bảo hiểm y tế và việc khám chữa bệnh cho trẻ em dưới 6 tuổi không phải trả tiền, việc thực thi chế độ chính sách đối với nhóm trẻ em được hỗ trợ theo quy định của Nhà nước; rút kinh nghiệm xây dựng các mô hình điểm bảo vệ trẻ em tại cộng đồng, trên cơ sở đó có định hướng tiếp tục mở rộng mô hình ở các đơn vị khác trong thời gian tới.',
     NULL, NULL, NULL),
    ('III', 'III.6', 6,
     'Hạn chế tối đa tình trạng trẻ em bị ngược đãi, bạo lực, bị xâm hại tình dục, bị bỏ rơi',
     'Hạn chế tối đa tình trạng trẻ em bị ngược đãi, bạo lực, bị xâm hại tình dục, bị bỏ rơi... Thực hiện tốt chế độ, chính sách đối với trẻ em rơi vào hoàn cảnh đặc biệt. Đảm bảo mọi trẻ em được bảo vệ, chăm sóc và hưởng phúc lợi xã hội.',
     NULL, NULL, NULL),
    ('III', 'III.7', 7,
     'Đẩy mạnh, kiện toàn và phát triển Quỹ bảo trợ trẻ em cấp xã',
     'Đẩy mạnh, kiện toàn và phát triển Quỹ bảo trợ trẻ em cấp xã, vận động và sử dụng có hiệu quả Quỹ bảo trợ trẻ em trong việc trợ giúp khám chữa bệnh, học bổng, thăm, tặng quà trong dịp lễ tết và tháng hành động vì trẻ em...',
     NULL, NULL, NULL),
    -- Not a numbered item of the source: V.1.a (the Sở LĐTBXH's overall lead) and section VI (Chế độ báo cáo).
    ('V', 'V.1', 1,
     'Tổ chức triển khai Kế hoạch',
     E'Chủ trì phối hợp với các sở, ban ngành, UBND các huyện, thị xã và thành phố Huế tổ chức triển khai nội dung của Kế hoạch thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2016.\n'
     'Lãnh đạo các sở, ban ngành, Chủ tịch UBND các huyện, thị xã, thành phố Huế, lãnh đạo các tổ chức, đoàn thể căn cứ chức năng, nhiệm vụ của mình để thực hiện tốt nội dung Kế hoạch này; đồng thời, báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11) và báo cáo các vấn đề khó khăn đột xuất.\n'
     'Sở Lao động- Thương binh và Xã hội chủ trì phối hợp với Văn phòng Ủy ban Nhân dân tỉnh đôn đốc, kiểm tra, tiếp nhận và báo cáo với Chủ tịch Ủy ban Nhân dân tỉnh về tình hình thực hiện Kế hoạch.',
     NULL, NULL, NULL)
) AS v(parent_number, number, position, title, description, recurrence_from, recurrence_to, due_on)
JOIN (
    SELECT t.id, t.document_id, t.number
    FROM task t
    JOIN document d ON d.id = t.document_id
    JOIN agency a ON a.id = d.issuer_id
    WHERE a.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND d.number = '26/KH-UBND'
      AND date_part('year', d.issued_on) = 2016
) AS p ON p.number = v.parent_number;

-- ---------------------------------------------------------------------------------------------------------------
-- Assignments: section V (duties listed per agency) mapped onto the tasks they concern; duty = the words of V (or of
-- VI) that concern that task. Roles:
--   * an agency whose duty says "Chủ trì" for the task's subject → LEAD (Sở KH&ĐT on III.1, Công an tỉnh on III.6);
--   * otherwise the Sở LĐTBXH leads: V.1.a makes it "chủ trì … tổ chức triển khai nội dung của Kế hoạch", so it is
--     LEAD of every other task it carries a duty for (its items b–đ, or V.1.a itself where no item is specific);
--   * other departments and the district committees → COORDINATE, including the Sở Y tế and Sở GD&ĐT, whose
--     "Chủ trì" covers their own sector's targets (health, education), which the plan states as objectives, not as a
--     task of its own; on II.4 the Sở LĐTBXH leads;
--   * the press and the Fatherland Front / mass organisations (V.10, V.11) → REQUESTED; their duties are elided in
--     the source and the duty text says so.
-- One row per (task, agency), at most one LEAD per task. Every agency has the V.1 reporting duty of VI.1 except the
-- press, which VI.1 does not name. II.3 is led by the Sở LĐTBXH alone (no other agency's item speaks of the models).
INSERT INTO assignment (id, task_id, agency_id, role, duty, due_on, status)
SELECT nextval('assignment_seq'), t.id, a.id, v.role, v.duty, v.due_on, 'NOT_STARTED'
FROM (VALUES
    -- V.1 Tổ chức triển khai Kế hoạch (V.1.a + VI)
    ('V.1', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     E'Chủ trì phối hợp với các sở, ban ngành, UBND các huyện, thị xã và thành phố Huế tổ chức triển khai nội dung của Kế hoạch thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2016.\n'
     'Sở Lao động- Thương binh và Xã hội chủ trì phối hợp với Văn phòng Ủy ban Nhân dân tỉnh đôn đốc, kiểm tra, tiếp nhận và báo cáo với Chủ tịch Ủy ban Nhân dân tỉnh về tình hình thực hiện Kế hoạch.',
     NULL::date),
    ('V.1', 'Sở Kế hoạch và Đầu tư', 'COORDINATE',
     'Lãnh đạo các sở, ban ngành, Chủ tịch UBND các huyện, thị xã, thành phố Huế, lãnh đạo các tổ chức, đoàn thể căn cứ chức năng, nhiệm vụ của mình để thực hiện tốt nội dung Kế hoạch này; đồng thời, báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11) và báo cáo các vấn đề khó khăn đột xuất.',
     NULL),
    ('V.1', 'Sở Tài chính', 'COORDINATE',
     'Lãnh đạo các sở, ban ngành, Chủ tịch UBND các huyện, thị xã, thành phố Huế, lãnh đạo các tổ chức, đoàn thể căn cứ chức năng, nhiệm vụ của mình để thực hiện tốt nội dung Kế hoạch này; đồng thời, báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11) và báo cáo các vấn đề khó khăn đột xuất.',
     NULL),
    ('V.1', 'Sở Tư pháp', 'COORDINATE',
     'Lãnh đạo các sở, ban ngành, Chủ tịch UBND các huyện, thị xã, thành phố Huế, lãnh đạo các tổ chức, đoàn thể căn cứ chức năng, nhiệm vụ của mình để thực hiện tốt nội dung Kế hoạch này; đồng thời, báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11) và báo cáo các vấn đề khó khăn đột xuất.',
     NULL),
    ('V.1', 'Sở Y tế', 'COORDINATE',
     'Lãnh đạo các sở, ban ngành, Chủ tịch UBND các huyện, thị xã, thành phố Huế, lãnh đạo các tổ chức, đoàn thể căn cứ chức năng, nhiệm vụ của mình để thực hiện tốt nội dung Kế hoạch này; đồng thời, báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11) và báo cáo các vấn đề khó khăn đột xuất.',
     NULL),
    ('V.1', 'Sở Giáo dục và Đào tạo', 'COORDINATE',
     'Lãnh đạo các sở, ban ngành, Chủ tịch UBND các huyện, thị xã, thành phố Huế, lãnh đạo các tổ chức, đoàn thể căn cứ chức năng, nhiệm vụ của mình để thực hiện tốt nội dung Kế hoạch này; đồng thời, báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11) và báo cáo các vấn đề khó khăn đột xuất.',
     NULL),
    ('V.1', 'Sở Văn hóa, Thể thao và Du lịch', 'COORDINATE',
     'Lãnh đạo các sở, ban ngành, Chủ tịch UBND các huyện, thị xã, thành phố Huế, lãnh đạo các tổ chức, đoàn thể căn cứ chức năng, nhiệm vụ của mình để thực hiện tốt nội dung Kế hoạch này; đồng thời, báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11) và báo cáo các vấn đề khó khăn đột xuất.',
     NULL),
    ('V.1', 'Công an tỉnh', 'COORDINATE',
     'Lãnh đạo các sở, ban ngành, Chủ tịch UBND các huyện, thị xã, thành phố Huế, lãnh đạo các tổ chức, đoàn thể căn cứ chức năng, nhiệm vụ của mình để thực hiện tốt nội dung Kế hoạch này; đồng thời, báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11) và báo cáo các vấn đề khó khăn đột xuất.',
     NULL),
    ('V.1', 'Sở Thông tin và Truyền thông', 'COORDINATE',
     'Lãnh đạo các sở, ban ngành, Chủ tịch UBND các huyện, thị xã, thành phố Huế, lãnh đạo các tổ chức, đoàn thể căn cứ chức năng, nhiệm vụ của mình để thực hiện tốt nội dung Kế hoạch này; đồng thời, báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11) và báo cáo các vấn đề khó khăn đột xuất.',
     NULL),
    ('V.1', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức đoàn thể', 'REQUESTED',
     'Lãnh đạo các sở, ban ngành, Chủ tịch UBND các huyện, thị xã, thành phố Huế, lãnh đạo các tổ chức, đoàn thể căn cứ chức năng, nhiệm vụ của mình để thực hiện tốt nội dung Kế hoạch này; đồng thời, báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11) và báo cáo các vấn đề khó khăn đột xuất.',
     NULL),
    ('V.1', 'UBND các huyện, thị xã và thành phố Huế', 'COORDINATE',
     E'Căn cứ nội dung Kế hoạch này và tình hình thực tế của địa phương để xây dựng kế hoạch bảo vệ, chăm sóc và giáo dục trẻ em năm 2016 phù hợp với yêu cầu thực tiễn.\n'
     'Lãnh đạo các sở, ban ngành, Chủ tịch UBND các huyện, thị xã, thành phố Huế, lãnh đạo các tổ chức, đoàn thể căn cứ chức năng, nhiệm vụ của mình để thực hiện tốt nội dung Kế hoạch này; đồng thời, báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11) và báo cáo các vấn đề khó khăn đột xuất.',
     NULL),

    -- II.1 Kiện toàn tổ chức, nâng cao năng lực cán bộ, cộng tác viên (V.1.b, V.3, V.12.b)
    ('II.1', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Phối hợp với Sở Tài chính đảm bảo kinh phí hỗ trợ hoạt động đội ngũ cộng tác viên làm công tác bảo vệ, chăm sóc và giáo dục trẻ em; tập huấn bồi dưỡng nâng cao năng lực hoạt động, quản lý nhằm đáp ứng yêu cầu ngày càng cao của công tác; trang bị phương tiện làm việc đầy đủ cho đội ngũ cán bộ làm công tác bảo vệ, chăm sóc trẻ em.',
     NULL),
    ('II.1', 'Sở Tài chính', 'COORDINATE',
     'Bố trí ngân sách thực hiện hoạt động bảo vệ, chăm sóc và giáo dục trẻ em tỉnh Thừa Thiên Huế năm 2016.',
     NULL),
    ('II.1', 'UBND các huyện, thị xã và thành phố Huế', 'COORDINATE',
     'Chỉ đạo UBND các xã, phường, trị trấn tạo điều kiện để cán bộ Lao động-Thương binh và Xã hội và đội ngũ cộng tác viên thực hiện có hiệu quả công tác bảo vệ, chăm sóc và giáo dục trẻ em của mình.',
     NULL),

    -- II.2 Xã, phường, thị trấn phù hợp với trẻ em (V.1.a, V.12.c)
    ('II.2', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Chủ trì phối hợp với các sở, ban ngành, UBND các huyện, thị xã và thành phố Huế tổ chức triển khai nội dung của Kế hoạch thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2016.',
     NULL),
    ('II.2', 'UBND các huyện, thị xã và thành phố Huế', 'COORDINATE',
     'Tổ chức đánh giá, công nhận xã, phường, trị trấn phù hợp với trẻ em đối với các đơn vị đăng ký.',
     NULL),

    -- II.3 Mô hình bảo vệ trẻ em có hoàn cảnh khó khăn (V.1.d)
    ('II.3', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Đảm bảo chế độ, chính sách đối với trẻ em có hoàn cảnh đặc biệt, nhất là trẻ em bị bỏ rơi, trẻ em mồ côi không nơi nương tựa, trẻ em bị nhiễm chất độc hóa học, trẻ em khuyết tật tàn tật.',
     NULL),

    -- II.4 Thực hiện các Quyết định của Thủ tướng Chính phủ về trẻ em (V.1.c, V.5, V.6, V.12.c)
    ('II.4', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Phối hợp với các cơ quan đài, báo tuyên truyền trên các phương tiện thông tin đại chúng nội dung các Quyết định của Thủ tướng Chính phủ về bảo vệ, chăm sóc trẻ em; các Kế hoạch mà UBND tỉnh đã ban hành; hoạt động của chương trình BVCSGD trẻ em trên địa bàn tỉnh.',
     NULL),
    ('II.4', 'Sở Y tế', 'COORDINATE',
     'Chủ trì, phối hợp với Sở Lao động -Thương binh và Xã hội, các ngành, địa phương tuyên truyền và thực hiện các mục tiêu về dinh dưỡng, chăm sóc sức khỏe cho trẻ em; thực hiện các chương trình, đề án liên quan đến trẻ em do ngành quản lý;',
     NULL),
    ('II.4', 'Sở Giáo dục và Đào tạo', 'COORDINATE',
     'Chủ trì, phối hợp với các cơ quan, ban ngành liên quan tổ chức thực hiện các mục tiêu của Chương trình về giáo dục;',
     NULL),
    ('II.4', 'UBND các huyện, thị xã và thành phố Huế', 'COORDINATE',
     'Chỉ đạo Phòng Lao động - Thương binh và Xã hội phối hợp với các phòng ban liên quan xây dựng và triển khai Kế hoạch, Chương trình liên quan đến trẻ em.',
     NULL),

    -- II.5 Tháng hành động vì trẻ em và các ngày lễ của trẻ em (V.1.a, V.7)
    ('II.5', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Chủ trì phối hợp với các sở, ban ngành, UBND các huyện, thị xã và thành phố Huế tổ chức triển khai nội dung của Kế hoạch thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2016.',
     NULL),
    ('II.5', 'Sở Văn hóa, Thể thao và Du lịch', 'COORDINATE',
     'tuyên truyền, hướng dẫn việc tổ chức các hoạt động văn hóa, nghệ thuật, vui chơi, giải trí, thể dục, thể thao, du lịch cho trẻ em;',
     NULL),

    -- II.6 Kiểm tra, giám sát (VI.2, V.3, V.7, V.9, V.12.d)
    ('II.6', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Sở Lao động- Thương binh và Xã hội chủ trì phối hợp với Văn phòng Ủy ban Nhân dân tỉnh đôn đốc, kiểm tra, tiếp nhận và báo cáo với Chủ tịch Ủy ban Nhân dân tỉnh về tình hình thực hiện Kế hoạch.',
     NULL),
    ('II.6', 'Sở Tài chính', 'COORDINATE',
     'Thường xuyên kiểm tra, giám sát việc sử dụng kinh phí đúng theo Luật ngân sách của Nhà nước và các văn bản hướng dẫn, quy định hiện hành.',
     NULL),
    ('II.6', 'Sở Văn hóa, Thể thao và Du lịch', 'COORDINATE',
     'tăng cường công tác thanh tra, kiểm tra, quản lý chặt chẽ việc xuất bản các sản phẩm văn hóa và việc tổ chức các hoạt động văn hóa đảm bảo cho trẻ em được tiếp cận môi trường văn hóa lành mạnh.',
     NULL),
    ('II.6', 'Sở Thông tin và Truyền thông', 'COORDINATE',
     'Kiểm tra, thanh tra các hoạt động truyền thông có liên quan đến việc bảo vệ, chăm sóc và giáo dục trẻ em.',
     NULL),
    ('II.6', 'UBND các huyện, thị xã và thành phố Huế', 'COORDINATE',
     'Theo dõi, đôn đốc, kiểm tra, đánh giá và báo cáo định kỳ 6 tháng, 01 năm kết quả thực hiện theo đúng yêu cầu.',
     NULL),

    -- II.7 Đề án 2016-2020, due quý 2/2016 (V.1.e)
    ('II.7', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Xây dựng Đề án tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết về công tác Bảo vệ, Chăm sóc & Giáo dục trẻ em giai đoạn 2016-2020;',
     DATE '2016-06-30'),

    -- III.1 Lãnh đạo của cấp ủy, chính quyền: đưa mục tiêu trẻ em vào kế hoạch phát triển kinh tế - xã hội (V.2)
    ('III.1', 'Sở Kế hoạch và Đầu tư', 'LEAD',
     'Chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội đưa các mục tiêu, nội dung của công tác bảo vệ, chăm sóc và giáo dục trẻ em vào kế hoạch phát triển kinh tế-xã hội của tỉnh. Cân đối nguồn lực thực hiện chương trình bảo vệ, chăm sóc và giáo dục trẻ em.',
     NULL),
    ('III.1', 'Sở Lao động - Thương binh và Xã hội', 'COORDINATE',
     'Chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội đưa các mục tiêu, nội dung của công tác bảo vệ, chăm sóc và giáo dục trẻ em vào kế hoạch phát triển kinh tế-xã hội của tỉnh.',
     NULL),

    -- III.2 Truyền thông, vận động xã hội (V.1.c, V.9, V.6, V.4, V.10, V.11)
    ('III.2', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Phối hợp với các cơ quan đài, báo tuyên truyền trên các phương tiện thông tin đại chúng nội dung các Quyết định của Thủ tướng Chính phủ về bảo vệ, chăm sóc trẻ em; các Kế hoạch mà UBND tỉnh đã ban hành; hoạt động của chương trình BVCSGD trẻ em trên địa bàn tỉnh.',
     NULL),
    ('III.2', 'Sở Thông tin và Truyền thông', 'COORDINATE',
     'Chỉ đạo các cơ quan báo chí, truyền thông đại chúng tăng cường công tác tuyên truyền về việc thực hiện các quyền của trẻ em; đổi mới các hình thức thông tin, tuyên truyền phổ biến đường lối chủ trương, chính sách của Đảng, pháp luật của Nhà nước về bảo vệ, chăm sóc, giáo dục trẻ em.',
     NULL),
    ('III.2', 'Sở Giáo dục và Đào tạo', 'COORDINATE',
     'Chỉ đạo phòng giáo dục và đào tạo các huyện, thị xã, thành phố tuyên truyền về quyền, bổn phận của trẻ em, trách nhiệm công dân, kỹ năng sống trong chương trình giáo dục của cấp học, bậc học phù hợp với từng lứa tuổi trẻ em.',
     NULL),
    ('III.2', 'Sở Tư pháp', 'COORDINATE',
     'Chỉ đạo các đơn vị vận động người dân đăng ký khai sinh cho trẻ em đúng hạn.',
     NULL),
    ('III.2', 'Đài Phát thanh và Truyền hình tỉnh, Báo Thừa Thiên Huế', 'REQUESTED',
     'Nội dung nhiệm vụ tại mục V.10 bị lược trong văn bản nguồn (“…............................”). Đơn vị được xác định là các cơ quan đài, báo của tỉnh mà mục V.1.c và V.9 nhắc tới.',
     NULL),
    ('III.2', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức đoàn thể', 'REQUESTED',
     'Nội dung nhiệm vụ tại mục V.11 bị lược trong văn bản nguồn, chỉ còn phần cuối: “…đồng. Lồng ghép hoạt động bảo vệ, chăm sóc và giáo dục trẻ em vào hoạt động đoàn thể.”',
     NULL),

    -- III.3 Tập huấn (V.1.b)
    ('III.3', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Phối hợp với Sở Tài chính đảm bảo kinh phí hỗ trợ hoạt động đội ngũ cộng tác viên làm công tác bảo vệ, chăm sóc và giáo dục trẻ em; tập huấn bồi dưỡng nâng cao năng lực hoạt động, quản lý nhằm đáp ứng yêu cầu ngày càng cao của công tác; trang bị phương tiện làm việc đầy đủ cho đội ngũ cán bộ làm công tác bảo vệ, chăm sóc trẻ em.',
     NULL),

    -- III.4 Vui chơi, giải trí; điểm vui chơi (V.1.a, V.7)
    ('III.4', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Chủ trì phối hợp với các sở, ban ngành, UBND các huyện, thị xã và thành phố Huế tổ chức triển khai nội dung của Kế hoạch thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2016.',
     NULL),
    ('III.4', 'Sở Văn hóa, Thể thao và Du lịch', 'COORDINATE',
     'Phối hợp với các sở, ngành, địa phương thực hiện các mục tiêu của Chương trình về văn hóa, vui chơi, giải trí, rèn luyện thể chất cho trẻ em; thống kê mạng lưới công trình khu vui chơi, giải trí cho trẻ em;',
     NULL),

    -- III.5 Kiểm tra, giám sát; thẻ bảo hiểm y tế và khám chữa bệnh cho trẻ em dưới 6 tuổi (VI.2, V.5)
    ('III.5', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Sở Lao động- Thương binh và Xã hội chủ trì phối hợp với Văn phòng Ủy ban Nhân dân tỉnh đôn đốc, kiểm tra, tiếp nhận và báo cáo với Chủ tịch Ủy ban Nhân dân tỉnh về tình hình thực hiện Kế hoạch.',
     NULL),
    ('III.5', 'Sở Y tế', 'COORDINATE',
     'chỉ đạo tổ chức thực hiện có hiệu quả chính sách khám, chữa bệnh cho trẻ em dưới 6 tuổi, trẻ em có hoàn cảnh đặc biệt, trẻ em thuộc hộ gia đình nghèo;',
     NULL),

    -- III.6 Phòng, chống xâm hại; chính sách cho trẻ em có hoàn cảnh đặc biệt (V.8, V.1.d, V.4, V.5)
    ('III.6', 'Công an tỉnh', 'LEAD',
     'Chủ trì, phối hợp với các sở, ban, ngành tuyên truyền và thực hiện các biện pháp phòng ngừa, đấu tranh với các hành vi xâm hại trẻ em, người chưa thành niên vi phạm pháp luật; can thiệp khẩn cấp nhằm ngăn chặn và xử lý kịp thời các trường hợp xâm hại và bạo lực đối với trẻ em.',
     NULL),
    ('III.6', 'Sở Lao động - Thương binh và Xã hội', 'COORDINATE',
     'Đảm bảo chế độ, chính sách đối với trẻ em có hoàn cảnh đặc biệt, nhất là trẻ em bị bỏ rơi, trẻ em mồ côi không nơi nương tựa, trẻ em bị nhiễm chất độc hóa học, trẻ em khuyết tật tàn tật.',
     NULL),
    ('III.6', 'Sở Tư pháp', 'COORDINATE',
     'Chỉ đạo thực hiện tốt Luật Hộ tịch và các văn bản quy định chi tiết, hướng dẫn thi hành luật Hộ tịch, đảm bảo quyền được khai sinh của trẻ em theo đúng quy định của pháp luật.',
     NULL),
    ('III.6', 'Sở Y tế', 'COORDINATE',
     'phục hồi chức năng cho trẻ em khuyết tật.',
     NULL),

    -- III.7 Quỹ bảo trợ trẻ em cấp xã (V.1.đ)
    ('III.7', 'Sở Lao động - Thương binh và Xã hội', 'LEAD',
     'Tiếp tục vận động xây dựng Quỹ Bảo trợ trẻ em cấp xã, tăng cường huy động sự đóng góp của các tổ chức, cá nhân vào nguồn lực bảo vệ, chăm sóc và giáo dục trẻ em.',
     NULL)
) AS v(task_number, agency_name, role, duty, due_on)
JOIN (
    SELECT t.id, t.number
    FROM task t
    JOIN document d ON d.id = t.document_id
    JOIN agency ia ON ia.id = d.issuer_id
    WHERE ia.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND d.number = '26/KH-UBND'
      AND date_part('year', d.issued_on) = 2016
) AS t ON t.number = v.task_number
JOIN agency a ON a.name = v.agency_name
    AND a.unit_id = (SELECT u.id FROM admin_unit u
                     WHERE u.level = 'PROVINCE' AND u.code = '46' AND u.valid_to = DATE '2024-12-31');

-- Guard: a misspelt name in the lists above would silently drop rows from the joins; fail instead.
DO $$
DECLARE
    plan_id bigint;
    n_agencies int;
    n_targets int;
    n_assignments int;
    n_leads int;
BEGIN
    SELECT d.id INTO STRICT plan_id FROM document d JOIN agency a ON a.id = d.issuer_id
    WHERE a.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND d.number = '26/KH-UBND'
      AND date_part('year', d.issued_on) = 2016;
    SELECT count(DISTINCT s.agency_id), count(*), count(*) FILTER (WHERE s.role = 'LEAD')
      INTO n_agencies, n_assignments, n_leads
    FROM assignment s JOIN task t ON t.id = s.task_id WHERE t.document_id = plan_id;
    SELECT count(*) INTO n_targets FROM target g JOIN objective o ON o.id = g.objective_id
    WHERE o.document_id = plan_id;
    IF n_agencies <> 12 OR n_assignments <> 47 OR n_leads <> 15 OR n_targets <> 12 THEN
        RAISE EXCEPTION 'Huế demo plan incomplete: % agencies, % assignments, % leads, % targets',
            n_agencies, n_assignments, n_leads, n_targets;
    END IF;
END $$;
