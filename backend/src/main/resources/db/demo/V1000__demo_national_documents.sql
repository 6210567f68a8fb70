-- DEMO DATA (test and local-run builds only): the national layer the two provincial demo plans cascade from.
-- Central bodies and documents have unit_id NULL. Every id comes from its sequence; every reference is a sub-select
-- on a natural key (agency name + unit, document issuer + number + year, indicator code).
-- Sources: /work/shared/DOMAIN.md ("The systems around it"), the preambles of the two fixture plans
-- (thua-thien-hue-2016-26-kh-ubnd.txt, hai-duong-2024-chi-thi-28.md), and the published attributes of the documents
-- (issuer, number, date; signers of 23/QĐ-TTg and 28-CT/TW as listed by luatvietnam.vn).

-- ---------------------------------------------------------------------------------------------------------------
-- Central agencies. The Bộ Lao động - Thương binh và Xã hội was dissolved on 2025-03-01 (its child-protection work
-- went to the Bộ Y tế), so Bộ Y tế is inserted first and named as its successor.
INSERT INTO agency (id, name, short_name, kind, unit_id, valid_to, successor_id)
VALUES (nextval('agency_seq'), 'Thủ tướng Chính phủ', 'TTg', 'STATE_AGENCY', NULL, NULL, NULL),
       (nextval('agency_seq'), 'Bộ Chính trị', 'BCT', 'OTHER', NULL, NULL, NULL),
       (nextval('agency_seq'), 'Bộ Y tế', 'BYT', 'STATE_AGENCY', NULL, NULL, NULL);

INSERT INTO agency (id, name, short_name, kind, unit_id, valid_to, successor_id)
VALUES (nextval('agency_seq'), 'Bộ Lao động - Thương binh và Xã hội', 'Bộ LĐTBXH', 'STATE_AGENCY', NULL,
        DATE '2025-02-28',
        (SELECT id FROM agency WHERE unit_id IS NULL AND name = 'Bộ Y tế'));

-- ---------------------------------------------------------------------------------------------------------------
-- National documents, all ISSUED. Titles are the text after the document-kind word in each heading; the Huế plan
-- quotes 1235/QĐ-TTg without the word "về" ("vào các vấn đề trẻ em"), the official title has it.
-- The title of 1183/QĐ-TTg follows the standard "Ban hành Kế hoạch thực hiện …" formula; its full text is not in
-- the fixtures.
INSERT INTO document (id, number, kind, title, issuer_id, unit_id, signer_name, issued_on,
                      period_from_year, period_to_year, status)
SELECT nextval('document_seq'), v.number, v.kind, v.title, a.id, NULL, v.signer_name, v.issued_on,
       v.period_from, v.period_to, 'ISSUED'
FROM (VALUES
    ('1235/QĐ-TTg', 'DECISION',
     'Phê duyệt Chương trình thúc đẩy quyền tham gia của trẻ em vào các vấn đề về trẻ em giai đoạn 2016-2020',
     'Thủ tướng Chính phủ', NULL, DATE '2015-08-03', 2016, 2020),
    ('2361/QĐ-TTg', 'DECISION',
     'Phê duyệt Chương trình bảo vệ trẻ em giai đoạn 2016-2020',
     'Thủ tướng Chính phủ', NULL, DATE '2015-12-22', 2016, 2020),
    ('23/QĐ-TTg', 'DECISION',
     'Phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030',
     'Thủ tướng Chính phủ', 'Vũ Đức Đam', DATE '2021-01-07', 2021, 2030),
    -- Title as the Hải Dương fixture cites it.
    ('28-CT/TW', 'DIRECTIVE',
     'Về tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em đáp ứng yêu cầu phát triển đất nước phồn vinh, hạnh phúc',
     'Bộ Chính trị', 'Trương Thị Mai', DATE '2023-12-25', 2024, 2030),
    ('1183/QĐ-TTg', 'DECISION',
     'Ban hành Kế hoạch thực hiện Chỉ thị số 28-CT/TW ngày 25 tháng 12 năm 2023 của Bộ Chính trị về tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em đáp ứng yêu cầu phát triển đất nước phồn vinh, hạnh phúc',
     'Thủ tướng Chính phủ', NULL, DATE '2024-10-14', 2024, 2030)
) AS v(number, kind, title, issuer, signer_name, issued_on, period_from, period_to)
JOIN agency a ON a.unit_id IS NULL AND a.name = v.issuer;

