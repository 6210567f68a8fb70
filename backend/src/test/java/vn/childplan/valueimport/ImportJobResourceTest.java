package vn.childplan.valueimport;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * Import jobs with real tokens, each test on a fresh indicator: the whole life of a job and its summary against
 * the synchronous import's, a job's end for an empty and an unreadable file, cancelling a running job (nothing
 * written), the sender's own jobs, Idempotency-Key while a job runs, and the sweep of jobs whose backend is gone.
 * A job is held RUNNING, where a test needs it so, by a row lock on its indicator that its merge waits for.
 */
@QuarkusTest
class ImportJobResourceTest {
    private static final String JOBS = "/api/v1/import-jobs";
    private static final String SUBMIT = JOBS + "/indicator-values";
    private static final String HEADER = "indicator_code,unit_code,period_code,value\r\n";
    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ImportJobRunners runners;

    private String indicator;
    private long indicatorId;

    @BeforeEach
    void indicator() {
        indicator = "JOB_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        indicatorId = admin().contentType(ContentType.JSON)
                .body(Map.of("code", indicator, "nameVi", "Chỉ tiêu " + indicator, "nameEn", "Job " + indicator,
                        "unit", "trẻ em", "direction", "HIGHER_IS_BETTER"))
                .when().post("/api/v1/indicators").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    private static RequestSpecification planner(String unit) {
        return Tokens.as("planner", unit, null);
    }

    private String csv(String... periods) {
        StringBuilder b = new StringBuilder(HEADER);
        for (String p : periods) {
            b.append(indicator).append(",46,").append(p).append(",12\r\n");
        }
        return b.toString();
    }

    private static Response submit(RequestSpecification who, String type, byte[] body, String query, String key) {
        if (key != null) {
            who.header("Idempotency-Key", key);
        }
        return who.contentType(type).body(body).when().post(SUBMIT + query);
    }

    /** Submits a CSV file: 202 with the job, QUEUED or further, and its Location. */
    private static long submitted(RequestSpecification who, String body, String query, String key) {
        Response r = submit(who, "text/csv", body.getBytes(StandardCharsets.UTF_8), query, key);
        r.then().statusCode(202).body("state", not(equalTo(null)));
        long id = r.jsonPath().getLong("id");
        r.then().header("Location", endsWith(JOBS + "/" + id));
        return id;
    }

    /** Polls the job until it has finished: a bounded wait on its state. */
    private static JsonPath finished(RequestSpecification who, long id) {
        for (int i = 0; i < 600; i++) {
            JsonPath job = who.when().get(JOBS + "/" + id).then().statusCode(200).extract().jsonPath();
            if (FINISHED.contains(job.getString("state"))) {
                return job;
            }
            pause();
        }
        return fail("import job " + id + " did not finish within a minute");
    }

    /** Polls the job until its import has checked {@code rows} rows (it then waits to merge). */
    private static void checked(long id, int rows) {
        for (int i = 0; i < 600; i++) {
            JsonPath job = admin().when().get(JOBS + "/" + id).then().statusCode(200).extract().jsonPath();
            if (job.getLong("rowsChecked") == rows) {
                assertEquals("RUNNING", job.getString("state"));
                return;
            }
            pause();
        }
        fail("import job " + id + " did not check its rows within a minute");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        }
    }

