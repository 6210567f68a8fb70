package vn.childplan.value;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * Small-cell suppression on the paths that hand out figures besides the value list and the exports
 * ({@link SuppressionTest}): the consolidation of a plan's reports and the consolidated report built from it, an
 * agency's report and the answers of its moves, an import's summary, a write's answer and the audit trail. A Huế
 * dataset of its own: a sensitive count of abused children in 2016 for the province and four districts by sex
 * (stored, FINAL), a rate whose numerator it is, and a plan on both whose police reports the same figures (its
 * report accepted) and whose welfare office reports others (submitted), one of them by area. A Huế planner without
 * the sensitive-data grant reads every path; an attacker subtracts what is shown from what is shown, report by
 * report and with the stored values, and the test fails when a count from 1 to k-1 shows or a withheld one is
 * recovered. With the grant the same planner reads every number, and the police's own officers read their report.
 */
@QuarkusTest
class SuppressionOfReportedFiguresTest {
    private static final String HUE = "46";
    private static final String REPORTS = "/api/v1/reports";
    private static final String WITHHELD_DOC = "Đã ẩn (số nhỏ, dữ liệu nhạy cảm)";
    private static final String CSV_HEADER = "indicator_code,unit_code,period_code,sex,age_group,area_type,value,status,"
            + "source_kind,source_name,evidence\r\n";
    private static final int K = 10;
    private static Fixture f;

    /** Ids and codes of the dataset; the police's and the welfare office's reports; the draft of a third agency. */
    record Fixture(long count, String countCode, String countName, long rate, long plan, long province,
            List<String> districts, Map<String, Long> unitIds, long police, String policeCode, long policeReport,
            long welfareReport, long draftAgency, long draft) {
    }

    private static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    private static RequestSpecification planner() {
        return Tokens.as("planner", HUE, null);
    }

    private static RequestSpecification plannerWithGrant() {
        return Tokens.withSensitiveData("planner", HUE, null);
    }

    private static String key(String unit, String breakdown) {
        return unit + "|" + breakdown;
    }

    @BeforeEach
    void data() {
        if (f != null) {
            return;
        }
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String countName = "Số trẻ em bị xâm hại " + tag;
        long count = created("/api/v1/indicators", Map.of("code", "SRF_" + tag, "nameVi", countName, "nameEn", "Test",
                "unit", "trẻ em", "direction", "LOWER_IS_BETTER", "aggregation", "SUM", "sensitive", true));
        long population = created("/api/v1/indicators", Map.of("code", "SRF_" + tag + "_POP", "nameVi", "Dân số " + tag,
                "nameEn", "Test", "unit", "trẻ em", "direction", "HIGHER_IS_BETTER", "aggregation", "SUM"));
        long rate = created("/api/v1/indicators", Map.of("code", "SRF_" + tag + "_RATE", "nameVi", "Tỷ lệ " + tag,
                "nameEn", "Test", "unit", "%", "direction", "LOWER_IS_BETTER", "aggregation", "RATIO",
                "numeratorIndicatorId", count, "denominatorIndicatorId", population, "factor", 100));
        long province = admin().queryParam("level", "PROVINCE").queryParam("code", HUE).queryParam("validOn", "2016-06-01")
                .when().get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        JsonPath found = admin().queryParam("parentCode", HUE).queryParam("validOn", "2016-06-01").queryParam("size", 4)
                .when().get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath();
        List<String> districts = found.getList("items.code", String.class);
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put(HUE, province);
        for (int i = 0; i < districts.size(); i++) {
            ids.put(districts.get(i), found.getLong("items[" + i + "].id"));
        }
        // stored: total, girls, boys per district (a small count among larger ones, two small and a small total,
        // larger ones, zeros), the province their sum; populations and rates of three districts
        int[][] byDistrict = { { 25, 3, 22 }, { 40, 18, 22 }, { 7, 4, 3 }, { 0, 0, 0 } };
        String[] sexes = { "ALL", "FEMALE", "MALE" };
        int[] total = new int[3];
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            for (int s = 0; s < 3; s++) {
                rows.add(stored(count, ids.get(districts.get(d)), sexes[s], byDistrict[d][s]));
                total[s] += byDistrict[d][s];
            }
        }
        for (int s = 0; s < 3; s++) {
            rows.add(stored(count, province, sexes[s], total[s]));
        }
        for (int d = 0; d < 3; d++) {
            rows.add(stored(population, ids.get(districts.get(d)), "ALL", 1000));
            rows.add(stored(rate, ids.get(districts.get(d)), "ALL", byDistrict[d][0] / 10.0));
        }
        admin().contentType(ContentType.JSON).body(Map.of("rows", rows)).when().post("/api/v1/indicator-values/batch")
                .then().statusCode(200);

