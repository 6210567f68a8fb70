-- The demo catalogue's indicators about abused children are sensitive: the rate (a NONE rate with no catalogued
-- numerator, so it is flagged but not suppressed) and a count of abused children detected, which is suppressed
-- for callers without the sensitive-data grant. Numbered apart from the other demo scripts so that another
-- branch's next demo script cannot take its version.
UPDATE indicator SET sensitive = true WHERE code = 'CHILD_ABUSE_RATE';

INSERT INTO indicator (id, code, name_vi, name_en, unit, direction, definition, aggregation, sensitive)
VALUES (nextval('indicator_seq'), 'CHILD_ABUSE_COUNT', 'Số trẻ em bị xâm hại được phát hiện',
        'Children suffering abuse detected (count)', 'trẻ em', 'LOWER_IS_BETTER',
        'Số trẻ em bị xâm hại được phát hiện, can thiệp, hỗ trợ trong kỳ trên địa bàn.', 'SUM', true);

-- The 15 abused children the Công an tỉnh detected in 2016 (its yearly report), by sex for the province and by
-- district: almost every figure is below 10, so callers without the grant see most of them suppressed.
INSERT INTO indicator_value (id, indicator_id, unit_id, period_type, period_start, period_end, period_code, sex,
                             value, status, source_kind, source_name, evidence, entered_by, created_at, updated_at)
SELECT nextval('indicator_value_seq'), i.id, u.id, 'YEAR', DATE '2016-01-01', DATE '2016-12-31', '2016', v.sex,
       v.value, 'FINAL', 'MANUAL', 'Công an tỉnh', 'Báo cáo kết quả thực hiện công tác trẻ em năm 2016 của Công an tỉnh',
       'planner.hue', TIMESTAMPTZ '2017-02-20 09:00:00+07', TIMESTAMPTZ '2017-02-20 09:00:00+07'
FROM (VALUES
    ('46', 'ALL', 15), ('46', 'FEMALE', 11), ('46', 'MALE', 4),
    ('474', 'ALL', 6), ('478', 'ALL', 4), ('479', 'ALL', 3), ('481', 'ALL', 2), ('483', 'ALL', 0)
) AS v(unit_code, sex, value)
JOIN indicator i ON i.code = 'CHILD_ABUSE_COUNT'
JOIN admin_unit u ON u.code = v.unit_code AND u.level = CASE WHEN v.unit_code = '46' THEN 'PROVINCE' ELSE 'DISTRICT' END
    AND (u.valid_from IS NULL OR u.valid_from <= DATE '2016-01-01')
    AND (u.valid_to IS NULL OR u.valid_to >= DATE '2016-12-31');
