package vn.childplan.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * OWASP API2/API5: no operation of the contract answers an anonymous caller. Every path × operation of the served
 * OpenAPI document is called without a token (path parameters = 1, no query parameters, and for writes a JSON body
 * {@code {}} with If-Match "0"), and must answer 401 problem+json before it looks at anything else: not 400 for a
 * missing parameter or an empty body, not 404, not 412/428. The list comes from the contract, so a new operation
 * is checked the moment it is served; making one public means adding it to {@link #PUBLIC} on purpose.
 */
@QuarkusTest
class EveryPathNeedsATokenTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** Operations deliberately open to anonymous callers, as "METHOD /path" of the contract. There are none. */
    private static final Set<String> PUBLIC = Set.of();

    @TestFactory
    Stream<DynamicTest> every_operation_of_the_contract_refuses_anonymous_callers() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        List<DynamicTest> tests = new ArrayList<>();
        paths.forEach((path, item) -> item.keySet().stream().filter(METHODS::contains).sorted().forEach(method -> {
            String operation = method.toUpperCase(Locale.ROOT) + " " + path;
            if (!PUBLIC.contains(operation)) {
                tests.add(DynamicTest.dynamicTest(operation, () -> anonymous(operation, method, path)));
            }
        }));
        assertFalse(tests.isEmpty(), "the served contract lists no operation: the walk would check nothing");
        assertFalse(paths.keySet().stream().noneMatch(p -> p.startsWith("/api/")), "no /api path in the contract");
        return tests.stream();
    }

    private static void anonymous(String operation, String method, String path) {
        String url = path.replaceAll("\\{[^}/]+}", "1");
        // accepts what the API answers in (JSON; CSV and XLSX from the exports; DOCX and PDF of the official
        // documents), so content negotiation never comes first
        RequestSpecification req = given()
                .accept("application/json, text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, "
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/pdf");
        if (Set.of("post", "put", "delete").contains(method)) {
            req = req.contentType(ContentType.JSON).body("{}").header("If-Match", "\"0\"");
        }
        try {
            var then = req.when().request(method.toUpperCase(Locale.ROOT), url).then()
                    .statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer"));
            if (!method.equals("head")) {
                then.contentType("application/problem+json").body("code", is("UNAUTHENTICATED"));
            }
        } catch (AssertionError e) {
            throw new AssertionError(operation + " (sent as " + url + ") answers an anonymous caller: " + e.getMessage(), e);
        }
    }

    @Test
    void health_and_the_contract_are_public() {
        given().when().get("/q/health").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .contentType(containsString("json"));
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void an_endpoint_marked_permit_all_and_hidden_from_the_contract_still_needs_a_token() {
        // PermitAllDecoy: caught by the /api permission policy, not by the walk above (it is not in the contract)
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .body("paths", not(hasKey("/api/v1/test-permit-all-decoy")));
        given().when().get("/api/v1/test-permit-all-decoy").then().statusCode(401)
                .contentType("application/problem+json").body("code", is("UNAUTHENTICATED"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        String token = Jwt.preferredUserName("someone").groups(Set.of("user")).issuer("https://server.example.com")
                .audience("https://service.example.com").expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(token).when().get("/api/v1/test-permit-all-decoy").then().statusCode(200);
    }

    /**
     * Refusals decided before any endpoint is chosen (no such path, method, media type; oversized body) come before
     * authentication. They are problem+json too and reveal no more than the public contract does; a stricter
     * future answer (401) is accepted as well.
     */
    @Test
    void protocol_errors_before_any_endpoint_leak_nothing() {
        given().when().get("/api/v1/no-such-thing").then().statusCode(anyOf(is(404), is(401)))
                .contentType("application/problem+json").body(not(containsString("Exception")));
        given().when().patch("/api/v1/agencies").then().statusCode(anyOf(is(405), is(401)))
                .contentType("application/problem+json");
        given().contentType(ContentType.XML).body("<agency/>").when().post("/api/v1/agencies").then()
                .statusCode(anyOf(is(415), is(401))).contentType("application/problem+json");
        given().accept(ContentType.XML).when().get("/api/v1/documents").then()
                .statusCode(anyOf(is(406), is(401))).contentType("application/problem+json");
    }
}
