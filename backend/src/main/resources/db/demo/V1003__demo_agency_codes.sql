-- Codes of the demo agencies that demo users belong to (Keycloak realm: user attribute agency_code).
UPDATE agency a SET code = v.code
FROM (VALUES ('46', 'Sở Y tế', 'HUE-SYT'),
             ('46', 'Sở Lao động - Thương binh và Xã hội', 'HUE-LDTBXH'),
             ('46', 'Sở Giáo dục và Đào tạo', 'HUE-SGDDT'),
             ('30', 'Sở Y tế', 'HD-SYT'),
             ('30', 'Sở Lao động - Thương binh và Xã hội', 'HD-LDTBXH')) AS v(unit_code, name, code),
     admin_unit u
WHERE a.unit_id = u.id AND u.level = 'PROVINCE' AND u.code = v.unit_code AND a.name = v.name;

DO $$
BEGIN
    IF (SELECT count(*) FROM agency WHERE code IS NOT NULL) <> 5 THEN
        RAISE EXCEPTION 'demo agency codes: expected 5 agencies to receive a code';
    END IF;
END $$;
