package vn.childplan.change;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * GET /api/v1/changes: every created, updated and deleted document, objective, target, task, assignment, indicator
 * value and report, in the caller's scope, resumable from an opaque cursor — and never skipping a transaction that
 * commits after a later one. Each test reads from the cursor where the feed stood when it began, so it sees its own
 * writes only.
 */
@QuarkusTest
class ChangeFeedTest {
    private static final String API = "/api/v1/";
    private static final String HUE = "46";
    private static final String HAI_DUONG = "30";

    @Inject
    AgroalDataSource db;

    record Entry(String type, long id, int version, String operation) {
    }

    record Read(List<Entry> entries, String next) {
    }

    static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    static RequestSpecification integration() {
        return Tokens.as("integration", null, null);
    }

    static RequestSpecification planner(String unit) {
        return Tokens.as("planner", unit, null);
    }

    @Test
    void every_kind_is_listed_created_updated_and_deleted_with_its_version() {
        String start = tail();
        long hue = unit(HUE);
        long agency = agency(hue);
        long indicator = indicator();
        Map<String, Object> docBody = plan(hue, agency);
        long doc = create("documents", docBody);
        Map<String, Object> objectiveBody = Map.of("documentId", doc, "kind", "SPECIFIC", "text", "Mục tiêu");
        long objective = create("objectives", objectiveBody);
        Map<String, Object> targetBody = Map.of("objectiveId", objective, "indicatorId", indicator, "comparator", "GE",
                "value", 100, "targetYear", 2019);
        long target = create("targets", targetBody);
        Map<String, Object> taskBody = Map.of("documentId", doc, "number", "1", "title", "Nhiệm vụ");
        long task = create("tasks", taskBody);
        long subtask = create("tasks", Map.of("documentId", doc, "parentId", task, "number", "1.1", "title", "Việc con"));
        Map<String, Object> assignmentBody = Map.of("taskId", task, "agencyId", agency, "role", "LEAD");
        long assignment = create("assignments", assignmentBody);
        long subAssignment = create("assignments", Map.of("taskId", subtask, "agencyId", agency, "role", "LEAD"));
        Map<String, Object> valueBody = Map.of("indicatorId", indicator, "unitId", hue, "periodCode", "2019",
                "value", 5);
        long value = create("indicator-values", valueBody);
        create("reporting-regimes", Map.of("documentId", doc, "periodType", "YEAR", "deadlineDay", 20,
                "deadlineMonth", 1, "consolidatingAgencyId", agency));
        long report = create("reports", Map.of("documentId", doc, "agencyId", agency, "periodCode", "2018"));

        int docV = update("documents", doc, 0, with(docBody, "title", "Kế hoạch thử (sửa)"));
        int objectiveV = update("objectives", objective, 0, with(objectiveBody, "text", "Mục tiêu (sửa)"));
        // saving it again unchanged writes nothing: same version, nothing in the feed
        assertEquals(objectiveV, update("objectives", objective, objectiveV, with(objectiveBody, "text",
                "Mục tiêu (sửa)")));
        int targetV = update("targets", target, 0, with(targetBody, "value", 98));
        int taskV = update("tasks", task, 0, with(taskBody, "title", "Nhiệm vụ (sửa)"));
        int assignmentV = update("assignments", assignment, 0, with(assignmentBody, "duty", "Chủ trì"));
        int valueV = update("indicator-values", value, 0, with(valueBody, "value", 6));
        int reportV = update("reports", report, 0, Map.of("values", List.of(Map.of("indicatorId", indicator,
                "unitId", hue, "value", 7))));
        int submittedV = move(report, "submit", reportV);
        int acceptedV = move(report, "accept", submittedV);
        long published = admin().queryParam("indicatorId", indicator).queryParam("periodCode", "2018").when()
                .get(API + "indicator-values").then().statusCode(200).body("totalItems", is(1)).extract().jsonPath()
                .getLong("items[0].id");

        delete("indicator-values", value, valueV);
        delete("assignments", assignment, assignmentV);
        // the database deletes the subtask and its assignment with the task, the target with the objective
        delete("tasks", task, taskV);
        delete("objectives", objective, objectiveV);

        List<Entry> expected = List.of(
                new Entry("DOCUMENT", doc, 0, "CREATED"), new Entry("OBJECTIVE", objective, 0, "CREATED"),
                new Entry("TARGET", target, 0, "CREATED"), new Entry("TASK", task, 0, "CREATED"),
                new Entry("TASK", subtask, 0, "CREATED"), new Entry("ASSIGNMENT", assignment, 0, "CREATED"),
                new Entry("ASSIGNMENT", subAssignment, 0, "CREATED"),
                new Entry("INDICATOR_VALUE", value, 0, "CREATED"), new Entry("REPORT", report, 0, "CREATED"),
                new Entry("DOCUMENT", doc, docV, "UPDATED"), new Entry("OBJECTIVE", objective, objectiveV, "UPDATED"),
                new Entry("TARGET", target, targetV, "UPDATED"), new Entry("TASK", task, taskV, "UPDATED"),
                new Entry("ASSIGNMENT", assignment, assignmentV, "UPDATED"),
                new Entry("INDICATOR_VALUE", value, valueV, "UPDATED"), new Entry("REPORT", report, reportV, "UPDATED"),
                new Entry("REPORT", report, submittedV, "UPDATED"), new Entry("REPORT", report, acceptedV, "UPDATED"),
                new Entry("INDICATOR_VALUE", published, 0, "CREATED"),
                new Entry("INDICATOR_VALUE", value, valueV, "DELETED"),
                new Entry("ASSIGNMENT", assignment, assignmentV, "DELETED"),
                new Entry("TASK", task, taskV, "DELETED"), new Entry("TASK", subtask, 0, "DELETED"),
                new Entry("ASSIGNMENT", subAssignment, 0, "DELETED"),
                new Entry("OBJECTIVE", objective, objectiveV, "DELETED"), new Entry("TARGET", target, targetV, "DELETED"));
        Read read = readAll(() -> planner(HUE), start, 100);
        assertEquals(sorted(expected), sorted(read.entries()));
        // in the order they were made: a record's creation before its updates before its tombstone
        for (Entry e : expected) {
            List<Entry> ofRecord = read.entries().stream().filter(x -> x.type().equals(e.type()) && x.id() == e.id())
                    .toList();
            assertEquals(ofRecord.stream().sorted(Comparator.comparingInt(ChangeFeedTest::rank)).toList(), ofRecord,
                    e.toString());
        }

        // a draft plan deleted with all it holds: a tombstone for each record the database deleted with it
        String beforePlanDelete = read.next();
        long doc2 = create("documents", plan(hue, agency));
        long objective2 = create("objectives", Map.of("documentId", doc2, "kind", "SPECIFIC", "text", "Mục tiêu"));
        long target2 = create("targets", Map.of("objectiveId", objective2, "indicatorId", indicator, "comparator", "GE",
                "value", 1, "targetYear", 2019));
        long task2 = create("tasks", Map.of("documentId", doc2, "number", "1", "title", "Nhiệm vụ"));
        long assignment2 = create("assignments", Map.of("taskId", task2, "agencyId", agency, "role", "LEAD"));
        delete("documents", doc2, 0);
        List<Entry> tombstones = readAll(() -> planner(HUE), beforePlanDelete, 100).entries().stream()
                .filter(e -> e.operation().equals("DELETED")).toList();
        assertEquals(sorted(List.of(new Entry("DOCUMENT", doc2, 0, "DELETED"),
                new Entry("OBJECTIVE", objective2, 0, "DELETED"), new Entry("TARGET", target2, 0, "DELETED"),
                new Entry("TASK", task2, 0, "DELETED"), new Entry("ASSIGNMENT", assignment2, 0, "DELETED"))),
                sorted(tombstones));
    }