        String policeCode = "POL-" + tag;
        long police = created("/api/v1/agencies", Map.of("code", policeCode, "name", "Công an tỉnh " + tag,
                "kind", "STATE_AGENCY", "unitId", province));
        long welfare = created("/api/v1/agencies", Map.of("code", "WEL-" + tag, "name", "Sở LĐTBXH " + tag,
                "kind", "STATE_AGENCY", "unitId", province));
        long draftAgency = created("/api/v1/agencies", Map.of("code", "UBH-" + tag, "name", "UBND huyện " + tag,
                "kind", "STATE_AGENCY", "unitId", province));
        long plan = created("/api/v1/documents", new HashMap<>(Map.of("kind", "PLAN", "title", "Kế hoạch phòng chống "
                + "xâm hại " + tag, "issuerId", welfare, "unitId", province, "periodFromYear", 2016, "periodToYear", 2016,
                "status", "DRAFT", "implementsIds", List.of())));
        long objective = created("/api/v1/objectives", Map.of("documentId", plan, "kind", "SPECIFIC", "text", "Giảm"));
        created("/api/v1/targets", Map.of("objectiveId", objective, "indicatorId", count, "comparator", "LT",
                "value", 50, "targetYear", 2016));
        created("/api/v1/targets", Map.of("objectiveId", objective, "indicatorId", rate, "comparator", "LT",
                "value", 5, "targetYear", 2016));
        long task = created("/api/v1/tasks", Map.of("documentId", plan, "number", "1", "title", "Phát hiện, can thiệp"));
        for (long agency : List.of(police, welfare, draftAgency)) {
            created("/api/v1/assignments", Map.of("taskId", task, "agencyId", agency,
                    "role", agency == police ? "LEAD" : "COORDINATE"));
        }
        created("/api/v1/reporting-regimes", Map.of("documentId", plan, "periodType", "YEAR", "deadlineDay", 20,
                "deadlineMonth", 11, "consolidatingAgencyId", welfare));