-- Quyết định 1183/QĐ-TTg implements Chỉ thị 28-CT/TW (DOMAIN.md).
INSERT INTO document_link (child_id, parent_id)
SELECT c.id, p.id
FROM document c JOIN agency ca ON ca.id = c.issuer_id,
     document p JOIN agency pa ON pa.id = p.issuer_id
WHERE ca.unit_id IS NULL AND ca.name = 'Thủ tướng Chính phủ' AND c.number = '1183/QĐ-TTg'
  AND date_part('year', c.issued_on) = 2024
  AND pa.unit_id IS NULL AND pa.name = 'Bộ Chính trị' AND p.number = '28-CT/TW'
  AND date_part('year', p.issued_on) = 2023;

-- ---------------------------------------------------------------------------------------------------------------
-- Indicator catalogue used by every demo target (national 23/QĐ-TTg, Thừa Thiên Huế 26/KH-UBND). All are rates in
-- per cent. The Huế plan's "trẻ từ 3 đến 5 tuổi ra lớp" and the national "trẻ em 5 tuổi đi học mẫu giáo" are
-- different age groups, so they are two indicators; immunisation of under-1s is one indicator shared by both
-- levels so the cascade can be compared.
INSERT INTO indicator (id, code, name_vi, name_en, unit, direction, definition)
SELECT nextval('indicator_seq'), v.code, v.name_vi, v.name_en, '%', v.direction, v.definition
FROM (VALUES
    ('CHILD_U6_HEALTH_INSURANCE_RATE',
     'Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế',
     'Children under 6 issued a health insurance card', 'HIGHER_IS_BETTER',
     'Số trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế đúng thời gian quy định trên tổng số trẻ em dưới 6 tuổi, tính theo phần trăm.'),
    ('CHILD_U1_FULLY_IMMUNISED_RATE',
     'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ',
     'Children under 1 fully immunised', 'HIGHER_IS_BETTER',
     'Số trẻ em dưới 1 tuổi được tiêm (uống) đầy đủ các loại vắc xin theo quy định của Bộ Y tế trên tổng số trẻ em dưới 1 tuổi, tính theo phần trăm.'),
    ('CHILD_U5_UNDERWEIGHT_RATE',
     'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân',
     'Children under 5 underweight (low weight-for-age)', 'LOWER_IS_BETTER',
     'Số trẻ em dưới 5 tuổi có cân nặng theo tuổi dưới -2 độ lệch chuẩn so với chuẩn tăng trưởng của WHO trên tổng số trẻ em dưới 5 tuổi được cân, tính theo phần trăm.'),
    ('CHILD_3_5_PRESCHOOL_ENROLMENT_RATE',
     'Tỷ lệ huy động trẻ em từ 3 đến 5 tuổi ra lớp mẫu giáo',
     'Children aged 3 to 5 enrolled in kindergarten', 'HIGHER_IS_BETTER',
     'Số trẻ em từ 3 đến 5 tuổi đang học tại các cơ sở giáo dục mầm non trên tổng số trẻ em từ 3 đến 5 tuổi trên địa bàn, tính theo phần trăm.'),
    ('CHILD_5_PRESCHOOL_ENROLMENT_RATE',
     'Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo',
     'Five-year-olds attending kindergarten', 'HIGHER_IS_BETTER',
     'Số trẻ em 5 tuổi đang học mẫu giáo trên tổng số trẻ em 5 tuổi trên địa bàn, tính theo phần trăm.'),
    ('CHILD_DISABLED_INCLUSIVE_EDUCATION_RATE',
     'Tỷ lệ trẻ em khuyết tật được giáo dục hòa nhập trong các trường phổ thông',
     'Children with disabilities in inclusive education in general schools', 'HIGHER_IS_BETTER',
     'Số trẻ em khuyết tật được học hòa nhập trong các trường phổ thông trên tổng số trẻ em khuyết tật trong độ tuổi đi học phổ thông, tính theo phần trăm.'),
    ('CHILD_BIRTH_REGISTERED_ON_TIME_RATE',
     'Tỷ lệ trẻ em sinh ra được đăng ký khai sinh đúng hạn',
     'Births registered on time', 'HIGHER_IS_BETTER',
     'Số trẻ em sinh ra trong kỳ được đăng ký khai sinh trong thời hạn 60 ngày kể từ ngày sinh (Luật Hộ tịch) trên tổng số trẻ em sinh ra trong kỳ, tính theo phần trăm.'),
    ('CHILD_SPECIAL_CIRCUMSTANCES_WELFARE_RATE',
     'Tỷ lệ trẻ em có hoàn cảnh đặc biệt khó khăn được thực hiện các chính sách phúc lợi xã hội',
     'Children in especially difficult circumstances receiving state social welfare benefits', 'HIGHER_IS_BETTER',
     'Số trẻ em có hoàn cảnh đặc biệt khó khăn (tàn tật, mồ côi, bị bỏ rơi…) được hưởng các chính sách phúc lợi xã hội do Nhà nước quy định trên tổng số trẻ em có hoàn cảnh đặc biệt khó khăn, tính theo phần trăm.'),
    ('CHILD_SPECIAL_CIRCUMSTANCES_CARED_RATE',
     'Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc để phục hồi, tái hòa nhập',
     'Children in special circumstances receiving care for recovery and reintegration', 'HIGHER_IS_BETTER',
     'Số trẻ em có hoàn cảnh đặc biệt được chăm sóc để phục hồi, tái hòa nhập cộng đồng trên tổng số trẻ em có hoàn cảnh đặc biệt, tính theo phần trăm.'),
    ('COMMUNE_CHILD_FRIENDLY_REGISTERED_RATE',
     'Tỷ lệ xã, phường, thị trấn đăng ký xây dựng xã, phường, thị trấn phù hợp với trẻ em',
     'Communes registered to become child-friendly', 'HIGHER_IS_BETTER',
     'Số xã, phường, thị trấn đăng ký xây dựng xã, phường, thị trấn phù hợp với trẻ em trên tổng số xã, phường, thị trấn, tính theo phần trăm.'),
    ('COMMUNE_CHILD_FRIENDLY_RATE',
     'Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em',
     'Communes meeting the child-friendly standard', 'HIGHER_IS_BETTER',
     'Số xã, phường, thị trấn được công nhận đạt tiêu chuẩn xã, phường, thị trấn phù hợp với trẻ em trên tổng số xã, phường, thị trấn, tính theo phần trăm.'),
    ('CHILD_PROTECTION_STAFF_TRAINED_RATE',
     'Tỷ lệ cán bộ, cộng tác viên làm công tác bảo vệ, chăm sóc và giáo dục trẻ em được nâng cao năng lực',
     'Child-protection officials and collaborators given capacity building', 'HIGHER_IS_BETTER',
     'Số cán bộ các cấp và cộng tác viên làm công tác bảo vệ, chăm sóc và giáo dục trẻ em được tập huấn, bồi dưỡng nâng cao năng lực trong kỳ trên tổng số cán bộ, cộng tác viên làm công tác này, tính theo phần trăm.'),
    ('COMMUNE_CHILD_FUND_RATE',
     'Tỷ lệ xã, phường, thị trấn thành lập Quỹ bảo trợ trẻ em và hoạt động có hiệu quả',
     'Communes with an operating child protection fund', 'HIGHER_IS_BETTER',
     'Số xã, phường, thị trấn đã thành lập Quỹ bảo trợ trẻ em đang hoạt động có hiệu quả trên tổng số xã, phường, thị trấn, tính theo phần trăm.'),
    ('CHILD_ABUSE_RATE',
     'Tỷ lệ trẻ em bị xâm hại',
     'Children suffering abuse', 'LOWER_IS_BETTER',
     'Số trẻ em bị xâm hại được phát hiện trong kỳ trên tổng số trẻ em, tính theo phần trăm.'),
    ('CHILD_PRIMARY_COMPLETION_RATE',
     'Tỷ lệ trẻ em hoàn thành cấp tiểu học',
     'Primary school completion rate', 'HIGHER_IS_BETTER',
     'Số trẻ em hoàn thành chương trình cấp tiểu học trên tổng số trẻ em trong độ tuổi hoàn thành cấp tiểu học, tính theo phần trăm.'),
    ('COMMUNE_CHILD_PLAY_SPACE_RATE',
     'Tỷ lệ xã, phường, thị trấn có điểm văn hóa, vui chơi dành cho trẻ em',
     'Communes with a cultural or play space for children', 'HIGHER_IS_BETTER',
     'Số xã, phường, thị trấn có ít nhất một điểm văn hóa, vui chơi dành cho trẻ em trên tổng số xã, phường, thị trấn, tính theo phần trăm.')
) AS v(code, name_vi, name_en, direction, definition);

