package vn.childplan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem+json 4xx — never a 500, a stack trace or a Java class name. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ErrorHandlingTest {

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
    @TestSecurity
    void anonymous_callers_get_401_problem() {
        given().when().get("/api/v1/documents").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("code", is("UNAUTHENTICATED"));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
