package vn.childplan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.childplan.support.StoppablePostgres;

/**
 * PostgreSQL stopped under a running backend and started again: meanwhile every request is answered 503
 * DATABASE_UNAVAILABLE with Retry-After (never a 500, never a stack trace) and readiness is DOWN; once the database
 * is back the same backend serves again by itself. The backend has a database of its own here (a profile without
 * the shared resources), so no other test sees the outage. scripts/faults/db-restart.sh does the same under load.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
@TestSecurity(user = "admin", roles = "admin")
class DatabaseOutageTest {
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppablePostgres.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // no mock identity provider here: @TestSecurity stands for the caller
            return Map.of("quarkus.oidc.tenant-enabled", "false",
                    "quarkus.oidc.auth-server-url", "http://localhost:1/realms/none");
        }
    }

    @Test
    void answers_503_while_the_database_is_away_and_recovers_by_itself() {
        given().when().get("/api/v1/agencies").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);

        StoppablePostgres.down();
        try {
            for (int i = 0; i < 3; i++) { // the pool's dead connections first, then refused new ones
                unavailable(given().when().get("/api/v1/agencies").then());
            }
            unavailable(given().contentType(ContentType.JSON).body(Map.of("name", "Sở Y tế", "kind", "STATE_AGENCY"))
                    .when().post("/api/v1/agencies").then());
            given().when().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
        } finally {
            StoppablePostgres.up();
        }

        // the same backend, not restarted: the pool makes new connections (ceiling generous for a busy machine)
        long deadline = System.nanoTime() + 30_000_000_000L;
        int status;
        do {
            status = given().when().get("/api/v1/agencies").then().extract().statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertTrue(status == 200, "still " + status + " 30 s after the database came back");
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Sở Y tế", "kind", "STATE_AGENCY"))
                .when().post("/api/v1/agencies").then().statusCode(201);
    }

    private static void unavailable(io.restassured.response.ValidatableResponse answer) {
        answer.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("code", is("DATABASE_UNAVAILABLE"))
                .body("status", is(503))
                .body(not(containsString("Exception")))
                .body(not(containsString("jdbc")));
    }
}