    private long values() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM indicator_value WHERE indicator_id = ?")) {
            s.setLong(1, indicatorId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Holds the indicator's row FOR UPDATE: a job's merge (its foreign key check) waits until this is closed. */
    private Connection holdIndicator() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM indicator WHERE id = ? FOR UPDATE")) {
            s.setLong(1, indicatorId);
            s.executeQuery().close();
        }
        return c;
    }

    @Test
    void a_job_runs_to_its_end_with_the_summary_of_the_synchronous_import() throws SQLException {
        String file = csv("2016", "2017", "2017-Q9");
        Map<String, Object> sync = admin().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/indicator-values?dryRun=true&mode=PER_ROW").then().statusCode(200)
                .extract().jsonPath().getMap("");

        long dry = submitted(admin(), file, "?dryRun=true&mode=PER_ROW", null);
        JsonPath dryJob = finished(admin(), dry);
        assertEquals("SUCCEEDED", dryJob.getString("state"));
        assertEquals(sync, dryJob.getMap("summary"));
        assertEquals(0, values());

        long id = submitted(admin(), file, "?mode=PER_ROW", null);
        JsonPath job = finished(admin(), id);
        assertEquals("SUCCEEDED", job.getString("state"));
        assertEquals("COMMITTED", job.getString("summary.outcome"));
        assertEquals(List.of(3, 2, 1), List.of(job.getInt("rowsRead"), job.getInt("rowsWritten"),
                job.getInt("summary.rejected")));
        assertEquals(sync.get("rejectedRows"), job.getList("summary.rejectedRows"));
        assertNotNull(job.getString("startedAt"));
        assertNotNull(job.getString("summary.auditId"));
        assertEquals(2, values());
        admin().when().get(JOBS).then().statusCode(200).body("items[0].id", equalTo((int) id));
    }

    @Test
    void all_or_nothing_with_a_rejected_row_fails_and_writes_nothing() throws SQLException {
        JsonPath job = finished(admin(), submitted(admin(), csv("2016", "2016-Q9"), "", null));
        assertEquals("FAILED", job.getString("state"));
        assertEquals("IMPORT_REJECTED", job.getString("error.code"));
        assertEquals("REJECTED", job.getString("summary.outcome"));
        assertEquals("INVALID_PERIOD", job.getString("summary.rejectedRows[0].code"));
        assertEquals(0, values());
    }

    @Test
    void an_empty_or_unreadable_file_ends_the_job_with_a_summary() {
        JsonPath empty = finished(admin(), submitted(admin(), "", "", null));
        assertEquals("FAILED", empty.getString("state"));
        assertEquals("IMPORT_UNREADABLE", empty.getString("error.code"));
        assertEquals("ABORTED", empty.getString("summary.outcome"));
        assertEquals(0, empty.getInt("summary.rows"));
        assertNotNull(empty.getString("finishedAt"));

        long emptyLines = submit(admin(), "application/x-ndjson", new byte[0], "", null).then().statusCode(202)
                .extract().jsonPath().getLong("id");
        JsonPath nothing = finished(admin(), emptyLines);
        assertEquals("SUCCEEDED", nothing.getString("state"));
        assertEquals(0, nothing.getInt("summary.rows"));

        byte[] latin1 = (HEADER + indicator + ",46,2016,12,Hu\u00e9\r\n").getBytes(StandardCharsets.ISO_8859_1);
        long unreadable = submit(admin(), "text/csv", latin1, "", null).then().statusCode(202).extract().jsonPath()
                .getLong("id");
        JsonPath job = finished(admin(), unreadable);
        assertEquals("FAILED", job.getString("state"));
        assertEquals("IMPORT_UNREADABLE", job.getString("error.code"));
        assertEquals("ABORTED", job.getString("summary.outcome"));
    }

    @Test
    void a_cancelled_job_writes_nothing_and_its_key_is_held_while_it_runs() throws SQLException {
        long before = values();
        String key = UUID.randomUUID().toString();
        String file = csv("2016", "2017");
        long id;
        try (Connection lock = holdIndicator()) {
            id = submitted(admin(), file, "", key);
            checked(id, 2);
            submit(admin(), "text/csv", file.getBytes(StandardCharsets.UTF_8), "", key).then().statusCode(409)
                    .body("code", equalTo("IDEMPOTENCY_KEY_IN_USE"));
            admin().when().post(JOBS + "/" + id + "/cancel").then().statusCode(200).body("state", equalTo("CANCELLED"))
                    .body("summary.outcome", equalTo("ABORTED"));
            lock.rollback();
        }
        // the key is let go once the job's import has ended (rolled back): the retry then answers the same job
        for (int i = 0; submit(admin(), "text/csv", file.getBytes(StandardCharsets.UTF_8), "", key).statusCode() != 202;
                i++) {
            if (i == 600) {
                fail("the cancelled job's import did not end within a minute");
            }
            pause();
        }
        submit(admin(), "text/csv", file.getBytes(StandardCharsets.UTF_8), "", key).then().statusCode(202)
                .body("id", equalTo((int) id)).body("state", equalTo("CANCELLED")).body("rowsWritten", equalTo(0));
        assertEquals(before, values());
        admin().when().post(JOBS + "/" + id + "/cancel").then().statusCode(409)
                .body("code", equalTo("INVALID_TRANSITION"));
    }

    @Test
    void a_job_is_its_senders_and_the_admins() {
        long id = submitted(planner("46"), csv("2016"), "", null);
        planner("30").when().get(JOBS + "/" + id).then().statusCode(404);
        planner("30").when().post(JOBS + "/" + id + "/cancel").then().statusCode(404);
        planner("30").when().get(JOBS).then().statusCode(200).body("items.id", not(hasItem((int) id)));
        planner("46").when().get(JOBS).then().statusCode(200).body("items[0].id", equalTo((int) id));
        assertEquals("SUCCEEDED", finished(planner("46"), id).getString("state"));
        admin().when().get(JOBS + "/" + id).then().statusCode(200).body("summary.imported", equalTo(1));
    }

    @Test
    void the_sweep_fails_the_jobs_and_releases_the_keys_of_a_backend_that_is_gone_and_only_those()
            throws SQLException {
        int gone;
        int alive;
        long orphan;
        long running;
        try (Connection c = dataSource.getConnection()) {
            gone = next(c);
            alive = next(c);
            orphan = job(c, gone);
            running = job(c, alive);
            heldKey(c, "key-of-a-gone-backend", gone);
            heldKey(c, "key-of-a-live-backend", alive);
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
                s.setInt(1, ImportJobRunners.LOCK_SPACE);
                s.setInt(2, alive);
                s.executeQuery().close();
            }
            runners.sweep();
            JsonPath swept = admin().when().get(JOBS + "/" + orphan).then().statusCode(200).extract().jsonPath();
            assertEquals("FAILED", swept.getString("state"));
            assertEquals("IMPORT_INTERRUPTED", swept.getString("error.code"));
            assertEquals("ABORTED", swept.getString("summary.outcome"));
            assertEquals(7, swept.getInt("summary.rows"));
            admin().when().get(JOBS + "/" + running).then().statusCode(200).body("state", equalTo("RUNNING"));
            // a retry with the gone backend's key runs; the live one's request is still running: 409
            assertEquals(List.of("key-of-a-live-backend"), heldKeys(c));
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                s.setInt(1, ImportJobRunners.LOCK_SPACE);
                s.setInt(2, alive);
                s.executeQuery().close();
            }
        }
        runners.sweep();
        admin().when().get(JOBS + "/" + running).then().statusCode(200).body("state", equalTo("FAILED"));
        try (Connection c = dataSource.getConnection()) {
            assertEquals(List.of(), heldKeys(c));
        }
    }

    /** An Idempotency-Key held by a request of {@code runner}'s, as a backend leaves it when it dies mid-import. */
    private static void heldKey(Connection c, String key, int runner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO idempotency_key (subject, key, operation, body_sha256, state, runner)
                VALUES (?, ?, 'import', repeat('0', 64), 'RUNNING', ?)""")) {
            s.setString(1, Tokens.subject("admin", null));
            s.setString(2, key);
            s.setInt(3, runner);
            s.executeUpdate();
        }
    }

    private static List<String> heldKeys(Connection c) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT key FROM idempotency_key WHERE key LIKE 'key-of-a-%' AND state = 'RUNNING' ORDER BY key");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                keys.add(r.getString(1));
            }
        }
        return keys;
    }

    private static int next(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT nextval('import_job_runner_seq')::int");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    /** A RUNNING job of the admin's on {@code runner}, as a backend leaves it when it dies mid-import. */
    private static long job(Connection c, int runner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO import_job (subject, state, format, mode, dry_run, overwrite_final, sha256, runner, rows_read,
                    started_at) VALUES (?, 'RUNNING', 'CSV', 'ALL_OR_NOTHING', false, false, repeat('0', 64), ?, 7, now())
                RETURNING id""")) {
            s.setString(1, Tokens.subject("admin", null));
            s.setInt(2, runner);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
