package vn.childplan.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.childplan.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class DocumentResourceTest {

    @Test
    void create_read_update_and_delete_a_draft_plan_with_etags() {
        long issuer = createAgency(unique("UBND tỉnh thử"));
        var created = post("/api/v1/documents", draftPlan(issuer, "Kế hoạch thử nghiệm"))
                .statusCode(201).header("Location", containsString("/api/v1/documents/")).header("ETag", "\"0\"")
                .body("number", nullValue()).body("status", is("DRAFT")).body("issuer.id", is((int) issuer))
                .extract().jsonPath();
        long id = created.getLong("id");

        given().when().get("/api/v1/documents/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("title", is("Kế hoạch thử nghiệm"));

        Map<String, Object> issued = draftPlan(issuer, "Kế hoạch thử nghiệm (ban hành)");
        issued.put("status", "ISSUED");
        issued.put("number", "99/KH-UBND");
        issued.put("issuedOn", "2026-03-01");
        issued.put("funding", List.of(Map.of("source", "PROVINCIAL_BUDGET", "plannedAmount", 500000000)));
        put("/api/v1/documents/" + id, "\"0\"", issued).statusCode(200).header("ETag", "\"1\"")
                .body("number", is("99/KH-UBND")).body("funding[0].source", is("PROVINCIAL_BUDGET"));

        // Issued texts are kept: delete is refused, and so is a return to draft.
        given().header("If-Match", "\"1\"").when().delete("/api/v1/documents/" + id).then().statusCode(422)
                .contentType("application/problem+json").body("code", is("RULE_VIOLATED"));
        put("/api/v1/documents/" + id, "\"1\"", draftPlan(issuer, "lại nháp")).statusCode(422)
                .body("violations[0].field", is("status"));

        long draft = createDocument(draftPlan(issuer, "Bản nháp để xoá"));
        given().header("If-Match", "\"0\"").when().delete("/api/v1/documents/" + draft).then().statusCode(204);
        given().when().get("/api/v1/documents/" + draft).then().statusCode(404).body("code", is("NOT_FOUND"));
    }

    @Test
    void updates_need_the_current_etag() {
        long issuer = createAgency(unique("UBND"));
        long id = createDocument(draftPlan(issuer, "Kế hoạch A"));
        put("/api/v1/documents/" + id, null, draftPlan(issuer, "không có If-Match")).statusCode(428)
                .contentType("application/problem+json").body("code", is("PRECONDITION_REQUIRED"));
        put("/api/v1/documents/" + id, "\"0\"", draftPlan(issuer, "người thứ nhất")).statusCode(200);
        // A second editor who read version 0 must not overwrite the first one's change.
        put("/api/v1/documents/" + id, "\"0\"", draftPlan(issuer, "người thứ hai")).statusCode(412)
                .body("code", is("PRECONDITION_FAILED"));
        given().when().get("/api/v1/documents/" + id).then().body("title", is("người thứ nhất"));
        given().header("If-Match", "\"0\"").when().delete("/api/v1/documents/" + id).then().statusCode(412);
    }

    @Test
    void a_non_draft_needs_number_and_issue_date() {
        long issuer = createAgency(unique("UBND"));
        Map<String, Object> body = draftPlan(issuer, "Kế hoạch thiếu số");
        body.put("status", "ISSUED");
        post("/api/v1/documents", body).statusCode(422).body("code", is("RULE_VIOLATED"))
                .body("violations.field", hasItem("number"));
    }

    @Test
    void the_cascade_links_parents_and_children_and_refuses_cycles() {
        long issuer = createAgency(unique("UBND"));
        long national = createDocument(draftPlan(issuer, "Chương trình quốc gia"));
        long province = createDocument(with(draftPlan(issuer, "Kế hoạch tỉnh"), "implementsIds", List.of(national)));
        long district = createDocument(with(draftPlan(issuer, "Kế hoạch huyện"), "implementsIds", List.of(province)));

        given().when().get("/api/v1/documents/" + district).then().statusCode(200)
                .body("implementsDocuments.id", contains((int) province));
        given().queryParam("implementsId", national).when().get("/api/v1/documents").then().statusCode(200)
                .body("items.id", contains((int) province));

        // national → district would close the loop national → district → province → national
        put("/api/v1/documents/" + national, "\"0\"",
                with(draftPlan(issuer, "Chương trình quốc gia"), "implementsIds", List.of(district)))
                .statusCode(422).contentType("application/problem+json").body("code", is("CASCADE_CYCLE"))
                .body("violations[0].field", is("implementsIds"));
        put("/api/v1/documents/" + national, "\"0\"",
                with(draftPlan(issuer, "Chương trình quốc gia"), "implementsIds", List.of(national)))
                .statusCode(422);
        post("/api/v1/documents", with(draftPlan(issuer, "x"), "implementsIds", List.of(987654321)))
                .statusCode(422).body("code", is("INVALID_REFERENCE"));
        // the refused change left nothing behind
        given().when().get("/api/v1/documents/" + national).then().body("implementsDocuments", empty())
                .header("ETag", "\"0\"");
        // a parent still implemented by others cannot be deleted
        given().header("If-Match", "\"0\"").when().delete("/api/v1/documents/" + national).then().statusCode(409)
                .body("code", is("STILL_REFERENCED"));
    }

    @Test
    void search_ignores_diacritics_case_and_unicode_form() {
        long issuer = createAgency(unique("UBND"));
        String marker = unique("Zq");
        long id = createDocument(draftPlan(issuer, "Bảo vệ trẻ em vùng cao " + marker));
        String nfd = Normalizer.normalize("trẻ em vùng cao", Normalizer.Form.NFD);
        for (String q : List.of("tre em vung cao", "TRẺ EM VÙNG CAO", nfd, "TRE EM")) {
            given().queryParam("q", q + " " + marker).when().get("/api/v1/documents").then().statusCode(200)
                    .body("items.id", contains((int) id));
        }
        // stored text is NFC even when sent decomposed
        long nfdDoc = createDocument(draftPlan(issuer, Normalizer.normalize("Trẻ em " + marker + " NFD", Normalizer.Form.NFD)));
        given().when().get("/api/v1/documents/" + nfdDoc).then()
                .body("title", is(Normalizer.normalize("Trẻ em " + marker + " NFD", Normalizer.Form.NFC)));
        // LIKE wildcards in the query are literal
        given().queryParam("q", "%").when().get("/api/v1/documents").then().body("totalItems", is(0));
    }

    @Test
    void the_documents_a_plan_implements_come_in_one_order() {
        long issuer = createAgency(unique("UBND"));
        long first = createDocument(draftPlan(issuer, "Chương trình một"));
        long second = createDocument(draftPlan(issuer, "Chương trình hai"));
        long plan = createDocument(with(draftPlan(issuer, "Kế hoạch"), "implementsIds", List.of(second, first)));
        // by id, in the answer to the write and to every read, whatever order they were sent or stored in
        put("/api/v1/documents/" + plan, "\"0\"",
                with(draftPlan(issuer, "Kế hoạch"), "implementsIds", List.of(second, first)))
                .statusCode(200).body("implementsDocuments.id", contains((int) first, (int) second));
        given().when().get("/api/v1/documents/" + plan).then().statusCode(200)
                .body("implementsDocuments.id", contains((int) first, (int) second));
    }

    @Test
    void lists_are_paged_filtered_and_sorted_within_bounds() {
        given().queryParam("kind", "PLAN").queryParam("year", 2016).queryParam("sort", "-issuedOn,title")
                .when().get("/api/v1/documents").then().statusCode(200)
                .body("items.number", hasItem("26/KH-UBND")).body("size", is(20));
        given().queryParam("size", 101).when().get("/api/v1/documents").then().statusCode(400)
                .body("code", is("VALIDATION_FAILED")).body("violations[0].field", is("size"));
        given().queryParam("page", -1).when().get("/api/v1/documents").then().statusCode(400);
        given().queryParam("sort", "password").when().get("/api/v1/documents").then().statusCode(400)
                .body("code", is("INVALID_PARAMETER"));
        given().queryParam("status", "BURNT").when().get("/api/v1/documents").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("size", "abc").when().get("/api/v1/documents").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void a_viewer_reads_but_cannot_write() {
        given().when().get("/api/v1/documents").then().statusCode(200);
        post("/api/v1/documents", draftPlan(1, "x")).statusCode(403).contentType("application/problem+json")
                .body("code", is("FORBIDDEN"));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }
}
