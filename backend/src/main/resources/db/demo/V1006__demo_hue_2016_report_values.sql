-- DEMO DATA (test and local-run builds only): the figures inside the Huế 2016 reports of V1004, written before a
-- report could hold values (V7 report_value), and the H1-only half-year regime (V9 period_numbers).
--
-- Regime: 26/KH-UBND reports "06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11)": the half-year report is the
-- first half's, the yearly one replaces the second half. 2016-H2 (and 2017-H2 …) is owed by nobody.
--
-- Figures, by the indicator each agency reports (as V1004's indicator values name them):
--   * 2016-H1: the Sở Y tế's immunisation rate for the province and per district (the district figures are what
--     the Sở LĐTBXH returned its report for, added on resubmission), which the district committees ("UBND các huyện,
--     thị xã và thành phố Huế") also give, the same for every district: five agreeing duplicates. The Sở Giáo dục và
--     Đào tạo's pre-school and inclusive-education rates, the Sở Tư pháp's birth registration and the Sở LĐTBXH's
--     welfare rate for the province. The figures are those the reports' narratives quote (96,3 %, A Lưới 92,1 % …).
--     Accepting a report publishes its figures (ReportService#accept): each became an indicator value of 2016-H1,
--     ESTIMATE, source AGENCY_REPORT, report_id naming the report, entered by whoever accepted it, at that time; the
--     Sở Y tế's report was accepted first (26/5), so the district committees' identical figures (27/5) found their
--     keys taken and published nothing.
--   * 2016: every figure of V1004's 2016 indicator values, reported by the agency V1004 names as their source
--     (province and five districts). The district committees also give the child-friendly-commune and child-fund
--     rates of the five districts: nine agree with the Sở LĐTBXH's, and for A Lưới they count 57,1 % (12 of 21
--     communes, the self-assessed ones included) where the Sở LĐTBXH counts 55 % (recognised only): the one
--     disagreeing duplicate, flagged by the consolidation and in conflict with the stored value, never summed. The
--     2016 indicator values exist (FINAL since February 2017, as V1004 tells): they are the figures of those
--     accepted reports, now linked to them by report_id; nothing else is published.
-- The Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh, Sở Kế hoạch và Đầu tư and Sở Tài chính report no indicator of
-- the plan's targets; the Sở Thông tin và Truyền thông sent no report.

UPDATE reporting_regime r SET period_numbers = '{1}'
FROM document d JOIN agency a ON a.id = d.issuer_id
WHERE r.document_id = d.id AND r.period_type = 'HALF_YEAR'
  AND a.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND d.number = '26/KH-UBND' AND date_part('year', d.issued_on) = 2016;

INSERT INTO report_value (id, report_id, indicator_id, unit_id, value, note)
SELECT nextval('report_value_seq'), r.id, i.id, u.id, v.value, v.note
FROM (VALUES
    -- 2016-H1 ----------------------------------------------------------------------------------------------------
    ('Sở Y tế', '2016-H1', 'CHILD_U1_FULLY_IMMUNISED_RATE', '46', 96.3, NULL),
    ('Sở Y tế', '2016-H1', 'CHILD_U1_FULLY_IMMUNISED_RATE', '474', 97.8, 'Bổ sung theo yêu cầu của Sở LĐTBXH'),
    ('Sở Y tế', '2016-H1', 'CHILD_U1_FULLY_IMMUNISED_RATE', '478', 96.5, 'Bổ sung theo yêu cầu của Sở LĐTBXH'),
    ('Sở Y tế', '2016-H1', 'CHILD_U1_FULLY_IMMUNISED_RATE', '479', 96.9, 'Bổ sung theo yêu cầu của Sở LĐTBXH'),
    ('Sở Y tế', '2016-H1', 'CHILD_U1_FULLY_IMMUNISED_RATE', '481', 92.1, 'Bổ sung theo yêu cầu của Sở LĐTBXH'),
    ('Sở Y tế', '2016-H1', 'CHILD_U1_FULLY_IMMUNISED_RATE', '483', 93.0, 'Bổ sung theo yêu cầu của Sở LĐTBXH'),
    ('UBND các huyện, thị xã và thành phố Huế', '2016-H1', 'CHILD_U1_FULLY_IMMUNISED_RATE', '474', 97.8, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016-H1', 'CHILD_U1_FULLY_IMMUNISED_RATE', '478', 96.5, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016-H1', 'CHILD_U1_FULLY_IMMUNISED_RATE', '479', 96.9, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016-H1', 'CHILD_U1_FULLY_IMMUNISED_RATE', '481', 92.1, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016-H1', 'CHILD_U1_FULLY_IMMUNISED_RATE', '483', 93.0, NULL),
    ('Sở Giáo dục và Đào tạo', '2016-H1', 'CHILD_3_5_PRESCHOOL_ENROLMENT_RATE', '46', 88.6, 'Năm học 2015-2016'),
    ('Sở Giáo dục và Đào tạo', '2016-H1', 'CHILD_DISABLED_INCLUSIVE_EDUCATION_RATE', '46', 71.5, 'Năm học 2015-2016'),
    ('Sở Tư pháp', '2016-H1', 'CHILD_BIRTH_REGISTERED_ON_TIME_RATE', '46', 94.8, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016-H1', 'CHILD_SPECIAL_CIRCUMSTANCES_WELFARE_RATE', '46', 100.0, NULL),
    -- 2016 -------------------------------------------------------------------------------------------------------
    ('Sở Y tế', '2016', 'CHILD_U6_HEALTH_INSURANCE_RATE', '46', 99.2, NULL),
    ('Sở Y tế', '2016', 'CHILD_U1_FULLY_IMMUNISED_RATE', '46', 96.8, NULL),
    ('Sở Y tế', '2016', 'CHILD_U1_FULLY_IMMUNISED_RATE', '474', 98.2, NULL),
    ('Sở Y tế', '2016', 'CHILD_U1_FULLY_IMMUNISED_RATE', '478', 97.1, NULL),
    ('Sở Y tế', '2016', 'CHILD_U1_FULLY_IMMUNISED_RATE', '479', 97.5, NULL),
    ('Sở Y tế', '2016', 'CHILD_U1_FULLY_IMMUNISED_RATE', '481', 93.4, NULL),
    ('Sở Y tế', '2016', 'CHILD_U1_FULLY_IMMUNISED_RATE', '483', 94.0, NULL),
    ('Sở Y tế', '2016', 'CHILD_U5_UNDERWEIGHT_RATE', '46', 11.6, NULL),
    ('Sở Y tế', '2016', 'CHILD_U5_UNDERWEIGHT_RATE', '474', 6.3, NULL),
    ('Sở Y tế', '2016', 'CHILD_U5_UNDERWEIGHT_RATE', '478', 11.2, NULL),
    ('Sở Y tế', '2016', 'CHILD_U5_UNDERWEIGHT_RATE', '479', 9.8, NULL),
    ('Sở Y tế', '2016', 'CHILD_U5_UNDERWEIGHT_RATE', '481', 21.5, NULL),
    ('Sở Y tế', '2016', 'CHILD_U5_UNDERWEIGHT_RATE', '483', 17.9, NULL),
    ('Sở Giáo dục và Đào tạo', '2016', 'CHILD_3_5_PRESCHOOL_ENROLMENT_RATE', '46', 89.5, 'Đầu năm học 2016-2017'),
    ('Sở Giáo dục và Đào tạo', '2016', 'CHILD_3_5_PRESCHOOL_ENROLMENT_RATE', '474', 95.1, NULL),
    ('Sở Giáo dục và Đào tạo', '2016', 'CHILD_3_5_PRESCHOOL_ENROLMENT_RATE', '478', 88.4, NULL),
    ('Sở Giáo dục và Đào tạo', '2016', 'CHILD_3_5_PRESCHOOL_ENROLMENT_RATE', '479', 91.2, NULL),
    ('Sở Giáo dục và Đào tạo', '2016', 'CHILD_3_5_PRESCHOOL_ENROLMENT_RATE', '481', 82.6, NULL),
    ('Sở Giáo dục và Đào tạo', '2016', 'CHILD_3_5_PRESCHOOL_ENROLMENT_RATE', '483', 84.3, NULL),
    ('Sở Giáo dục và Đào tạo', '2016', 'CHILD_DISABLED_INCLUSIVE_EDUCATION_RATE', '46', 73.1, 'Đầu năm học 2016-2017'),
    ('Sở Tư pháp', '2016', 'CHILD_BIRTH_REGISTERED_ON_TIME_RATE', '46', 95.6, NULL),
    ('Sở Tư pháp', '2016', 'CHILD_BIRTH_REGISTERED_ON_TIME_RATE', '474', 98.7, NULL),
    ('Sở Tư pháp', '2016', 'CHILD_BIRTH_REGISTERED_ON_TIME_RATE', '478', 95.9, NULL),
    ('Sở Tư pháp', '2016', 'CHILD_BIRTH_REGISTERED_ON_TIME_RATE', '479', 96.8, NULL),
    ('Sở Tư pháp', '2016', 'CHILD_BIRTH_REGISTERED_ON_TIME_RATE', '481', 89.5, NULL),
    ('Sở Tư pháp', '2016', 'CHILD_BIRTH_REGISTERED_ON_TIME_RATE', '483', 91.2, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'CHILD_SPECIAL_CIRCUMSTANCES_WELFARE_RATE', '46', 100.0, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'CHILD_SPECIAL_CIRCUMSTANCES_CARED_RATE', '46', 90.2, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FRIENDLY_REGISTERED_RATE', '46', 99.3, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FRIENDLY_RATE', '46', 82.4, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FRIENDLY_RATE', '474', 100.0, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FRIENDLY_RATE', '478', 85.0, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FRIENDLY_RATE', '479', 91.7, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FRIENDLY_RATE', '481', 55.0, 'Xã đã được công nhận'),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FRIENDLY_RATE', '483', 50.0, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FUND_RATE', '46', 17.8, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FUND_RATE', '474', 33.3, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FUND_RATE', '478', 15.0, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FUND_RATE', '479', 25.0, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FUND_RATE', '481', 5.0, NULL),
    ('Sở Lao động - Thương binh và Xã hội', '2016', 'COMMUNE_CHILD_FUND_RATE', '483', 10.0, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016', 'COMMUNE_CHILD_FRIENDLY_RATE', '474', 100.0, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016', 'COMMUNE_CHILD_FRIENDLY_RATE', '478', 85.0, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016', 'COMMUNE_CHILD_FRIENDLY_RATE', '479', 91.7, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016', 'COMMUNE_CHILD_FRIENDLY_RATE', '481', 57.1,
     '12/21 xã, gồm cả xã đã tự đánh giá đạt chuẩn, chưa được công nhận'),
    ('UBND các huyện, thị xã và thành phố Huế', '2016', 'COMMUNE_CHILD_FRIENDLY_RATE', '483', 50.0, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016', 'COMMUNE_CHILD_FUND_RATE', '474', 33.3, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016', 'COMMUNE_CHILD_FUND_RATE', '478', 15.0, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016', 'COMMUNE_CHILD_FUND_RATE', '479', 25.0, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016', 'COMMUNE_CHILD_FUND_RATE', '481', 5.0, NULL),
    ('UBND các huyện, thị xã và thành phố Huế', '2016', 'COMMUNE_CHILD_FUND_RATE', '483', 10.0, NULL)
) AS v(agency_name, period_code, indicator_code, unit_code, value, note)
JOIN agency a ON a.name = v.agency_name
JOIN report r ON r.agency_id = a.id AND r.period_code = v.period_code
JOIN document d ON d.id = r.document_id AND d.number = '26/KH-UBND' AND date_part('year', d.issued_on) = 2016
JOIN indicator i ON i.code = v.indicator_code
-- the unit as it stood through 2016
JOIN admin_unit u ON u.code = v.unit_code AND u.level = CASE WHEN v.unit_code = '46' THEN 'PROVINCE' ELSE 'DISTRICT' END
    AND (u.valid_from IS NULL OR u.valid_from <= DATE '2016-01-01')
    AND (u.valid_to IS NULL OR u.valid_to >= DATE '2016-12-31');

-- 2016-H1: what accepting published, the first accepted report's figure for each key (as ReportService#publish).
INSERT INTO indicator_value (id, indicator_id, unit_id, period_type, period_start, period_end, period_code, sex,
                             age_group, area_type, value, status, source_kind, source_name, evidence, report_id,
                             entered_by, created_at, updated_at)
SELECT nextval('indicator_value_seq'), p.indicator_id, p.unit_id, p.period_type, p.period_start, p.period_end,
       p.period_code, p.sex, p.age_group, p.area_type, p.value, 'ESTIMATE', 'AGENCY_REPORT', p.source_name,
       'Báo cáo ' || p.period_code || ' (report ' || p.report_id || ')' || coalesce(': ' || p.note, ''), p.report_id,
       p.accepted_by, p.accepted_at, p.accepted_at
FROM (
    SELECT DISTINCT ON (v.indicator_id, v.unit_id, v.sex, v.age_group, v.area_type)
           v.indicator_id, v.unit_id, v.sex, v.age_group, v.area_type, v.value, v.note, r.id AS report_id,
           r.period_type, r.period_start, r.period_end, r.period_code, left(a.name, 300) AS source_name,
           t.by_subject AS accepted_by, t.at AS accepted_at
    FROM report_value v
    JOIN report r ON r.id = v.report_id AND r.period_code = '2016-H1'
    JOIN document d ON d.id = r.document_id AND d.number = '26/KH-UBND' AND date_part('year', d.issued_on) = 2016
    JOIN agency a ON a.id = r.agency_id
    JOIN report_transition t ON t.report_id = r.id AND t.to_status = 'ACCEPTED'
    ORDER BY v.indicator_id, v.unit_id, v.sex, v.age_group, v.area_type, t.at
) AS p
WHERE NOT EXISTS (SELECT 1 FROM indicator_value x WHERE x.indicator_id = p.indicator_id AND x.unit_id = p.unit_id
                  AND x.period_code = p.period_code AND x.sex = p.sex AND x.age_group = p.age_group
                  AND x.area_type = p.area_type);

-- 2016: the stored values are the figures of the source agency's accepted report
UPDATE indicator_value x SET report_id = r.id
FROM report r
JOIN document d ON d.id = r.document_id AND d.number = '26/KH-UBND' AND date_part('year', d.issued_on) = 2016
JOIN agency a ON a.id = r.agency_id
JOIN report_value v ON v.report_id = r.id
WHERE r.period_code = '2016' AND x.period_code = '2016' AND x.source_kind = 'AGENCY_REPORT' AND x.report_id IS NULL
  AND x.source_name = a.name AND x.indicator_id = v.indicator_id AND x.unit_id = v.unit_id AND x.sex = v.sex
  AND x.age_group = v.age_group AND x.area_type = v.area_type AND x.value = v.value;

-- Guard: a misspelt name above would silently drop rows from the joins; fail instead.
DO $$
DECLARE
    plan_id bigint;
BEGIN
    SELECT d.id INTO STRICT plan_id FROM document d JOIN agency a ON a.id = d.issuer_id
    WHERE a.name = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' AND d.number = '26/KH-UBND'
      AND date_part('year', d.issued_on) = 2016;
    IF (SELECT count(*) FROM reporting_regime WHERE document_id = plan_id AND period_numbers = '{1}') <> 1
       OR (SELECT count(*) FROM report_value v JOIN report r ON r.id = v.report_id
           WHERE r.document_id = plan_id AND r.period_code = '2016-H1') <> 15
       OR (SELECT count(*) FROM report_value v JOIN report r ON r.id = v.report_id
           WHERE r.document_id = plan_id AND r.period_code = '2016') <> 51
       OR (SELECT count(*) FROM indicator_value x JOIN report r ON r.id = x.report_id
           WHERE r.document_id = plan_id AND x.period_code = '2016-H1') <> 10
       -- every 2016 value of the province and its districts came from a report (not the 2015 ones: no plan yet)
       OR (SELECT count(*) FROM indicator_value x JOIN report r ON r.id = x.report_id
           WHERE r.document_id = plan_id AND x.period_code = '2016') <> 41 THEN
        RAISE EXCEPTION 'Huế 2016 report values demo incomplete';
    END IF;
END $$;
