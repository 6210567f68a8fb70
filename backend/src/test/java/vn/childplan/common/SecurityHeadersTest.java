package vn.childplan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * OWASP API8 (security misconfiguration): hardening headers on every answer of /api and /q, errors included, and
 * CORS open to the configured SPA origins only. Real tokens (no @TestSecurity), so the 401s are the real ones.
 */
@QuarkusTest
class SecurityHeadersTest {
    private static final String SPA = "http://localhost:5173";

    private static String admin() {
        return token("admin");
    }

    /** A token signed by the mock identity provider's key, for this API (the test audience). */
    private static String token(String role) {
        return Jwt.preferredUserName(role).groups(Set.of(role)).issuer("https://server.example.com")
                .audience("https://service.example.com").expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
    }

    /** The headers every answer carries; API answers are also never cached. */
    private static ValidatableResponse hardened(ValidatableResponse r, boolean api) {
        r.header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer");
        if (api) {
            r.header("Cache-Control", "no-store");
        }
        return r;
    }

    @Test
    void api_answers_carry_the_headers_whatever_their_status() {
        hardened(given().auth().oauth2(admin()).when().get("/api/v1/documents").then().statusCode(200), true);
        hardened(given().auth().oauth2(admin()).when().get("/api/v1/agencies/999999999").then().statusCode(404)
                .contentType("application/problem+json"), true);
        hardened(given().when().get("/api/v1/documents").then().statusCode(401)
                .contentType("application/problem+json"), true);
        hardened(given().auth().oauth2("not-a-jwt").when().get("/api/v1/documents").then().statusCode(401)
                .contentType("application/problem+json"), true);
        hardened(given().when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json"), true);
        hardened(given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"name\": ").when()
                .post("/api/v1/agencies").then().statusCode(400).contentType("application/problem+json"), true);
        hardened(given().auth().oauth2(admin()).contentType(ContentType.XML).body("<agency/>").when()
                .post("/api/v1/agencies").then().statusCode(415).contentType("application/problem+json"), true);
        String big = "{\"name\": \"" + "x".repeat(1_100_000) + "\", \"kind\": \"OTHER\"}";
        hardened(given().auth().oauth2(admin()).contentType(ContentType.JSON).body(big).when()
                .post("/api/v1/agencies").then().statusCode(413).contentType("application/problem+json"), true);
        hardened(given().auth().oauth2(token("viewer"))
                .contentType(ContentType.JSON).body("{\"name\": \"Sở X\", \"kind\": \"OTHER\"}").when()
                .post("/api/v1/agencies").then().statusCode(403).contentType("application/problem+json"), true);
    }

    @Test
    void q_answers_carry_them_and_swagger_ui_still_loads() {
        hardened(given().when().get("/q/health/ready").then().statusCode(200), false);
        hardened(given().when().get("/q/openapi").then().statusCode(200), false);
        hardened(given().redirects().follow(true).when().get("/q/swagger-ui/").then().statusCode(200)
                .contentType(containsString("html")), false);
        // the page's own script and styles are served (the CSP forbids framing only)
        hardened(given().when().get("/q/swagger-ui/index.html").then().statusCode(200), false)
                .header("Content-Security-Policy", not(containsString("script-src")));
    }

    @Test
    void cors_preflight_from_the_spa_is_allowed() {
        given().header("Origin", SPA).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options("/api/v1/documents/1").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", SPA)
                .header("Access-Control-Allow-Methods", allOf(containsString("GET"), containsString("POST"),
                        containsString("PUT"), containsString("DELETE"), containsString("OPTIONS")))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"),
                        containsString("Content-Type"), containsString("If-Match")))
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Location")))
                .header("Access-Control-Allow-Credentials", not("true"));
        // the actual request then exposes the ETag to the SPA's script
        given().header("Origin", SPA).auth().oauth2(admin()).when().get("/api/v1/documents").then().statusCode(200)
                .header("Access-Control-Allow-Origin", SPA)
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/documents").then().header("Access-Control-Allow-Origin", "http://localhost:8080");
    }

    @Test
    void cors_from_another_origin_is_refused() {
        given().header("Origin", "http://evil.example.com").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/documents").then()
                .statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                .header("Access-Control-Allow-Origin", nullValue());
        // a simple request from there gets no allow-origin either, so its script cannot read the answer
        given().header("Origin", "http://evil.example.com").auth().oauth2(admin()).when().get("/api/v1/documents")
                .then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                .header("Access-Control-Allow-Origin", nullValue());
        // a look-alike of an allowed origin is not allowed
        given().header("Origin", "http://localhost:5173.evil.example.com").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/documents").then()
                .statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
