package vn.childplan.value;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * Small-cell suppression end to end, on a realistic sensitive dataset of its own: a count of abused children in
 * Thừa Thiên Huế (46) and four of its districts for 2016, by sex, with the province's halves, and a rate whose
 * numerator it is. A Huế planner without the sensitive-data grant reads it through every path; an attacker then
 * subtracts every shown sibling from every shown total, again and again across the sex, unit and time groups, and
 * the test fails when it recovers a suppressed count, or when a count from 1 to k-1 shows anywhere. With the grant
 * the same planner sees every number; an indicator that is not sensitive keeps its small counts.
 */
@QuarkusTest
class SuppressionTest {
    private static final String VALUES = "/api/v1/indicator-values";
    private static final String EXPORT = "/api/v1/exports/indicator-values";
    private static final int K = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Fixture f;

    /** The dataset: indicator ids, the province and district codes and ids, and every stored count by cell. */
    record Fixture(long sensitive, long plain, long rate, long plan, String province, long provinceId,
            List<String> districts, Map<String, Long> unitIds, Map<String, BigDecimal> stored) {
    }

    private static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    private static RequestSpecification planner() {
        return Tokens.as("planner", "46", null);
    }

    private static RequestSpecification plannerWithGrant() {
        return Tokens.withSensitiveData("planner", "46", null);
    }

    /** A cell's key: unit code, period code and sex, as every path names them. */
    private static String key(String unit, String period, String sex) {
        return unit + "|" + period + "|" + sex;
    }

    @BeforeEach
    void data() {
        if (f != null) {
            return;
        }
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        long sensitive = indicator("SUP_" + tag + "_ABUSE", "trẻ em", Map.of("aggregation", "SUM", "sensitive", true));
        long plain = indicator("SUP_" + tag + "_PLAIN", "trẻ em", Map.of("aggregation", "SUM"));
        long population = indicator("SUP_" + tag + "_POP", "trẻ em", Map.of("aggregation", "SUM"));
        long rate = indicator("SUP_" + tag + "_RATE", "%", Map.of("aggregation", "RATIO", "numeratorIndicatorId",
                sensitive, "denominatorIndicatorId", population, "factor", 100));
        long province = admin().queryParam("level", "PROVINCE").queryParam("code", "46").queryParam("validOn", "2016-06-01")
                .when().get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        JsonPath districts = admin().queryParam("parentCode", "46").queryParam("validOn", "2016-06-01")
                .queryParam("size", 4).when().get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath();
        List<String> codes = districts.getList("items.code", String.class);
        assertEquals(4, codes.size(), "four districts of Thừa Thiên Huế in 2016");
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("46", province);
        for (int i = 0; i < codes.size(); i++) {
            ids.put(codes.get(i), districts.getLong("items[" + i + "].id"));
        }
        // total, girls, boys of each district: a small count among larger ones, two small and a small total, all
        // larger, and zeros; the province is their sum, its year the sum of its halves (the second one small)
        int[][] byDistrict = { { 25, 3, 22 }, { 40, 18, 22 }, { 7, 4, 3 }, { 0, 0, 0 } };
        Map<String, BigDecimal> stored = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        int[] province2016 = new int[3];
        String[] sexes = { "ALL", "FEMALE", "MALE" };
        for (int d = 0; d < codes.size(); d++) {
            for (int s = 0; s < 3; s++) {
                rows.add(row(sensitive, ids.get(codes.get(d)), "2016", sexes[s], byDistrict[d][s], stored, codes.get(d)));
                province2016[s] += byDistrict[d][s];
            }
        }
        for (int s = 0; s < 3; s++) {
            rows.add(row(sensitive, province, "2016", sexes[s], province2016[s], stored, "46"));
        }
        rows.add(row(sensitive, province, "2016-H1", "ALL", province2016[0] - 4, stored, "46"));
        rows.add(row(sensitive, province, "2016-H2", "ALL", 4, stored, "46"));
        // the same small counts on an indicator that is not sensitive, and a population with a rate for two districts
        Map<String, BigDecimal> ignored = new HashMap<>();
        rows.add(row(plain, ids.get(codes.get(0)), "2016", "FEMALE", 3, ignored, codes.get(0)));
        for (int d = 0; d < 3; d++) {
            rows.add(row(population, ids.get(codes.get(d)), "2016", "ALL", 1000, ignored, codes.get(d)));
            rows.add(row(rate, ids.get(codes.get(d)), "2016", "ALL", byDistrict[d][0] / 10.0, ignored, codes.get(d)));
        }
        admin().contentType(ContentType.JSON).body(Map.of("rows", rows)).when().post(VALUES + "/batch")
                .then().statusCode(200);

        long issuer = created("/api/v1/agencies", Map.of("name", "UBND bảo vệ trẻ em " + tag, "kind", "STATE_AGENCY",
                "unitId", province));
        long plan = created("/api/v1/documents", new HashMap<>(Map.of("kind", "PLAN", "title", "Kế hoạch phòng chống "
                + "xâm hại " + tag, "issuerId", issuer, "unitId", province, "periodFromYear", 2016, "periodToYear", 2016,
                "status", "DRAFT", "implementsIds", List.of())));
        long objective = created("/api/v1/objectives", Map.of("documentId", plan, "kind", "SPECIFIC", "text", "Giảm"));
        created("/api/v1/targets", Map.of("objectiveId", objective, "indicatorId", sensitive, "comparator", "LT",
                "value", 50, "targetYear", 2016, "sex", "FEMALE"));
        f = new Fixture(sensitive, plain, rate, plan, "46", province, codes, ids, stored);
    }