        // the police report the stored figures (and a rate), by area too; accepted, so the area figures are published
        List<Map<String, Object>> policeFigures = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            policeFigures.add(figure(count, ids.get(districts.get(d)), "ALL", byDistrict[d][0]));
        }
        policeFigures.add(figure(count, ids.get(districts.get(0)), "FEMALE", byDistrict[0][1]));
        policeFigures.add(figure(count, ids.get(districts.get(0)), "MALE", byDistrict[0][2]));
        for (int s = 0; s < 3; s++) {
            policeFigures.add(figure(count, province, sexes[s], total[s]));
        }
        policeFigures.add(area(figure(count, province, "ALL", 5), "URBAN"));
        policeFigures.add(area(figure(count, province, "ALL", total[0] - 5), "RURAL"));
        policeFigures.add(figure(rate, ids.get(districts.get(2)), "ALL", 0.7));
        long policeReport = report(plan, police, policeFigures);
        move(admin(), policeReport, "submit", 1).statusCode(200);
        move(admin(), policeReport, "accept", 2).statusCode(200);
        // the welfare office counts two children fewer in the province, and gives one district by sex
        long welfareReport = report(plan, welfare, List.of(figure(count, province, "ALL", 70),
                figure(count, province, "FEMALE", 24), figure(count, province, "MALE", 46),
                figure(count, ids.get(districts.get(2)), "ALL", 7), figure(count, ids.get(districts.get(2)), "FEMALE", 4),
                figure(count, ids.get(districts.get(2)), "MALE", 3)));
        move(admin(), welfareReport, "submit", 1).statusCode(200);
        long draft = report(plan, draftAgency, List.of(figure(count, ids.get(districts.get(0)), "FEMALE", 3),
                figure(count, ids.get(districts.get(0)), "ALL", 25)));
        f = new Fixture(count, "SRF_" + tag, countName, rate, plan, province, districts, ids, police, policeCode,
                policeReport, welfareReport, draftAgency, draft);
    }

    private static Map<String, Object> stored(long indicator, long unit, String sex, double value) {
        return new HashMap<>(Map.of("indicatorId", indicator, "unitId", unit, "periodCode", "2016", "sex", sex,
                "value", value, "status", "FINAL"));
    }

    private static Map<String, Object> figure(long indicator, long unit, String sex, double value) {
        return new HashMap<>(Map.of("indicatorId", indicator, "unitId", unit, "sex", sex, "value", value));
    }

    private static Map<String, Object> area(Map<String, Object> figure, String area) {
        figure.put("areaType", area);
        return figure;
    }

    private static long created(String path, Object body) {
        return admin().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long report(long plan, long agency, List<Map<String, Object>> figures) {
        long id = created(REPORTS, Map.of("documentId", plan, "agencyId", agency, "periodCode", "2016"));
        edit(admin(), id, 0, Map.of("values", figures)).statusCode(200);
        return id;
    }

    private static ValidatableResponse edit(RequestSpecification as, long report, int version, Object body) {
        return as.contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body).when()
                .put(REPORTS + "/" + report).then();
    }

    private static ValidatableResponse move(RequestSpecification as, long report, String action, int version) {
        return as.contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(Map.of()).when()
                .post(REPORTS + "/" + report + "/" + action).then();
    }

    // ---------------------------------------------------------------- what the paths show

    /** A figure's cell: unit code and breakdown (sex, or the area when it is not ALL). */
    private static String cell(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        Map<String, Object> unit = (Map<String, Object>) row.get("unit");
        String area = (String) row.get("areaType");
        return key((String) unit.get("code"), "ALL".equals(area) ? (String) row.get("sex") : area);
    }

    private static BigDecimal number(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros();
    }

    /** One table of figures: each cell's number, or null when it is said to be withheld. */
    private static void put(Map<String, BigDecimal> table, String cell, Map<String, Object> figure) {
        Object value = figure.get("value");
        boolean suppressed = (Boolean) figure.get("suppressed");
        assertEquals(suppressed, value == null, "null exactly when suppressed: " + figure);
        assertEquals(suppressed, !"FREE".equals(figure.get("confidentiality")), figure.toString());
        table.put(cell, number(value));
    }

    /** The consolidation's rows of an indicator. */
    private static List<Map<String, Object>> consolidationRows(RequestSpecification as, long indicator) {
        JsonPath p = as.queryParam("periodCode", "2016").when().get("/api/v1/plans/" + f.plan() + "/consolidation").then().statusCode(200).extract().jsonPath();
        return p.getList("indicators.find { it.indicator.id == " + indicator + " }.rows");
    }

    /** What the consolidation shows of the count: each report's table by report id, and the stored values' (0). */
    @SuppressWarnings("unchecked")
    private static Map<Long, Map<String, BigDecimal>> fromConsolidation(RequestSpecification as) {
        Map<Long, Map<String, BigDecimal>> tables = new HashMap<>();
        for (Map<String, Object> row : consolidationRows(as, f.count())) {
            boolean withheld = false;
            for (Map<String, Object> figure : (List<Map<String, Object>>) row.get("figures")) {
                put(tables.computeIfAbsent(((Number) figure.get("reportId")).longValue(), k -> new HashMap<>()),
                        cell(row), figure);
                withheld |= (Boolean) figure.get("suppressed");
            }
            Map<String, Object> stored = (Map<String, Object>) row.get("stored");
            if (stored != null) {
                put(tables.computeIfAbsent(0L, k -> new HashMap<>()), cell(row), stored);
                withheld |= (Boolean) stored.get("suppressed");
            }
            // whether figures agree or conflict would tell of a withheld one: not told then, told otherwise
            assertEquals(withheld, row.get("conflict") == null, "conflict is null exactly when withheld: " + row);
        }
        return tables;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, BigDecimal> fromReport(RequestSpecification as, long report, long indicator) {
        Map<String, BigDecimal> table = new HashMap<>();
        List<Map<String, Object>> values = as.when().get(REPORTS + "/" + report).then().statusCode(200).extract()
                .jsonPath().getList("values");
        for (Map<String, Object> v : values) {
            if (((Number) ((Map<String, Object>) v.get("indicator")).get("id")).longValue() == indicator) {
                put(table, cell(v), v);
            }
        }
        return table;
    }

    /** The stored values of the count as the value list shows them, by cell. */
    @SuppressWarnings("unchecked")
    private static Map<String, BigDecimal> fromList(RequestSpecification as) {
        Map<String, BigDecimal> table = new HashMap<>();
        List<Map<String, Object>> items = as.queryParam("indicatorId", f.count()).queryParam("size", 100).when()
                .get("/api/v1/indicator-values").then().statusCode(200).extract().jsonPath().getList("items");
        items.forEach(v -> put(table, cell(v), v));
        return table;
    }

    // ---------------------------------------------------------------- the attacker

    /** The additive groups of a table: each unit's sexes, the province's districts in each sex, its areas. */
    private static List<List<String>> groups() {
        List<List<String>> groups = new ArrayList<>();
        List<String> units = new ArrayList<>(f.districts());
        units.add(HUE);
        for (String u : units) {
            groups.add(List.of(key(u, "ALL"), key(u, "FEMALE"), key(u, "MALE")));
        }
        for (String sex : List.of("ALL", "FEMALE", "MALE")) {
            List<String> g = new ArrayList<>();
            g.add(key(HUE, sex));
            f.districts().forEach(d -> g.add(key(d, sex)));
            groups.add(g);
        }
        groups.add(List.of(key(HUE, "ALL"), key(HUE, "URBAN"), key(HUE, "RURAL")));
        return groups;
    }

    /**
     * Subtracts known siblings from known totals in {@code tables} taken as one table (the same figures), only in
     * groups the tables hold whole; fails when a small count shows or a withheld cell is recovered. Answers the
     * withheld cells.
     */
    private static Set<String> attack(String what, List<Map<String, BigDecimal>> tables) {
        Map<String, BigDecimal> known = new HashMap<>();
        Set<String> present = new HashSet<>();
        Set<String> withheld = new HashSet<>();
        for (Map<String, BigDecimal> table : tables) {
            table.forEach((cell, value) -> {
                present.add(cell);
                if (value == null) {
                    withheld.add(cell);
                } else {
                    assertFalse(value.signum() > 0 && value.compareTo(BigDecimal.valueOf(K)) < 0,
                            what + ": a count from 1 to k-1 shows: " + cell + " = " + value);
                    known.put(cell, value);
                }
            });
        }
        Subtraction.recover(what, known, withheld, groups().stream().filter(present::containsAll).toList());
        return withheld;
    }

    // ---------------------------------------------------------------- the consolidation and the reports

    @Test
    void the_consolidation_and_the_reports_withhold_the_same_figures_and_none_can_be_recovered() {
        Map<Long, Map<String, BigDecimal>> consolidation = fromConsolidation(planner());
        Map<String, BigDecimal> police = consolidation.get(f.policeReport());
        Map<String, BigDecimal> welfare = consolidation.get(f.welfareReport());
        Map<String, BigDecimal> stored = consolidation.get(0L);
        // each report by itself, and the police's figures (equal to the stored ones) with the stored values and the
        // value list: a published report never gives back what the stored values withhold
        Set<String> policeWithheld = attack("police", List.of(police));
        Set<String> welfareWithheld = attack("welfare", List.of(welfare));
        Map<String, BigDecimal> list = fromList(planner());
        attack("police with the stored values", List.of(police, stored, list));
        assertTrue(policeWithheld.contains(key(f.districts().get(0), "FEMALE")), policeWithheld.toString());
        assertTrue(policeWithheld.contains(key(HUE, "URBAN")), policeWithheld.toString());
        assertTrue(welfareWithheld.containsAll(Set.of(key(f.districts().get(2), "FEMALE"),
                key(f.districts().get(2), "MALE"))), welfareWithheld.toString());
        // at least one more in each group holding a small count: the welfare office's district total 7 is small
        // itself, and its province's sexes lose one to protect it
        assertTrue(welfareWithheld.size() > 3, welfareWithheld.toString());
        // the stored values are withheld as in the value list, and a figure under a withheld stored value with them
        stored.forEach((cell, value) -> assertEquals(list.get(cell), value, "as the list shows " + cell));
        stored.forEach((cell, value) -> {
            if (value == null && police.containsKey(cell)) {
                assertNull(police.get(cell), "a figure under a withheld stored value is withheld: " + cell);
            }
        });
        // a report read by itself, and the answer of its acceptance, withhold exactly what the consolidation does
        assertEquals(police, fromReport(planner(), f.policeReport(), f.count()));
        assertEquals(welfare, fromReport(planner(), f.welfareReport(), f.count()));
    }

    @Test
    void a_rate_reported_with_a_withheld_numerator_is_withheld() {
        Map<String, Object> row = consolidationRows(planner(), f.rate()).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> figure = ((List<Map<String, Object>>) row.get("figures")).get(0);
        assertNull(figure.get("value"), row.toString());
        assertEquals(true, figure.get("suppressed"));
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = (Map<String, Object>) row.get("stored");
        assertNull(stored.get("value"), "the stored rate of a district whose count is small");
        assertNull(row.get("conflict"));
    }

    @Test
    void with_the_grant_every_figure_shows_and_the_flags_are_told() {
        List<Map<String, Object>> rows = consolidationRows(plannerWithGrant(), f.count());
        Map<Long, Map<String, BigDecimal>> tables = fromConsolidation(plannerWithGrant());
        tables.values().forEach(t -> t.forEach((cell, value) -> assertNotNull(value, cell)));
        assertEquals(BigDecimal.valueOf(3), tables.get(f.policeReport()).get(key(f.districts().get(0), "FEMALE")));
        assertEquals(BigDecimal.valueOf(4), tables.get(f.welfareReport()).get(key(f.districts().get(2), "FEMALE")));
        rows.forEach(r -> assertNotNull(r.get("conflict"), r.toString()));
        Map<String, Object> total = rows.stream().filter(r -> key(HUE, "ALL").equals(cell(r))).findFirst().orElseThrow();
        assertEquals(false, total.get("agree"), "72 and 70");
        assertEquals(true, total.get("conflict"), "70 against the stored 72");
        assertEquals(BigDecimal.valueOf(3), fromReport(plannerWithGrant(), f.policeReport(), f.count())
                .get(key(f.districts().get(0), "FEMALE")));
    }

    @Test
    void the_reporting_agency_reads_its_own_figures_and_no_one_else_s() {
        RequestSpecification officer = Tokens.as("officer", HUE, f.policeCode());
        Map<String, BigDecimal> own = fromReport(officer, f.policeReport(), f.count());
        own.forEach((cell, value) -> assertNotNull(value, "its own figure " + cell));
        Map<Long, Map<String, BigDecimal>> consolidation = fromConsolidation(officer);
        assertEquals(own, consolidation.get(f.policeReport()));
        assertNull(consolidation.get(f.welfareReport()).get(key(f.districts().get(2), "FEMALE")));
        assertNull(consolidation.get(0L).get(key(f.districts().get(0), "FEMALE")), "the stored value stays withheld");
    }

    @Test
    void the_evidence_of_a_report_with_withheld_figures_is_withheld_with_them() {
        String files = REPORTS + "/" + f.draft() + "/attachments";
        long file = Tokens.withSensitiveData("admin", null, null).contentType("application/octet-stream")
                .queryParam("name", "danh-sach.csv").body("ho_ten,tuoi\nA,9\nB,11\nC,12\n".getBytes(StandardCharsets.UTF_8))
                .when().post(files).then().statusCode(201).extract().jsonPath().getLong("id");
        plannerWithGrant().when().get(files).then().statusCode(200).body("[0].id", is((int) file));
        plannerWithGrant().when().get("/api/v1/attachments/" + file + "/content").then().statusCode(200);
        // the report's small counts are withheld from the planner without the grant, and so are its files
        planner().when().get(files).then().statusCode(403).body("code", is("FORBIDDEN"));
        planner().when().get("/api/v1/attachments/" + file).then().statusCode(403);
        planner().when().get("/api/v1/attachments/" + file + "/content").then().statusCode(403);
        // the police's report: closed to an administrator without the grant, open to its own officers
        admin().when().get(REPORTS + "/" + f.policeReport() + "/attachments").then().statusCode(403);
        Tokens.as("officer", HUE, f.policeCode()).when().get(REPORTS + "/" + f.policeReport() + "/attachments").then()
                .statusCode(200);
    }

    @Test
    void a_planner_without_the_grant_keeps_a_withheld_figure_by_sending_no_value() {
        String female = key(f.districts().get(0), "FEMALE");
        assertNull(fromReport(planner(), f.draft(), f.count()).get(female));
        Map<String, Object> kept = figure(f.count(), f.unitIds().get(f.districts().get(0)), "FEMALE", 0);
        kept.remove("value");
        Map<String, Object> changed = figure(f.count(), f.unitIds().get(f.districts().get(0)), "ALL", 26);
        int version = admin().when().get(REPORTS + "/" + f.draft()).then().extract().jsonPath().getInt("version");
        edit(planner(), f.draft(), version, Map.of("difficulties", "Bổ sung", "values", List.of(kept, changed)))
                .statusCode(200).body("values.find { it.sex == 'FEMALE' }.value", nullValue())
                .body("values.find { it.sex == 'FEMALE' }.suppressed", is(true));
        Map<String, BigDecimal> seen = fromReport(plannerWithGrant(), f.draft(), f.count());
        assertEquals(BigDecimal.valueOf(3), seen.get(female), "kept as it was");
        assertEquals(BigDecimal.valueOf(26), seen.get(key(f.districts().get(0), "ALL")));
        // no value where the report holds no figure to keep
        Map<String, Object> missing = figure(f.count(), f.unitIds().get(f.districts().get(1)), "FEMALE", 0);
        missing.remove("value");
        edit(planner(), f.draft(), version + 1, Map.of("values", List.of(kept, missing))).statusCode(422)
                .body("violations.find { it.field == 'values[1].value' }.code", is("NotNull"));
    }

    // ---------------------------------------------------------------- the consolidated report

    /** The figure and stored-value cells of the count's rows in the consolidated report's figures table. */
    private static List<String> documentCells(RequestSpecification as) throws Exception {
        byte[] docx = as.queryParam("periodCode", "2016").queryParam("format", "docx")
                .when().get("/api/v1/plans/" + f.plan() + "/consolidated-report").then().statusCode(200).extract()
                .asByteArray();
        List<String> cells = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().size() == 5
                            && t.getRow(0).getCell(3).getText().startsWith("Số liệu các cơ quan")).findFirst()
                    .orElseThrow();
            boolean inCount = false;
            for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                String name = row.getCell(1).getText();
                if (!name.isEmpty()) {
                    inCount = name.startsWith(f.countName());
                }
                if (inCount) {
                    cells.add(row.getCell(3).getText());
                    cells.add(row.getCell(4).getText());
                }
            }
        }
        assertFalse(cells.isEmpty());
        return cells;
    }

    /** The numbers a cell of the document writes (Vietnamese: 1.234,5), before each agency's name in brackets. */
    private static List<BigDecimal> numbers(String cell) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\p{L}\\d])(\\d[\\d.]*(?:,\\d+)?)(?= \\()").matcher(cell);
        while (m.find()) {
            out.add(new BigDecimal(m.group(1).replace(".", "").replace(',', '.')));
        }
        return out;
    }

    @Test
    void the_consolidated_report_writes_withheld_figures_as_withheld() throws Exception {
        List<String> cells = documentCells(planner());
        for (String cell : cells) {
            for (BigDecimal n : numbers(cell)) {
                assertFalse(n.signum() > 0 && n.compareTo(BigDecimal.valueOf(K)) < 0, "a small count in " + cell);
            }
        }
        assertTrue(cells.stream().anyMatch(c -> c.contains(WITHHELD_DOC)), cells.toString());
        List<String> granted = documentCells(plannerWithGrant());
        assertTrue(granted.stream().noneMatch(c -> c.contains(WITHHELD_DOC)), granted.toString());
        assertTrue(granted.stream().anyMatch(c -> numbers(c).contains(BigDecimal.valueOf(3))), granted.toString());
    }

    // ---------------------------------------------------------------- an import's summary

    private static ValidatableResponse csv(RequestSpecification as, int value, String query) {
        String row = f.countCode() + "," + f.districts().get(0) + ",2016,FEMALE,,," + value + ",FINAL,,,\r\n";
        return as.contentType("text/csv").body((CSV_HEADER + row).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/indicator-values?dryRun=true" + query).then();
    }

    @Test
    void an_import_tells_nothing_of_a_withheld_value_whatever_the_guess() {
        // without the grant: refused alike, its right figure or not, and the refusal quotes no figure
        for (int guess : new int[] { 3, 4 }) {
            csv(planner(), guess, "").statusCode(422).body("summary.rejectedRows[0].code", is("FINAL_VALUE_LOCKED"))
                    .body("summary.rejectedRows[0].detail", not(org.hamcrest.Matchers.containsString("3")))
                    .body("summary.unchanged", is(0));
            // replacing it is a write either way, and the value replaced is not given
            csv(planner(), guess, "&overwriteFinal=true").statusCode(200).body("updated", is(1))
                    .body("unchanged", is(0)).body("replacedFinalValues[0].previousValue", nullValue())
                    .body("replacedFinalValues[0].previousSuppressed", is(true));
        }
        // with the grant the stored figure is told, and its own figure changes nothing
        csv(plannerWithGrant(), 3, "").statusCode(200).body("unchanged", is(1));
        csv(plannerWithGrant(), 4, "").statusCode(422)
                .body("summary.rejectedRows[0].detail", is("the stored FINAL value is 3.0000"));
        csv(plannerWithGrant(), 4, "&overwriteFinal=true").statusCode(200)
                .body("replacedFinalValues[0].previousValue", is(3))
                .body("replacedFinalValues[0].previousSuppressed", is(false));
    }

    // ---------------------------------------------------------------- a write's answer, the audit trail

    /**
     * A write over a value withheld from the caller (writing does not need the grant) answers a new version whatever
     * figure it sends: were the stored figure sent again no write, the unchanged version would tell the caller that
     * they guessed it.
     */
    @Test
    void a_write_over_a_withheld_value_is_a_write_even_with_the_same_figure() {
        long district = f.unitIds().get(f.districts().get(0));
        JsonPath v = admin().queryParam("indicatorId", f.count()).queryParam("unitId", district).queryParam("size", 10)
                .when().get("/api/v1/indicator-values").then().statusCode(200).extract().jsonPath();
        long id = v.getLong("items.find { it.sex == 'FEMALE' }.id");
        int version = v.getInt("items.find { it.sex == 'FEMALE' }.version");
        Map<String, Object> same = stored(f.count(), district, "FEMALE", 3);
        same.put("sourceKind", "MANUAL");
        int written = put(planner(), id, version, same);
        assertEquals(version + 1, written);
        assertEquals(written + 1, put(planner(), id, written, same), "the stored figure again: a write all the same");
        planner().when().get("/api/v1/indicator-values/" + id).then().body("value", nullValue())
                .body("version", is(written + 1));
    }

    private static int put(RequestSpecification as, long id, int version, Object body) {
        return as.contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body).when()
                .put("/api/v1/indicator-values/" + id).then().statusCode(200).extract().jsonPath().getInt("version");
    }

    @Test
    void the_audit_trail_withholds_the_figures_of_a_sensitive_indicator() {
        long district = f.unitIds().get(f.districts().get(0));
        long id = admin().queryParam("indicatorId", f.count()).queryParam("unitId", district).queryParam("size", 10)
                .when().get("/api/v1/indicator-values").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.sex == 'FEMALE' }.id");
        planner().queryParam("entity", "indicator-value").queryParam("entityId", id).when().get("/api/v1/audit")
                .then().statusCode(200).body("items[0].after.value", nullValue())
                .body("items[0].after.suppressed", is(true)).body("items[0].after.confidentiality", is("PRIMARY"));
        plannerWithGrant().queryParam("entity", "indicator-value").queryParam("entityId", id).when()
                .get("/api/v1/audit").then().statusCode(200).body("items[0].after.value", is(3));
        JsonPath report = planner().queryParam("entity", "report").queryParam("entityId", f.policeReport()).when()
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        List<Object> figures = report.getList("items.after.values.flatten().findAll { it.indicator.id == "
                + f.count() + " }.value");
        assertFalse(figures.isEmpty());
        figures.forEach(value -> assertNull(value, "every past figure of a sensitive count is withheld"));
        List<Object> granted = plannerWithGrant().queryParam("entity", "report").queryParam("entityId", f.policeReport())
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath()
                .getList("items.after.values.flatten().findAll { it.indicator.id == " + f.count() + " }.value");
        assertTrue(granted.contains(3), granted.toString());
    }
}
