package vn.childplan.valueimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.childplan.support.Metrics.reaches;
import static vn.childplan.support.Metrics.value;

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
import org.junit.jupiter.api.Test;
import vn.childplan.security.Roles;
import vn.childplan.support.Tokens;

/**
 * The import jobs' metrics at /q/metrics (README "Observability") move with what the jobs did, and so do the
 * exported rows of what they wrote.
 */
@QuarkusTest
class ImportJobMetricsTest {
    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

    private static RequestSpecification admin() {
        return Tokens.as(Roles.ADMIN, null, null);
    }

    @Test
    void jobs_are_counted_by_final_state_with_the_rows_they_wrote_and_exports_count_their_rows() {
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
        reaches("succeeded jobs", () -> value("childplan_import_jobs_total", "state=\"SUCCEEDED\""), succeeded + 1);
        reaches("rows written", () -> value("childplan_import_job_rows_written_total"), written + 3);
        // all or nothing with a rejected row: FAILED, nothing written
        assertEquals("FAILED", job(csv(indicator, "2019", "2019-Q9")).getString("state"));
        reaches("failed jobs", () -> value("childplan_import_jobs_total", "state=\"FAILED\""), failed + 1);
        assertEquals(written + 3, value("childplan_import_job_rows_written_total"));
        reaches("jobs running", () -> value("childplan_import_jobs_running"), 0);

        for (String format : List.of("csv", "ndjson", "xlsx", "sdmx-csv")) {
            double before = value("childplan_export_rows_total", "format=\"" + format + "\"");
            admin().queryParam("indicatorId", indicatorId).queryParam("format", format).when()
                    .get("/api/v1/exports/indicator-values").then().statusCode(200);
            assertEquals(before + 3, value("childplan_export_rows_total", "format=\"" + format + "\""), format);
        }
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

    /** Submits {@code file} as an import job and waits, with a ceiling of a minute, for it to finish. */
    private static JsonPath job(String file) {
        long id = admin().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8)).when()
                .post("/api/v1/import-jobs/indicator-values").then().statusCode(202).extract().jsonPath().getLong("id");
        for (int i = 0; i < 600; i++) {
            JsonPath job = admin().when().get("/api/v1/import-jobs/" + id).then().statusCode(200).extract().jsonPath();
            if (FINISHED.contains(job.getString("state"))) {
                return job;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        return fail("import job " + id + " did not finish within a minute");
    }
}
