package vn.childplan.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.childplan.security.Caller;

/**
 * A user signed in once (GET /me made their profile, which the reminders address), with a subject no other test
 * uses, so the notifications they receive are theirs alone.
 */
public record SignedInUser(String token, String email) {
    public static SignedInUser signIn(String role, String unitCode, String agencyCode, boolean withEmail) {
        String id = role + "-" + UUID.randomUUID();
        String email = withEmail ? id + "@example.vn" : null;
        JwtClaimsBuilder jwt = Jwt.preferredUserName(id).subject(id).groups(Set.of(role))
                .issuer("https://server.example.com").audience("https://service.example.com").expiresIn(600)
                .claim("azp", "childplan-test").claim(Caller.UNIT_CLAIM, unitCode);
        if (agencyCode != null) {
            jwt.claim(Caller.AGENCY_CLAIM, agencyCode);
        }
        if (email != null) {
            jwt.claim("email", email);
        }
        SignedInUser u = new SignedInUser(jwt.jws().keyId("1").sign("privateKey.jwk"), email);
        given().auth().oauth2(u.token).when().get("/api/v1/me").then().statusCode(200);
        return u;
    }

    public RequestSpecification call() {
        return given().auth().oauth2(token);
    }

    public ValidatableResponse notifications() {
        return call().queryParam("size", 100).when().get("/api/v1/notifications").then().statusCode(200);
    }

    public List<Map<String, Object>> items() {
        return notifications().extract().jsonPath().getList("items");
    }
}