    @Test
    void a_caller_reads_the_changes_of_their_scope_tombstones_included() {
        String start = tail();
        long hue = unit(HUE);
        long haiDuong = unit(HAI_DUONG);
        long hueDoc = created(planner(HUE), "documents", plan(hue, agency(hue)));
        long hdDoc = created(planner(HAI_DUONG), "documents", plan(haiDuong, agency(haiDuong)));
        long hdObjective = created(planner(HAI_DUONG), "objectives",
                Map.of("documentId", hdDoc, "kind", "SPECIFIC", "text", "Mục tiêu Hải Dương"));
        planner(HAI_DUONG).header("If-Match", "\"0\"").when().delete(API + "documents/" + hdDoc).then().statusCode(204);

        List<Entry> hd = List.of(new Entry("DOCUMENT", hdDoc, 0, "CREATED"),
                new Entry("OBJECTIVE", hdObjective, 0, "CREATED"), new Entry("DOCUMENT", hdDoc, 0, "DELETED"),
                new Entry("OBJECTIVE", hdObjective, 0, "DELETED"));
        Entry hueCreated = new Entry("DOCUMENT", hueDoc, 0, "CREATED");
        // Huế's planner: Huế's plan, nothing of Hải Dương's, not even that it was deleted
        List<Entry> seenInHue = readAll(() -> planner(HUE), start, 100).entries();
        assertEquals(List.of(hueCreated), seenInHue);
        // Hải Dương's planner: its plan and objective and their tombstones (the objective's written by the cascade)
        assertEquals(sorted(hd), sorted(readAll(() -> planner(HAI_DUONG), start, 100).entries()));
        // the national machine client: everything
        List<Entry> all = new ArrayList<>(hd);
        all.add(hueCreated);
        assertEquals(sorted(all), sorted(readAll(ChangeFeedTest::integration, start, 100).entries()));
    }

