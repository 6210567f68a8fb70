package vn.childplan.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small REST helpers so tests state what they check, not how JSON is sent. */
public final class Api {
    private Api() {
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static ValidatableResponse put(String path, String etag, Object body) {
        var spec = given().contentType(ContentType.JSON).body(body);
        if (etag != null) {
            spec = spec.header("If-Match", etag);
        }
        return spec.when().put(path).then();
    }

    public static ValidatableResponse delete(String path, String etag) {
        var spec = given();
        if (etag != null) {
            spec = spec.header("If-Match", etag);
        }
        return spec.when().delete(path).then();
    }

    /** Id of the administrative unit of {@code level} that holds {@code code} on {@code validOn} (exactly one). */
    public static long unitId(String level, String code, String validOn) {
        return given().queryParam("level", level).queryParam("code", code).queryParam("validOn", validOn)
                .when().get("/api/v1/admin-units")
                .then().statusCode(200).body("totalItems", org.hamcrest.Matchers.is(1))
                .extract().jsonPath().getLong("items[0].id");
    }

    /** A fresh name, so tests sharing one database never collide. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static long createAgency(String name) {
        return post("/api/v1/agencies", Map.of("name", name, "kind", "STATE_AGENCY"))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A draft plan body for year 2026 issued by {@code issuerId}; callers override fields as they need. */
    public static Map<String, Object> draftPlan(long issuerId, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PLAN");
        body.put("title", title);
        body.put("issuerId", issuerId);
        body.put("periodFromYear", 2026);
        body.put("periodToYear", 2026);
        body.put("status", "DRAFT");
        body.put("implementsIds", List.of());
        return body;
    }

    public static long createDocument(Map<String, Object> body) {
        return post("/api/v1/documents", body).statusCode(201).extract().jsonPath().getLong("id");
    }
}
