package vn.childplan.observability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import vn.childplan.security.Roles;
import vn.childplan.support.SignedInUser;
import vn.childplan.support.Tokens;

/**
 * What an operator's Prometheus reads at /q/metrics (no token: it is scraped inside the cluster): request latency
 * per route template with buckets for percentiles, the connection pool, and the application's counters moving with
 * what the application did — import jobs, exported rows, reminders.
 */
@QuarkusTest
class MetricsTest {
    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

    private static RequestSpecification admin() {
        return Tokens.as(Roles.ADMIN, null, null);
    }

    private static List<String> metrics() {
        return given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).contentType(
                org.hamcrest.Matchers.startsWith("text/plain")).extract().asString().lines()
                .filter(l -> !l.startsWith("#")).toList();
    }

    /** The sum of the samples of {@code name} whose labels include each of {@code labels} (0 when none). */
    private static double value(String name, String... labels) {
        return metrics().stream().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> List.of(labels).stream().allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** Waits, with a ceiling, until {@code metric} has moved by {@code delta} from {@code before}. */
    private static void moved(String what, DoubleSupplier metric, double before, double delta) {
        for (int i = 0; i < 300; i++) {
            if (metric.getAsDouble() >= before + delta) {
                break;
            }
            pause();
        }
        assertEquals(before + delta, metric.getAsDouble(), what);
    }

    private static void pause() {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }

    @Test
    void request_latency_is_a_histogram_per_route_template_never_per_raw_path() {
        long id = admin().contentType(ContentType.JSON).body(indicatorBody()).when().post("/api/v1/indicators").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        admin().when().get("/api/v1/indicators/" + id).then().statusCode(200);
        given().when().get("/api/v1/indicators/" + id).then().statusCode(401);

        List<String> lines = metrics();
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
        List<String> lines = metrics();
        for (String gauge : List.of("agroal_active_count", "agroal_available_count", "agroal_awaiting_count",
                "agroal_max_used_count")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(gauge + "{") && l.contains("datasource=\"default\"")),
                    gauge);
        }
    }

    @Test
    void import_jobs_are_counted_by_final_state_with_the_rows_they_wrote_and_exports_count_their_rows() {
        JsonPath created = admin().contentType(ContentType.JSON).body(indicatorBody()).when()
                .post("/api/v1/indicators").then().statusCode(201).extract().jsonPath();
        String indicator = created.getString("code");
        long indicatorId = created.getLong("id");
        double succeeded = value("childplan_import_jobs_total", "state=\"SUCCEEDED\"");
        double failed = value("childplan_import_jobs_total", "state=\"FAILED\"");
        double written = value("childplan_import_job_rows_written_total");

        JsonPath ok = job(csv(indicator, "2016", "2017", "2018"));
        assertEquals("SUCCEEDED", ok.getString("state"));
        assertEquals(3, ok.getInt("rowsWritten"));
        moved("succeeded jobs", () -> value("childplan_import_jobs_total", "state=\"SUCCEEDED\""), succeeded, 1);
        moved("rows written", () -> value("childplan_import_job_rows_written_total"), written, 3);
        // all or nothing with a rejected row: FAILED, nothing written
        assertEquals("FAILED", job(csv(indicator, "2019", "2019-Q9")).getString("state"));
        moved("failed jobs", () -> value("childplan_import_jobs_total", "state=\"FAILED\""), failed, 1);
        assertEquals(written + 3, value("childplan_import_job_rows_written_total"));
        assertEquals(0, value("childplan_import_jobs_running"));

        for (String format : List.of("csv", "ndjson", "xlsx", "sdmx-csv")) {
            double before = value("childplan_export_rows_total", "format=\"" + format + "\"");
            admin().queryParam("indicatorId", indicatorId).queryParam("format", format).when()
                    .get("/api/v1/exports/indicator-values").then().statusCode(200);
            assertEquals(before + 3, value("childplan_export_rows_total", "format=\"" + format + "\""), format);
        }
    }

    @Test
    void reminders_count_the_notifications_written_and_the_e_mails_sent() {
        SignedInUser.signIn(Roles.OFFICER, "46", "HUE-LDTBXH", true);
        double notifications = value("childplan_reminders_notifications_total");
        double emails = value("childplan_reminders_emails_total");

        JsonPath run = admin().queryParam("today", "2016-05-22").when().post("/api/v1/admin/reminders/run").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(run.getInt("notifications") >= 1 && run.getInt("emails") >= 1, run.prettify());
        assertEquals(notifications + run.getInt("notifications"), value("childplan_reminders_notifications_total"));
        assertEquals(emails + run.getInt("emails"), value("childplan_reminders_emails_total"));
    }

    private static Map<String, Object> indicatorBody() {
        String code = "MET_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        return Map.of("code", code, "nameVi", "Chỉ tiêu " + code, "nameEn", "Metrics " + code, "unit", "trẻ em",
                "direction", "HIGHER_IS_BETTER");
    }

    private static String csv(String indicator, String... periods) {
        StringBuilder b = new StringBuilder("indicator_code,unit_code,period_code,value\r\n");
        for (String p : periods) {
            b.append(indicator).append(",46,").append(p).append(",12\r\n");
        }
        return b.toString();
    }

    /** Submits {@code file} as an import job and waits, with a ceiling, for it to finish. */
    private static JsonPath job(String file) {
        long id = admin().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8)).when()
                .post("/api/v1/import-jobs/indicator-values").then().statusCode(202).extract().jsonPath().getLong("id");
        for (int i = 0; i < 600; i++) {
            JsonPath job = admin().when().get("/api/v1/import-jobs/" + id).then().statusCode(200).extract().jsonPath();
            if (FINISHED.contains(job.getString("state"))) {
                return job;
            }
            pause();
        }
        return fail("import job " + id + " did not finish within a minute");
    }
}
