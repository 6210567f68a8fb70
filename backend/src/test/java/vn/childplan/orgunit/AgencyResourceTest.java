package vn.childplan.orgunit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.childplan.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class AgencyResourceTest {
    private static final String AGENCIES = "/api/v1/agencies";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void create_read_update_and_delete_an_agency_with_etags() {
        long haiDuong = unitId("PROVINCE", "30", "2024-01-01");
        String name = unique("Sở Thử nghiệm tỉnh Hải Dương");
        String location = post(AGENCIES, agency(name, "Sở TN", "STATE_AGENCY", haiDuong, "2020-01-01", null, null))
                .statusCode(201).header("Location", containsString(AGENCIES + "/")).header("ETag", "\"0\"")
                .body("name", is(name)).body("shortName", is("Sở TN")).body("kind", is("STATE_AGENCY"))
                .body("unit.id", is((int) haiDuong)).body("unit.code", is("30")).body("unit.name", is("Tỉnh Hải Dương"))
                .body("validFrom", is("2020-01-01")).body("validTo", nullValue()).body("successor", nullValue())
                .body("version", is(0))
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        given().when().get(AGENCIES + "/" + id).then().statusCode(200).header("ETag", "\"0\"").body("name", is(name));

        String renamed = name + " (đổi tên)";
        Map<String, Object> update = agency(renamed, null, "OTHER", haiDuong, "2020-01-01", "2030-12-31", null);
        put(AGENCIES + "/" + id, null, update).statusCode(428).contentType(PROBLEM)
                .body("code", is("PRECONDITION_REQUIRED"));
        put(AGENCIES + "/" + id, "\"0\"", update).statusCode(200).header("ETag", "\"1\"")
                .body("name", is(renamed)).body("shortName", nullValue()).body("kind", is("OTHER"))
                .body("validTo", is("2030-12-31")).body("version", is(1));
        // a second editor who read version 0 must not overwrite the first one's change
        put(AGENCIES + "/" + id, "\"0\"", agency(name, "Sở TN", "STATE_AGENCY", haiDuong, null, null, null))
                .statusCode(412).contentType(PROBLEM).body("code", is("PRECONDITION_FAILED"));
        given().when().get(AGENCIES + "/" + id).then().header("ETag", "\"1\"").body("name", is(renamed));

        delete(AGENCIES + "/" + id, null).statusCode(428).contentType(PROBLEM).body("code", is("PRECONDITION_REQUIRED"));
        delete(AGENCIES + "/" + id, "\"0\"").statusCode(412).contentType(PROBLEM).body("code", is("PRECONDITION_FAILED"));
        delete(AGENCIES + "/" + id, "\"1\"").statusCode(204);
        given().when().get(AGENCIES + "/" + id).then().statusCode(404).contentType(PROBLEM).body("code", is("NOT_FOUND"));
    }

    @Test
    void a_central_body_has_no_unit() {
        long id = post(AGENCIES, agency(unique("Bộ Thử nghiệm"), "BTN", "STATE_AGENCY", null, null, null, null))
                .statusCode(201).body("unit", nullValue()).extract().jsonPath().getLong("id");
        delete(AGENCIES + "/" + id, "\"0\"").statusCode(204);
    }

    @Test
    void a_successor_needs_an_end_date_and_cannot_be_the_agency_itself() {
        long unit = unitId("PROVINCE", "30", "2024-01-01");
        String oldName = unique("Sở Lao động thử nghiệm");
        long successor = post(AGENCIES, agency(unique("Sở Y tế thử nghiệm"), null, "STATE_AGENCY", unit, null, null, null))
                .statusCode(201).extract().jsonPath().getLong("id");
        long old = post(AGENCIES, agency(oldName, null, "STATE_AGENCY", unit, null, null, null))
                .statusCode(201).extract().jsonPath().getLong("id");

        // creating or updating with a successor but no end date
        post(AGENCIES, agency(unique("Sở không ngày kết thúc"), null, "STATE_AGENCY", unit, null, null, successor))
                .statusCode(422).contentType(PROBLEM).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("validTo"));
        put(AGENCIES + "/" + old, "\"0\"", agency(oldName, null, "STATE_AGENCY", unit, null, null, successor))
                .statusCode(422).contentType(PROBLEM).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("validTo"));
        // succeeding itself
        put(AGENCIES + "/" + old, "\"0\"", agency(oldName, null, "STATE_AGENCY", unit, null, "2025-02-28", old))
                .statusCode(422).contentType(PROBLEM).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("successorId"));
        // an unknown successor
        put(AGENCIES + "/" + old, "\"0\"", agency(oldName, null, "STATE_AGENCY", unit, null, "2025-02-28", 987654321L))
                .statusCode(422).contentType(PROBLEM).body("code", is("INVALID_REFERENCE"))
                .body("violations[0].field", is("successorId"));
        // an end before the start
        put(AGENCIES + "/" + old, "\"0\"", agency(oldName, null, "STATE_AGENCY", unit, "2020-01-01", "2019-12-31", null))
                .statusCode(422).contentType(PROBLEM).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("validTo"));
        // none of the refused changes was applied
        given().when().get(AGENCIES + "/" + old).then().header("ETag", "\"0\"")
                .body("successor", nullValue()).body("validTo", nullValue());

        // Sở LĐTBXH → Sở Y tế, 2025
        put(AGENCIES + "/" + old, "\"0\"", agency(oldName, null, "STATE_AGENCY", unit, null, "2025-02-28", successor))
                .statusCode(200).header("ETag", "\"1\"")
                .body("validTo", is("2025-02-28")).body("successor.id", is((int) successor));
        // the successor is still named by its predecessor
        delete(AGENCIES + "/" + successor, "\"0\"").statusCode(409).contentType(PROBLEM)
                .body("code", is("STILL_REFERENCED"));
    }

    @Test
    void the_demo_department_of_labour_hands_over_to_the_department_of_health() {
        long hue2016 = unitId("PROVINCE", "46", "2016-06-01");
        given().queryParam("unitId", hue2016).queryParam("q", "lao dong thuong binh").when().get(AGENCIES).then()
                .statusCode(200).body("totalItems", is(1))
                .body("items[0].name", is("Sở Lao động - Thương binh và Xã hội"))
                .body("items[0].validTo", is("2025-02-28"))
                .body("items[0].successor.name", is("Sở Y tế"));
        // in existence on 2025-06-01: the Sở Y tế, not the dissolved Sở LĐTBXH
        given().queryParam("unitId", hue2016).queryParam("validOn", "2025-06-01").queryParam("size", 100)
                .when().get(AGENCIES).then().statusCode(200)
                .body("items.name", hasItem("Sở Y tế"))
                .body("items.name", not(hasItem("Sở Lao động - Thương binh và Xã hội")));
    }

    @Test
    void an_unknown_unit_is_an_invalid_reference() {
        post(AGENCIES, agency(unique("Sở Ma"), null, "STATE_AGENCY", 987654321L, null, null, null))
                .statusCode(422).contentType(PROBLEM).body("code", is("INVALID_REFERENCE"))
                .body("violations[0].field", is("unitId"));
        String name = unique("Sở Thật");
        long id = createAgency(name);
        put(AGENCIES + "/" + id, "\"0\"", agency(name, null, "STATE_AGENCY", 987654321L, null, null, null))
                .statusCode(422).contentType(PROBLEM).body("code", is("INVALID_REFERENCE"))
                .body("violations[0].field", is("unitId"));
        given().when().get(AGENCIES + "/" + id).then().header("ETag", "\"0\"").body("unit", nullValue());
    }

    @Test
    void names_are_unique_within_a_unit_whatever_the_case_diacritics_or_unicode_form() {
        long unit = unitId("PROVINCE", "72", "2016-06-01");
        String marker = unique("Zq").replace(" ", "");
        long first = post(AGENCIES, agency("Sở Nội vụ " + marker, null, "STATE_AGENCY", unit, null, null, null))
                .statusCode(201).extract().jsonPath().getLong("id");
        for (String same : List.of("SỞ NỘI VỤ " + marker, Normalizer.normalize("Sở Nội vụ " + marker, Normalizer.Form.NFD))) {
            post(AGENCIES, agency(same, null, "STATE_AGENCY", unit, null, null, null))
                    .statusCode(409).contentType(PROBLEM).body("code", is("DUPLICATE"))
                    .body("violations[0].field", is("name"));
        }
        // the same name in another unit is another agency
        long other = post(AGENCIES, agency("Sở Nội vụ " + marker, null, "STATE_AGENCY",
                unitId("PROVINCE", "30", "2016-06-01"), null, null, null)).statusCode(201).extract().jsonPath().getLong("id");
        given().queryParam("q", marker).when().get(AGENCIES).then().body("items.id", containsInAnyOrder((int) first, (int) other));
    }

    @Test
    void lists_filter_by_unit_kind_validity_and_words_of_the_name() {
        long haiDuong = unitId("PROVINCE", "30", "2016-06-01");
        long tayNinh = unitId("PROVINCE", "72", "2016-06-01");
        String m = unique("Zq").replace(" ", "");
        long alpha = post(AGENCIES, agency("Sở Alpha " + m, null, "STATE_AGENCY", haiDuong, "2010-01-01", null, null))
                .statusCode(201).extract().jsonPath().getLong("id");
        long beta = post(AGENCIES, agency("Hội Beta " + m, null, "MASS_ORGANISATION", haiDuong, null, "2019-12-31", null))
                .statusCode(201).extract().jsonPath().getLong("id");
        long gamma = post(AGENCIES, agency("Báo Gamma " + m, null, "PRESS", tayNinh, null, null, null))
                .statusCode(201).extract().jsonPath().getLong("id");

        given().queryParam("q", m).when().get(AGENCIES).then().statusCode(200)
                .body("totalItems", is(3)).body("items.id", containsInAnyOrder((int) alpha, (int) beta, (int) gamma));
        given().queryParam("q", m).queryParam("unitId", haiDuong).when().get(AGENCIES).then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) alpha, (int) beta))
                .body("items.unit.code", everyItem(is("30")));
        given().queryParam("q", m).queryParam("kind", "MASS_ORGANISATION").when().get(AGENCIES).then().statusCode(200)
                .body("items.id", contains((int) beta));
        given().queryParam("q", m).queryParam("validOn", "2022-01-01").when().get(AGENCIES).then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) alpha, (int) gamma));
        given().queryParam("q", m).queryParam("validOn", "2009-12-31").when().get(AGENCIES).then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) beta, (int) gamma));
        given().queryParam("kind", "BOSS").when().get(AGENCIES).then().statusCode(400).contentType(PROBLEM)
                .body("code", is("INVALID_PARAMETER"));
    }

    @Test
    void search_ignores_diacritics_case_and_unicode_form_and_covers_the_short_name() {
        long hue2016 = unitId("PROVINCE", "46", "2016-06-01");
        String nfd = Normalizer.normalize("Sở Y tế", Normalizer.Form.NFD);
        for (String q : List.of("so y te", "SỞ Y TẾ", "Sở Y tế", nfd)) {
            given().queryParam("unitId", hue2016).queryParam("q", q).queryParam("size", 100)
                    .when().get(AGENCIES).then().statusCode(200)
                    .body("items.name", hasItem("Sở Y tế"))
                    .body("items.name", not(hasItem("Sở Tài chính")));
        }
        // short names count too: 'Sở LĐTBXH', đ matching d
        given().queryParam("unitId", hue2016).queryParam("q", "ldtbxh").when().get(AGENCIES).then().statusCode(200)
                .body("items.name", contains("Sở Lao động - Thương binh và Xã hội"));
        // LIKE wildcards are literal
        given().queryParam("q", "%").when().get(AGENCIES).then().statusCode(200).body("totalItems", is(0));

        // a name typed in combining form is stored precomposed, and found by either form
        String m = unique("Zq").replace(" ", "");
        String nfc = "Sở Văn hóa, Thể thao và Du lịch " + m;
        long id = post(AGENCIES, agency(Normalizer.normalize(nfc, Normalizer.Form.NFD), null, "STATE_AGENCY", null, null,
                null, null)).statusCode(201).body("name", is(nfc)).extract().jsonPath().getLong("id");
        given().when().get(AGENCIES + "/" + id).then().body("name", is(nfc));
        given().queryParam("q", "van hoa the thao " + m).when().get(AGENCIES).then().statusCode(200)
                .body("items.id", contains((int) id));
    }

    @Test
    void lists_sort_by_name_and_refuse_unknown_sort_keys() {
        String m = unique("Zq").replace(" ", "");
        long c = createAgency("Sở Cờ " + m);
        long a = createAgency("Ban An " + m);
        long b = createAgency("Hội Bình " + m);
        given().queryParam("q", m).queryParam("sort", "name").when().get(AGENCIES).then().statusCode(200)
                .body("items.id", contains((int) a, (int) b, (int) c));
        given().queryParam("q", m).queryParam("sort", "-name").when().get(AGENCIES).then().statusCode(200)
                .body("items.id", contains((int) c, (int) b, (int) a));
        // paging keeps the order and reports the total
        given().queryParam("q", m).queryParam("sort", "name").queryParam("size", 2).queryParam("page", 1)
                .when().get(AGENCIES).then().statusCode(200)
                .body("items.id", contains((int) c)).body("totalItems", is(3)).body("totalPages", is(2));

        given().queryParam("sort", "password").when().get(AGENCIES).then().statusCode(400).contentType(PROBLEM)
                .body("code", is("INVALID_PARAMETER")).body("violations[0].field", is("sort"));
        given().queryParam("sort", "name;drop").when().get(AGENCIES).then().statusCode(400).contentType(PROBLEM)
                .body("code", is("VALIDATION_FAILED"));
    }

    @Test
    void an_agency_that_issued_a_document_cannot_be_deleted() {
        long issuer = createAgency(unique("UBND thử nghiệm"));
        long document = createDocument(draftPlan(issuer, "Kế hoạch của cơ quan không xoá được"));
        delete(AGENCIES + "/" + issuer, "\"0\"").statusCode(409).contentType(PROBLEM)
                .body("code", is("STILL_REFERENCED"));
        given().when().get(AGENCIES + "/" + issuer).then().statusCode(200);
        given().when().get("/api/v1/documents/" + document).then().statusCode(200).body("issuer.id", is((int) issuer));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "unit_code", value = "46"))
    void a_viewer_reads_but_cannot_write() {
        long hue2016 = unitId("PROVINCE", "46", "2016-06-01");
        long soYTe = given().queryParam("unitId", hue2016).queryParam("q", "so y te").when().get(AGENCIES).then()
                .statusCode(200).extract().jsonPath().getLong("items.find { it.name == 'Sở Y tế' }.id");
        given().when().get(AGENCIES + "/" + soYTe).then().statusCode(200);

        post(AGENCIES, agency(unique("Sở của người xem"), null, "STATE_AGENCY", null, null, null, null))
                .statusCode(403).contentType(PROBLEM).body("code", is("FORBIDDEN"));
        // no If-Match: were the role check missing, the answer would be 428 and the demo agency stay untouched
        put(AGENCIES + "/" + soYTe, null, agency("Sở Y tế (sửa)", null, "STATE_AGENCY", hue2016, null, null, null))
                .statusCode(403).contentType(PROBLEM).body("code", is("FORBIDDEN"));
        delete(AGENCIES + "/" + soYTe, null).statusCode(403).contentType(PROBLEM).body("code", is("FORBIDDEN"));
        given().when().get(AGENCIES + "/" + soYTe).then().statusCode(200).body("name", is("Sở Y tế"));
    }

    private static Map<String, Object> agency(String name, String shortName, String kind, Long unitId, String validFrom,
            String validTo, Long successorId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("shortName", shortName);
        body.put("kind", kind);
        body.put("unitId", unitId);
        body.put("validFrom", validFrom);
        body.put("validTo", validTo);
        body.put("successorId", successorId);
        return body;
    }
}
