package vn.childplan.observability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.childplan.security.Roles;
import vn.childplan.support.Metrics;
import vn.childplan.support.SignedInUser;
import vn.childplan.support.Tokens;

/**
 * What an operator's Prometheus reads at /q/metrics (no token: it is scraped inside the cluster): request latency
 * per route template with buckets for percentiles, the connection pool, and the application's counters moving with
 * what the application did: reminders here, import jobs and exported rows in ImportJobMetricsTest.
 */
@QuarkusTest
class MetricsTest {
    private static RequestSpecification admin() {
        return Tokens.as(Roles.ADMIN, null, null);
    }

    @Test
    void request_latency_is_a_histogram_per_route_template_never_per_raw_path() {
        long id = admin().contentType(ContentType.JSON).body(Map.of("code", "MET_" + UUID.randomUUID().toString()
                .replace("-", "").substring(0, 12).toUpperCase(), "nameVi", "Chỉ tiêu", "nameEn", "Metrics", "unit",
                "trẻ em", "direction", "HIGHER_IS_BETTER")).when().post("/api/v1/indicators").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        admin().when().get("/api/v1/indicators/" + id).then().statusCode(200);
        given().when().get("/api/v1/indicators/" + id).then().statusCode(401);

        List<String> lines = Metrics.samples();
        String template = "uri=\"/api/v1/indicators/{id}\"";
        List<String> buckets = lines.stream().filter(l -> l.startsWith("http_server_requests_seconds_bucket{"))
                .filter(l -> l.contains(template) && l.contains("method=\"GET\"") && l.contains("status=\"200\""))
                .toList();
        assertTrue(buckets.stream().anyMatch(l -> l.contains("le=\"0.3\"")), buckets.toString());
        assertTrue(buckets.stream().anyMatch(l -> l.contains("le=\"+Inf\"")), buckets.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("http_server_requests_seconds_count{")
                && l.contains(template) && l.contains("status=\"401\"")), "the 401 is counted on its template");
        assertFalse(lines.stream().anyMatch(l -> l.contains("uri=\"/api/v1/indicators/" + id + "\"")),
                "no series names a record's id");
    }

    @Test
    void the_database_connection_pool_is_measured() {
        List<String> lines = Metrics.samples();
        for (String gauge : List.of("agroal_active_count", "agroal_available_count", "agroal_awaiting_count",
                "agroal_max_used_count")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(gauge + "{") && l.contains("datasource=\"default\"")),
                    gauge);
        }
    }

    @Test
    void reminders_count_the_notifications_written_and_the_e_mails_sent() {
        SignedInUser.signIn(Roles.OFFICER, "46", "HUE-LDTBXH", true);
        double notifications = Metrics.value("childplan_reminders_notifications_total");
        double emails = Metrics.value("childplan_reminders_emails_total");

        JsonPath run = admin().queryParam("today", "2016-05-22").when().post("/api/v1/admin/reminders/run").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(run.getInt("notifications") >= 1 && run.getInt("emails") >= 1, run.prettify());
        assertEquals(notifications + run.getInt("notifications"),
                Metrics.value("childplan_reminders_notifications_total"));
        assertEquals(emails + run.getInt("emails"), Metrics.value("childplan_reminders_emails_total"));
    }
}