    private static Map<String, Object> row(long indicator, long unit, String period, String sex, double value,
            Map<String, BigDecimal> stored, String unitCode) {
        stored.put(key(unitCode, period, sex), BigDecimal.valueOf(value).stripTrailingZeros());
        return new HashMap<>(Map.of("indicatorId", indicator, "unitId", unit, "periodCode", period, "sex", sex,
                "value", value, "status", "FINAL"));
    }

    private static long indicator(String code, String unit, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.putAll(Map.of("code", code, "nameVi", "Số trẻ em bị xâm hại thử nghiệm", "nameEn", "Test", "unit", unit,
                "direction", "LOWER_IS_BETTER"));
        return created("/api/v1/indicators", body);
    }

    private static long created(String path, Object body) {
        return admin().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    // ---------------------------------------------------------------- what each path shows, by cell

    /** What a path shows of each cell: the number, or null when it says the cell is suppressed. */
    private static Map<String, BigDecimal> fromList(RequestSpecification as, long indicator) {
        JsonPath p = as.queryParam("indicatorId", indicator).queryParam("size", 100).when().get(VALUES)
                .then().statusCode(200).extract().jsonPath();
        Map<String, BigDecimal> shown = new HashMap<>();
        List<Map<String, Object>> items = p.getList("items");
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            String unit = (String) ((Map<String, Object>) item.get("unit")).get("code");
            Object value = item.get("value");
            boolean suppressed = (Boolean) item.get("suppressed");
            assertEquals(suppressed, value == null, "a value is null exactly when suppressed: " + item);
            assertEquals(suppressed, !"FREE".equals(item.get("confidentiality")), item.toString());
            shown.put(key(unit, (String) item.get("periodCode"), (String) item.get("sex")),
                    value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros());
        }
        return shown;
    }

