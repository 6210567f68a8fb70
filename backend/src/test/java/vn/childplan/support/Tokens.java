package vn.childplan.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;
import vn.childplan.security.Caller;
import vn.childplan.security.Roles;

/**
 * Requests carrying real tokens signed by the test identity provider (OidcWiremockTestResource), with the claims
 * the ChildPlan Keycloak realm puts in them: realm role, unit_code, agency_code, azp.
 */
public final class Tokens {
    private Tokens() {
    }

    /** The token subject of {@link #as}'s caller. */
    public static String subject(String role, String unitCode) {
        return role + "-" + unitCode + "-subject";
    }

    public static RequestSpecification as(String role, String unitCode, String agencyCode) {
        return given().auth().oauth2(token(role, unitCode, agencyCode));
    }

    /** {@link #as} with the sensitive-data grant beside the role. */
    public static RequestSpecification withSensitiveData(String role, String unitCode, String agencyCode) {
        return given().auth().oauth2(token(role, unitCode, agencyCode, Set.of(role, Roles.SENSITIVE_DATA)));
    }

    /** A signed access token, for clients that set the Authorization header themselves. */
    public static String token(String role, String unitCode, String agencyCode) {
        return token(role, unitCode, agencyCode, Set.of(role));
    }

    private static String token(String role, String unitCode, String agencyCode, Set<String> roles) {
        JwtClaimsBuilder jwt = Jwt.preferredUserName(role + ".test").subject(subject(role, unitCode))
                .groups(roles).issuer("https://server.example.com").audience("https://service.example.com")
                .expiresIn(600).claim("azp", "childplan-test");
        if (unitCode != null) {
            jwt.claim(Caller.UNIT_CLAIM, unitCode);
        }
        if (agencyCode != null) {
            jwt.claim(Caller.AGENCY_CLAIM, agencyCode);
        }
        return jwt.jws().keyId("1").sign("privateKey.jwk");
    }
}
