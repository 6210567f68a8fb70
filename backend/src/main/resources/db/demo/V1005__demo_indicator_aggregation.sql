-- Demo catalogue for roll-ups: the full immunisation rate of children under 1 becomes a RATIO of two counts, so it
-- can be recomputed for any group of units (a province from its districts, a 2025 province from the provinces it
-- merged). The other rates stay NONE until their numerator and denominator are catalogued.
INSERT INTO indicator (id, code, name_vi, name_en, unit, direction, definition, aggregation)
SELECT nextval('indicator_seq'), v.code, v.name_vi, v.name_en, 'trẻ em', 'HIGHER_IS_BETTER', v.definition, 'SUM'
FROM (VALUES
    ('CHILD_U1_FULLY_IMMUNISED_COUNT',
     'Số trẻ em dưới 1 tuổi được tiêm chủng đầy đủ',
     'Children under 1 fully immunised (count)',
     'Số trẻ em dưới 1 tuổi được tiêm (uống) đầy đủ các loại vắc xin theo quy định của Bộ Y tế trong kỳ.'),
    ('CHILD_U1_POPULATION',
     'Số trẻ em dưới 1 tuổi',
     'Children under 1 (count)',
     'Tổng số trẻ em dưới 1 tuổi trên địa bàn trong kỳ.')
) AS v(code, name_vi, name_en, definition);

UPDATE indicator r
SET aggregation = 'RATIO', factor = 100,
    numerator_indicator_id = (SELECT id FROM indicator WHERE code = 'CHILD_U1_FULLY_IMMUNISED_COUNT'),
    denominator_indicator_id = (SELECT id FROM indicator WHERE code = 'CHILD_U1_POPULATION')
WHERE r.code = 'CHILD_U1_FULLY_IMMUNISED_RATE';
