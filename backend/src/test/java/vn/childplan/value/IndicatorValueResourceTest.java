package vn.childplan.value;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * Reported indicator values with real tokens: admin and integration write any unit, planners and officers their own
 * scope (Thừa Thiên Huế, 46), viewers read only. Each test works on fresh indicators, so natural keys never collide
 * across tests sharing the database.
 */
@QuarkusTest
class IndicatorValueResourceTest {
    private static final String VALUES = "/api/v1/indicator-values";
    private static final String BATCH = VALUES + "/batch";
    private static final String HUE = "46";
    private static final String HAI_DUONG = "30";

    private long percent;
    private long count;
    private long hue;
    private long haiDuong;
    private long hueDistrict;

    static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    static RequestSpecification integration() {
        return Tokens.as("integration", null, null);
    }

    static RequestSpecification planner(String unit) {
        return Tokens.as("planner", unit, null);
    }

    static RequestSpecification viewer(String unit) {
        return Tokens.as("viewer", unit, null);
    }

    @BeforeEach
    void data() {
        percent = indicator("%");
        count = indicator("trẻ em");
        hue = unit("PROVINCE", HUE);
        haiDuong = unit("PROVINCE", HAI_DUONG);
        hueDistrict = unit("DISTRICT", "478"); // Huyện Phú Vang, parent 46
    }

    private static long unit(String level, String code) {
        return admin().queryParam("level", level).queryParam("code", code).queryParam("validOn", "2016-06-01")
                .when().get("/api/v1/admin-units")
                .then().statusCode(200).body("totalItems", is(1)).extract().jsonPath().getLong("items[0].id");
    }

