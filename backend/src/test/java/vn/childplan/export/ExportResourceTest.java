package vn.childplan.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * The CSV export of indicator values with real tokens, on data of its own: two fresh indicators (A in %, with a comma
 * and quotes in its Vietnamese name; B a count), values in Thừa Thiên Huế (46), its district Phú Vang (478) and Hải
 * Dương (30), and a Huế plan whose one target is on A. Every request names the fresh indicators or the plan, so the
 * demo data and other tests' values never show up.
 */
@QuarkusTest
class ExportResourceTest {
    private static final String EXPORT = "/api/v1/exports/indicator-values";
    private static final String A_NAME = "Tỷ lệ trẻ em \"đủ mũi\", dưới 1 tuổi";
    private static Fixture f;

    record Fixture(long a, long b, String aCode, String bCode, long hue, long phuVang, long haiDuong, long plan) {
    }

    static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    static RequestSpecification planner(String unit) {
        return Tokens.as("planner", unit, null);
    }

    @BeforeEach
    void data() {
        if (f != null) {
            return;
        }
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        long a = created("/api/v1/indicators", Map.of("code", "EXP_" + tag + "_A", "nameVi", A_NAME,
                "nameEn", "Children under 1 fully immunised", "unit", "%", "direction", "HIGHER_IS_BETTER"));
        long b = created("/api/v1/indicators", Map.of("code", "EXP_" + tag + "_B", "nameVi", "Số trẻ em được khám",
                "nameEn", "Children examined", "unit", "trẻ em", "direction", "HIGHER_IS_BETTER"));
        long hue = unit("PROVINCE", "46");
        long phuVang = unit("DISTRICT", "478");
        long haiDuong = unit("PROVINCE", "30");
        long issuer = created("/api/v1/agencies", Map.of("name", "UBND xuất số liệu " + tag, "kind", "STATE_AGENCY",
                "unitId", hue));
        long plan = created("/api/v1/documents", new HashMap<>(Map.of("kind", "PLAN", "title", "Kế hoạch xuất " + tag,
                "issuerId", issuer, "unitId", hue, "periodFromYear", 2015, "periodToYear", 2016, "status", "DRAFT",
                "implementsIds", List.of())));
        long objective = created("/api/v1/objectives", Map.of("documentId", plan, "kind", "SPECIFIC", "text", "Mục tiêu"));
        created("/api/v1/targets", Map.of("objectiveId", objective, "indicatorId", a, "comparator", "GE", "value", 95,
                "targetYear", 2016));
        Map<String, Object> first = value(a, hue, "2016", "96.5", "FINAL");
        first.put("sourceName", "Sở Y tế, Huế");
        first.put("evidence", "Báo cáo \"12/BC-SYT\"\nbảng 3");
        created("/api/v1/indicator-values", first);
        created("/api/v1/indicator-values", value(a, hue, "2016-H1", "95.25", "ESTIMATE"));
        created("/api/v1/indicator-values", value(a, hue, "2015", "94", "FINAL"));
        created("/api/v1/indicator-values", value(a, phuVang, "2016", "90.0", "FINAL"));
        created("/api/v1/indicator-values", value(a, haiDuong, "2016", "88", "FINAL"));
        created("/api/v1/indicator-values", value(b, hue, "2016", "2500", "FINAL"));
        Map<String, Object> girls = value(b, hue, "2016", "1200", "FINAL");
        girls.put("sex", "FEMALE");
        created("/api/v1/indicator-values", girls);
        f = new Fixture(a, b, "EXP_" + tag + "_A", "EXP_" + tag + "_B", hue, phuVang, haiDuong, plan);
    }

    private static long created(String path, Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static Map<String, Object> value(long indicator, long unit, String period, String value, String status) {
        return new HashMap<>(Map.of("indicatorId", indicator, "unitId", unit, "periodCode", period, "value",
                new java.math.BigDecimal(value), "status", status));
    }

    private static long unit(String level, String code) {
        return admin().queryParam("level", level).queryParam("code", code).queryParam("validOn", "2016-06-01")
                .when().get("/api/v1/admin-units").then().statusCode(200).body("totalItems", is(1))
                .extract().jsonPath().getLong("items[0].id");
    }

    private static ValidatableResponse export(RequestSpecification as, Map<String, ?> params) {
        return as.accept("text/csv").header("Prefer", "count=exact").queryParams(params).when().get(EXPORT).then();
    }

    private static Map<String, Object> both() {
        return new HashMap<>(Map.of("indicatorId", List.of(f.a, f.b)));
    }

    /** The rows of a successful export (header dropped), after checking it is CSV with a count that matches. */
    private static List<List<String>> rows(RequestSpecification as, Map<String, ?> params) {
        ExtractableResponse<Response> r = export(as, params).statusCode(200)
                .contentType("text/csv;charset=UTF-8").extract();
        List<List<String>> table = parse(r.asString());
        assertEquals(ValueColumns.NAMES, table.get(0));
        assertEquals(Long.parseLong(r.header("X-Total-Count")), table.size() - 1, "X-Total-Count is the row count");
        return table.subList(1, table.size());
    }

    /** unit code, period code and sex of each row: enough to tell the rows of the fixture apart. */
    private static List<String> keys(List<List<String>> rows) {
        return rows.stream().map(r -> r.get(0).substring(r.get(0).length() - 1) + " " + r.get(3) + " " + r.get(6)
                + " " + r.get(10)).toList();
    }

    /** An RFC 4180 reader, strict about CRLF between records, so the test also checks the line ends. */
    static List<List<String>> parse(String csv) {
        List<List<String>> table = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertEquals('\n', csv.charAt(i + 1), "records end with CRLF");
                i++;
                row.add(field.toString());
                field.setLength(0);
                table.add(row);
                row = new ArrayList<>();
            } else {
                assertTrue(c != '\n', "a bare LF outside quotes");
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.length() == 0, "the file ends with CRLF");
        return table;
    }

