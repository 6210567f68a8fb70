package vn.childplan.analytics;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * Roll-ups on the real reference units: the 2024 provinces Hải Dương (30) and Hải Phòng (31) merged into Hải Phòng
 * (31) on 2025-07-01; Thừa Thiên Huế (46) and its districts, of which Thành phố Huế (474) was split on 2025-01-01 and
 * the district level ended on 2025-06-30. Every test catalogues fresh indicators, so no other value counts.
 */
@QuarkusTest
class RollupResourceTest {
    private static final String NEW_BOUNDARIES = "2025-07-01";
    private static final String OLD_BOUNDARIES = "2016-06-01";

    private static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    private static long unit(String level, String code, String validOn) {
        return admin().queryParam("level", level).queryParam("code", code).queryParam("validOn", validOn)
                .when().get("/api/v1/admin-units")
                .then().statusCode(200).body("totalItems", is(1)).extract().jsonPath().getLong("items[0].id");
    }

    private static long created(String path, Object body) {
        return admin().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse indicator(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("code", "RLP_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase());
        body.put("nameVi", "Chỉ tiêu thử nghiệm");
        body.put("nameEn", "Test indicator");
        body.putIfAbsent("unit", "trẻ em");
        body.put("direction", "HIGHER_IS_BETTER");
        return admin().contentType(ContentType.JSON).body(body).when().post("/api/v1/indicators").then();
    }

    private static long count() {
        return indicator(Map.of("aggregation", "SUM")).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void value(long indicatorId, long unitId, String period, Object value) {
        created("/api/v1/indicator-values",
                Map.of("indicatorId", indicatorId, "unitId", unitId, "periodCode", period, "value", value));
    }

    private static ValidatableResponse rollup(RequestSpecification as, long indicatorId, String period, Long unitId,
            String boundaryDate) {
        RequestSpecification r = as.queryParam("periodCode", period).queryParam("boundaryDate", boundaryDate);
        if (unitId != null) {
            r = r.queryParam("unitId", unitId);
        }
        return r.when().get("/api/v1/indicators/" + indicatorId + "/rollup").then();
    }

    private static String child(String code) {
        return "children.find { it.unit.code == '" + code + "' }.";
    }

    @Test
    void counts_of_2024_provinces_sum_into_the_2025_province_and_answer_on_2016_boundaries() {
        long children = count();
        long haiDuong = unit("PROVINCE", "30", "2024-06-01");
        long haiPhong2024 = unit("PROVINCE", "31", "2024-06-01");
        long haiPhong2025 = unit("PROVINCE", "31", NEW_BOUNDARIES);
        value(children, haiDuong, "2024", 1200);
        value(children, haiPhong2024, "2024", 800);

        // the 34 provinces of 2025: Hải Dương and Hải Phòng are one; the other 33 have no value and are listed, not 0
        rollup(admin(), children, "2024", null, NEW_BOUNDARIES).statusCode(200)
                .body("aggregation", is("SUM")).body("periodCode", is("2024")).body("boundaryDate", is(NEW_BOUNDARIES))
                .body("children", hasSize(34)).body("children.unit.code", not(hasItem("30")))
                .body(child("31") + "unit.id", is((int) haiPhong2025))
                .body(child("31") + "value", is(2000)).body(child("31") + "status", is("COMPLETE"))
                .body(child("01") + "status", is("MISSING")).body(child("01") + "value", nullValue())
                .body("total.unit", nullValue()).body("total.value", is(2000)).body("total.status", is("PARTIAL"))
                .body("total.missing", hasSize(33)).body("total.missing.code", not(hasItem("31")));
        // the same values on the 63 provinces of 2016
        rollup(admin(), children, "2024", null, OLD_BOUNDARIES).statusCode(200)
                .body("children", hasSize(63))
                .body(child("30") + "value", is(1200)).body(child("30") + "unit.id", is((int) haiDuong))
                .body(child("31") + "value", is(800)).body(child("31") + "unit.id", is((int) haiPhong2024))
                .body("total.value", is(2000)).body("total.missing", hasSize(61));
        // the merged province itself, read by its own viewer
        rollup(Tokens.as("viewer", "31", null), children, "2024", haiPhong2025, NEW_BOUNDARIES).statusCode(200)
                .body("total.unit.id", is((int) haiPhong2025)).body("total.value", is(2000))
                .body("total.status", is("COMPLETE")).body("total.missing", empty());
    }

    @Test
    void a_merged_province_with_a_predecessor_missing_is_partial_and_names_it() {
        long children = count();
        value(children, unit("PROVINCE", "30", "2023-06-01"), "2023", 1150);
        rollup(admin(), children, "2023", unit("PROVINCE", "31", NEW_BOUNDARIES), NEW_BOUNDARIES).statusCode(200)
                .body("total.value", is(1150)).body("total.status", is("PARTIAL"))
                .body("total.missing.code", contains("31")).body("total.missing[0].validTo", is("2025-06-30"));
    }

    @Test
    void a_rate_is_recomputed_from_its_numerator_and_denominator_not_summed() {
        long immunised = count();
        long infants = count();
        long rate = indicator(Map.of("unit", "%", "aggregation", "RATIO", "numeratorIndicatorId", immunised,
                "denominatorIndicatorId", infants, "factor", 100)).statusCode(201)
                .body("aggregation", is("RATIO")).body("numeratorIndicatorId", is((int) immunised))
                .body("denominatorIndicatorId", is((int) infants)).body("factor", is(100))
                .extract().jsonPath().getLong("id");
        long haiDuong = unit("PROVINCE", "30", "2024-06-01");
        long haiPhong = unit("PROVINCE", "31", "2024-06-01");
        value(immunised, haiDuong, "2024", 90);
        value(infants, haiDuong, "2024", 100); // 90 %
        value(immunised, haiPhong, "2024", 380);
        value(infants, haiPhong, "2024", 400); // 95 %
        value(rate, haiDuong, "2024", 50); // a reported rate is never an input of the roll-up

        // 470 / 500 = 94 %, neither 185 (the sum) nor 92.5 (the mean of the rates)
        rollup(admin(), rate, "2024", unit("PROVINCE", "31", NEW_BOUNDARIES), NEW_BOUNDARIES).statusCode(200)
                .body("aggregation", is("RATIO")).body("total.value", is(94)).body("total.numerator", is(470))
                .body("total.denominator", is(500)).body("total.status", is("COMPLETE"));
        rollup(admin(), rate, "2024", null, OLD_BOUNDARIES).statusCode(200)
                .body(child("30") + "value", is(90)).body(child("30") + "numerator", is(90))
                .body(child("31") + "value", is(95)).body(child("31") + "denominator", is(400))
                .body(child("01") + "status", is("MISSING"));
        // a denominator missing: no rate
        long h1 = unit("PROVINCE", "30", "2024-03-01");
        value(immunised, h1, "2024-H1", 40);
        rollup(admin(), rate, "2024-H1", h1, OLD_BOUNDARIES).statusCode(200)
                .body("total.value", nullValue()).body("total.numerator", is(40)).body("total.denominator", nullValue())
                .body("total.status", is("MISSING"));
    }

    @Test
    void districts_sum_into_their_province_and_a_split_district_cannot_be_apportioned() {
        long children = count();
        long cityDistrict = unit("DISTRICT", "474", "2024-06-01"); // Thành phố Huế, split on 2025-01-01
        long phuVang = unit("DISTRICT", "478", "2024-06-01");
        value(children, cityDistrict, "2024", 500);
        value(children, phuVang, "2024", 300);

        // 2016 boundaries: the province has no value of its own, so its districts are summed; 7 have none
        long thuaThienHue = unit("PROVINCE", "46", OLD_BOUNDARIES);
        rollup(admin(), children, "2024", thuaThienHue, OLD_BOUNDARIES).statusCode(200)
                .body("total.value", is(800)).body("total.status", is("PARTIAL")).body("total.missing", hasSize(7))
                .body("children", hasSize(9)).body(child("474") + "value", is(500))
                .body(child("478") + "value", is(300)).body(child("481") + "status", is("MISSING"))
                .body("unplaced", empty());
        // 2025-07-01: the 2024 province became Thành phố Huế; the district level is gone, so the district values
        // count in the province but can be placed in no child row
        rollup(admin(), children, "2024", unit("PROVINCE", "46", NEW_BOUNDARIES), NEW_BOUNDARIES).statusCode(200)
                .body("total.value", is(800)).body("total.status", is("PARTIAL")).body("children", empty())
                .body("unplaced", hasSize(2)).body("unplaced.unit.code", containsInAnyOrder("474", "478"));
        // 2025-03-01: Thành phố Huế (474) was split into Thuận Hóa (474) and Phú Xuân (475): neither gets its value
        rollup(admin(), children, "2024", unit("PROVINCE", "46", "2025-03-01"), "2025-03-01").statusCode(200)
                .body("total.value", is(800))
                .body(child("474") + "status", is("MISSING")).body(child("475") + "status", is("MISSING"))
                .body(child("478") + "value", is(300))
                .body("unplaced", hasSize(1)).body("unplaced[0].unit.id", is((int) cityDistrict))
                .body("unplaced[0].value", is(500)).body("unplaced[0].reason", containsString("split"));
    }

    @Test
    void an_indicator_that_cannot_be_aggregated_is_refused() {
        long rate = indicator(Map.of("unit", "%")).statusCode(201).body("aggregation", is("NONE"))
                .body("numeratorIndicatorId", nullValue()).extract().jsonPath().getLong("id");
        rollup(admin(), rate, "2024", null, NEW_BOUNDARIES).statusCode(422).body("code", is("NOT_AGGREGATABLE"));
    }

    @Test
    void the_unit_must_be_in_scope_and_in_force_on_the_boundary_date() {
        long children = count();
        long haiDuong = unit("PROVINCE", "30", OLD_BOUNDARIES);
        rollup(Tokens.as("viewer", "46", null), children, "2024", haiDuong, OLD_BOUNDARIES).statusCode(422)
                .body("code", is("INVALID_REFERENCE")).body("violations[0].field", is("unitId"));
        rollup(Tokens.as("viewer", "46", null), children, "2024", null, OLD_BOUNDARIES).statusCode(400)
                .body("violations[0].field", is("unitId"));
        rollup(admin(), children, "2024", haiDuong, NEW_BOUNDARIES).statusCode(422)
                .body("code", is("RULE_VIOLATED")).body("violations[0].field", is("unitId"));
        rollup(admin(), children, "2024-H3", haiDuong, OLD_BOUNDARIES).statusCode(400)
                .body("violations[0].field", is("periodCode"));
    }

    @Test
    void a_ratio_needs_two_sum_indicators_other_than_itself() {
        long counted = count();
        long notSummed = indicator(Map.of("unit", "%")).statusCode(201).extract().jsonPath().getLong("id");
        indicator(Map.of("aggregation", "RATIO", "numeratorIndicatorId", counted)).statusCode(422)
                .body("violations[0].field", is("denominatorIndicatorId"));
        indicator(Map.of("aggregation", "RATIO", "numeratorIndicatorId", counted, "denominatorIndicatorId", notSummed))
                .statusCode(422).body("violations[0].field", is("denominatorIndicatorId"));
        indicator(Map.of("aggregation", "SUM", "numeratorIndicatorId", counted)).statusCode(422)
                .body("violations[0].field", is("aggregation"));
        long other = count();
        var created = indicator(Map.of("aggregation", "RATIO", "numeratorIndicatorId", counted,
                "denominatorIndicatorId", other)).statusCode(201).body("factor", is(1)).extract();
        long rate = created.jsonPath().getLong("id");
        // no self reference
        Map<String, Object> self = new HashMap<>(Map.of("code", created.jsonPath().getString("code"),
                "nameVi", "Chỉ tiêu thử nghiệm", "nameEn", "Test indicator", "unit", "%",
                "direction", "HIGHER_IS_BETTER", "aggregation", "RATIO", "numeratorIndicatorId", rate,
                "denominatorIndicatorId", other));
        admin().contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(self)
                .when().put("/api/v1/indicators/" + rate).then().statusCode(422)
                .body("violations[0].field", is("numeratorIndicatorId"));
        // a part of a rate stays SUM and cannot be deleted
        String etag = admin().when().get("/api/v1/indicators/" + counted).then().extract().header("ETag");
        admin().header("If-Match", etag).when().delete("/api/v1/indicators/" + counted).then().statusCode(409)
                .body("code", is("STILL_REFERENCED"));
    }
}
