package vn.childplan.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The real bearer-token path (no @TestSecurity): tokens signed by the mock identity provider are verified by
 * quarkus-oidc against its published keys, issuer and expiry; roles come from the token.
 */
@QuarkusTest
class BearerTokenTest {
    private static final String ISSUER = "https://server.example.com";

    private static String token(String user, Set<String> roles) {
        return OidcWiremockTestResource.getAccessToken(user, roles);
    }

    @Test
    void a_valid_token_reads_and_its_role_decides_about_writes() {
        given().auth().oauth2(token("viewer", Set.of("viewer"))).when().get("/api/v1/documents").then().statusCode(200);
        given().auth().oauth2(token("viewer", Set.of("viewer"))).contentType(ContentType.JSON)
                .body(Map.of("name", "Sở thử", "kind", "OTHER")).when().post("/api/v1/agencies").then()
                .statusCode(403).contentType("application/problem+json").body("code", is("FORBIDDEN"));
        given().auth().oauth2(token("admin", Set.of("admin"))).contentType(ContentType.JSON)
                .body(Map.of("name", "Sở thử " + System.nanoTime(), "kind", "OTHER")).when().post("/api/v1/agencies")
                .then().statusCode(201);
    }

    @Test
    void a_token_without_any_childplan_role_reads_nothing() {
        given().auth().oauth2(token("stranger", Set.of("user"))).when().get("/api/v1/documents").then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void bad_tokens_are_401_problems() {
        // control: built like the bad ones below, but valid — so each of them fails for its one defect
        String valid = Jwt.preferredUserName("planner").groups(Set.of("planner")).issuer(ISSUER)
                .audience("https://service.example.com").expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(valid).when().get("/api/v1/documents").then().statusCode(200);
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/documents").then().statusCode(401)
                .contentType("application/problem+json").body("code", is("UNAUTHENTICATED"));
        String expired = Jwt.preferredUserName("planner").groups(Set.of("planner")).issuer(ISSUER)
                .audience("https://service.example.com").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(expired).when().get("/api/v1/documents").then().statusCode(401);
        String foreignIssuer = Jwt.preferredUserName("planner").groups(Set.of("planner")).issuer("https://evil.example.com")
                .audience("https://service.example.com").expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(foreignIssuer).when().get("/api/v1/documents").then().statusCode(401);
        String tampered = token("viewer", Set.of("viewer"));
        String[] parts = tampered.split("\\.");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"iss\":\"https://server.example.com\",\"groups\":[\"admin\"],\"exp\":9999999999}".getBytes()) + "." + parts[2];
        given().auth().oauth2(forged).when().get("/api/v1/documents").then().statusCode(401);
        given().when().get("/api/v1/documents").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }
}