    @Test
    void the_rows_are_counted_only_when_the_client_prefers_it() {
        // counting millions of rows first would hold back the first byte: scripts that stream need no count
        admin().accept("text/csv").queryParams(both()).when().get(EXPORT).then().statusCode(200)
                .header("X-Total-Count", nullValue()).header("Preference-Applied", nullValue());
        admin().accept("text/csv").header("Prefer", "respond-async, count=\"exact\"; strict").queryParams(both())
                .when().get(EXPORT).then().statusCode(200).header("X-Total-Count", "7")
                .header("Preference-Applied", "count=exact");
        admin().accept("text/csv").header("Prefer", "count=exactly").queryParams(both()).when().get(EXPORT).then()
                .statusCode(200).header("X-Total-Count", nullValue());
    }

    @Test
    void the_file_has_the_header_and_one_row_per_value_in_a_fixed_order() {
        ExtractableResponse<Response> r = export(admin(), both()).statusCode(200)
                .header("Content-Disposition", matchesRegex("attachment; filename=\"indicator-values-20[0-9]{6}\\.csv\""))
                .header("X-Total-Count", "7").extract();
        String body = r.asString();
        assertTrue(body.startsWith(String.join(",", ValueColumns.NAMES) + "\r\n"), body);
        // names with a comma or quotes are quoted with the quotes doubled; a line break inside a field stays in it
        assertTrue(body.contains(f.aCode + ",\"Tỷ lệ trẻ em \"\"đủ mũi\"\", dưới 1 tuổi\",%,46,"), body);
        assertTrue(body.contains(",\"Sở Y tế, Huế\",,\"Báo cáo \"\"12/BC-SYT\"\"\nbảng 3\","), body);
        List<List<String>> rows = rows(admin(), both());
        assertEquals(List.of("A 30 2016 ALL", "A 46 2015 ALL", "A 46 2016-H1 ALL", "A 46 2016 ALL", "A 478 2016 ALL",
                "B 46 2016 ALL", "B 46 2016 FEMALE"), keys(rows));
        List<String> first = rows.get(3);
        assertEquals(List.of(f.aCode, A_NAME, "%", "46"), first.subList(0, 4));
        assertEquals(List.of("PROVINCE", "2016", "YEAR", "2016-01-01", "2016-12-31", "ALL", "ALL", "ALL", "96.5", "FINAL",
                "MANUAL", "Sở Y tế, Huế", "", "Báo cáo \"12/BC-SYT\"\nbảng 3", "admin-null-subject"),
                first.subList(5, 20));
        assertTrue(first.get(20).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"), first.get(20));
        assertTrue(first.get(21).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"), first.get(21));
        // figures are plain decimals with a dot, without the stored scale's trailing zeros
        assertEquals(List.of("88", "94", "95.25", "96.5", "90", "2500", "1200"), rows.stream().map(x -> x.get(13)).toList());
        assertEquals("DISTRICT", rows.get(4).get(5));
        // the same data exports the same file
        assertEquals(body, export(admin(), both()).statusCode(200).extract().asString());
    }

    @Test
    void bom_true_prefixes_a_utf8_byte_order_mark_and_scripts_get_none() {
        byte[] withBom = export(admin(), Map.of("indicatorId", f.b, "bom", "true")).statusCode(200).extract().asByteArray();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(withBom, 3));
        byte[] without = export(admin(), Map.of("indicatorId", f.b)).statusCode(200).extract().asByteArray();
        assertEquals("indicator_code,", new String(without, 0, 15, StandardCharsets.UTF_8));
        assertArrayEquals(without, Arrays.copyOfRange(withBom, 3, withBom.length));
    }

    @Test
    void filters_narrow_the_rows() {
        Map<String, Object> p = both();
        p.put("unitId", f.hue);
        assertEquals(List.of("A 46 2015 ALL", "A 46 2016-H1 ALL", "A 46 2016 ALL", "B 46 2016 ALL", "B 46 2016 FEMALE"),
                keys(rows(admin(), p)));
        p.put("descendants", "true");
        assertEquals(List.of("A 46 2015 ALL", "A 46 2016-H1 ALL", "A 46 2016 ALL", "A 478 2016 ALL", "B 46 2016 ALL",
                "B 46 2016 FEMALE"), keys(rows(admin(), p)));

        assertEquals(List.of("B 46 2016 ALL", "B 46 2016 FEMALE"), keys(rows(admin(), Map.of("indicatorId", f.b))));
        // the plan: the indicators of its targets (A only), in its unit and below (not Hải Dương)
        assertEquals(List.of("A 46 2015 ALL", "A 46 2016-H1 ALL", "A 46 2016 ALL", "A 478 2016 ALL"),
                keys(rows(admin(), Map.of("documentId", f.plan))));
        // periods overlapping the range
        assertEquals(List.of("A 46 2015 ALL"),
                keys(rows(admin(), Map.of("documentId", f.plan, "periodTo", "2015-12-31"))));
        assertEquals(List.of("A 46 2016 ALL", "A 478 2016 ALL"),
                keys(rows(admin(), Map.of("documentId", f.plan, "periodFrom", "2016-07-01", "periodTo", "2016-07-01"))));
        assertEquals(List.of("A 46 2016-H1 ALL"), keys(rows(admin(), Map.of("documentId", f.plan, "status", "ESTIMATE"))));
        // nothing matching is a file with the header only
        assertEquals(List.of(), rows(admin(), Map.of("indicatorId", f.b, "status", "ESTIMATE")));
    }

    @Test
    void each_caller_exports_exactly_the_rows_it_may_read() {
        assertEquals(List.of("A 30 2016 ALL"), keys(rows(planner("30"), both())));
        assertEquals(List.of(), rows(planner("30"), Map.of("indicatorId", f.b)));
        assertEquals(6, rows(planner("46"), both()).size());
        assertEquals(6, rows(Tokens.as("viewer", "46", null), both()).size());
        assertEquals(6, rows(Tokens.as("officer", "46", "HUE-SYT"), both()).size());
        assertEquals(7, rows(Tokens.as("integration", null, null), both()).size());
        // a district planner sees its district only
        assertEquals(List.of("A 478 2016 ALL"), keys(rows(planner("478"), both())));
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status, String code) {
        return r.statusCode(status).contentType("application/problem+json").body("code", is(code))
                .body("status", is(status));
    }

    @Test
    void malformed_parameters_are_400_naming_the_parameter() {
        problem(export(admin(), Map.of("indicatorId", "abc")), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("indicatorId"));
        problem(export(admin(), Map.of("unitId", "4.6", "documentId", "x")), 400, "VALIDATION_FAILED")
                .body("violations.field", containsInAnyOrder("unitId", "documentId"));
        problem(export(admin(), Map.of("periodFrom", "2016-13-01")), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("periodFrom"));
        problem(export(admin(), Map.of("periodFrom", "2016-07-01", "periodTo", "2016-06-30")), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("periodTo"));
        problem(export(admin(), Map.of("status", "BURNT")), 400, "VALIDATION_FAILED")
                .body("violations[0].field", is("status")).body("violations[0].message", containsString("FINAL"));
        problem(export(admin(), Map.of("unitId", f.hue, "descendants", "yes")), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("descendants"));
        problem(export(admin(), Map.of("descendants", "true")), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("descendants"));
        problem(export(admin(), Map.of("bom", "1")), 400, "VALIDATION_FAILED").body("violations.field", contains("bom"));
    }

    @Test
    void references_that_do_not_exist_or_lie_outside_the_scope_are_422() {
        problem(export(admin(), Map.of("indicatorId", List.of(f.a, 987654321L))), 422, "INVALID_REFERENCE")
                .body("violations[0].field", is("indicatorId"));
        problem(export(admin(), Map.of("unitId", 987654321L)), 422, "INVALID_REFERENCE")
                .body("violations[0].field", is("unitId"));
        problem(export(planner("30"), Map.of("unitId", f.hue)), 422, "INVALID_REFERENCE")
                .body("violations[0].field", is("unitId"));
        problem(export(planner("30"), Map.of("documentId", f.plan)), 422, "INVALID_REFERENCE")
                .body("violations[0].field", is("documentId"));
    }

    @Test
    void only_csv_is_answered_and_only_to_an_authenticated_caller() {
        problem(admin().accept(ContentType.JSON).queryParam("indicatorId", f.a).when().get(EXPORT).then(), 406,
                "NOT_ACCEPTABLE");
        problem(given().accept("text/csv").queryParam("indicatorId", f.a).when().get(EXPORT).then(), 401,
                "UNAUTHENTICATED").header("WWW-Authenticate", "Bearer");
        // a script that accepts anything gets the CSV
        admin().accept("*/*").queryParam("indicatorId", f.a).when().get(EXPORT).then().statusCode(200)
                .contentType("text/csv;charset=UTF-8");
    }
}
