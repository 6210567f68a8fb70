package vn.childplan.analytics;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * Live target progress of a plan of Thừa Thiên Huế (46, as it stood in 2016) with real tokens: an admin builds the
 * plan, its targets and the reported values through the API; Huế's viewer reads the progress, Hải Dương's (30)
 * cannot see it. Every test builds a fresh plan and fresh indicators.
 */
@QuarkusTest
class ProgressResourceTest {
    private static final String HUE = "46";
    private static final String HAI_DUONG = "30";

    private long hue;
    private long hueDistrict;
    private long plan;
    private long objective;

    static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    static RequestSpecification viewer(String unit) {
        return Tokens.as("viewer", unit, null);
    }

    private static String progress(long planId) {
        return "/api/v1/plans/" + planId + "/progress";
    }

    private static long unit(String level, String code) {
        return admin().queryParam("level", level).queryParam("code", code).queryParam("validOn", "2016-06-01")
                .when().get("/api/v1/admin-units")
                .then().statusCode(200).body("totalItems", is(1)).extract().jsonPath().getLong("items[0].id");
    }

    private static long created(String path, Object body) {
        return admin().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    @BeforeEach
    void plan() {
        hue = unit("PROVINCE", HUE);
        hueDistrict = unit("DISTRICT", "478"); // Huyện Phú Vang, parent 46
        long issuer = created("/api/v1/agencies", Map.of("name", "UBND tỉnh thử nghiệm " + unique(),
                "kind", "PEOPLES_COMMITTEE", "unitId", hue));
        Map<String, Object> doc = new HashMap<>();
        doc.put("kind", "PLAN");
        doc.put("title", "Kế hoạch thực hiện Chương trình hành động vì trẻ em 2016–2020 " + unique());
        doc.put("issuerId", issuer);
        doc.put("unitId", hue);
        doc.put("periodFromYear", 2016);
        doc.put("periodToYear", 2020);
        doc.put("status", "DRAFT");
        doc.put("implementsIds", List.of());
        plan = created("/api/v1/documents", doc);
        objective = created("/api/v1/objectives", Map.of("documentId", plan, "kind", "SPECIFIC",
                "text", "Mục tiêu cụ thể đến năm 2020"));
    }

    private static long indicator(String unit, String direction) {
        return created("/api/v1/indicators", Map.of("code", "PRG_" + unique(), "nameVi", "Chỉ tiêu thử nghiệm",
                "nameEn", "Test indicator", "unit", unit, "direction", direction));
    }

    private long target(long indicatorId, String comparator, Object value, Object baselineValue, Integer baselineYear) {
        Map<String, Object> body = new HashMap<>();
        body.put("objectiveId", objective);
        body.put("indicatorId", indicatorId);
        body.put("comparator", comparator);
        body.put("value", value);
        body.put("targetYear", 2020);
        if (baselineYear != null) {
            body.put("baselineValue", baselineValue);
            body.put("baselineYear", baselineYear);
        }
        return created("/api/v1/targets", body);
    }

    private static long value(long indicatorId, long unitId, String period, Object value, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("indicatorId", indicatorId);
        body.put("unitId", unitId);
        body.put("periodCode", period);
        body.put("value", value);
        return created("/api/v1/indicator-values", body);
    }

    private static long value(long indicatorId, long unitId, String period, Object value) {
        return value(indicatorId, unitId, period, value, Map.of());
    }

    private static ValidatableResponse read(RequestSpecification as, long planId, String asOf) {
        RequestSpecification r = as;
        if (asOf != null) {
            r = r.queryParam("asOf", asOf);
        }
        return r.when().get(progress(planId)).then();
    }

    private static String row(long targetId) {
        return "targets.find { it.target.id == " + targetId + " }.";
    }

    @Test
    void each_target_is_judged_by_the_latest_total_value_of_its_unit() {
        long immunised = indicator("%", "HIGHER_IS_BETTER");
        long preschool = indicator("%", "HIGHER_IS_BETTER");
        long stunted = indicator("%", "LOWER_IS_BETTER");
        long playSpaces = indicator("%", "HIGHER_IS_BETTER");
        long unreported = indicator("%", "HIGHER_IS_BETTER");
        long gt95 = target(immunised, "GT", 95, null, null); // "trên 95%", no baseline
        long ge95 = target(preschool, "GE", 95, null, null); // "đạt 95%"
        long lt12 = target(stunted, "LT", 12, 15, 2015); // "dưới 12%" from 15% in 2015
        long gt95Path = target(playSpaces, "GT", 95, 90, 2015); // "trên 95%" from 90% in 2015
        long none = target(unreported, "GE", 50, null, null);

        long h1 = value(immunised, hue, "2016-H1", 94);
        long h2 = value(immunised, hue, "2016-H2", 96);
        // breakdowns and other units never count: only the unit's total
        value(immunised, hue, "2016-Q4", 99, Map.of("sex", "FEMALE"));
        value(immunised, hue, "2016-Q4", 99, Map.of("areaType", "ETHNIC_MINORITY"));
        value(immunised, hue, "2016-Q4", 99, Map.of("ageGroup", "0-5"));
        value(immunised, hueDistrict, "2017", 10);
        // on the same period end a FINAL value wins over an estimate
        value(preschool, hue, "2016-H2", 94.5);
        long finalYear = value(preschool, hue, "2016", 95, Map.of("status", "FINAL"));
        long stuntedH2 = value(stunted, hue, "2016-H2", 12);
        long spacesH2 = value(playSpaces, hue, "2016-H2", 90.5);

        // 1 January 2017: the 2020 targets are still running
        read(viewer(HUE), plan, "2017-01-01").statusCode(200)
                .body("documentId", is((int) plan)).body("unit.id", is((int) hue)).body("unit.code", is(HUE))
                .body("asOf", is("2017-01-01"))
                .body("targets.target.id", contains((int) gt95, (int) ge95, (int) lt12, (int) gt95Path, (int) none))
                .body(row(gt95) + "attainment", is("MET"))
                .body(row(gt95) + "latest.id", is((int) h2)).body(row(gt95) + "latest.value", is(96))
                .body(row(gt95) + "latest.periodCode", is("2016-H2")).body(row(gt95) + "latest.periodEnd", is("2016-12-31"))
                .body(row(gt95) + "latest.status", is("ESTIMATE")).body(row(gt95) + "expected", nullValue())
                .body(row(gt95) + "target.comparator", is("GT")).body(row(gt95) + "direction", is("HIGHER_IS_BETTER"))
                .body(row(ge95) + "attainment", is("MET")).body(row(ge95) + "latest.id", is((int) finalYear))
                .body(row(ge95) + "latest.periodCode", is("2016")).body(row(ge95) + "latest.status", is("FINAL"))
                // LT 12 with 12 is not met; the path from 15 (2015) to 12 (2020) expects ≈14.399 at the end of 2016
                .body(row(lt12) + "attainment", is("ON_TRACK")).body(row(lt12) + "latest.id", is((int) stuntedH2))
                .body(row(lt12) + "direction", is("LOWER_IS_BETTER"))
                .body(row(lt12) + "expected", is(14.399f))
                // 90.5 is under the path from 90 (2015) to 95 (2020), ≈91.0016 at the end of 2016
                .body(row(gt95Path) + "attainment", is("AT_RISK")).body(row(gt95Path) + "latest.id", is((int) spacesH2))
                .body(row(gt95Path) + "expected", is(91.0016f))
                .body(row(none) + "attainment", is("NO_DATA")).body(row(none) + "latest", nullValue())
                .body("counts.met", is(2)).body("counts.onTrack", is(1)).body("counts.atRisk", is(1))
                .body("counts.notMet", is(0)).body("counts.noData", is(1)).body("counts.total", is(5));

        // 30 June 2016: only periods begun by then count. The second half had not begun, so the first half's 94 is
        // the latest (GT 95 without baseline: AT_RISK); the year 2016 had begun, so its value counts
        read(viewer(HUE), plan, "2016-06-30").statusCode(200)
                .body(row(gt95) + "attainment", is("AT_RISK")).body(row(gt95) + "latest.id", is((int) h1))
                .body(row(gt95) + "latest.value", is(94))
                .body(row(ge95) + "attainment", is("MET")).body(row(ge95) + "latest.id", is((int) finalYear))
                .body(row(lt12) + "attainment", is("NO_DATA")).body(row(lt12) + "latest", nullValue())
                .body(row(gt95Path) + "attainment", is("NO_DATA")).body(row(none) + "attainment", is("NO_DATA"))
                .body("counts.atRisk", is(1)).body("counts.met", is(1)).body("counts.noData", is(3));
        // 31 December 2015: nothing had begun
        read(viewer(HUE), plan, "2015-12-31").statusCode(200).body("counts.noData", is(5));

        // 1 January 2021: the target year has ended; what is not met is NOT_MET, what is met stays MET
        read(viewer(HUE), plan, "2021-01-01").statusCode(200)
                .body(row(gt95) + "attainment", is("MET")).body(row(ge95) + "attainment", is("MET"))
                .body(row(lt12) + "attainment", is("NOT_MET")).body(row(lt12) + "expected", nullValue())
                .body(row(gt95Path) + "attainment", is("NOT_MET")).body(row(none) + "attainment", is("NO_DATA"))
                .body("counts.met", is(2)).body("counts.notMet", is(2)).body("counts.noData", is(1));
        // without asOf: today, long after 2020
        read(viewer(HUE), plan, null).statusCode(200).body("counts.notMet", is(2)).body("counts.met", is(2));
    }

    @Test
    void a_later_value_wins_over_older_ones_and_boundaries_are_exact() {
        long rate = indicator("%", "LOWER_IS_BETTER");
        long lt12 = target(rate, "LT", 12, null, null);
        value(rate, hue, "2016-Q1", 11);
        read(viewer(HUE), plan, "2017-01-01").body(row(lt12) + "attainment", is("MET"));
        long q2 = value(rate, hue, "2016-Q2", 12); // "dưới 12%": 12 is not under 12
        read(viewer(HUE), plan, "2017-01-01").body(row(lt12) + "attainment", is("AT_RISK"))
                .body(row(lt12) + "latest.id", is((int) q2));
        read(viewer(HUE), plan, "2021-01-01").body(row(lt12) + "attainment", is("NOT_MET"));
        long q4 = value(rate, hue, "2016-Q4", 11.5);
        read(viewer(HUE), plan, "2021-01-01").body(row(lt12) + "attainment", is("MET"))
                .body(row(lt12) + "latest.id", is((int) q4)).body(row(lt12) + "latest.value", is(11.5f));
    }

    @Test
    void another_unit_can_be_asked_for() {
        long rate = indicator("%", "HIGHER_IS_BETTER");
        long eq100 = target(rate, "EQ", 100, null, null);
        value(rate, hue, "2016", 99);
        long district = value(rate, hueDistrict, "2016", 100);
        read(viewer(HUE), plan, "2017-01-01").body(row(eq100) + "attainment", is("AT_RISK"));
        viewer(HUE).queryParam("unitId", hueDistrict).queryParam("asOf", "2017-01-01").when().get(progress(plan))
                .then().statusCode(200).body("unit.code", is("478"))
                .body(row(eq100) + "attainment", is("MET")).body(row(eq100) + "latest.id", is((int) district));
        // a unit outside the caller's scope, or none at all, is an invalid reference
        long haiDuong = unit("PROVINCE", HAI_DUONG);
        viewer(HUE).queryParam("unitId", haiDuong).when().get(progress(plan)).then().statusCode(422)
                .body("code", is("INVALID_REFERENCE")).body("violations[0].field", is("unitId"));
        admin().queryParam("unitId", 999_999_999L).when().get(progress(plan)).then().statusCode(422)
                .body("code", is("INVALID_REFERENCE"));
        admin().queryParam("unitId", haiDuong).when().get(progress(plan)).then().statusCode(200)
                .body(row(eq100) + "attainment", is("NO_DATA"));
        admin().queryParam("asOf", "2016-13-01").when().get(progress(plan)).then().statusCode(400);
    }

    @Test
    void a_national_document_needs_a_unit() {
        long issuer = created("/api/v1/agencies", Map.of("name", "Bộ thử nghiệm " + unique(), "kind", "STATE_AGENCY"));
        Map<String, Object> doc = new HashMap<>();
        doc.put("kind", "PROGRAMME");
        doc.put("title", "Chương trình hành động quốc gia vì trẻ em " + unique());
        doc.put("issuerId", issuer);
        doc.put("periodFromYear", 2016);
        doc.put("periodToYear", 2020);
        doc.put("status", "DRAFT");
        doc.put("implementsIds", List.of());
        long national = created("/api/v1/documents", doc);
        read(viewer(HUE), national, null).statusCode(400).body("code", is("INVALID_PARAMETER"))
                .body("violations[0].field", is("unitId"));
        viewer(HUE).queryParam("unitId", hue).when().get(progress(national)).then().statusCode(200)
                .body("unit.id", is((int) hue)).body("targets", empty());
    }

    @Test
    void a_plan_without_targets_has_empty_progress() {
        read(viewer(HUE), plan, "2017-01-01").statusCode(200).body("targets", empty())
                .body("counts.total", is(0)).body("counts.met", is(0));
    }

    @Test
    void the_progress_is_read_scoped() {
        long rate = indicator("%", "HIGHER_IS_BETTER");
        target(rate, "GE", 90, null, null);
        value(rate, hue, "2016", 95);
        read(viewer(HUE), plan, "2017-01-01").statusCode(200).body("counts.met", is(1));
        read(Tokens.as("integration", null, null), plan, "2017-01-01").statusCode(200).body("counts.met", is(1));
        read(viewer(HAI_DUONG), plan, "2017-01-01").statusCode(404).contentType("application/problem+json")
                .body("code", is("NOT_FOUND"));
        read(viewer(HUE), 999_999_999L, null).statusCode(404).body("code", is("NOT_FOUND"));
        read(Tokens.as("viewer", null, null), plan, null).statusCode(404);
        io.restassured.RestAssured.given().when().get(progress(plan)).then().statusCode(401);
        // the plan's own resources still answer under /api/v1/plans/{id}
        viewer(HUE).when().get("/api/v1/plans/" + plan).then().statusCode(200).body("document.id", is((int) plan));
        viewer(HUE).when().get("/api/v1/plans/" + plan + "/assignment-matrix").then().statusCode(200)
                .body("documentId", is((int) plan));
    }

    @Test
    void a_sub_group_target_is_judged_by_the_values_of_its_breakdown_not_the_total() {
        long immunised = indicator("%", "HIGHER_IS_BETTER");
        long total = target(immunised, "GE", 95, null, null);
        Map<String, Object> body = new HashMap<>(Map.of("objectiveId", objective, "indicatorId", immunised,
                "comparator", "GE", "value", 90, "targetYear", 2020, "subGroup", "trẻ em dân tộc thiểu số",
                "areaType", "ETHNIC_MINORITY"));
        long ethnic = created("/api/v1/targets", body);
        body.putAll(Map.of("subGroup", "trẻ em gái dưới 5 tuổi", "areaType", "ALL", "sex", "FEMALE", "ageGroup", "0-4"));
        long girls = created("/api/v1/targets", body);
        admin().when().get("/api/v1/targets/" + girls).then().statusCode(200)
                .body("sex", is("FEMALE")).body("ageGroup", is("0-4")).body("areaType", is("ALL"));

        long all = value(immunised, hue, "2016", 96);
        long ethnicValue = value(immunised, hue, "2016", 85, Map.of("areaType", "ETHNIC_MINORITY"));
        value(immunised, hue, "2016", 99, Map.of("sex", "FEMALE")); // another breakdown: girls of every age
        read(viewer(HUE), plan, "2017-01-01").statusCode(200)
                .body(row(total) + "attainment", is("MET")).body(row(total) + "latest.id", is((int) all))
                .body(row(ethnic) + "attainment", is("AT_RISK")).body(row(ethnic) + "latest.id", is((int) ethnicValue))
                .body(row(ethnic) + "latest.value", is(85)).body(row(ethnic) + "target.areaType", is("ETHNIC_MINORITY"))
                .body(row(girls) + "attainment", is("NO_DATA")).body(row(girls) + "latest", nullValue());
    }
}