    private static Map<String, BigDecimal> fromGet(RequestSpecification as, long indicator) {
        List<Integer> ids = admin().queryParam("indicatorId", indicator).queryParam("size", 100).when().get(VALUES)
                .then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class);
        Map<String, BigDecimal> shown = new HashMap<>();
        for (int id : ids) {
            JsonPath p = as.when().get(VALUES + "/" + id).then().statusCode(200).extract().jsonPath();
            Object value = p.get("value");
            shown.put(key(p.getString("unit.code"), p.getString("periodCode"), p.getString("sex")),
                    value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros());
        }
        return shown;
    }

    private static String export(RequestSpecification as, long indicator, String format) {
        return as.queryParam("indicatorId", indicator).queryParam("format", format).when().get(EXPORT)
                .then().statusCode(200).extract().asString();
    }

    private static Map<String, BigDecimal> fromCsv(RequestSpecification as, long indicator) {
        String[] lines = export(as, indicator, "csv").split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        Map<String, BigDecimal> shown = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split(",", -1);
            String value = c[header.indexOf("value")];
            String conf = c[header.indexOf("confidentiality")];
            assertEquals(value.isEmpty(), !conf.equals("F"), "CSV: empty exactly when C or D: " + lines[i]);
            shown.put(key(c[header.indexOf("unit_code")], c[header.indexOf("period_code")], c[header.indexOf("sex")]),
                    value.isEmpty() ? null : new BigDecimal(value).stripTrailingZeros());
        }
        return shown;
    }

    private static Map<String, BigDecimal> fromSdmx(RequestSpecification as, long indicator) {
        String[] lines = export(as, indicator, "sdmx-csv").split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        Map<String, String> sexes = Map.of("_T", "ALL", "F", "FEMALE", "M", "MALE");
        Map<String, BigDecimal> shown = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split(",", -1);
            String value = c[header.indexOf("OBS_VALUE")];
            String conf = c[header.indexOf("CONF_STATUS")];
            assertTrue(Set.of("F", "C", "D").contains(conf), lines[i]);
            assertEquals(value.isEmpty(), !conf.equals("F"), "SDMX: empty exactly when C or D: " + lines[i]);
            String period = c[header.indexOf("TIME_PERIOD")].replace("-S", "-H");
            shown.put(key(c[header.indexOf("REF_AREA")], period, sexes.get(c[header.indexOf("SEX")])),
                    value.isEmpty() ? null : new BigDecimal(value).stripTrailingZeros());
        }
        return shown;
    }

    private static Map<String, BigDecimal> fromNdjson(RequestSpecification as, long indicator) throws Exception {
        Map<String, BigDecimal> shown = new HashMap<>();
        for (String line : export(as, indicator, "ndjson").split("\n")) {
            JsonNode row = JSON.readTree(line);
            JsonNode value = row.get("value");
            assertEquals(value.isNull(), !"F".equals(row.get("confidentiality").asText()), line);
            shown.put(key(row.get("unit_code").asText(), row.get("period_code").asText(), row.get("sex").asText()),
                    value.isNull() ? null : value.decimalValue().stripTrailingZeros());
        }
        return shown;
    }

    private static Map<String, BigDecimal> fromXlsx(RequestSpecification as, long indicator) throws Exception {
        byte[] file = as.queryParam("indicatorId", indicator).queryParam("format", "xlsx").when().get(EXPORT)
                .then().statusCode(200).extract().asByteArray();
        Map<String, BigDecimal> shown = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                Cell value = r.getCell(header.indexOf("Giá trị"));
                boolean blank = value == null || value.getCellType() == CellType.BLANK;
                assertEquals(blank, !"F".equals(r.getCell(header.indexOf("Bảo mật")).getStringCellValue()), "row " + i);
                shown.put(key(r.getCell(header.indexOf("Mã đơn vị hành chính")).getStringCellValue(),
                        r.getCell(header.indexOf("Mã kỳ")).getStringCellValue(),
                        r.getCell(header.indexOf("Giới tính")).getStringCellValue()),
                        blank ? null : BigDecimal.valueOf(value.getNumericCellValue()).stripTrailingZeros());
            }
        }
        return shown;
    }

    /** The roll-up of the total for the province and its child units, as cells of the total (sex ALL). */
    private static Map<String, BigDecimal> fromRollup(RequestSpecification as, long indicator) {
        JsonPath p = as.queryParam("periodCode", "2016").queryParam("unitId", f.provinceId()).when()
                .get("/api/v1/indicators/" + indicator + "/rollup").then().statusCode(200).extract().jsonPath();
        Map<String, BigDecimal> shown = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>(p.getList("children"));
        rows.add(p.getMap("total"));
        for (Map<String, Object> row : rows) {
            Object value = row.get("value");
            @SuppressWarnings("unchecked")
            String unit = (String) ((Map<String, Object>) row.get("unit")).get("code");
            if (value == null) {
                assertTrue("MISSING".equals(row.get("status")) || Boolean.TRUE.equals(row.get("suppressed")),
                        "a row without a figure is missing or says it is withheld: " + row);
            }
            if (!"MISSING".equals(row.get("status"))) {
                shown.put(key(unit, "2016", "ALL"), value == null ? null : new BigDecimal(value.toString())
                        .stripTrailingZeros());
            }
        }
        return shown;
    }

    // ---------------------------------------------------------------- the attacker

    /**
     * The additive groups of the dataset, each a total and its parts: a unit's sexes, the province's districts in
     * each sex, the province's year and its halves.
     */
    private static List<List<String>> groups() {
        List<List<String>> groups = new ArrayList<>();
        List<String> units = new ArrayList<>(f.districts());
        units.add(f.province());
        for (String u : units) {
            groups.add(List.of(key(u, "2016", "ALL"), key(u, "2016", "FEMALE"), key(u, "2016", "MALE")));
        }
        for (String sex : List.of("ALL", "FEMALE", "MALE")) {
            List<String> g = new ArrayList<>();
            g.add(key(f.province(), "2016", sex));
            f.districts().forEach(d -> g.add(key(d, "2016", sex)));
            groups.add(g);
        }
        groups.add(List.of(key(f.province(), "2016", "ALL"), key(f.province(), "2016-H1", "ALL"),
                key(f.province(), "2016-H2", "ALL")));
        return groups;
    }

    /**
     * Combines what the paths show, checks that no shown count is a small one and that no path shows a number
     * another withholds, then subtracts known siblings from known totals until nothing more can be learnt; fails
     * naming any suppressed cell it recovers. Answers the suppressed cells.
     */
    private static Set<String> attack(List<Map<String, BigDecimal>> paths) {
        Map<String, BigDecimal> known = new HashMap<>();
        Set<String> suppressed = new HashSet<>();
        for (Map<String, BigDecimal> shown : paths) {
            shown.forEach((cell, value) -> {
                if (value == null) {
                    suppressed.add(cell);
                } else {
                    assertFalse(value.signum() > 0 && value.compareTo(BigDecimal.valueOf(K)) < 0,
                            "a count from 1 to k-1 shows: " + cell + " = " + value);
                    assertEquals(f.stored().get(cell), value, "shown as stored: " + cell);
                    known.put(cell, value);
                }
            });
        }
        for (String cell : suppressed) {
            assertNull(known.get(cell), "one path withholds " + cell + ", another shows it");
        }
        Subtraction.recover("every path", known, suppressed, groups());
        return suppressed;
    }

    // ---------------------------------------------------------------- the tests

    @Test
    void no_path_shows_a_small_count_and_no_suppressed_count_can_be_recovered_from_all_of_them_together()
            throws Exception {
        List<Map<String, BigDecimal>> paths = List.of(fromList(planner(), f.sensitive()),
                fromGet(planner(), f.sensitive()), fromCsv(planner(), f.sensitive()),
                fromSdmx(planner(), f.sensitive()), fromNdjson(planner(), f.sensitive()),
                fromXlsx(planner(), f.sensitive()), fromRollup(planner(), f.sensitive()));
        for (Map<String, BigDecimal> path : paths.subList(0, 6)) {
            assertEquals(f.stored().keySet(), path.keySet(), "every stored cell is listed, shown or not");
        }
        Set<String> suppressed = attack(paths);
        String d1 = f.districts().get(0);
        // the small counts themselves, and at least one more in each of their groups
        assertTrue(suppressed.containsAll(Set.of(key(d1, "2016", "FEMALE"), key(f.districts().get(2), "2016", "ALL"),
                key(f.province(), "2016-H2", "ALL"))), suppressed.toString());
        assertTrue(suppressed.size() > 6, suppressed.toString());
        // the same cells are withheld on every path (the first six list every cell)
        for (Map<String, BigDecimal> path : paths.subList(0, 6)) {
            assertEquals(suppressed, keysOfNull(path));
        }
    }

    private static Set<String> keysOfNull(Map<String, BigDecimal> path) {
        Set<String> out = new HashSet<>();
        path.forEach((k, v) -> {
            if (v == null) {
                out.add(k);
            }
        });
        return out;
    }

    @Test
    void with_the_grant_every_number_shows_on_every_path() throws Exception {
        for (Map<String, BigDecimal> path : List.of(fromList(plannerWithGrant(), f.sensitive()),
                fromCsv(plannerWithGrant(), f.sensitive()), fromSdmx(plannerWithGrant(), f.sensitive()),
                fromNdjson(plannerWithGrant(), f.sensitive()), fromXlsx(plannerWithGrant(), f.sensitive()))) {
            assertEquals(f.stored(), path);
        }
        fromRollup(plannerWithGrant(), f.sensitive()).forEach((cell, value) -> assertEquals(f.stored().get(cell), value));
    }

    @Test
    void an_admin_is_not_entitled_by_being_one() {
        assertTrue(keysOfNull(fromList(admin(), f.sensitive())).contains(key(f.districts().get(0), "2016", "FEMALE")));
    }

    @Test
    void an_indicator_that_is_not_sensitive_keeps_its_small_counts() {
        Map<String, BigDecimal> shown = fromList(planner(), f.plain());
        assertEquals(BigDecimal.valueOf(3), shown.get(key(f.districts().get(0), "2016", "FEMALE")));
        assertEquals(BigDecimal.valueOf(3), fromSdmx(planner(), f.plain()).get(key(f.districts().get(0), "2016", "FEMALE")),
                "OBS_VALUE 3, CONF_STATUS F");
    }

    @Test
    void a_rate_is_withheld_with_its_numerator_in_the_list_and_the_rollup() {
        planner().queryParam("indicatorId", f.rate()).queryParam("size", 100).when().get(VALUES).then()
                .statusCode(200)
                .body("items.find { it.unit.code == '" + f.districts().get(2) + "' }.value", nullValue())
                .body("items.find { it.unit.code == '" + f.districts().get(2) + "' }.suppressed", is(true));
        JsonPath rollup = planner().queryParam("periodCode", "2016").queryParam("unitId", f.provinceId()).when()
                .get("/api/v1/indicators/" + f.rate() + "/rollup").then().statusCode(200).extract().jsonPath();
        String small = "children.find { it.unit.code == '" + f.districts().get(2) + "' }";
        assertNull(rollup.get(small + ".value"));
        assertNull(rollup.get(small + ".numerator"));
        assertEquals(true, rollup.get(small + ".suppressed"));
        assertNotNull(rollup.get(small + ".denominator"), "the population is no one's secret");
    }

    @Test
    void plan_progress_and_the_plan_workbook_withhold_the_latest_value() throws Exception {
        long d1 = f.unitIds().get(f.districts().get(0));
        planner().queryParam("unitId", d1).queryParam("asOf", "2017-01-15").when()
                .get("/api/v1/plans/" + f.plan() + "/progress").then().statusCode(200)
                .body("targets[0].latest.value", nullValue()).body("targets[0].latest.suppressed", is(true));
        plannerWithGrant().queryParam("unitId", d1).queryParam("asOf", "2017-01-15").when()
                .get("/api/v1/plans/" + f.plan() + "/progress").then().statusCode(200)
                .body("targets[0].latest.value", is(3)).body("targets[0].latest.suppressed", is(false));
        // the workbook shows the plan's own unit (the province): its girls' figure only when the list shows it
        BigDecimal listed = fromList(planner(), f.sensitive()).get(key(f.province(), "2016", "FEMALE"));
        byte[] file = planner().when().get("/api/v1/exports/plans/" + f.plan()).then().statusCode(200).extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet targets = book.getSheet("Chỉ tiêu");
            List<String> header = new ArrayList<>();
            targets.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            Cell latest = targets.getRow(1).getCell(header.indexOf("Giá trị mới nhất"));
            if (listed == null) {
                assertTrue(latest == null || latest.getCellType() == CellType.BLANK, "withheld in the workbook");
                assertTrue(targets.getRow(1).getCell(header.indexOf("Ẩn số liệu nhỏ")).getStringCellValue()
                        .startsWith("Đã ẩn"));
            } else {
                assertEquals(listed, BigDecimal.valueOf(latest.getNumericCellValue()).stripTrailingZeros());
            }
        }
    }

    @Test
    void the_indicator_carries_its_flag() {
        admin().when().get("/api/v1/indicators/" + f.sensitive()).then().statusCode(200).body("sensitive", is(true));
        admin().when().get("/api/v1/indicators/" + f.plain()).then().statusCode(200).body("sensitive", is(false));
    }
}
