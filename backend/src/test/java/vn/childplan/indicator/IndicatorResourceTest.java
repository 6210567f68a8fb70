package vn.childplan.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.childplan.indicator.IndicatorFixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.childplan.document.ObjectiveKind;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class IndicatorResourceTest {

    @Test
    void an_indicator_is_created_read_replaced_and_deleted() {
        String code = code("IMMUNISATION_FULL_U1");
        String nfc = "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ";
        // Typed in combining form, as some keyboards and PDF copies produce it; stored as NFC.
        Map<String, Object> input = indicatorInput(code, "  " + Normalizer.normalize(nfc, Normalizer.Form.NFD) + " ",
                "%", "HIGHER_IS_BETTER");
        var created = given().contentType(ContentType.JSON).body(input)
                .when().post(INDICATORS)
                .then().statusCode(201)
                .header("Location", matchesRegex(".*/api/v1/indicators/[0-9]+$"))
                .header("ETag", "\"0\"")
                .body("code", is(code))
                .body("nameVi", is(nfc))
                .body("unit", is("%"))
                .body("direction", is("HIGHER_IS_BETTER"))
                .body("version", is(0))
                .extract();
        long id = created.jsonPath().getLong("id");
        given().when().get(created.header("Location"))
                .then().statusCode(200).body("id", is((int) id));

        given().when().get(INDICATORS + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("code", is(code)).body("nameVi", is(nfc));

        Map<String, Object> changed = indicatorInput(code, nfc, "%", "LOWER_IS_BETTER");
        changed.put("nameEn", "Fully immunised children under one");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(INDICATORS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("version", is(1)).body("direction", is("LOWER_IS_BETTER"))
                .body("nameEn", is("Fully immunised children under one"));
        given().when().get(INDICATORS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("direction", is("LOWER_IS_BETTER"));

        given().header("If-Match", "\"1\"").when().delete(INDICATORS + "/" + id).then().statusCode(204);
        problem(given().when().get(INDICATORS + "/" + id).then(), 404, "NOT_FOUND");
    }

    @Test
    void updates_and_deletes_need_the_current_etag() {
        String code = code("ETAG");
        long id = indicator(code, "Tỷ lệ trẻ em được khai sinh", "%", "HIGHER_IS_BETTER");
        Map<String, Object> changed = indicatorInput(code, "Tỷ lệ trẻ em được đăng ký khai sinh", "%", "HIGHER_IS_BETTER");

        problem(given().contentType(ContentType.JSON).body(changed).when().put(INDICATORS + "/" + id).then(),
                428, "PRECONDITION_REQUIRED");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(INDICATORS + "/" + id).then().statusCode(200).body("version", is(1));
        // A second writer still holding version 0 must not overwrite the first one's change.
        Map<String, Object> stale = indicatorInput(code, "Tên khác", "%", "HIGHER_IS_BETTER");
        problem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(stale)
                .when().put(INDICATORS + "/" + id).then(), 412, "PRECONDITION_FAILED");
        problem(given().when().delete(INDICATORS + "/" + id).then(), 428, "PRECONDITION_REQUIRED");
        problem(given().header("If-Match", "\"0\"").when().delete(INDICATORS + "/" + id).then(),
                412, "PRECONDITION_FAILED");

        given().when().get(INDICATORS + "/" + id)
                .then().statusCode(200).body("nameVi", is("Tỷ lệ trẻ em được đăng ký khai sinh")).body("version", is(1));
    }

    @Test
    void a_code_is_used_once() {
        String code = code("DUP");
        indicator(code, "Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi", "%", "LOWER_IS_BETTER");
        problem(given().contentType(ContentType.JSON)
                .body(indicatorInput(code, "Một chỉ tiêu khác", "%", "LOWER_IS_BETTER"))
                .when().post(INDICATORS).then(), 409, "DUPLICATE")
                .body("violations[0].field", is("code"));
        given().queryParam("q", code).when().get(INDICATORS).then().statusCode(200).body("totalItems", is(1));
    }

    @Test
    void invalid_fields_are_all_reported() {
        Map<String, Object> input = indicatorInput("lower_case", "   ", "%", "HIGHER_IS_BETTER");
        input.put("unit", "x".repeat(31));
        problem(given().contentType(ContentType.JSON).body(input).when().post(INDICATORS).then(),
                400, "VALIDATION_FAILED")
                .body("violations.field", containsInAnyOrder("code", "nameVi", "unit"))
                .body("violations.find { it.field == 'code' }.code", is("Pattern"))
                .body("violations.find { it.field == 'nameVi' }.code", is("NotBlank"));

        Map<String, Object> missing = indicatorInput(code("MISSING"), "Tên", "%", null);
        problem(given().contentType(ContentType.JSON).body(missing).when().post(INDICATORS).then(),
                400, "VALIDATION_FAILED")
                .body("violations.field", contains("direction"));
    }

    @Test
    void an_unknown_direction_names_the_field_and_the_allowed_values() {
        Map<String, Object> input = indicatorInput(code("ENUM"), "Tên", "%", "UP");
        problem(given().contentType(ContentType.JSON).body(input).when().post(INDICATORS).then(),
                400, "INVALID_VALUE")
                .body("violations[0].field", is("direction"))
                .body("violations[0].message", containsString("HIGHER_IS_BETTER"));
    }

    @Test
    void an_unknown_field_is_refused_not_ignored() {
        Map<String, Object> input = indicatorInput(code("UNKNOWN"), "Tên", "%", "HIGHER_IS_BETTER");
        input.put("target", 95);
        problem(given().contentType(ContentType.JSON).body(input).when().post(INDICATORS).then(),
                400, "UNKNOWN_FIELD")
                .body("violations[0].field", is("target"));
        given().queryParam("q", input.get("code")).when().get(INDICATORS).then().body("totalItems", is(0));
    }

    @Test
    void the_list_searches_without_diacritics_and_filters_by_direction() {
        String t = token();
        long immunised = indicator(code("IMM"), "Tỷ lệ trẻ em tiêm chủng đầy đủ " + t, "%", "HIGHER_IS_BETTER");
        long abused = indicator(code("ABUSE"), "Tỷ lệ trẻ em bị xâm hại " + t, "%", "LOWER_IS_BETTER");
        long stunted = indicator(code("STUNT"), "Tỷ lệ suy dinh dưỡng thể thấp còi " + t, "%", "LOWER_IS_BETTER");

        given().queryParam("q", t).queryParam("sort", "-nameVi")
                .when().get(INDICATORS)
                .then().statusCode(200)
                .body("totalItems", is(3)).body("totalPages", is(1))
                .body("items.id", contains((int) immunised, (int) abused, (int) stunted));
        given().queryParam("q", "tre em TIEM CHUNG " + t)
                .when().get(INDICATORS)
                .then().statusCode(200).body("totalItems", is(1)).body("items[0].id", is((int) immunised));
        given().queryParam("q", t).queryParam("direction", "LOWER_IS_BETTER").queryParam("sort", "code")
                .queryParam("size", 1).queryParam("page", 1)
                .when().get(INDICATORS)
                .then().statusCode(200)
                .body("totalItems", is(2)).body("totalPages", is(2)).body("size", is(1)).body("page", is(1))
                .body("items.id", contains((int) stunted));
    }

    @Test
    void the_list_refuses_oversized_pages_and_unknown_sort_keys() {
        problem(given().queryParam("size", 101).when().get(INDICATORS).then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", is("size"));
        problem(given().queryParam("sort", "unit").when().get(INDICATORS).then(), 400, "INVALID_PARAMETER")
                .body("violations[0].field", is("sort"));
    }

    @Test
    void an_indicator_that_targets_use_cannot_be_deleted() {
        long indicator = indicator("%");
        long document = document(2021, 2025);
        long objective = objective(document, ObjectiveKind.SPECIFIC);
        target(targetInput(objective, indicator, "GT", 95, 2025));

        problem(given().header("If-Match", "\"0\"").when().delete(INDICATORS + "/" + indicator).then(),
                409, "STILL_REFERENCED");
        given().when().get(INDICATORS + "/" + indicator).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void a_viewer_reads_but_cannot_write() {
        given().when().get(INDICATORS).then().statusCode(200);
        Map<String, Object> input = indicatorInput(code("VIEWER"), "Tên", "%", "HIGHER_IS_BETTER");
        problem(given().contentType(ContentType.JSON).body(input).when().post(INDICATORS).then(), 403, "FORBIDDEN");
        given().queryParam("q", input.get("code")).when().get(INDICATORS).then().body("totalItems", is(0));
    }

    @Test
    void an_unknown_indicator_is_404() {
        problem(given().when().get(INDICATORS + "/999999999").then(), 404, "NOT_FOUND");
        problem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(indicatorInput(code("NONE"), "Tên", "%", "HIGHER_IS_BETTER"))
                .when().put(INDICATORS + "/999999999").then(), 404, "NOT_FOUND");
    }
}