    private static long indicator(String unit) {
        String code = "VAL_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        return admin().contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameVi", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ",
                        "nameEn", "Children under 1 fully immunised", "unit", unit, "direction", "HIGHER_IS_BETTER"))
                .when().post("/api/v1/indicators").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> value(long indicatorId, long unitId, String period, Object value) {
        Map<String, Object> m = new HashMap<>();
        m.put("indicatorId", indicatorId);
        m.put("unitId", unitId);
        m.put("periodCode", period);
        m.put("value", value);
        return m;
    }

    private static ValidatableResponse post(RequestSpecification as, String path, Object body) {
        return as.contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    private static long create(RequestSpecification as, Map<String, Object> body) {
        return post(as, VALUES, body).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status, String code) {
        return r.statusCode(status).contentType("application/problem+json").body("code", is(code))
                .body("status", is(status));
    }

    private ValidatableResponse listOf(RequestSpecification as, long indicatorId) {
        return as.queryParam("indicatorId", indicatorId).queryParam("size", 100).when().get(VALUES).then().statusCode(200);
    }

    @Test
    void a_value_is_reported_read_corrected_and_deleted_with_etags() {
        Map<String, Object> body = value(percent, hue, "2016-H1", 96.5);
        body.put("sourceName", "Sở Y tế");
        body.put("evidence", "Báo cáo số 12/BC-SYT");
        var created = post(admin(), VALUES, body).statusCode(201)
                .header("Location", matchesRegex(".*/api/v1/indicator-values/[0-9]+$"))
                .header("ETag", "\"0\"")
                .body("indicator.id", is((int) percent)).body("indicator.unit", is("%"))
                .body("unit.id", is((int) hue)).body("unit.code", is(HUE))
                .body("periodType", is("HALF_YEAR")).body("periodCode", is("2016-H1"))
                .body("periodStart", is("2016-01-01")).body("periodEnd", is("2016-06-30"))
                .body("sex", is("ALL")).body("ageGroup", is("ALL")).body("areaType", is("ALL"))
                .body("value", is(96.5f)).body("status", is("ESTIMATE")).body("sourceKind", is("MANUAL"))
                .body("sourceName", is("Sở Y tế")).body("evidence", is("Báo cáo số 12/BC-SYT"))
                .body("enteredBy", is("admin-null-subject")).body("version", is(0))
                .extract();
        long id = created.jsonPath().getLong("id");
        admin().when().get(created.header("Location")).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", is((int) id)).body("value", is(96.5f));

        Map<String, Object> corrected = value(percent, hue, "2016-H1", 97);
        corrected.put("status", "FINAL");
        problem(admin().contentType(ContentType.JSON).body(corrected).when().put(VALUES + "/" + id).then(),
                428, "PRECONDITION_REQUIRED");
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(corrected).when().put(VALUES + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("value", is(97)).body("status", is("FINAL"))
                .body("sourceName", nullValue()).body("version", is(1));
        problem(admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(value(percent, hue, "2016-H1", 1))
                .when().put(VALUES + "/" + id).then(), 412, "PRECONDITION_FAILED");
        problem(admin().when().delete(VALUES + "/" + id).then(), 428, "PRECONDITION_REQUIRED");
        problem(admin().header("If-Match", "\"0\"").when().delete(VALUES + "/" + id).then(), 412, "PRECONDITION_FAILED");
        admin().when().get(VALUES + "/" + id).then().statusCode(200).body("value", is(97)).body("version", is(1));
        admin().header("If-Match", "\"1\"").when().delete(VALUES + "/" + id).then().statusCode(204);
        problem(admin().when().get(VALUES + "/" + id).then(), 404, "NOT_FOUND");
    }

    @Test
    void a_correction_keeps_the_old_value_in_the_audit_trail() {
        long id = create(planner(HUE), value(percent, hue, "2016", 90));
        planner(HUE).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(value(percent, hue, "2016", 92.25))
                .when().put(VALUES + "/" + id).then().statusCode(200);
        admin().queryParam("entity", "indicator-value").queryParam("entityId", id).queryParam("sort", "occurredAt")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("totalItems", is(2))
                .body("items[0].action", is("CREATE")).body("items[0].after.value", is(90))
                .body("items[1].action", is("UPDATE")).body("items[1].unitCode", is(HUE))
                .body("items[1].subject", is("planner-46-subject"))
                .body("items[1].before.value", is(90)).body("items[1].after.value", is(92.25f))
                .body("items[1].before.version", is(0)).body("items[1].after.version", is(1));
    }

    @Test
    void the_natural_key_is_unique() {
        create(admin(), value(percent, hue, "2016-05S", 50));
        problem(post(admin(), VALUES, value(percent, hue, "2016-05S", 51)), 409, "DUPLICATE")
                .body("violations[0].field", is("periodCode"));
        // another breakdown, another period or another unit is another value
        Map<String, Object> girls = value(percent, hue, "2016-05S", 52);
        girls.put("sex", "FEMALE");
        post(admin(), VALUES, girls).statusCode(201).body("sex", is("FEMALE"))
                .body("periodStart", is("2016-04-15")).body("periodEnd", is("2016-05-14"));
        Map<String, Object> young = value(percent, hue, "2016-05S", 53);
        young.put("ageGroup", "0-5");
        young.put("areaType", "ETHNIC_MINORITY");
        post(admin(), VALUES, young).statusCode(201).body("ageGroup", is("0-5")).body("areaType", is("ETHNIC_MINORITY"));
        create(admin(), value(percent, hue, "2016-05", 54));
        create(admin(), value(percent, hueDistrict, "2016-05S", 55));
        listOf(admin(), percent).body("totalItems", is(5));
    }

    @Test
    void a_percentage_lies_between_0_and_100() {
        problem(post(admin(), VALUES, value(percent, hue, "2016", 100.5)), 422, "RULE_VIOLATED")
                .body("violations[0].field", is("value"));
        problem(post(admin(), VALUES, value(percent, hue, "2016", -1)), 422, "RULE_VIOLATED")
                .body("violations[0].field", is("value"));
        post(admin(), VALUES, value(percent, hue, "2016", 100)).statusCode(201);
        post(admin(), VALUES, value(count, hue, "2016", 1500)).statusCode(201).body("value", is(1500));
    }

    @Test
    void periods_units_and_status_follow_the_rules() {
        problem(post(admin(), VALUES, value(percent, hue, "2016-13", 5)), 400, "INVALID_VALUE")
                .body("violations[0].field", is("periodCode"));
        // province 46 as it stood to 2024-12-31 holds no figure for 2025
        problem(post(admin(), VALUES, value(percent, hue, "2025", 5)), 422, "RULE_VIOLATED")
                .body("violations[0].field", is("unitId"));
        // a figure is final only once its period has ended
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long current = admin().queryParam("level", "PROVINCE").queryParam("code", HUE).queryParam("validOn", today.toString())
                .when().get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        Map<String, Object> early = value(count, current, Integer.toString(today.getYear()), 5);
        early.put("status", "FINAL");
        problem(post(admin(), VALUES, early), 422, "RULE_VIOLATED").body("violations[0].field", is("status"));
        problem(post(admin(), VALUES, value(999_999_999L, hue, "2016", 5)), 422, "INVALID_REFERENCE")
                .body("violations[0].field", is("indicatorId"));
        problem(post(admin(), VALUES, value(percent, 999_999_999L, "2016", 5)), 422, "INVALID_REFERENCE")
                .body("violations[0].field", is("unitId"));
        Map<String, Object> bad = value(percent, hue, "2016", 5.12345);
        bad.put("ageGroup", "0 to 5");
        problem(post(admin(), VALUES, bad), 400, "VALIDATION_FAILED")
                .body("violations.field", containsInAnyOrder("ageGroup", "value"));
        post(admin(), VALUES, value(percent, hue, "2016-2017", 80)).statusCode(201)
                .body("periodType", is("SCHOOL_YEAR")).body("periodStart", is("2016-09-01"))
                .body("periodEnd", is("2017-05-31"));
        post(admin(), VALUES, value(percent, hue, "2016-03-01/2016-06-30", 81)).statusCode(201)
                .body("periodType", is("CUSTOM"));
    }

    @Test
    void the_list_filters_by_period_type_status_and_unit() {
        long q1 = create(admin(), value(percent, hue, "2016-Q1", 10));
        long q2 = create(admin(), value(percent, hue, "2016-Q2", 20));
        Map<String, Object> year = value(percent, hue, "2016", 30);
        year.put("status", "FINAL");
        long y = create(admin(), year);
        long district = create(admin(), value(percent, hueDistrict, "2016-Q1", 40));

        listOf(admin(), percent).body("totalItems", is(4))
                .body("items.id", contains((int) q1, (int) y, (int) district, (int) q2));
        admin().queryParam("indicatorId", percent).queryParam("periodCode", "2016-Q1").when().get(VALUES).then()
                .statusCode(200).body("items.id", contains((int) q1, (int) district));
        admin().queryParam("indicatorId", percent).queryParam("periodType", "QUARTER").queryParam("sort", "-periodStart")
                .when().get(VALUES).then().statusCode(200).body("items.id", contains((int) q2, (int) q1, (int) district));
        admin().queryParam("indicatorId", percent).queryParam("status", "FINAL").when().get(VALUES).then()
                .statusCode(200).body("items.id", contains((int) y));
        admin().queryParam("indicatorId", percent).queryParam("unitId", hueDistrict).when().get(VALUES).then()
                .statusCode(200).body("items.id", contains((int) district));
        problem(admin().queryParam("periodCode", "2016-Q5").when().get(VALUES).then(), 400, "INVALID_PARAMETER")
                .body("violations[0].field", is("periodCode"));
        problem(admin().queryParam("sort", "value").when().get(VALUES).then(), 400, "INVALID_PARAMETER");
    }

    @Test
    void a_batch_creates_and_corrects_in_one_go() {
        List<Map<String, Object>> rows = List.of(value(percent, hue, "2016-Q1", 91), value(percent, hue, "2016-Q2", 92),
                value(percent, hueDistrict, "2016-Q1", 93));
        post(integration(), BATCH, Map.of("rows", rows)).statusCode(200)
                .body("created", is(3)).body("updated", is(0))
                .body("items.periodCode", contains("2016-Q1", "2016-Q2", "2016-Q1"))
                .body("items.sourceKind", everyItem(is("MACHINE_CLIENT")))
                .body("items.version", everyItem(is(0)));
        listOf(admin(), percent).body("totalItems", is(3));

        Map<String, Object> correction = value(percent, hue, "2016-Q2", 92.5);
        correction.put("version", 0);
        correction.put("status", "FINAL");
        post(integration(), BATCH, Map.of("rows", List.of(correction, value(percent, hue, "2016-Q3", 94))))
                .statusCode(200).body("created", is(1)).body("updated", is(1))
                .body("items[0].value", is(92.5f)).body("items[0].version", is(1)).body("items[0].status", is("FINAL"))
                .body("items[1].periodCode", is("2016-Q3"));
        listOf(admin(), percent).body("totalItems", is(4));
        long corrected = admin().queryParam("indicatorId", percent).queryParam("periodCode", "2016-Q2").when()
                .get(VALUES).then().extract().jsonPath().getLong("items[0].id");
        admin().queryParam("entity", "indicator-value").queryParam("entityId", corrected).queryParam("sort", "occurredAt")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("CREATE", "UPDATE"))
                .body("items[1].before.value", is(92)).body("items[1].after.value", is(92.5f));
    }

    @Test
    void a_batch_with_an_invalid_row_writes_nothing() {
        List<Map<String, Object>> rows = List.of(value(percent, hue, "2016-Q1", 91), value(percent, hue, "2016-Q2", 150),
                value(percent, hue, "2016-Q3", 93));
        problem(post(admin(), BATCH, Map.of("rows", rows)), 422, "RULE_VIOLATED")
                .body("violations.field", contains("rows[1].value"))
                .body("detail", containsString("1 of 3 rows"));
        listOf(admin(), percent).body("totalItems", is(0));

        // every failing row is reported, whatever is wrong with it
        Map<String, Object> missing = value(percent, hue, "2016-Q4", null);
        List<Map<String, Object>> many = List.of(value(percent, hue, "2016-Q9", 1), value(percent, hue, "2016-Q2", 2),
                value(percent, 999_999_999L, "2016-Q3", 3), missing, value(percent, hue, "2016", 101));
        problem(post(admin(), BATCH, Map.of("rows", many)), 422, "RULE_VIOLATED")
                .body("violations.field", contains("rows[0].periodCode", "rows[2].unitId", "rows[3].value",
                        "rows[4].value"))
                .body("detail", containsString("4 of 5 rows"));
        listOf(admin(), percent).body("totalItems", is(0));
    }

    @Test
    void a_batch_refuses_a_key_twice_or_a_stored_key_without_its_version() {
        Map<String, Object> boys = value(percent, hue, "2016-Q1", 40);
        boys.put("sex", "MALE");
        List<Map<String, Object>> rows = List.of(value(percent, hue, "2016-Q1", 91), value(percent, hue, "2016-Q1", 92),
                boys);
        problem(post(admin(), BATCH, Map.of("rows", rows)), 422, "RULE_VIOLATED")
                .body("violations.field", contains("rows[1].periodCode"))
                .body("violations[0].message", containsString("rows[0]"));
        listOf(admin(), percent).body("totalItems", is(0));

        create(admin(), value(percent, hue, "2016-Q1", 91));
        problem(post(admin(), BATCH, Map.of("rows", List.of(value(percent, hue, "2016-Q1", 95), boys))),
                422, "RULE_VIOLATED").body("violations.field", contains("rows[0].version"));
        Map<String, Object> stale = value(percent, hue, "2016-Q1", 95);
        stale.put("version", 3);
        Map<String, Object> nothingToCorrect = value(percent, hue, "2016-Q2", 95);
        nothingToCorrect.put("version", 0);
        problem(post(admin(), BATCH, Map.of("rows", List.of(stale, nothingToCorrect))), 422, "RULE_VIOLATED")
                .body("violations.field", contains("rows[0].version", "rows[1].version"));
        listOf(admin(), percent).body("totalItems", is(1)).body("items[0].value", is(91));
    }

    @Test
    void a_batch_of_a_thousand_rows_is_written_whole() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> row = value(count, hue, "2016", i);
            row.put("ageGroup", "A" + i);
            rows.add(row);
        }
        post(integration(), BATCH, Map.of("rows", rows)).statusCode(200).body("created", is(1000))
                .body("items[999].ageGroup", is("A999")).body("items[999].value", is(999));
        listOf(admin(), count).body("totalItems", is(1000));
    }

    @Test
    void a_batch_has_one_to_a_thousand_rows() {
        problem(post(admin(), BATCH, Map.of("rows", List.of())), 400, "VALIDATION_FAILED");
        problem(post(admin(), BATCH, Map.of()), 400, "VALIDATION_FAILED");
        List<Map<String, Object>> tooMany = new java.util.ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(value(percent, hue, "2016", i % 100));
        }
        problem(post(admin(), BATCH, Map.of("rows", tooMany)), 400, "VALIDATION_FAILED");
        listOf(admin(), percent).body("totalItems", is(0));
    }

    @Test
    void planners_and_officers_write_their_own_units_viewers_read() {
        long own = create(planner(HUE), value(percent, hueDistrict, "2016", 70));
        Tokens.as("officer", HUE, "HUE-SYT").contentType(ContentType.JSON).body(value(percent, hue, "2016", 71))
                .when().post(VALUES).then().statusCode(201).body("sourceKind", is("MANUAL"))
                .body("enteredBy", is("officer-46-subject"));
        problem(post(planner(HUE), VALUES, value(percent, haiDuong, "2016", 72)), 403, "FORBIDDEN");
        problem(post(viewer(HUE), VALUES, value(percent, hue, "2016-Q1", 73)), 403, "FORBIDDEN");
        problem(post(viewer(HUE), BATCH, Map.of("rows", List.of(value(percent, hue, "2016-Q1", 73)))), 403, "FORBIDDEN");
        problem(post(planner(HUE), BATCH, Map.of("rows", List.of(value(percent, hue, "2016-Q1", 1),
                value(percent, haiDuong, "2016-Q1", 2)))), 403, "FORBIDDEN")
                .body("violations.field", contains("rows[1].unitId"));
        listOf(admin(), percent).body("totalItems", is(2));

        // Hải Dương's planner sees nothing of Huế's figures and cannot touch them
        long theirs = create(admin(), value(percent, haiDuong, "2016", 60));
        listOf(planner(HAI_DUONG), percent).body("items.id", contains((int) theirs));
        problem(planner(HAI_DUONG).when().get(VALUES + "/" + own).then(), 404, "NOT_FOUND");
        problem(planner(HAI_DUONG).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(value(percent, hueDistrict, "2016", 1)).when().put(VALUES + "/" + own).then(), 403, "FORBIDDEN");
        problem(planner(HAI_DUONG).header("If-Match", "\"0\"").when().delete(VALUES + "/" + own).then(),
                403, "FORBIDDEN");
        // Huế's viewer reads Huế's figures only; integration reads everything
        listOf(viewer(HUE), percent).body("totalItems", is(2)).body("items.id", not(hasItem((int) theirs)));
        viewer(HUE).when().get(VALUES + "/" + own).then().statusCode(200);
        problem(viewer(HUE).header("If-Match", "\"0\"").when().delete(VALUES + "/" + own).then(), 403, "FORBIDDEN");
        listOf(integration(), percent).body("totalItems", is(3));
        // a planner may not move a value out of their scope
        problem(planner(HUE).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(value(percent, haiDuong, "2017", 1)).when().put(VALUES + "/" + own).then(), 403, "FORBIDDEN");
        admin().when().get(VALUES + "/" + own).then().body("unit.id", is((int) hueDistrict)).body("version", is(0));
    }
}
