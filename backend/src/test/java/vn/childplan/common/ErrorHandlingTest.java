package vn.childplan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem+json 4xx — never a 500, a stack trace or a Java class name. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ErrorHandlingTest {
    private static final String VALUE_IMPORT = "/api/v1/imports/indicator-values";

    @TestHTTPResource("/")
    URL root;

    @Test
    void malformed_json_is_400() {
        given().contentType(ContentType.JSON).body("{\"name\": ").when().post("/api/v1/agencies").then()
                .statusCode(400).contentType("application/problem+json").body("code", is("MALFORMED_JSON"))
                .body(not(containsString("jackson"))).body(not(containsString("Exception")));
    }

    @Test
    void wrong_types_and_unknown_enum_values_name_the_field() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Sở X\", \"kind\": \"BOSS\"}")
                .when().post("/api/v1/agencies").then().statusCode(400).contentType("application/problem+json")
                .body("code", is("INVALID_VALUE")).body("violations[0].field", is("kind"))
                .body("violations[0].message", containsString("STATE_AGENCY"))
                .body(not(containsString("vn.childplan")));
        given().contentType(ContentType.JSON).body("{\"name\": \"Sở X\", \"kind\": \"OTHER\", \"unitId\": \"abc\"}")
                .when().post("/api/v1/agencies").then().statusCode(400).body("violations[0].field", is("unitId"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Sở X\", \"kind\": \"OTHER\", \"validFrom\": \"31/12/2020\"}")
                .when().post("/api/v1/agencies").then().statusCode(400).body("violations[0].field", is("validFrom"));
        given().contentType(ContentType.JSON).body("[1, 2]").when().post("/api/v1/agencies").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void unknown_fields_are_refused_not_ignored() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Sở X\", \"kind\": \"OTHER\", \"version\": 7}")
                .when().post("/api/v1/agencies").then().statusCode(400).body("code", is("UNKNOWN_FIELD"))
                .body("violations[0].field", is("version"));
    }

    @Test
    void validation_lists_every_violation() {
        given().contentType(ContentType.JSON).body("{\"name\": \"  \"}").when().post("/api/v1/agencies").then()
                .statusCode(400).body("code", is("VALIDATION_FAILED"))
                .body("violations.field", hasItems("name", "kind"));
        given().contentType(ContentType.JSON).when().post("/api/v1/agencies").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void other_media_types_and_methods_and_paths() {
        given().contentType(ContentType.XML).body("<agency/>").when().post("/api/v1/agencies").then()
                .statusCode(415).contentType("application/problem+json").body("code", is("UNSUPPORTED_MEDIA_TYPE"));
        given().when().patch("/api/v1/agencies").then().statusCode(405).contentType("application/problem+json");
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/agencies/999999999").then().statusCode(404).body("code", is("NOT_FOUND"));
        given().when().get("/api/v1/agencies/abc").then().statusCode(400).body("code", is("INVALID_PARAMETER"));
    }

    @Test
    void oversized_bodies_are_413() {
        String big = "{\"name\": \"" + "x".repeat(1_100_000) + "\", \"kind\": \"OTHER\"}";
        given().contentType(ContentType.JSON).body(big).when().post("/api/v1/agencies").then()
                .statusCode(413).contentType("application/problem+json").body("code", is("PAYLOAD_TOO_LARGE"));
        // within the body limit but beyond a field's bound: a validation error
        given().contentType(ContentType.JSON).body("{\"name\": \"" + "x".repeat(301) + "\", \"kind\": \"OTHER\"}")
                .when().post("/api/v1/agencies").then().statusCode(400).body("violations[0].field", is("name"));
    }

    @Test
    void oversized_bodies_are_413_problems_at_any_size() throws Exception {
        // Far beyond the HTTP layer's own cut, declared up front: still problem+json, the body is never read.
        String huge = "{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\", \"kind\": \"OTHER\"}";
        given().contentType(ContentType.JSON).body(huge).when().post("/api/v1/agencies").then()
                .statusCode(413).contentType("application/problem+json").body("code", is("PAYLOAD_TOO_LARGE"));
        // Sent in chunks without a length: the HTTP layer would only cut it at the largest upload's limit, so a
        // JSON route asks for the length up front.
        HttpResponse<String> chunked = chunked("/api/v1/agencies", "application/json",
                ("{\"name\": \"" + "x".repeat(1_500_000) + "\", \"kind\": \"OTHER\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(411, chunked.statusCode());
        assertEquals("application/problem+json", chunked.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(chunked.body().contains("\"LENGTH_REQUIRED\""), chunked.body());
    }

    /**
     * POSTs {@code body} over HTTP/1.1 in chunks (Transfer-Encoding), without a Content-Length, as a client streaming
     * a file of unknown size does.
     */
    private HttpResponse<String> chunked(String path, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.toURI().resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request,
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void files_of_values_may_be_far_larger_than_json_bodies_and_come_without_a_length() throws Exception {
        // 1.5 MiB of CSV (the test profile allows imports 2 MiB), declared and then chunked: read to the end (every
        // row refused, as the codes are unknown), never cut at the API's 1 MiB
        StringBuilder csv = new StringBuilder("indicator_code,unit_code,period_code,value\r\n");
        while (csv.length() < 1536 * 1024) {
            csv.append("NO_SUCH_INDICATOR,NO_SUCH_UNIT,2016,1\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        int rows = (int) csv.chars().filter(c -> c == '\n').count() - 1;
        given().contentType("text/csv").body(file).when().post(VALUE_IMPORT).then()
                .statusCode(422).body("code", is("IMPORT_REJECTED")).body("summary.rejected", is(rows));
        HttpResponse<String> chunked = chunked(VALUE_IMPORT, "text/csv", file);
        assertEquals(422, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().contains("\"rejected\":" + rows + ","), chunked.body());
    }

    @Test
    void long_targets_and_headers_are_problems() {
        for (int length : new int[] { 9_000, 100_000 }) {
            given().queryParam("q", "x".repeat(length)).when().get("/api/v1/documents").then().statusCode(414)
                    .contentType("application/problem+json").body("code", is("URI_TOO_LONG"));
        }
        given().header("X-Note", "x".repeat(40_000)).when().get("/api/v1/documents").then().statusCode(431)
                .contentType("application/problem+json").body("code", is("HEADERS_TOO_LARGE"));
        // just inside the limits: answered normally
        given().queryParam("unused", "x".repeat(7_000)).header("X-Note", "x".repeat(15_000)).when().get("/api/v1/documents")
                .then().statusCode(200);
    }

    @Test
    void text_postgresql_cannot_store_or_control_characters_are_400_naming_the_field() {
        for (String bad : new String[] { "tr\\u0000em", "tr\\ud800em", "tr\\u0007em", "tr\\u001bem" }) {
            given().contentType(ContentType.JSON).body("{\"name\": \"" + bad + "\", \"kind\": \"OTHER\"}")
                    .when().post("/api/v1/agencies").then().statusCode(400).contentType("application/problem+json")
                    .body("code", is("INVALID_VALUE")).body("violations[0].field", is("name"))
                    .body("violations[0].code", is("InvalidCharacter"));
        }
        // any text field of any body
        given().contentType(ContentType.JSON).body("{\"title\": \"Kế hoạch\", \"kind\": \"PLAN\", \"status\": \"DRAFT\","
                + " \"issuerId\": 1, \"periodFromYear\": 2024, \"periodToYear\": 2025,"
                + " \"field\": \"a\\u0000\"}")
                .when().post("/api/v1/documents").then().statusCode(400).body("violations[0].field", is("field"));
        // line breaks and tabs are text
        given().contentType(ContentType.JSON).body("{\"name\": \"Sở\\tDòng\\r\\nhai\", \"kind\": \"OTHER\"}")
                .when().post("/api/v1/agencies").then().statusCode(201);
        // query and path parameters alike
        given().urlEncodingEnabled(false).when().get("/api/v1/search?q=tre%00em").then().statusCode(400)
                .contentType("application/problem+json").body("code", is("INVALID_PARAMETER"))
                .body("violations[0].field", is("q")).body("violations[0].code", is("InvalidCharacter"));
        given().urlEncodingEnabled(false).when().get("/api/v1/audit?entity=doc%01ument").then().statusCode(400)
                .body("violations[0].field", is("entity"));
        given().urlEncodingEnabled(false).when().get("/api/v1/admin-units/4%006").then().statusCode(400)
                .body("violations[0].field", is("path"));
    }

    @Test
    void an_if_match_never_issued_is_412_only_once_access_and_existence_are_settled() {
        int id = given().contentType(ContentType.JSON).body("{\"name\": \"Sở Thử If-Match\", \"kind\": \"OTHER\"}")
                .when().post("/api/v1/agencies").then().statusCode(201).extract().path("id");
        String body = "{\"name\": \"Sở Thử If-Match 2\", \"kind\": \"OTHER\"}";
        given().contentType(ContentType.JSON).header("If-Match", "\"abc\"").body(body).when()
                .put("/api/v1/agencies/999999999").then().statusCode(404).body("code", is("NOT_FOUND"));
        given().contentType(ContentType.JSON).header("If-Match", "\"abc\"").body(body).when()
                .put("/api/v1/agencies/" + id).then().statusCode(412).body("code", is("PRECONDITION_FAILED"));
    }

    @Test
    void broken_escapes_in_the_target_are_never_a_server_error() {
        for (String target : new String[] { "/api/v1/documents/%ZZ", "/api/v1/search?q=tre%ZZem", "/api/v1/search?q=%" }) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 400"), target + " → " + answer);
        }
    }

    /** Sends {@code request} as bytes (an HTTP client would refuse a broken escape) and returns the whole answer. */
    private static String raw(String request) {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void json_scalars_are_not_coerced() {
        // a number where text is expected, text where a number is expected, a fraction for an integer,
        // a number for an enum or a boolean: each is refused, naming the field
        given().contentType(ContentType.JSON).body("{\"name\": 12345, \"kind\": \"OTHER\"}")
                .when().post("/api/v1/agencies").then().statusCode(400).body("code", is("INVALID_VALUE"))
                .body("violations[0].field", is("name")).body("violations[0].message", containsString("a string"));
        given().contentType(ContentType.JSON).body("{\"name\": true, \"kind\": \"OTHER\"}")
                .when().post("/api/v1/agencies").then().statusCode(400).body("violations[0].field", is("name"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Sở X\", \"kind\": \"OTHER\", \"unitId\": \"1\"}")
                .when().post("/api/v1/agencies").then().statusCode(400).body("violations[0].field", is("unitId"))
                .body("violations[0].message", containsString("a number"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Sở X\", \"kind\": \"OTHER\", \"unitId\": 1.5}")
                .when().post("/api/v1/agencies").then().statusCode(400).body("violations[0].field", is("unitId"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Sở X\", \"kind\": 0}")
                .when().post("/api/v1/agencies").then().statusCode(400).body("violations[0].field", is("kind"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Sở X\", \"kind\": \"OTHER\", \"validFrom\": 20000}")
                .when().post("/api/v1/agencies").then().statusCode(400).body("violations[0].field", is("validFrom"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Sở X\", \"kind\": \"OTHER\", \"validFrom\": \"2024-02-30\"}")
                .when().post("/api/v1/agencies").then().statusCode(400).body("violations[0].field", is("validFrom"));
    }

    @Test
    @TestSecurity
    void anonymous_callers_get_401_problem() {
        given().when().get("/api/v1/documents").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("code", is("UNAUTHENTICATED"));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
