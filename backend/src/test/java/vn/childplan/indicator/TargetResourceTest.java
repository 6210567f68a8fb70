package vn.childplan.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.childplan.indicator.IndicatorFixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.document.ObjectiveKind;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class TargetResourceTest {
    private long document;
    private long specific;
    private long percent;

    @BeforeEach
    void plan() {
        document = document(2021, 2025);
        specific = objective(document, ObjectiveKind.SPECIFIC);
        percent = indicator("%");
    }

    @Test
    void a_target_is_created_read_replaced_and_deleted() {
        // "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ trên 95%" (from 90% in 2020), unit taken from the indicator.
        Map<String, Object> input = targetInput(specific, percent, "GT", 95, 2025);
        input.put("baselineValue", 90.5);
        input.put("baselineYear", 2020);
        input.put("subGroup", "trẻ em dưới 1 tuổi");
        input.put("sourceText", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ trên 95%");
        var created = given().contentType(ContentType.JSON).body(input)
                .when().post(TARGETS)
                .then().statusCode(201)
                .header("Location", matchesRegex(".*/api/v1/targets/[0-9]+$"))
                .header("ETag", "\"0\"")
                .body("objectiveId", is((int) specific))
                .body("documentId", is((int) document))
                .body("indicator.id", is((int) percent))
                .body("indicator.code", startsWith("IND_"))
                .body("indicator.unit", is("%"))
                .body("comparator", is("GT"))
                .body("value", is(95))
                .body("unit", is("%"))
                .body("baselineValue", is(90.5f))
                .body("baselineYear", is(2020))
                .body("targetYear", is(2025))
                .body("subGroup", is("trẻ em dưới 1 tuổi"))
                .body("version", is(0))
                .extract();
        long id = created.jsonPath().getLong("id");

        // Read back from the database (numeric(18,4)): the same numbers, not 95.0000.
        given().when().get(created.header("Location"))
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("id", is((int) id)).body("value", is(95)).body("baselineValue", is(90.5f))
                .body("documentId", is((int) document)).body("indicator.id", is((int) percent));

        // "đạt 97%" in 2024, without baseline: a full replacement.
        Map<String, Object> changed = targetInput(specific, percent, "GE", 97, 2024);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(TARGETS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("version", is(1)).body("comparator", is("GE")).body("value", is(97))
                .body("targetYear", is(2024)).body("baselineValue", nullValue()).body("baselineYear", nullValue())
                .body("subGroup", nullValue());
        given().when().get(TARGETS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("comparator", is("GE")).body("value", is(97));

        given().header("If-Match", "\"1\"").when().delete(TARGETS + "/" + id).then().statusCode(204);
        problem(given().when().get(TARGETS + "/" + id).then(), 404, "NOT_FOUND");
    }

    @Test
    void a_unit_given_overrides_the_indicator_unit() {
        long communes = indicator("xã");
        Map<String, Object> input = targetInput(specific, communes, "GE", 40, 2025);
        input.put("unit", "%");
        given().contentType(ContentType.JSON).body(input).when().post(TARGETS)
                .then().statusCode(201).body("unit", is("%")).body("indicator.unit", is("xã"));
        // With its own unit a count above 100 is fine.
        given().contentType(ContentType.JSON).body(targetInput(specific, communes, "GE", 150, 2025))
                .when().post(TARGETS)
                .then().statusCode(201).body("unit", is("xã")).body("value", is(150));
    }

    @Test
    void updates_and_deletes_need_the_current_etag() {
        long id = target(targetInput(specific, percent, "LT", 12, 2025));
        Map<String, Object> changed = targetInput(specific, percent, "LT", 10, 2025);
        problem(given().contentType(ContentType.JSON).body(changed).when().put(TARGETS + "/" + id).then(),
                428, "PRECONDITION_REQUIRED");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(TARGETS + "/" + id).then().statusCode(200).body("version", is(1));
        problem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(targetInput(specific, percent, "LT", 11, 2025))
                .when().put(TARGETS + "/" + id).then(), 412, "PRECONDITION_FAILED");
        problem(given().when().delete(TARGETS + "/" + id).then(), 428, "PRECONDITION_REQUIRED");
        problem(given().header("If-Match", "\"0\"").when().delete(TARGETS + "/" + id).then(),
                412, "PRECONDITION_FAILED");
        given().when().get(TARGETS + "/" + id).then().statusCode(200).body("value", is(10)).body("version", is(1));
    }

    @Test
    void targets_belong_to_specific_objectives() {
        long general = objective(document, ObjectiveKind.GENERAL);
        problem(given().contentType(ContentType.JSON).body(targetInput(general, percent, "GT", 95, 2025))
                .when().post(TARGETS).then(), 422, "RULE_VIOLATED")
                .body("violations[0].field", is("objectiveId"));
        given().queryParam("objectiveId", general).when().get(TARGETS).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void the_target_year_lies_within_the_plan_period() {
        given().contentType(ContentType.JSON).body(targetInput(specific, percent, "GT", 95, 2021))
                .when().post(TARGETS).then().statusCode(201);
        for (int year : new int[] { 2020, 2026, 2030 }) {
            problem(given().contentType(ContentType.JSON).body(targetInput(specific, percent, "GT", 95, year))
                    .when().post(TARGETS).then(), 422, "RULE_VIOLATED")
                    .body("violations[0].field", is("targetYear"));
        }
        // An update cannot move it out either.
        long id = target(targetInput(specific, percent, "GT", 95, 2025));
        problem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(targetInput(specific, percent, "GT", 95, 2031))
                .when().put(TARGETS + "/" + id).then(), 422, "RULE_VIOLATED")
                .body("violations[0].field", is("targetYear"));
        given().when().get(TARGETS + "/" + id).then().body("targetYear", is(2025));
    }

    @Test
    void a_percentage_lies_between_0_and_100() {
        problem(given().contentType(ContentType.JSON).body(targetInput(specific, percent, "GE", 100.5, 2025))
                .when().post(TARGETS).then(), 422, "RULE_VIOLATED")
                .body("violations[0].field", is("value"));
        problem(given().contentType(ContentType.JSON).body(targetInput(specific, percent, "LT", -1, 2025))
                .when().post(TARGETS).then(), 422, "RULE_VIOLATED")
                .body("violations[0].field", is("value"));
        Map<String, Object> baseline = targetInput(specific, percent, "GE", 99, 2025);
        baseline.put("baselineValue", 120);
        baseline.put("baselineYear", 2020);
        problem(given().contentType(ContentType.JSON).body(baseline).when().post(TARGETS).then(),
                422, "RULE_VIOLATED")
                .body("violations[0].field", is("baselineValue"));
        // "100% …" is a valid percentage.
        given().contentType(ContentType.JSON).body(targetInput(specific, percent, "EQ", 100, 2025))
                .when().post(TARGETS).then().statusCode(201).body("value", is(100));
    }

    @Test
    void a_baseline_comes_with_its_year_and_precedes_the_target() {
        Map<String, Object> late = targetInput(specific, percent, "GT", 95, 2023);
        late.put("baselineValue", 90);
        late.put("baselineYear", 2024);
        problem(given().contentType(ContentType.JSON).body(late).when().post(TARGETS).then(), 422, "RULE_VIOLATED")
                .body("violations[0].field", is("baselineYear"));

        Map<String, Object> noYear = targetInput(specific, percent, "GT", 95, 2025);
        noYear.put("baselineValue", 90);
        problem(given().contentType(ContentType.JSON).body(noYear).when().post(TARGETS).then(), 422, "RULE_VIOLATED")
                .body("violations[0].field", is("baselineYear"));

        Map<String, Object> noValue = targetInput(specific, percent, "GT", 95, 2025);
        noValue.put("baselineYear", 2020);
        problem(given().contentType(ContentType.JSON).body(noValue).when().post(TARGETS).then(), 422, "RULE_VIOLATED")
                .body("violations[0].field", is("baselineValue"));

        // A baseline in the target year itself is allowed.
        Map<String, Object> sameYear = targetInput(specific, percent, "GT", 95, 2025);
        sameYear.put("baselineValue", 90);
        sameYear.put("baselineYear", 2025);
        given().contentType(ContentType.JSON).body(sameYear).when().post(TARGETS).then().statusCode(201);
    }

    @Test
    void references_must_exist() {
        problem(given().contentType(ContentType.JSON).body(targetInput(999_999_999L, percent, "GT", 95, 2025))
                .when().post(TARGETS).then(), 422, "INVALID_REFERENCE")
                .body("violations[0].field", is("objectiveId"));
        problem(given().contentType(ContentType.JSON).body(targetInput(specific, 999_999_999L, "GT", 95, 2025))
                .when().post(TARGETS).then(), 422, "INVALID_REFERENCE")
                .body("violations[0].field", is("indicatorId"));
    }

    @Test
    void malformed_input_is_a_400() {
        Map<String, Object> missing = targetInput(specific, percent, "GT", 95, 2025);
        missing.remove("value");
        missing.remove("targetYear");
        missing.put("baselineYear", 1900);
        problem(given().contentType(ContentType.JSON).body(missing).when().post(TARGETS).then(),
                400, "VALIDATION_FAILED")
                .body("violations.field", containsInAnyOrder("baselineYear", "targetYear", "value"));

        problem(given().contentType(ContentType.JSON).body(targetInput(specific, percent, "GT", 95.12345, 2025))
                .when().post(TARGETS).then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", is("value"));

        problem(given().contentType(ContentType.JSON).body(targetInput(specific, percent, ">=", 95, 2025))
                .when().post(TARGETS).then(), 400, "INVALID_VALUE")
                .body("violations[0].field", is("comparator"))
                .body("violations[0].message", containsString("GE"));

        Map<String, Object> extra = targetInput(specific, percent, "GT", 95, 2025);
        extra.put("documentId", document);
        problem(given().contentType(ContentType.JSON).body(extra).when().post(TARGETS).then(), 400, "UNKNOWN_FIELD")
                .body("violations[0].field", is("documentId"));
        given().queryParam("documentId", document).when().get(TARGETS).then().body("totalItems", is(0));
    }

    @Test
    void the_list_filters_by_document_objective_indicator_and_year() {
        long second = objective(document, ObjectiveKind.SPECIFIC);
        String abuseCode = code("ABUSE");
        long abuse = indicator(abuseCode, "Tỷ lệ trẻ em bị xâm hại", "%", "LOWER_IS_BETTER");
        long t2025 = target(targetInput(specific, percent, "GT", 95, 2025));
        long t2023 = target(targetInput(specific, percent, "GT", 93, 2023));
        long abuse2025 = target(targetInput(second, abuse, "LT", 4.5, 2025));
        long otherDocument = document(2021, 2030);
        target(targetInput(objective(otherDocument, ObjectiveKind.SPECIFIC), percent, "GT", 98, 2030));

        given().queryParam("documentId", document)
                .when().get(TARGETS)
                .then().statusCode(200)
                .body("totalItems", is(3))
                .body("items.id", contains((int) t2023, (int) t2025, (int) abuse2025))
                .body("items.documentId", everyItem(is((int) document)))
                .body("items[2].indicator.code", is(abuseCode))
                .body("items[2].indicator.unit", is("%"))
                .body("items[2].value", is(4.5f));
        given().queryParam("documentId", document).queryParam("sort", "-targetYear,-id")
                .when().get(TARGETS)
                .then().statusCode(200).body("items.id", contains((int) abuse2025, (int) t2025, (int) t2023));
        given().queryParam("objectiveId", specific).queryParam("targetYear", 2025)
                .when().get(TARGETS)
                .then().statusCode(200).body("totalItems", is(1)).body("items[0].id", is((int) t2025));
        given().queryParam("indicatorId", percent)
                .when().get(TARGETS)
                .then().statusCode(200).body("totalItems", is(3));
        given().queryParam("indicatorId", abuse).queryParam("documentId", document).queryParam("size", 1)
                .when().get(TARGETS)
                .then().statusCode(200).body("totalItems", is(1)).body("items[0].id", is((int) abuse2025));
    }

    @Test
    void the_list_refuses_bad_parameters() {
        problem(given().queryParam("size", 101).when().get(TARGETS).then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", is("size"));
        problem(given().queryParam("targetYear", 3000).when().get(TARGETS).then(), 400, "VALIDATION_FAILED")
                .body("violations[0].message", containsString("2100"));
        problem(given().queryParam("sort", "value").when().get(TARGETS).then(), 400, "INVALID_PARAMETER")
                .body("violations[0].field", is("sort"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void a_viewer_reads_but_cannot_write() {
        given().queryParam("documentId", document).when().get(TARGETS).then().statusCode(200);
        problem(given().contentType(ContentType.JSON).body(targetInput(specific, percent, "GT", 95, 2025))
                .when().post(TARGETS).then(), 403, "FORBIDDEN");
        given().queryParam("documentId", document).when().get(TARGETS).then().body("totalItems", is(0));
    }
}
