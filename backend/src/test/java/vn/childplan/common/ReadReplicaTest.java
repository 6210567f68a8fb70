package vn.childplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * Exports and the dashboard read their rows from the datasource "read" when it is configured (in production the
 * replicas). Here it is the same database, but reached as a role that may only SELECT and to which row-level
 * security shows no indicator value and no plan: an answer built from the primary shows them, one built from
 * "read" does not. That the export and the dashboard work at all through a role that may not write shows that
 * nothing they do writes there. The tests' database user must be allowed to create roles (the embedded server's
 * postgres is).
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.Reader.class)
class ReadReplicaTest {
    private static final String READER = "childplan_reader";

    public static class Reader implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.\"read\".username", READER, "quarkus.datasource.\"read\".password", READER);
        }
    }

    @Inject
    AgroalDataSource primary;

    @BeforeEach
    void a_reader_that_sees_no_value_and_no_plan() throws SQLException {
        sql("DO $$ BEGIN CREATE ROLE " + READER + " LOGIN PASSWORD '" + READER + "';"
                + " EXCEPTION WHEN duplicate_object THEN NULL; END $$",
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + READER,
                "ALTER TABLE indicator_value ENABLE ROW LEVEL SECURITY",
                "CREATE POLICY replica_test ON indicator_value FOR SELECT TO " + READER + " USING (false)",
                "ALTER TABLE document ENABLE ROW LEVEL SECURITY",
                "CREATE POLICY replica_test ON document FOR SELECT TO " + READER + " USING (false)");
    }

    @AfterEach
    void back_to_normal() throws SQLException {
        sql("DROP POLICY replica_test ON indicator_value", "ALTER TABLE indicator_value DISABLE ROW LEVEL SECURITY",
                "DROP POLICY replica_test ON document", "ALTER TABLE document DISABLE ROW LEVEL SECURITY");
    }

    @Test
    void the_export_counts_on_the_primary_and_reads_its_rows_from_the_read_datasource() {
        ExtractableResponse<Response> export = Tokens.as("admin", null, null).accept("text/csv")
                .header("Prefer", "count=exact").when().get("/api/v1/exports/indicator-values")
                .then().statusCode(200).extract();
        assertTrue(Long.parseLong(export.header("X-Total-Count")) > 0, "the primary holds the demo data's values");
        assertEquals(1, export.asString().split("\r\n").length, "only the header: the rows came from the reader");
    }

    @Test
    void the_dashboard_reads_the_plans_from_the_read_datasource() {
        assertTrue(Tokens.as("admin", null, null).queryParam("kind", "PLAN").when().get("/api/v1/documents")
                .then().statusCode(200).extract().jsonPath().getInt("totalItems") > 0, "the primary holds plans");
        Tokens.as("admin", null, null).queryParam("asOf", "2016-12-01").when().get("/api/v1/dashboard")
                .then().statusCode(200).body("plans", org.hamcrest.Matchers.is(0));
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = primary.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
