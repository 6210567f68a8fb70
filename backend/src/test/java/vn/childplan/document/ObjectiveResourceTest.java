package vn.childplan.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.childplan.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ObjectiveResourceTest {
    private static final String OBJECTIVES = "/api/v1/objectives";
    private static final String PROBLEM = "application/problem+json";
    private static final String GENERAL_TEXT = "Tạo môi trường sống an toàn, thân thiện và lành mạnh để trẻ em được "
            + "thực hiện ngày càng tốt hơn các quyền của mình";
    private static final String SPECIFIC_TEXT = "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt trên 95%";

    @Test
    void general_and_specific_objectives_are_listed_in_document_order() {
        long document = newDraft();
        String location = post(OBJECTIVES, objective(document, "GENERAL", null, GENERAL_TEXT)).statusCode(201)
                .header("Location", containsString(OBJECTIVES + "/")).header("ETag", "\"0\"")
                .body("documentId", is((int) document)).body("kind", is("GENERAL")).body("position", is(0))
                .body("text", is(GENERAL_TEXT)).body("version", is(0))
                .extract().header("Location");
        long general = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long specific = post(OBJECTIVES, objective(document, "SPECIFIC", null, SPECIFIC_TEXT)).statusCode(201)
                .body("kind", is("SPECIFIC")).body("position", is(1))
                .extract().jsonPath().getLong("id");

        given().when().get(OBJECTIVES + "/" + general).then().statusCode(200).header("ETag", "\"0\"")
                .body("text", is(GENERAL_TEXT));
        given().queryParam("documentId", document).when().get(OBJECTIVES).then().statusCode(200)
                .body("totalItems", is(2))
                .body("items.id", contains((int) general, (int) specific))
                .body("items.kind", contains("GENERAL", "SPECIFIC"))
                .body("items.position", contains(0, 1));
        given().queryParam("documentId", document).queryParam("kind", "SPECIFIC").when().get(OBJECTIVES).then()
                .statusCode(200).body("items.id", contains((int) specific));
        given().queryParam("documentId", document).queryParam("sort", "-position").when().get(OBJECTIVES).then()
                .statusCode(200).body("items.id", contains((int) specific, (int) general));

        // positions are counted per document
        long other = newDraft();
        long otherObjective = post(OBJECTIVES, objective(other, "GENERAL", null, GENERAL_TEXT)).statusCode(201)
                .body("position", is(0)).extract().jsonPath().getLong("id");
        given().queryParam("documentId", other).when().get(OBJECTIVES).then().statusCode(200)
                .body("items.id", contains((int) otherObjective));

        given().queryParam("sort", "text").when().get(OBJECTIVES).then().statusCode(400).contentType(PROBLEM)
                .body("code", is("INVALID_PARAMETER"));
    }

    @Test
    void an_explicit_position_orders_the_list_and_a_default_one_comes_after_the_last() {
        long document = newDraft();
        long second = post(OBJECTIVES, objective(document, "SPECIFIC", 5, "Mục tiêu ở vị trí 5")).statusCode(201)
                .body("position", is(5)).extract().jsonPath().getLong("id");
        long first = post(OBJECTIVES, objective(document, "GENERAL", 2, "Mục tiêu ở vị trí 2")).statusCode(201)
                .body("position", is(2)).extract().jsonPath().getLong("id");
        given().queryParam("documentId", document).when().get(OBJECTIVES).then().statusCode(200)
                .body("items.id", contains((int) first, (int) second));

        // "Order within the document; defaults to after the last one"
        long last = post(OBJECTIVES, objective(document, "SPECIFIC", null, "Mục tiêu thêm vào cuối")).statusCode(201)
                .body("position", greaterThan(5)).extract().jsonPath().getLong("id");
        given().queryParam("documentId", document).when().get(OBJECTIVES).then().statusCode(200)
                .body("items.id", contains((int) first, (int) second, (int) last));
    }

    @Test
    void updates_need_the_current_etag_and_keep_the_objective_in_its_document() {
        long document = newDraft();
        long id = post(OBJECTIVES, objective(document, "GENERAL", null, GENERAL_TEXT)).statusCode(201)
                .extract().jsonPath().getLong("id");
        post(OBJECTIVES, objective(document, "SPECIFIC", null, SPECIFIC_TEXT)).statusCode(201);

        String nfd = Normalizer.normalize("Giảm tỷ lệ trẻ em bị xâm hại", Normalizer.Form.NFD);
        Map<String, Object> change = objective(document, "SPECIFIC", null, "  " + nfd + "  ");
        put(OBJECTIVES + "/" + id, null, change).statusCode(428).contentType(PROBLEM)
                .body("code", is("PRECONDITION_REQUIRED"));
        // text is stored trimmed and NFC; no position = keep the current one
        put(OBJECTIVES + "/" + id, "\"0\"", change).statusCode(200).header("ETag", "\"1\"")
                .body("kind", is("SPECIFIC")).body("position", is(0)).body("version", is(1))
                .body("text", is(Normalizer.normalize("Giảm tỷ lệ trẻ em bị xâm hại", Normalizer.Form.NFC)));
        // a second editor who read version 0 must not overwrite the first one's change
        put(OBJECTIVES + "/" + id, "\"0\"", objective(document, "GENERAL", null, "bản cũ")).statusCode(412)
                .contentType(PROBLEM).body("code", is("PRECONDITION_FAILED"));
        put(OBJECTIVES + "/" + id, "\"1\"", objective(document, "SPECIFIC", 3, "Giảm tỷ lệ trẻ em bị xâm hại"))
                .statusCode(200).header("ETag", "\"2\"").body("position", is(3));

        // an objective cannot move to another document
        long other = newDraft();
        put(OBJECTIVES + "/" + id, "\"2\"", objective(other, "SPECIFIC", 3, "Giảm tỷ lệ trẻ em bị xâm hại"))
                .statusCode(422).contentType(PROBLEM).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("documentId"));
        given().when().get(OBJECTIVES + "/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("documentId", is((int) document));
        given().queryParam("documentId", other).when().get(OBJECTIVES).then().body("totalItems", is(0));

        put(OBJECTIVES + "/987654321", "\"0\"", objective(document, "GENERAL", null, "x")).statusCode(404)
                .contentType(PROBLEM).body("code", is("NOT_FOUND"));
    }

    @Test
    void delete_needs_the_current_etag() {
        long document = newDraft();
        long keep = post(OBJECTIVES, objective(document, "GENERAL", null, GENERAL_TEXT)).statusCode(201)
                .extract().jsonPath().getLong("id");
        long id = post(OBJECTIVES, objective(document, "SPECIFIC", null, SPECIFIC_TEXT)).statusCode(201)
                .extract().jsonPath().getLong("id");
        put(OBJECTIVES + "/" + id, "\"0\"", objective(document, "SPECIFIC", null, SPECIFIC_TEXT + ".")).statusCode(200);

        delete(OBJECTIVES + "/" + id, null).statusCode(428).contentType(PROBLEM).body("code", is("PRECONDITION_REQUIRED"));
        delete(OBJECTIVES + "/" + id, "\"0\"").statusCode(412).contentType(PROBLEM).body("code", is("PRECONDITION_FAILED"));
        delete(OBJECTIVES + "/" + id, "\"1\"").statusCode(204);
        given().when().get(OBJECTIVES + "/" + id).then().statusCode(404).contentType(PROBLEM)
                .body("code", is("NOT_FOUND"));
        given().queryParam("documentId", document).when().get(OBJECTIVES).then().body("items.id", contains((int) keep));
        delete(OBJECTIVES + "/" + id, "\"1\"").statusCode(404).contentType(PROBLEM).body("code", is("NOT_FOUND"));
    }

    @Test
    void deleting_an_objective_deletes_its_targets() {
        long document = newDraft();
        long objective = post(OBJECTIVES, objective(document, "SPECIFIC", null, SPECIFIC_TEXT)).statusCode(201)
                .extract().jsonPath().getLong("id");
        long target = post("/api/v1/targets", target(objective, newIndicator())).statusCode(201)
                .extract().jsonPath().getLong("id");

        delete(OBJECTIVES + "/" + objective, "\"0\"").statusCode(204);
        given().when().get("/api/v1/targets/" + target).then().statusCode(404).contentType(PROBLEM)
                .body("code", is("NOT_FOUND"));
    }

    @Test
    void a_specific_objective_carrying_targets_cannot_become_general() {
        // Only specific objectives carry targets (the target API refuses a general one); turning a specific objective
        // with targets into a general one would leave targets on a general objective.
        long document = newDraft();
        long objective = post(OBJECTIVES, objective(document, "SPECIFIC", null, SPECIFIC_TEXT)).statusCode(201)
                .extract().jsonPath().getLong("id");
        post("/api/v1/targets", target(objective, newIndicator())).statusCode(201);

        put(OBJECTIVES + "/" + objective, "\"0\"", objective(document, "GENERAL", null, SPECIFIC_TEXT))
                .statusCode(422).contentType(PROBLEM).body("code", is("RULE_VIOLATED"));
        given().when().get(OBJECTIVES + "/" + objective).then().statusCode(200).body("kind", is("SPECIFIC"));
    }

    @Test
    void invalid_objectives_are_refused() {
        long document = newDraft();
        post(OBJECTIVES, objective(987654321L, "GENERAL", null, GENERAL_TEXT)).statusCode(422).contentType(PROBLEM)
                .body("code", is("INVALID_REFERENCE")).body("violations[0].field", is("documentId"));
        post(OBJECTIVES, objective(document, "GENERAL", null, "   ")).statusCode(400).contentType(PROBLEM)
                .body("code", is("VALIDATION_FAILED")).body("violations[0].field", is("text"));
        post(OBJECTIVES, objective(document, null, null, GENERAL_TEXT)).statusCode(400).contentType(PROBLEM)
                .body("code", is("VALIDATION_FAILED")).body("violations[0].field", is("kind"));
        post(OBJECTIVES, objective(null, "GENERAL", null, GENERAL_TEXT)).statusCode(400).contentType(PROBLEM)
                .body("code", is("VALIDATION_FAILED")).body("violations[0].field", is("documentId"));
        post(OBJECTIVES, objective(document, "GENERAL", -1, GENERAL_TEXT)).statusCode(400).contentType(PROBLEM)
                .body("code", is("VALIDATION_FAILED")).body("violations[0].field", is("position"));
        post(OBJECTIVES, objective(document, "OVERALL", null, GENERAL_TEXT)).statusCode(400).contentType(PROBLEM)
                .body("code", is("INVALID_VALUE")).body("violations[0].field", is("kind"));
        // nothing was stored
        given().queryParam("documentId", document).when().get(OBJECTIVES).then().body("totalItems", is(0));

        long id = post(OBJECTIVES, objective(document, "GENERAL", null, GENERAL_TEXT)).statusCode(201)
                .extract().jsonPath().getLong("id");
        put(OBJECTIVES + "/" + id, "\"0\"", objective(document, "GENERAL", null, "")).statusCode(400)
                .contentType(PROBLEM).body("code", is("VALIDATION_FAILED")).body("violations[0].field", is("text"));
        given().when().get(OBJECTIVES + "/" + id).then().header("ETag", "\"0\"").body("text", is(GENERAL_TEXT));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void a_viewer_reads_but_cannot_write() {
        given().queryParam("size", 1).when().get(OBJECTIVES).then().statusCode(200);
        post(OBJECTIVES, objective(1L, "GENERAL", null, GENERAL_TEXT)).statusCode(403).contentType(PROBLEM)
                .body("code", is("FORBIDDEN"));
        delete(OBJECTIVES + "/1", null).statusCode(403).contentType(PROBLEM).body("code", is("FORBIDDEN"));
    }

    private static long newDraft() {
        long issuer = createAgency(unique("UBND thử nghiệm mục tiêu"));
        return createDocument(draftPlan(issuer, "Kế hoạch thực hiện công tác trẻ em năm 2026"));
    }

    private static long newIndicator() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "OBJ_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        body.put("nameVi", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ");
        body.put("nameEn", "Children under 1 fully immunised");
        body.put("unit", "%");
        body.put("direction", "HIGHER_IS_BETTER");
        return post("/api/v1/indicators", body).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> target(long objectiveId, long indicatorId) {
        Map<String, Object> body = new HashMap<>();
        body.put("objectiveId", objectiveId);
        body.put("indicatorId", indicatorId);
        body.put("comparator", "GT");
        body.put("value", 95);
        body.put("targetYear", 2026);
        return body;
    }

    private static Map<String, Object> objective(Long documentId, String kind, Integer position, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("documentId", documentId);
        body.put("kind", kind);
        body.put("position", position);
        body.put("text", text);
        return body;
    }
}
