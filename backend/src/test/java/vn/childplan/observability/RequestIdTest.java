package vn.childplan.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.childplan.security.Roles;
import vn.childplan.support.SignedInUser;
import vn.childplan.support.Tokens;

/**
 * Every answer names its request in X-Request-Id — the caller's id when it is sane, else a new UUID — problem
 * bodies repeat it, and the log lines written while handling the request carry it, from the worker thread too.
 */
@QuarkusTest
class RequestIdTest {
    private static final String HEADER = "X-Request-Id";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** The id of an answer, after checking that a problem body repeats it. */
    private static String named(ValidatableResponse r) {
        String id = r.header(HEADER, matchesPattern("[\\x21-\\x7E]{1,128}")).extract().header(HEADER);
        if (r.extract().contentType().startsWith("application/problem+json")) {
            r.body("requestId", equalTo(id));
        }
        return id;
    }

    @Test
    void a_sane_id_sent_by_the_caller_comes_back_on_answers_errors_and_q_endpoints() {
        String token = Tokens.token(Roles.ADMIN, null, null);
        for (String id : List.of("checkout-42", "a".repeat(128), "0af7651916cd43dd8448eb211c80319c")) {
            assertEquals(id, named(given().auth().oauth2(token).header(HEADER, id).when().get("/api/v1/me").then()
                    .statusCode(200)));
            assertEquals(id, named(given().header(HEADER, id).when().get("/api/v1/me").then().statusCode(401)
                    .body("code", is("UNAUTHENTICATED"))));
            assertEquals(id, named(given().header(HEADER, id).when().get("/q/health/ready").then().statusCode(200)));
        }
    }

    @Test
    void an_id_too_long_or_with_invisible_or_foreign_characters_is_replaced_by_a_new_one() {
        for (String bad : List.of("a".repeat(129), "two words", "tab\there", "mã-yêu-cầu", "")) {
            String id = named(given().header(HEADER, bad).when().get("/api/v1/me").then().statusCode(401));
            assertTrue(id.matches(UUID), id);
        }
    }

    @Test
    void every_answer_gets_its_own_id_even_those_refused_before_routing() {
        String first = named(given().when().get("/api/v1/nothing-here").then().statusCode(404)
                .body("code", is("ROUTE_NOT_FOUND")));
        String second = named(given().when().get("/api/v1/nothing-here").then().statusCode(404));
        assertTrue(first.matches(UUID) && second.matches(UUID));
        assertNotEquals(first, second);
        named(given().auth().oauth2(Tokens.token(Roles.VIEWER, "46", null)).when().post("/api/v1/admin/reminders/run")
                .then().statusCode(403).body("code", is("FORBIDDEN")));
        // refused by RequestLimits ahead of the REST layer
        named(given().queryParam("q", "x".repeat(10_000)).when().get("/api/v1/documents").then().statusCode(414)
                .body("code", is("URI_TOO_LONG")));
        // the metrics endpoint too
        named(given().when().get("/q/metrics").then().statusCode(200));
    }

    @Test
    void the_error_log_line_of_a_failed_request_carries_its_id() {
        try (LogRecords log = new LogRecords()) {
            String id = named(Tokens.as(Roles.ADMIN, null, null).header(HEADER, "support-case-7").when()
                    .get("/api/v1/test-failing-probe").then().statusCode(500).body("code", is("INTERNAL_ERROR")));
            assertEquals("support-case-7", id);
            assertTrue(log.lines().stream().anyMatch(l -> l.message().equals("Unexpected server error")
                    && id.equals(l.requestId())), log.lines().toString());
        }
    }

    @Test
    void log_lines_written_on_the_worker_thread_while_handling_a_request_carry_its_id() {
        SignedInUser officer = SignedInUser.signIn(Roles.OFFICER, "46", "HUE-LDTBXH", true);
        try (LogRecords log = new LogRecords()) {
            // the mock mailer logs each reminder e-mail it "sends", on the thread running the request
            Tokens.as(Roles.ADMIN, null, null).header(HEADER, "reminders-run-1").queryParam("today", "2016-05-22")
                    .when().post("/api/v1/admin/reminders/run").then().statusCode(200);
            List<LogRecords.Line> mails = log.lines().stream().filter(l -> l.message().contains(officer.email()))
                    .toList();
            assertFalse(mails.isEmpty(), log.lines().toString());
            mails.forEach(l -> assertEquals("reminders-run-1", l.requestId(), l.toString()));
        }
    }
}