    @Test
    void pages_follow_the_cursor_and_a_stored_cursor_resumes_where_it_stopped() {
        String start = tail();
        long doc = huePlan();
        for (int i = 1; i <= 4; i++) {
            create("objectives", Map.of("documentId", doc, "kind", "SPECIFIC", "text", "Mục tiêu " + i));
        }
        Read whole = readAll(ChangeFeedTest::admin, start, 100);
        assertEquals(5, whole.entries().size());

        List<Entry> paged = new ArrayList<>();
        List<Boolean> mores = new ArrayList<>();
        String cursor = start;
        boolean more = true;
        while (more) {
            JsonPath page = page(admin(), cursor, 2);
            paged.addAll(entries(page));
            more = page.getBoolean("more");
            mores.add(more);
            cursor = page.getString("next");
        }
        assertEquals(whole.entries(), paged);
        assertEquals(List.of(true, true, false), mores);

        // nothing new: an empty page, and the cursor still resumes from there
        JsonPath idle = page(admin(), cursor, 2);
        assertEquals(List.of(), entries(idle));
        assertFalse(idle.getBoolean("more"));
        long objective = create("objectives", Map.of("documentId", doc, "kind", "GENERAL", "text", "Mục tiêu chung"));
        assertEquals(List.of(new Entry("OBJECTIVE", objective, 0, "CREATED")),
                readAll(ChangeFeedTest::admin, idle.getString("next"), 2).entries());
        assertEquals(List.of(new Entry("OBJECTIVE", objective, 0, "CREATED")),
                readAll(ChangeFeedTest::admin, cursor, 2).entries());
    }

    @Test
    void a_text_that_is_no_cursor_and_a_limit_out_of_range_are_400() {
        for (String since : List.of("not a cursor", encode("c1:12:x"), encode("c1:123456789012345678901:1"),
                encode("c2:1:1"), encode("c1:18446744073709551616:1"))) {
            admin().queryParam("since", since).when().get(API + "changes").then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("code", is("INVALID_PARAMETER"))
                    .body("violations.field", hasItem("since"));
        }
        for (int limit : List.of(0, 1001)) {
            admin().queryParam("limit", limit).when().get(API + "changes").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"));
        }
        admin().queryParam("since", encode("c1:18446744073709551615:1")).when().get(API + "changes").then()
                .statusCode(200);
    }

