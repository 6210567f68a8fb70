package vn.childplan.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * The real bearer-token path (no @TestSecurity): tokens signed with the mock identity provider's key are verified by
 * quarkus-oidc against its published keys, issuer, audience and expiry; roles come from the token.
 */
@QuarkusTest
class BearerTokenTest {
    private static final String ISSUER = "https://server.example.com";
    /** %test.quarkus.oidc.token.audience, this API's audience in tests (childplan-api in production). */
    private static final String AUDIENCE = "https://service.example.com";

    /** A token of the mock identity provider (its key "1") for this API: aud is the test audience. */
    private static String token(String user, Set<String> roles) {
        return Jwt.preferredUserName(user).groups(roles).issuer(ISSUER).audience(AUDIENCE).expiresIn(300).jws()
                .keyId("1").sign("privateKey.jwk");
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
    void a_token_accepted_once_keeps_its_roles_and_a_forged_copy_of_it_is_refused() {
        // the second and later requests meet the verified token again (security.VerifiedTokens): same answers
        String viewer = token("viewer", Set.of("viewer"));
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(viewer).when().get("/api/v1/documents").then().statusCode(200);
            given().auth().oauth2(viewer).contentType(ContentType.JSON).body(Map.of("name", "Sở thử", "kind", "OTHER"))
                    .when().post("/api/v1/agencies").then().statusCode(403);
        }
        // its signature over other claims: the copy is verified afresh, and fails
        String[] parts = viewer.split("\\.");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"iss\":\"https://server.example.com\",\"aud\":\"https://service.example.com\",\"groups\":[\"admin\"],\"exp\":9999999999}"
                        .getBytes()) + "." + parts[2];
        given().auth().oauth2(forged).contentType(ContentType.JSON).body(Map.of("name", "Sở thử", "kind", "OTHER"))
                .when().post("/api/v1/agencies").then().statusCode(401);
        given().auth().oauth2(viewer + "x").when().get("/api/v1/documents").then().statusCode(401);
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

    @Test
    void a_token_meant_for_another_api_is_refused() {
        // same realm, same key, valid in every other way: but issued for another resource server (OWASP API2)
        String otherAudience = Jwt.preferredUserName("planner").groups(Set.of("planner")).issuer(ISSUER)
                .audience("https://other-service.example.com").expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(otherAudience).when().get("/api/v1/documents").then().statusCode(401)
                .contentType("application/problem+json").body("code", is("UNAUTHENTICATED"));
        // the mock provider's own access tokens are issued for https://server.example.com: another API too
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("admin", Set.of("admin"))).when()
                .get("/api/v1/documents").then().statusCode(401);
        String noAudience = Jwt.preferredUserName("planner").groups(Set.of("planner")).issuer(ISSUER)
                .expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(noAudience).when().get("/api/v1/documents").then().statusCode(401);
        // among several audiences, ours is enough
        String several = Jwt.preferredUserName("planner").groups(Set.of("planner")).issuer(ISSUER)
                .audience(Set.of("https://other-service.example.com", AUDIENCE)).expiresIn(300).jws().keyId("1")
                .sign("privateKey.jwk");
        given().auth().oauth2(several).when().get("/api/v1/documents").then().statusCode(200);
    }

    @Test
    void a_token_without_expiry_is_refused() throws Exception {
        // smallrye's builder always adds exp, so these two are built with jose4j, alike but for exp
        JwtClaims claims = plannerClaims();
        claims.setExpirationTimeMinutesInTheFuture(5);
        given().auth().oauth2(signWithProviderKey(claims)).when().get("/api/v1/documents").then().statusCode(200);
        JwtClaims eternal = plannerClaims();
        given().auth().oauth2(signWithProviderKey(eternal)).when().get("/api/v1/documents").then().statusCode(401)
                .contentType("application/problem+json").body("code", is("UNAUTHENTICATED"));
    }

    @Test
    void a_token_signed_by_another_key_is_refused() throws Exception {
        // right kid, issuer, audience and expiry, but signed by a key the identity provider never published
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreignKey = generator.generateKeyPair().getPrivate();
        String forged = Jwt.preferredUserName("admin").groups(Set.of("admin")).issuer(ISSUER).audience(AUDIENCE)
                .expiresIn(300).jws().keyId("1").sign(foreignKey);
        given().auth().oauth2(forged).when().get("/api/v1/documents").then().statusCode(401)
                .contentType("application/problem+json").body("code", is("UNAUTHENTICATED"));
        // and an unsigned one ("alg": "none") fares no better
        String[] parts = forged.split("\\.");
        String none = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"1\"}".getBytes()) + "." + parts[1] + ".";
        given().auth().oauth2(none).when().get("/api/v1/documents").then().statusCode(401);
    }

    private static JwtClaims plannerClaims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setIssuedAtToNow();
        claims.setGeneratedJwtId();
        claims.setClaim("preferred_username", "planner");
        claims.setStringListClaim("groups", "planner");
        return claims;
    }

    private static String signWithProviderKey(JwtClaims claims) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(KeyUtils.readSigningKey("privateKey.jwk", "1"));
        jws.setKeyIdHeaderValue("1");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }
}