-- ---------------------------------------------------------------------------------------------------------------
-- Quyết định 23/QĐ-TTg: one SPECIFIC objective carrying the national targets of DOMAIN.md, one row per
-- (indicator, year). DOMAIN.md gives the figures, not the decision's wording, so source_text is left NULL rather
-- than invent a quotation. "dưới" → LT; the other figures are levels to reach → GE.
INSERT INTO objective (id, document_id, kind, position, text)
SELECT nextval('objective_seq'), d.id, 'SPECIFIC', 0,
       'Các mục tiêu cụ thể đến năm 2025 và năm 2030 của Chương trình hành động quốc gia vì trẻ em (các chỉ tiêu quốc gia mà các tỉnh cụ thể hóa).'
FROM document d JOIN agency a ON a.id = d.issuer_id
WHERE a.unit_id IS NULL AND a.name = 'Thủ tướng Chính phủ' AND d.number = '23/QĐ-TTg'
  AND date_part('year', d.issued_on) = 2021;

INSERT INTO target (id, objective_id, indicator_id, comparator, value, unit, target_year)
SELECT nextval('target_seq'), o.id, i.id, v.comparator, v.value, '%', v.target_year
FROM (VALUES
    ('CHILD_ABUSE_RATE',                 'LT',  4.5, 2025),
    ('CHILD_ABUSE_RATE',                 'LT',  4.0, 2030),
    ('CHILD_U1_FULLY_IMMUNISED_RATE',    'GE', 97.0, 2025),
    ('CHILD_U1_FULLY_IMMUNISED_RATE',    'GE', 98.0, 2030),
    ('CHILD_5_PRESCHOOL_ENROLMENT_RATE', 'GE', 99.1, 2025),
    ('CHILD_5_PRESCHOOL_ENROLMENT_RATE', 'GE', 99.3, 2030),
    ('CHILD_PRIMARY_COMPLETION_RATE',    'GE', 97.0, 2025),
    ('CHILD_PRIMARY_COMPLETION_RATE',    'GE', 99.0, 2030),
    ('COMMUNE_CHILD_PLAY_SPACE_RATE',    'GE', 40.0, 2025),
    ('COMMUNE_CHILD_PLAY_SPACE_RATE',    'GE', 45.0, 2030)
) AS v(indicator_code, comparator, value, target_year)
JOIN indicator i ON i.code = v.indicator_code
CROSS JOIN (
    SELECT o.id
    FROM objective o
    JOIN document d ON d.id = o.document_id
    JOIN agency a ON a.id = d.issuer_id
    WHERE a.unit_id IS NULL AND a.name = 'Thủ tướng Chính phủ' AND d.number = '23/QĐ-TTg'
      AND date_part('year', d.issued_on) = 2021 AND o.kind = 'SPECIFIC' AND o.position = 0
) AS o;