    /**
     * The late commit: a transaction that wrote a change and is still open when a later one commits. A reader that
     * kept "the highest seen" would pass it for good; the feed holds the later change back (and its cursor stays
     * below the open one) until the first commits, then returns both, the first first. The test waits for nothing:
     * the open transaction is held on a connection of its own and committed by the test.
     */
    @Test
    void a_change_committed_late_is_read_after_the_later_one_never_skipped() throws SQLException {
        long doc = huePlan();
        String start = tail();
        Entry slow = new Entry("DOCUMENT", doc, 1, "UPDATED");
        Read whileOpen;
        long later;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO change_log (entity, entity_id, version, "
                    + "operation, unit_code) VALUES ('document', ?, 1, 'UPDATED', ?)")) {
                insert.setLong(1, doc);
                insert.setString(2, HUE);
                assertEquals(1, insert.executeUpdate());
            }
            later = create("objectives", Map.of("documentId", doc, "kind", "SPECIFIC", "text", "Mục tiêu sau"));
            // committed, but behind a transaction that is still open: not yet
            whileOpen = readAll(ChangeFeedTest::integration, start, 100);
            assertEquals(List.of(), whileOpen.entries());
            c.commit();
        }
        Entry laterCreated = new Entry("OBJECTIVE", later, 0, "CREATED");
        assertEquals(List.of(slow, laterCreated), readAll(ChangeFeedTest::integration, whileOpen.next(), 100).entries());
        assertEquals(List.of(slow, laterCreated), readAll(ChangeFeedTest::integration, start, 100).entries());
    }

    /** A cascade the application did not start through AuditedWrites has no scope for its tombstones: refused. */
    @Test
    void a_cascade_outside_the_write_path_is_refused() throws SQLException {
        long doc = huePlan();
        create("objectives", Map.of("documentId", doc, "kind", "SPECIFIC", "text", "Mục tiêu"));
        try (Connection c = db.getConnection(); PreparedStatement delete = c.prepareStatement(
                "DELETE FROM document WHERE id = ?")) {
            delete.setLong(1, doc);
            SQLException refused = assertThrows(SQLException.class, delete::executeUpdate);
            assertTrue(refused.getMessage().contains("outside AuditedWrites"), refused.getMessage());
        }
        admin().when().get(API + "documents/" + doc).then().statusCode(200);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** The cursor after every change readable now. */
    private static String tail() {
        return readAll(ChangeFeedTest::integration, null, 1000).next();
    }

    private static Read readAll(Supplier<RequestSpecification> as, String since, int limit) {
        List<Entry> out = new ArrayList<>();
        String cursor = since;
        boolean more = true;
        while (more) {
            JsonPath page = page(as.get(), cursor, limit);
            out.addAll(entries(page));
            more = page.getBoolean("more");
            cursor = page.getString("next");
        }
        return new Read(out, cursor);
    }

    private static JsonPath page(RequestSpecification as, String since, int limit) {
        if (since != null) {
            as.queryParam("since", since);
        }
        return as.queryParam("limit", limit).when().get(API + "changes").then().statusCode(200).extract().jsonPath();
    }

    private static List<Entry> entries(JsonPath page) {
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().map(i -> new Entry((String) i.get("type"), ((Number) i.get("id")).longValue(),
                (Integer) i.get("version"), (String) i.get("operation"))).toList();
    }

    private static List<Entry> sorted(List<Entry> entries) {
        return entries.stream().sorted(Comparator.comparing(Entry::type).thenComparingLong(Entry::id)
                .thenComparingInt(ChangeFeedTest::rank)).toList();
    }

    private static int rank(Entry e) {
        return List.of("CREATED", "UPDATED", "DELETED").indexOf(e.operation()) * 1000 + e.version();
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static long unit(String code) {
        return admin().queryParam("level", "PROVINCE").queryParam("code", code).queryParam("validOn", "2018-06-01")
                .when().get(API + "admin-units").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    private static long indicator() {
        String code = "FEED_" + tag().toUpperCase();
        return create("indicators", Map.of("code", code, "nameVi", "Chỉ tiêu " + code, "nameEn", "Indicator " + code,
                "unit", "trẻ em", "direction", "HIGHER_IS_BETTER"));
    }

    /** A draft plan of Huế, issued by a fresh agency. */
    private static long huePlan() {
        long hue = unit(HUE);
        return create("documents", plan(hue, agency(hue)));
    }

    private static long agency(long unit) {
        return create("agencies", Map.of("name", "Sở thử nguồn thay đổi " + tag(), "kind", "STATE_AGENCY",
                "unitId", unit));
    }

    private static Map<String, Object> plan(long unit, long issuer) {
        return Map.of("kind", "PLAN", "title", "Kế hoạch nguồn thay đổi " + tag(), "issuerId", issuer, "unitId", unit,
                "periodFromYear", 2018, "periodToYear", 2020, "status", "DRAFT");
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> out = new HashMap<>(body);
        out.put(field, value);
        return out;
    }

    private static long create(String kind, Map<String, Object> body) {
        return created(admin(), kind, body);
    }

    private static long created(RequestSpecification as, String kind, Map<String, Object> body) {
        return as.contentType(ContentType.JSON).body(body).when().post(API + kind).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    /** PUTs {@code body} over version {@code version}; the version after. */
    private static int update(String kind, long id, int version, Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body).when()
                .put(API + kind + "/" + id).then().statusCode(200).extract().jsonPath().getInt("version");
    }

    private static int move(long report, String action, int version) {
        return admin().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("comment", "Đủ")).when().post(API + "reports/" + report + "/" + action).then()
                .statusCode(200).extract().jsonPath().getInt("version");
    }

    private static void delete(String kind, long id, int version) {
        admin().header("If-Match", "\"" + version + "\"").when().delete(API + kind + "/" + id).then().statusCode(204);
    }
}
