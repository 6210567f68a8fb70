package vn.childplan.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * Every reference an answer names passes the same scope rule as reading that record by itself (README "Who may do
 * what": a record outside the caller's scope is never confirmed to exist). For every demo user of the realm, with the
 * claims Keycloak gives them, the walk calls every GET of the committed contract: the collections first, then the
 * by-id operations on the ids they found (at most {@link #IDS_PER_KIND} per kind). In each answer, guided by the
 * contract's response schema, every object of a record or reference schema and every {@code …Id}/{@code …Ids}
 * field is a reference; the same user must read it with 200 from the GET that reads that kind by itself. A reference
 * the administrator cannot read either names a record that no longer exists (a deleted record's audit entry) and
 * confirms nothing. A schema with an id, or an id field, that the tables below do not know fails the walk, so a new
 * endpoint or DTO reference is walked, or noticed, rather than skipped.
 */
@QuarkusTest
class ScopeWalkTest {
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final Path REALM = Path.of("keycloak", "childplan-realm.json");
    private static final String API = "/api/v1/";
    private static final String IMPORT_ENTITY = "indicator-value-import";
    private static final int IDS_PER_KIND = 12;

    /** Schemas whose objects are a record, or a reference to one, of a kind (the kind's GET /api/v1/{kind}/{id}). */
    private static final Map<String, String> SCHEMA_KIND = Map.ofEntries(
            Map.entry("AdminUnit", "admin-units"), Map.entry("UnitRef", "admin-units"),
            Map.entry("Attachment", "attachments"),
            Map.entry("Agency", "agencies"), Map.entry("AgencyRef", "agencies"),
            Map.entry("Assignment", "assignments"), Map.entry("AssignmentBrief", "assignments"),
            Map.entry("Document", "documents"), Map.entry("DocumentRef", "documents"),
            Map.entry("DocumentSummary", "documents"),
            Map.entry("Indicator", "indicators"), Map.entry("IndicatorRef", "indicators"),
            Map.entry("IndicatorValue", "indicator-values"), Map.entry("LatestValue", "indicator-values"),
            Map.entry("StoredValue", "indicator-values"),
            Map.entry("Objective", "objectives"),
            Map.entry("Report", "reports"), Map.entry("ReportSummary", "reports"),
            Map.entry("ReportingRegime", "reporting-regimes"), Map.entry("ReportingRegimeRef", "reporting-regimes"),
            Map.entry("Target", "targets"),
            Map.entry("Task", "tasks"), Map.entry("TaskRef", "tasks"), Map.entry("MatrixTask", "tasks"),
            Map.entry("UnitChange", "unit-changes"),
            // a job is its sender's: the same user reads it by id (others 404, admins every one)
            Map.entry("ImportJob", "import-jobs"));

    /**
     * Schemas with an id that are not records readable by id: walked into; their id is checked only as the record
     * their type names ({@link #TYPED}).
     */
    private static final Set<String> NOT_RECORDS = Set.of("AuditEntry", "SearchHit", "Change",
            "Notification");

    /** Numeric id fields and the kind they name; parentId names the kind of the object holding it. */
    private static final Map<String, String> ID_FIELD_KIND = Map.ofEntries(
            Map.entry("agencyId", "agencies"), Map.entry("assignmentId", "assignments"),
            Map.entry("indicatorValueId", "indicator-values"), Map.entry("valueId", "indicator-values"),
            Map.entry("documentId", "documents"), Map.entry("indicatorId", "indicators"),
            Map.entry("numeratorIndicatorId", "indicators"), Map.entry("denominatorIndicatorId", "indicators"),
            Map.entry("objectiveId", "objectives"), Map.entry("reportId", "reports"),
            Map.entry("targetId", "targets"), Map.entry("taskId", "tasks"), Map.entry("unitId", "admin-units"));

    /**
     * Audit entries: the entity names the kind of entityId and the schema of the before/after snapshots. An import's
     * entry ({@code indicator-value-import}) names no record: its entityId is the import's number (value_import_seq,
     * neither a job's id nor any record's; an import job names its entry by {@code auditId} instead), and its snapshot
     * (the file's checksum, format, mode and counts) has no schema of the contract, so it is walked as a bare object
     * whose every id field must be one the tables know.
     */
    private static final Map<String, String[]> AUDIT_ENTITY = Map.ofEntries(
            Map.entry("admin-unit", new String[] { "admin-units", "AdminUnit" }),
            Map.entry("agency", new String[] { "agencies", "Agency" }),
            Map.entry("attachment", new String[] { "attachments", "Attachment" }),
            Map.entry("assignment", new String[] { "assignments", "Assignment" }),
            Map.entry("document", new String[] { "documents", "Document" }),
            Map.entry("indicator", new String[] { "indicators", "Indicator" }),
            Map.entry("indicator-value", new String[] { "indicator-values", "IndicatorValue" }),
            Map.entry(IMPORT_ENTITY, new String[] { null, null }),
            Map.entry("objective", new String[] { "objectives", "Objective" }),
            Map.entry("report", new String[] { "reports", "Report" }),
            Map.entry("reporting-regime", new String[] { "reporting-regimes", "ReportingRegime" }),
            Map.entry("target", new String[] { "targets", "Target" }),
            Map.entry("task", new String[] { "tasks", "Task" }),
            Map.entry("unit-change", new String[] { "unit-changes", "UnitChange" }));

    /** Search hits name their record by type. */
    private static final Map<String, String> SEARCH_TYPE_KIND = Map.of("DOCUMENT", "documents", "TASK", "tasks",
            "AGENCY", "agencies");

    /** Change feed entries name their record by type; a tombstone's record is gone (the admin reads it neither). */
    private static final Map<String, String> CHANGE_TYPE_KIND = Map.of("DOCUMENT", "documents", "OBJECTIVE",
            "objectives", "TARGET", "targets", "TASK", "tasks", "ASSIGNMENT", "assignments", "INDICATOR_VALUE",
            "indicator-values", "REPORT", "reports");

    /** Schemas naming their record by a type and an id: the kind of each type. */
    private static final Map<String, Map<String, String>> TYPED = Map.of("SearchHit", SEARCH_TYPE_KIND,
            "Change", CHANGE_TYPE_KIND);

    /** By-id operations under another name than their kind's collection. */
    private static final Map<String, String> PATH_KIND = Map.of("plans", "documents");

    /** CSV columns of exports that name a record. */
    private static final Map<String, String> CSV_ID_KIND = Map.of("report_id", "reports");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String IMPORT_CSV = "indicator_code,unit_code,period_code,value,status\r\n";
    private static final Set<String> RUNNING = Set.of("QUEUED", "RUNNING");

    /** The snapshot of an audit entity without a schema: any object, its id fields walked. */
    private static final JsonNode BARE = JSON.createObjectNode().set("properties", JSON.createObjectNode());

    private JsonNode contract;
    private final Map<String, Integer> adminReads = new HashMap<>();
    /** Every import's audit entry, by id, with the subject who sent it: the administrator's audit list. */
    private Map<Long, String> importEntries;

    record User(String name, String role, String unitCode, String agencyCode) {
    }

    record Operation(String path, Map<String, String> query, String schema, boolean csv) {
    }

    @Test
    void every_reference_in_every_answer_is_readable_by_itself() throws IOException {
        contract = new YAMLMapper().readTree(CONTRACT.toFile());
        linkAcrossProvinces();
        List<User> users = users();
        remind(users);
        importValues(users);
        List<Operation> operations = operations();
        List<String> leaks = new ArrayList<>();
        int answers = 0;
        int refs = 0;
        for (User user : users) {
            Walk walk = new Walk(user);
            for (Operation op : operations.stream().filter(o -> !o.path.contains("{")).toList()) {
                walk.answer(op, op.path);
            }
            for (Operation op : operations.stream().filter(o -> o.path.contains("{id}")).toList()) {
                String kind = kindOf(op.path);
                for (Long id : walk.readable(kind)) {
                    walk.answer(op, op.path.replace("{id}", id.toString()));
                }
            }
            leaks.addAll(walk.leaks);
            answers += walk.answers;
            refs += walk.checked.size();
        }
        if (!leaks.isEmpty()) {
            fail(leaks.size() + " references to records the caller cannot read by themselves:\n"
                    + String.join("\n", new TreeSet<>(leaks)));
        }
        assertTrue(answers > users.size() * operations.size() / 2, "the walk read " + answers + " answers");
        System.out.printf("ScopeWalkTest: %d users, %d GET operations, %d answers, %d distinct references checked%n",
                users.size(), operations.size(), answers, refs);
    }

    /**
     * Gives the users notifications to walk: each signs in (their profile), then the reminders of two days run: the
     * Huế plan's overdue reports (escalated to the Sở LĐTBXH and the planners) and its assignment past due.
     */
    private static void remind(List<User> users) {
        users.forEach(u -> Tokens.as(u.role, u.unitCode, u.agencyCode).when().get(API + "me").then().statusCode(200));
        for (String day : List.of("2016-05-26", "2016-07-01")) {
            Tokens.as("admin", null, null).queryParam("today", day).when().post(API + "admin/reminders/run").then()
                    .statusCode(200);
        }
    }

    /**
     * Gives the walk import jobs and their audit entries whatever ran before it in this JVM: each demo user who may
     * import sends a job of one value of their own unit (the administrator and the machine client, who have none, of
     * Hải Dương), and planner.hue a FINAL value, then replaces it (overwriteFinal), so a job names the value it
     * replaced. Each import's entry is listed in the audit trail by the administrator and by the planners whose scope
     * holds its sender's unit, and by no other planner (the provinces of the demo planners do not nest).
     */
    private void importValues(List<User> users) {
        String indicator = "WALK_" + System.nanoTime();
        create("indicators", Map.of("code", indicator, "nameVi", "Chỉ tiêu " + indicator, "nameEn", "Walk " + indicator,
                "unit", "trẻ em", "direction", "HIGHER_IS_BETTER"));
        Map<Long, String> senderUnit = new HashMap<>();
        int value = 10;
        for (User u : users.stream().filter(u -> !u.role.equals(Roles.VIEWER)).toList()) {
            String unit = u.unitCode == null ? "30" : u.unitCode;
            JsonPath job = imported(u, indicator + "," + unit + ",2016," + value++ + ",ESTIMATE", "");
            senderUnit.put(job.getLong("summary.auditId"), String.valueOf(u.unitCode));
        }
        User hue = users.stream().filter(u -> u.name.equals("planner.hue")).findFirst().orElseThrow();
        imported(hue, indicator + ",46,2015,12,FINAL", "");
        JsonPath replaced = imported(hue, indicator + ",46,2015,13,FINAL", "?overwriteFinal=true");
        assertEquals(1, replaced.getList("summary.replacedFinalValues").size(), "the FINAL value replaced");
        importEntries = importEntries(() -> Tokens.as(Roles.ADMIN, null, null));
        assertTrue(importEntries.keySet().containsAll(senderUnit.keySet()), "the administrator lists every import");
        for (User planner : users.stream().filter(u -> u.role.equals(Roles.PLANNER)).toList()) {
            Map<Long, String> listed = importEntries(() -> Tokens.as(planner.role, planner.unitCode, null));
            senderUnit.forEach((auditId, unit) -> assertEquals(unit.equals(planner.unitCode),
                    listed.containsKey(auditId), planner.name + " lists the audit entry " + auditId
                            + " of an import sent from unit " + unit));
        }
    }

    /** Sends an import job of one CSV row as the user and waits (with a ceiling) until it has SUCCEEDED. */
    private static JsonPath imported(User u, String row, String query) {
        long id = Tokens.as(u.role, u.unitCode, u.agencyCode).contentType("text/csv").body(IMPORT_CSV + row + "\r\n")
                .when().post(API + "import-jobs/indicator-values" + query).then().statusCode(202).extract()
                .jsonPath().getLong("id");
        for (int i = 0; i < 600; i++) {
            JsonPath job = Tokens.as(u.role, u.unitCode, u.agencyCode).when().get(API + "import-jobs/" + id).then()
                    .statusCode(200).extract().jsonPath();
            if (!RUNNING.contains(job.getString("state"))) {
                assertEquals("SUCCEEDED", job.getString("state"), u.name + "'s import job " + id + ": " + job.prettify());
                assertNotNull(job.get("summary.auditId"), u.name + "'s import job " + id + " wrote its audit entry");
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
        return fail(u.name + "'s import job " + id + " did not finish within a minute");
    }

    /**
     * The imports' audit entries the caller finds in their audit list (every page), by id with their sender; null
     * when the caller's role reads no audit trail.
     */
    private static Map<Long, String> importEntries(Supplier<RequestSpecification> who) {
        Map<Long, String> out = new HashMap<>();
        for (int page = 0;; page++) {
            Response r = who.get().queryParam("entity", IMPORT_ENTITY).queryParam("size", 100)
                    .queryParam("page", page).when().get(API + "audit");
            if (r.statusCode() == 403) {
                return null;
            }
            JsonPath answer = r.then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = answer.getList("items");
            items.forEach(e -> out.put(((Number) e.get("id")).longValue(), (String) e.get("subject")));
            if (page + 1 >= answer.getInt("totalPages")) {
                return out;
            }
        }
    }

    /** One user's walk: the answers read, the references checked and the leaks found. */
    private final class Walk {
        final User user;
        final Map<String, Integer> checked = new HashMap<>();
        final Map<String, Set<Long>> seen = new HashMap<>();
        final List<String> leaks = new ArrayList<>();
        int answers;
        /** The import audit entries this user finds in their audit list; empty when their role reads none. */
        Optional<Map<Long, String>> ownImportEntries;

        Walk(User user) {
            this.user = user;
        }

        void answer(Operation op, String path) {
            var request = Tokens.as(user.role, user.unitCode, user.agencyCode).accept(op.csv ? "text/csv" : "application/json");
            op.query.forEach(request::queryParam);
            if (!op.path.contains("{") && op.schema != null && hasParameter(op.path, "size")) {
                request.queryParam("size", 100);
            }
            Response response = request.when().get(path);
            if (response.statusCode() != 200) {
                return;
            }
            answers++;
            if (op.csv) {
                csv(path, response.asString());
                return;
            }
            if (op.schema == null) { // a file (an attachment's content): bytes, no reference to walk
                return;
            }
            try {
                walk(path, "", JSON.readTree(response.asString()), op.schema == null ? null : schema(op.schema));
            } catch (IOException e) {
                leaks.add(user.name + " " + path + ": not JSON: " + e.getMessage());
            }
        }

        /** Walks {@code node} at {@code pointer} as the contract's {@code schema} (a component or an inline schema). */
        void walk(String path, String pointer, JsonNode node, JsonNode schema) {
            if (node == null || node.isNull() || schema == null) {
                return;
            }
            String name = componentName(schema);
            JsonNode s = resolve(schema);
            if (node.isArray()) {
                JsonNode items = s.get("items");
                for (int i = 0; i < node.size(); i++) {
                    walk(path, pointer + "/" + i, node.get(i), items);
                }
                return;
            }
            if (!node.isObject()) {
                return;
            }
            JsonNode properties = s.get("properties");
            if (properties == null) {
                return;
            }
            String kind = name == null ? null : SCHEMA_KIND.get(name);
            if (properties.has("id") && kind == null && (name == null || !NOT_RECORDS.contains(name))) {
                leaks.add("UNKNOWN reference schema " + name + " in " + path + " at " + pointer
                        + ": add it to ScopeWalkTest.SCHEMA_KIND (or NOT_RECORDS)");
            }
            if (kind != null && node.hasNonNull("id")) {
                check(path, pointer, kind, node.get("id").asLong());
            }
            Map<String, String> typed = name == null ? null : TYPED.get(name);
            if (typed != null) {
                String typedKind = typed.get(node.path("type").asText());
                if (typedKind == null) {
                    leaks.add("UNKNOWN " + name + " type " + node.path("type") + " in " + path + " at " + pointer);
                } else {
                    check(path, pointer, typedKind, node.get("id").asLong());
                }
            }
            String[] audited = "AuditEntry".equals(name) ? AUDIT_ENTITY.get(node.path("entity").asText()) : null;
            if ("AuditEntry".equals(name) && audited == null) {
                leaks.add("UNKNOWN audit entity " + node.path("entity") + " in " + path + " at " + pointer);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                String at = pointer + "/" + key;
                JsonNode value = field.getValue();
                if (audited != null && key.equals("entityId")) {
                    if (audited[0] != null) {
                        check(path, at, audited[0], value.asLong());
                    }
                } else if (audited != null && (key.equals("before") || key.equals("after"))) {
                    walk(path, at, value, audited[1] == null ? BARE
                            : JSON.createObjectNode().put("$ref", "#/components/schemas/" + audited[1]));
                } else if (key.endsWith("Id") && value.isIntegralNumber()) {
                    idField(path, at, key, kind, value);
                } else if (key.endsWith("Ids") && value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        idField(path, at + "/" + i, key.substring(0, key.length() - 1), kind, value.get(i));
                    }
                } else {
                    walk(path, at, value, properties.get(key));
                }
            }
        }

        void idField(String path, String pointer, String key, String containerKind, JsonNode value) {
            String kind = key.equals("parentId") ? containerKind : ID_FIELD_KIND.get(key);
            if (key.equals("auditId") && value.isIntegralNumber()) {
                auditEntry(path, pointer, value.asLong());
            } else if (kind == null) {
                leaks.add("UNKNOWN id field " + key + " in " + path + " at " + pointer
                        + ": add it to ScopeWalkTest.ID_FIELD_KIND");
            } else if (value.isIntegralNumber()) {
                check(path, pointer, kind, value.asLong());
            }
        }

        void csv(String path, String body) {
            String[] lines = body.split("\r\n");
            if (lines.length == 0 || lines[0].isEmpty()) {
                return;
            }
            List<String> header = List.of(lines[0].replace("\uFEFF", "").split(","));
            for (String column : header.stream().filter(c -> c.endsWith("_id")).toList()) {
                if (!CSV_ID_KIND.containsKey(column)) {
                    leaks.add("UNKNOWN id column " + column + " in " + path + ": add it to ScopeWalkTest.CSV_ID_KIND");
                }
            }
            // the id columns precede any quoted free text in a row (evidence follows report_id), so a plain split
            // reads them
            for (int row = 1; row < lines.length; row++) {
                String[] cells = lines[row].split(",", -1);
                for (Map.Entry<String, String> column : CSV_ID_KIND.entrySet()) {
                    int i = header.indexOf(column.getKey());
                    if (i >= 0 && i < cells.length && cells[i].matches("\\d+")) {
                        check(path, "row " + row + " " + column.getKey(), column.getValue(), Long.parseLong(cells[i]));
                    }
                }
            }
        }

        void check(String path, String pointer, String kind, long id) {
            String target = API + kind + "/" + id;
            int status = checked.computeIfAbsent(target, t -> Tokens.as(user.role, user.unitCode, user.agencyCode)
                    .accept("application/json").when().get(t).statusCode());
            if (status == 200) {
                seen.computeIfAbsent(kind, k -> new TreeSet<>()).add(id);
            } else if (adminReads.computeIfAbsent(target, t -> Tokens.as("admin", null, null)
                    .accept("application/json").when().get(t).statusCode()) == 200) {
                leaks.add(user.name + ": GET " + path + " names " + target + " at " + (pointer.isEmpty() ? "/" : pointer)
                        + ", which answers " + status + " to the same user");
            }
        }

        /**
         * An import's {@code auditId}: there is no by-id read of the audit trail, so the entry must be one this user
         * finds in their own audit list (admins: all; planners: the entries of their scope). A user whose role reads
         * no audit trail at all (officers, machine clients) is told the id only of an entry recording their own
         * write: their own import, in their own scope, which they know of since they sent it. Anything else names
         * an entry the user may not read: a leak.
         */
        void auditEntry(String path, String pointer, long id) {
            if (ownImportEntries == null) {
                ownImportEntries = Optional.ofNullable(
                        importEntries(() -> Tokens.as(user.role, user.unitCode, user.agencyCode)));
            }
            boolean readable = ownImportEntries.map(own -> own.containsKey(id))
                    .orElseGet(() -> Tokens.subject(user.role, user.unitCode).equals(importEntries.get(id)));
            checked.putIfAbsent(API + "audit#" + id, readable ? 200 : 404);
            if (!readable) {
                leaks.add(user.name + ": GET " + path + " names audit entry " + id + " at " + pointer + ", which "
                        + (ownImportEntries.isPresent() ? "the same user does not find in their audit list"
                                : "does not record their own write (their role reads no audit trail)"));
            }
        }

        /** The ids of {@code kind} this user read by themselves, lowest first (the demo records), bounded. */
        List<Long> readable(String kind) {
            return seen.getOrDefault(kind, Set.of()).stream().limit(IDS_PER_KIND).toList();
        }
    }

    /**
     * What an answer does with a reference the caller cannot read: a single one is null, one in a list is left out,
     * and audit snapshots follow the same rule; the administrator, who reads both provinces, sees them all.
     */
    @Test
    void a_reference_out_of_scope_is_null_in_a_field_and_left_out_of_a_list() {
        long plan = linkAcrossProvinces();
        Tokens.as("planner", "72", null).when().get(API + "documents/" + plan).then().statusCode(200)
                .body("issuer", nullValue()).body("implementsDocuments", empty());
        Tokens.as("admin", null, null).when().get(API + "documents/" + plan).then().statusCode(200)
                .body("issuer.id", notNullValue()).body("implementsDocuments", hasSize(1));
        Tokens.as("planner", "72", null).queryParam("entity", "document").queryParam("entityId", plan)
                .when().get(API + "audit").then().statusCode(200)
                .body("items[0].after.issuer", nullValue()).body("items[0].after.implementsDocuments", empty())
                .body("items[0].after.unit", not(hasKey("@scopeUnitId")))
                .body(not(containsString(ScopedReferences.MARK)));
        Tokens.as("admin", null, null).queryParam("entity", "document").queryParam("entityId", plan)
                .when().get(API + "audit").then().statusCode(200)
                .body("items[0].after.issuer.id", notNullValue()).body("items[0].after.implementsDocuments", hasSize(1))
                .body(not(containsString(ScopedReferences.MARK)));
    }

    /**
     * Links an administrator may make across provinces (each write checks what the administrator reads: everything),
     * so that records of Tây Ninh name records of Hải Dương: a plan issued by a Hải Dương agency, implementing a
     * Hải Dương plan, with its task assigned to that agency (overdue), its regime consolidated by it and a report of
     * it; a Tây Ninh agency succeeded by it. planner.tayninh reads the Tây Ninh records, not the Hải Dương ones.
     */
    private long linkAcrossProvinces() {
        long tayNinh = unitId("72");
        long haiDuong = unitId("30");
        String tag = " " + System.nanoTime();
        long outAgency = create("agencies", Map.of("name", "Cơ quan Hải Dương" + tag, "kind", "STATE_AGENCY",
                "unitId", haiDuong));
        long outPlan = create("documents", Map.of("kind", "PLAN", "title", "Kế hoạch Hải Dương" + tag,
                "issuerId", outAgency, "unitId", haiDuong, "periodFromYear", 2024, "periodToYear", 2024, "status", "DRAFT"));
        create("agencies", Map.of("name", "Cơ quan Tây Ninh" + tag, "kind", "STATE_AGENCY", "unitId", tayNinh,
                "validTo", "2025-06-30", "successorId", outAgency));
        long plan = create("documents", Map.of("kind", "PLAN", "title", "Kế hoạch Tây Ninh" + tag, "issuerId", outAgency,
                "unitId", tayNinh, "periodFromYear", 2016, "periodToYear", 2016, "status", "DRAFT",
                "implementsIds", List.of(outPlan)));
        long task = create("tasks", Map.of("documentId", plan, "number", "1", "title", "Nhiệm vụ liên tỉnh" + tag));
        create("assignments", Map.of("taskId", task, "agencyId", outAgency, "role", "LEAD", "dueOn", "2016-06-30"));
        // the period of the contract's examples (periodCode=2016-H1), so obligations and consolidation walk it
        create("reporting-regimes", Map.of("documentId", plan, "periodType", "HALF_YEAR", "deadlineDay", 25,
                "deadlineMonth", 5, "periodNumbers", List.of(1), "consolidatingAgencyId", outAgency));
        create("reports", Map.of("documentId", plan, "agencyId", outAgency, "periodCode", "2016-H1"));
        return plan;
    }

    private static long create(String kind, Map<String, Object> body) {
        return Tokens.as("admin", null, null).contentType("application/json").body(body).when().post(API + kind)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long unitId(String code) {
        return Tokens.as("admin", null, null).queryParam("level", "PROVINCE").queryParam("code", code)
                .queryParam("validOn", "2024-06-01").when().get(API + "admin-units").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    /** Every GET of the contract, with an example value for each required query parameter. */
    private List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(e -> {
            JsonNode get = e.getValue().get("get");
            if (get == null || !e.getKey().startsWith(API)) {
                return;
            }
            Map<String, String> query = new LinkedHashMap<>();
            for (JsonNode p : get.path("parameters")) {
                if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                    if (!p.has("example")) {
                        fail("GET " + e.getKey() + ": required parameter " + p.path("name").asText()
                                + " has no example in openapi.yaml to walk it with");
                    }
                    query.put(p.path("name").asText(), p.path("example").asText());
                }
            }
            JsonNode content = get.path("responses").path("200").path("content");
            boolean csv = !content.has("application/json") && content.has("text/csv");
            JsonNode schema = content.path("application/json").path("schema");
            out.add(new Operation(e.getKey(), query, schema.isMissingNode() ? null : schema.toString(), csv));
        });
        return out;
    }

    private boolean hasParameter(String path, String name) {
        for (JsonNode p : contract.path("paths").path(path).path("get").path("parameters")) {
            if (p.path("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String kindOf(String path) {
        String first = path.substring(API.length()).split("/")[0];
        return PATH_KIND.getOrDefault(first, first);
    }

    private JsonNode schema(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode component(String name) {
        return contract.path("components").path("schemas").path(name);
    }

    private static String componentName(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** The schema itself, a component it refers to, or the non-null branch of a nullable one. */
    private JsonNode resolve(JsonNode schema) {
        String name = componentName(schema);
        if (name != null) {
            return resolve(component(name));
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(combinator)) {
                if (branch.has("$ref") || branch.has("properties") || branch.has("items")) {
                    return resolve(branch);
                }
            }
        }
        return schema;
    }

    /** The demo users and the machine client of the realm, with the claims their tokens carry. */
    private static List<User> users() throws IOException {
        JsonNode realm = JSON.readTree(REALM.toFile());
        List<User> out = new ArrayList<>();
        for (JsonNode u : realm.path("users")) {
            List<String> roles = new ArrayList<>();
            u.path("realmRoles").forEach(r -> {
                // sensitive-data is a grant beside a role, not a role: it changes which figures show, not the scope
                if (!r.asText().startsWith("default-roles-") && !r.asText().equals(Roles.SENSITIVE_DATA)) {
                    roles.add(r.asText());
                }
            });
            for (String role : roles) {
                out.add(new User(u.path("username").asText() + (roles.size() > 1 ? " as " + role : ""), role,
                        first(u.path("attributes").path(Caller.UNIT_CLAIM)),
                        first(u.path("attributes").path(Caller.AGENCY_CLAIM))));
            }
        }
        assertTrue(out.size() >= 9, "the realm's users: " + out);
        return out;
    }

    private static String first(JsonNode values) {
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }
}
