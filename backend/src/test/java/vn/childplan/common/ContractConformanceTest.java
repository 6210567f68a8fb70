package vn.childplan.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.childplan.document.Document;
import vn.childplan.notification.Notification;
import vn.childplan.notification.NotificationKind;
import vn.childplan.orgunit.Agency;
import vn.childplan.support.Tokens;

/**
 * The committed openapi.yaml against what the backend answers. Every operation under /api is called with valid
 * data (as an admin, on records made here) and with the generic mistakes its contract implies: no token, the
 * viewer's and an outside planner's token, an unknown and an unconvertible id, malformed JSON, another media type,
 * no and a stale If-Match, an invalid query parameter; {@link #EXTRA} adds the operation-specific cases (conflicts,
 * business rules). The test fails when an answer's status is not declared, a declared Location or ETag is missing
 * or an undeclared one is sent, an error is not problem+json with a code, or a declared status is never answered —
 * so a new operation, or a new status, without a way to provoke it here fails too.
 */
@QuarkusTest
class ContractConformanceTest {
    private static final Path COMMITTED = Path.of("..", "openapi.yaml");
    private static final String HUE = "46";
    private static final String HAI_DUONG = "30";
    private static final String UNKNOWN_ID = "999999999";
    private static final String VALID = "valid request";
    /** A body over the API's limit (1 MiB) and the upload routes' limits in the test profile (2 MiB). */
    private static final String OVERSIZED = "{\"x\": \"" + "x".repeat(2_200_000) + "\"}";
    /** Commune codes of this test's units: a range no other test uses (AdminUnitResourceTest takes 90000–95000). */
    private static final int UNIT_CODES = 70000;
    private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 4000));

    /**
     * Operation-specific cases: operation → label → how the valid request is changed. The generic cases are made
     * from the contract in {@link #generic}.
     */
    private final Map<String, Map<String, UnaryOperator<Call>>> extra = new HashMap<>();

    private final Fixtures fx = new Fixtures();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Set<Integer>> answered = new TreeMap<>();

    @Test
    void every_operation_answers_as_its_contract_says() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(COMMITTED.toFile());
        fx.load();
        defineExtras();
        List<String> operations = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (path.getKey().startsWith("/api/") && Set.of("get", "post", "put", "delete").contains(op.getKey())) {
                Operation o = new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), op.getValue(),
                        contract);
                operations.add(o.key());
                check(o);
            }
        }));
        Set<String> unknownExtras = new TreeSet<>(extra.keySet());
        unknownExtras.removeAll(operations);
        unknownExtras.forEach(k -> failures.add(k + ": has cases here but is not in the contract"));
        assertTrue(failures.isEmpty(), failures.size() + " disagreement(s) between openapi.yaml and the backend:\n"
                + String.join("\n", failures));
    }

    private void check(Operation op) {
        Call valid = fx.valid(op);
        Map<String, Call> calls = new LinkedHashMap<>(generic(op, valid));
        extra.getOrDefault(op.key(), Map.of()).forEach((label, change) -> calls.put(label, change.apply(valid.copy())));
        // the valid request last: it may delete or move the record the others aimed at
        calls.put(VALID, valid);
        calls.forEach((label, call) -> verify(op, label, call));
        Set<Integer> seen = answered.getOrDefault(op.key(), Set.of());
        op.statuses().keySet().stream().filter(s -> !seen.contains(s))
                .forEach(s -> failures.add(op.key() + ": declares " + s + " but no request here provokes it (answered "
                        + seen + ")"));
    }

    /** The cases every operation's contract implies. */
    private Map<String, Call> generic(Operation op, Call valid) {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("no token", valid.copy().as(null));
        calls.put("viewer", valid.copy().as("viewer"));
        calls.put("planner of another province", valid.copy().as("outsider"));
        if (op.path().contains("{id}")) {
            calls.put("unknown id", valid.copy().id(UNKNOWN_ID));
            calls.put("id not a number", valid.copy().id("x"));
        }
        if (op.hasBody()) {
            calls.put("malformed JSON", valid.copy().body("{\"a\": "));
            calls.put("text/plain body", valid.copy().contentType("text/plain").body("x"));
            calls.put("body over the limit", valid.copy().body(OVERSIZED));
        }
        if (op.hasParameter("If-Match")) {
            calls.put("no If-Match", valid.copy().ifMatch(null));
            calls.put("stale If-Match", valid.copy().ifMatch("\"999\""));
        }
        if (op.hasParameter("size")) {
            calls.put("size 0", valid.copy().query("size", 0));
        } else {
            op.integerQueryParameter().ifPresent(name -> calls.put(name + " not a number", valid.copy().query(name, "x")));
        }
        return calls;
    }

    private void verify(Operation op, String label, Call call) {
        Response r = call.send(op.method(), op.path());
        int status = r.statusCode();
        answered.computeIfAbsent(op.key(), k -> new TreeSet<>()).add(status);
        String where = op.key() + " [" + label + "]: ";
        if (!op.statuses().containsKey(status)) {
            failures.add(where + "answered " + status + " " + excerpt(r) + ", not declared: declares "
                    + op.statuses().keySet());
            return;
        }
        if (label.equals(VALID) && status >= 300) {
            failures.add(where + "the valid request failed: " + status + " " + excerpt(r));
        }
        Set<String> declared = op.statuses().get(status);
        for (String header : List.of("Location", "ETag")) {
            boolean sent = r.header(header) != null;
            if (sent != declared.contains(header)) {
                failures.add(where + status + (sent ? " carries " : " lacks ") + header + (sent ? " undeclared" : " declared"));
            }
        }
        if (status >= 400) {
            if (!String.valueOf(r.contentType()).startsWith(Problem.MEDIA_TYPE)) {
                failures.add(where + status + " is " + r.contentType() + ", not " + Problem.MEDIA_TYPE);
            } else if (r.jsonPath().getString("code") == null) {
                failures.add(where + status + " has no code");
            }
        }
    }

    private static String excerpt(Response r) {
        String body = r.asString().replaceAll("\\s+", " ");
        int from = Math.max(0, body.indexOf("\"detail\""));
        return "(" + body.substring(from, Math.min(from + 300, body.length())) + ")";
    }

    /**
     * The table of operation-specific cases. Each changes the valid request of its operation so the backend must
     * refuse it with the status the label names.
     */
    private void defineExtras() {
        String missing = UNKNOWN_ID;
        // a reference to a record that does not exist is a broken rule of the body, not a missing resource
        Map<String, String> references = Map.ofEntries(Map.entry("agencies", "unitId"), Map.entry("documents", "issuerId"),
                Map.entry("objectives", "documentId"), Map.entry("targets", "indicatorId"), Map.entry("tasks", "documentId"),
                Map.entry("assignments", "agencyId"), Map.entry("indicator-values", "indicatorId"),
                Map.entry("reporting-regimes", "consolidatingAgencyId"), Map.entry("reports", "agencyId"),
                Map.entry("unit-changes", "predecessorId"));
        references.forEach((type, field) -> {
            extra("POST /api/v1/" + type, "422 " + field + " of no record", c -> c.set(field, Long.parseLong(missing)));
            if (!type.equals("reports") && !type.equals("unit-changes")) {
                extra("PUT /api/v1/" + type + "/{id}", "422 " + field + " of no record",
                        c -> c.set(field, Long.parseLong(missing)));
            }
        });
        extra("POST /api/v1/admin-units", "422 parent of no unit", c -> c.set("parentCode", "99"));
        extra("PUT /api/v1/admin-units/{id}", "422 parent of no unit", c -> c.set("parentCode", "99"));
        extra("POST /api/v1/indicators", "409 code taken", c -> c.set("code", fx.indicatorCode));
        extra("POST /api/v1/indicators", "422 numerator of a non-ratio", c -> c.set("numeratorIndicatorId", fx.indicator));
        extra("PUT /api/v1/indicators/{id}", "422 numerator of a non-ratio",
                c -> c.set("numeratorIndicatorId", fx.indicator));
        extra("POST /api/v1/admin-units", "409 code held in the same years", c -> c.set("code", fx.unitBody.get("code")));
        extra("PUT /api/v1/admin-units/{id}", "409 code held in the same years",
                c -> c.set("code", fx.unitBody.get("code")));
        extra("POST /api/v1/agencies", "409 name taken in the unit", c -> c.set("name", fx.agencyName));
        extra("PUT /api/v1/agencies/{id}", "409 name taken in the unit", c -> c.set("name", fx.agencyName));
        extra("POST /api/v1/documents", "409 number taken by the issuer",
                c -> c.set("number", fx.documentNumber).set("issuedOn", "2026-05-01"));
        extra("PUT /api/v1/documents/{id}", "409 number taken by the issuer",
                c -> c.set("number", fx.documentNumber).set("issuedOn", "2026-05-01"));
        extra("POST /api/v1/tasks", "409 number taken in the plan", c -> c.set("number", "1"));
        extra("PUT /api/v1/tasks/{id}", "409 number taken in the plan", c -> c.set("number", "1"));
        extra("PUT /api/v1/assignments/{id}", "409 second lead", c -> fx.secondLead(c));
        extra("PUT /api/v1/assignments/{id}", "422 moved to another task", c -> c.set("taskId", fx.task));
        extra("PUT /api/v1/indicator-values/{id}", "409 natural key taken", c -> c.set("periodCode", "2016"));
        extra("PUT /api/v1/reporting-regimes/{id}", "422 moved to another plan", c -> c.set("documentId", fx.plan));
        extra("PUT /api/v1/reporting-regimes/{id}", "409 leaves out a period with a report", c -> fx.halfYearRegime(c));
        extra("POST /api/v1/unit-changes", "409 recorded already", c -> c.body(new HashMap<>(fx.changeBody)));
        extra("PUT /api/v1/indicators/{id}", "409 code taken", c -> c.set("code", fx.indicatorCode));
        extra("POST /api/v1/indicator-values", "409 natural key taken", c -> c.set("periodCode", "2016"));
        extra("POST /api/v1/indicator-values", "400 period code", c -> c.set("periodCode", "2016-Q9"));
        extra("POST /api/v1/indicator-values/batch", "422 value over 100%",
                c -> c.body(Map.of("rows", List.of(fx.valueBody("2016-Q1", 150)))));
        extra("POST /api/v1/reports", "409 one report per plan, agency and period",
                c -> c.body(Map.of("documentId", fx.plan, "agencyId", fx.hueSyt, "periodCode", "2026")));
        extra("POST /api/v1/reports", "422 period type the regime lacks", c -> c.set("periodCode", "2026-Q1"));
        extra("POST /api/v1/reports", "403 officer of another agency", c -> c.as("officer").set("agencyId", fx.agency));
        extra("PUT /api/v1/reports/{id}", "409 not editable once submitted", c -> c.id(fx.submittedReport()).fresh());
        extra("PUT /api/v1/reports/{id}", "422 value of an indicator outside the plan", c -> c.body(Map.of("values",
                List.of(Map.of("indicatorId", fx.otherIndicator, "unitId", fx.hue, "value", 1)))));
        extra("POST /api/v1/reports/{id}/submit", "409 already submitted", c -> c.id(fx.submittedReport()).fresh());
        extra("POST /api/v1/reports/{id}/submit", "403 officer of another agency",
                c -> c.as("officer").id(fx.report(fx.agency, false)).fresh());
        extra("POST /api/v1/reports/{id}/accept", "409 still a draft", c -> c.id(fx.report(fx.hueSyt, false)).fresh());
        extra("POST /api/v1/reports/{id}/accept", "403 officer of a consolidated agency", c -> c.as("officer"));
        extra("POST /api/v1/reports/{id}/return", "409 still a draft", c -> c.id(fx.report(fx.hueSyt, false)).fresh());
        extra("POST /api/v1/reports/{id}/return", "403 officer of a consolidated agency", c -> c.as("officer"));
        extra("POST /api/v1/reports/{id}/return", "400 without a comment", c -> c.body(Map.of()));
        extra("POST /api/v1/reporting-regimes", "409 period type taken", c -> c.set("documentId", fx.plan));
        extra("DELETE /api/v1/documents/{id}", "409 still referenced", c -> c.id(fx.plan).fresh());
        extra("DELETE /api/v1/indicators/{id}", "409 still referenced", c -> c.id(fx.indicator).fresh());
        extra("DELETE /api/v1/agencies/{id}", "409 still referenced", c -> c.id(fx.agency).fresh());
        extra("DELETE /api/v1/admin-units/{id}", "409 still referenced", c -> c.id(fx.hue).fresh());
        extra("DELETE /api/v1/reporting-regimes/{id}", "409 reports written", c -> c.id(fx.regime).fresh());
        extra("PUT /api/v1/tasks/{id}", "422 under itself", c -> c.set("parentId", Long.parseLong(c.id)));
        extra("POST /api/v1/assignments", "409 second lead", c -> c.set("taskId", fx.task));
        extra("GET /api/v1/indicators/{id}/rollup", "422 unit of no record", c -> c.query("unitId", missing));
        extra("GET /api/v1/indicators/{id}/rollup", "400 period code", c -> c.query("periodCode", "2016-Q9"));
        extra("GET /api/v1/plans/{id}/consolidation", "422 period type the regime lacks",
                c -> c.query("periodCode", "2026-Q1"));
        extra("GET /api/v1/plans/{id}/progress", "422 unit of no record", c -> c.query("unitId", missing));
        extra("GET /api/v1/dashboard", "422 unit of no record", c -> c.query("unitId", missing));
        extra("GET /api/v1/late-reports", "422 unit of no record", c -> c.query("unitId", missing));
        extra("GET /api/v1/calendar", "422 unit of no record", c -> c.query("unitId", missing));
        extra("GET /api/v1/search", "400 without words", c -> c.query("q", " "));
        extra("GET /api/v1/changes", "400 not a cursor", c -> c.query("since", "x"));
        extra("POST /api/v1/admin/reminders/run", "400 not a day", c -> c.query("today", "2016-13-01"));
        extra("GET /api/v1/exports/indicator-values", "422 indicator of no record", c -> c.query("indicatorId", missing));
        extra("GET /api/v1/exports/indicator-values", "406 JSON only", c -> c.accept("application/json"));
        extra("GET /api/v1/exports/indicator-values", "400 date", c -> c.query("periodFrom", "x"));
        extra("GET /api/v1/exports/plans/{id}", "406 JSON only", c -> c.accept("application/json"));
        extra("GET /api/v1/plans/{id}/consolidated-report", "406 JSON only", c -> c.accept("application/json"));
        extra("GET /api/v1/plans/{id}/consolidated-report", "422 period type the regime lacks",
                c -> c.query("periodCode", "2026-Q1"));
        extra("GET /api/v1/plans/{id}/consolidated-report", "400 format", c -> c.query("format", "odt"));
        extra("GET /api/v1/plans/{id}/document", "406 JSON only", c -> c.accept("application/json"));
        extra("GET /api/v1/documents/{id}/obligations", "400 period code", c -> c.query("periodCode", "x"));
        extra("POST /api/v1/imports/indicator-values", "409 key held by a running import",
                c -> c.header("Idempotency-Key", fx.runningImportKey()));
        extra("POST /api/v1/imports/indicator-values", "422 key sent with another body", c -> {
            String key = "conformance-" + SEQ.incrementAndGet();
            c.copy().header("Idempotency-Key", key).send("POST", "/api/v1/imports/indicator-values");
            return c.header("Idempotency-Key", key).body(List.of(fx.importRow(Fixtures.nextPeriod())));
        });
        for (String owner : List.of("plans", "reports", "indicator-values")) {
            String upload = "POST /api/v1/" + owner + "/{id}/attachments";
            extra(upload, "413 a file over the attachments' limit", c -> c.body(new byte[2 * 1024 * 1024 + 1]));
            extra(upload, "415 a program named .pdf", c -> c.body(Fixtures.PROGRAM));
        }
        extra("POST /api/v1/reports/{id}/attachments", "409 report submitted", c -> c.id(fx.submittedReport()));
        extra("DELETE /api/v1/attachments/{id}", "409 report submitted", c -> c.id(fx.lockedAttachment()).fresh());
        extra("POST /api/v1/agencies/{id}/succession/preview", "422 successor of no record",
                c -> c.set("successorId", Long.parseLong(missing)));
        extra("POST /api/v1/agencies/{id}/succession/preview", "422 succeeded by itself",
                c -> c.set("successorId", Long.parseLong(c.id)));
        extra("POST /api/v1/agencies/{id}/succession", "422 successor of no record",
                c -> c.set("successorId", Long.parseLong(missing)));
        extra("POST /api/v1/agencies/{id}/succession", "422 succeeded by itself",
                c -> c.set("successorId", Long.parseLong(c.id)));
        extra("POST /api/v1/agencies/{id}/succession", "409 another preview's token", c -> c.set("previewToken", "0"));
        extra("POST /api/v1/import-jobs/indicator-values", "400 mode", c -> c.query("mode", "SOME"));
        extra("POST /api/v1/import-jobs/indicator-values", "409 key held by a running import",
                c -> c.header("Idempotency-Key", fx.runningImportKey()));
        extra("POST /api/v1/import-jobs/indicator-values", "422 key sent with another body", c -> {
            String key = "conformance-" + SEQ.incrementAndGet();
            c.copy().header("Idempotency-Key", key).send("POST", "/api/v1/imports/indicator-values");
            return c.header("Idempotency-Key", key);
        });
        extra("POST /api/v1/import-jobs/{id}/cancel", "409 finished", c -> c.id(fx.importJob("SUCCEEDED")));
        extra("POST /api/v1/plan-imports", "400 empty document", c -> c.body(""));
        extra("POST /api/v1/plan-imports", "415 XML", c -> c.contentType("application/xml").body("<plan/>"));
        extra("POST /api/v1/plan-imports/plans", "422 two leads on one task", c -> c.body(fx.reviewedPlan("LEAD")));
    }

    private void extra(String op, String label, UnaryOperator<Call> change) {
        extra.computeIfAbsent(op, k -> new LinkedHashMap<>()).put(label, change);
    }

    // ------------------------------------------------------------------------------------------------------------

    /** One operation of the contract: its statuses, each with the headers its answer declares. */
    record Operation(String method, String path, JsonNode node, JsonNode contract) {
        String key() {
            return method + " " + path;
        }

        Map<Integer, Set<String>> statuses() {
            Map<Integer, Set<String>> out = new TreeMap<>();
            node.get("responses").fields().forEachRemaining(e -> {
                JsonNode response = e.getValue();
                if (response.has("$ref")) {
                    String ref = response.get("$ref").asText();
                    response = contract.at("/components/responses/" + ref.substring(ref.lastIndexOf('/') + 1));
                }
                Set<String> headers = new TreeSet<>();
                if (response.has("headers")) {
                    response.get("headers").fieldNames().forEachRemaining(headers::add);
                }
                out.put(Integer.parseInt(e.getKey()), headers);
            });
            return out;
        }

        boolean hasBody() {
            return node.has("requestBody");
        }

        boolean hasParameter(String name) {
            return parameters().stream().anyMatch(p -> p.get("name").asText().equalsIgnoreCase(name));
        }

        java.util.Optional<String> integerQueryParameter() {
            return parameters().stream().filter(p -> p.get("in").asText().equals("query")
                    && "integer".equals(p.path("schema").path("type").asText())).map(p -> p.get("name").asText())
                    .findFirst();
        }

        private List<JsonNode> parameters() {
            List<JsonNode> out = new ArrayList<>();
            node.path("parameters").forEach(out::add);
            return out;
        }
    }

    /** One request: who sends it, to which record, with what. */
    static final class Call {
        String as = "admin";
        String id;
        Object body;
        String contentType = ContentType.JSON.toString();
        String ifMatch;
        String accept;
        boolean refetchEtag;
        Map<String, Object> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();

        Call copy() {
            Call c = new Call();
            c.as = as;
            c.id = id;
            c.body = body instanceof Map<?, ?> m ? new HashMap<>(m) : body;
            c.contentType = contentType;
            c.ifMatch = ifMatch;
            c.accept = accept;
            c.refetchEtag = refetchEtag;
            c.query = new LinkedHashMap<>(query);
            c.headers = new LinkedHashMap<>(headers);
            return c;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call as(String caller) {
            as = caller;
            return this;
        }

        Call id(Object value) {
            id = String.valueOf(value);
            return this;
        }

        Call body(Object value) {
            body = value;
            return this;
        }

        @SuppressWarnings("unchecked")
        Call set(String field, Object value) {
            ((Map<String, Object>) body).put(field, value);
            return this;
        }

        Call contentType(String value) {
            contentType = value;
            return this;
        }

        Call ifMatch(String value) {
            ifMatch = value;
            refetchEtag = false;
            return this;
        }

        Call accept(String value) {
            accept = value;
            return this;
        }

        Call query(String name, Object value) {
            query.put(name, value);
            return this;
        }

        /** Send the current ETag of the record it aims at when sent (the valid request's If-Match). */
        Call fresh() {
            refetchEtag = true;
            return this;
        }

        Response send(String method, String template) {
            String path = template.replace("{id}", String.valueOf(id));
            if (refetchEtag) {
                // an unknown or unconvertible id has no ETag: keep the placeholder, so the id is what is wrong
                String current = Fixtures.etag(path);
                ifMatch = current == null ? ifMatch : current;
            }
            RequestSpecification spec = Fixtures.caller(as);
            query.forEach(spec::queryParam);
            headers.forEach(spec::header);
            if (ifMatch != null) {
                spec.header("If-Match", ifMatch);
            }
            if (accept != null) {
                spec.accept(accept);
            }
            boolean file = contentType.startsWith("application/pdf");
            if (body instanceof byte[] bytes) { // a file: sent as it is, whatever its type
                spec.contentType(contentType).body(bytes);
            } else if (body instanceof String text && file) { // the generic mistakes, sent as a file's bytes
                spec.contentType(contentType).body(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else if (body != null) {
                spec.contentType(contentType).body(body);
            }
            return spec.when().request(method, path);
        }
    }

    /** The records the requests aim at, made here as an admin of the demo data's Huế. */
    static final class Fixtures {
        static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        /** The start of a Windows program (MZ header). */
        static final byte[] PROGRAM = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 };

        long hue;
        long hueSyt;
        long agency;
        long indicator;
        long otherIndicator;
        long summable;
        Map<String, Object> unitBody;
        Map<String, Object> changeBody;
        String agencyName;
        String documentNumber;
        String indicatorCode;
        long plan;
        long regime;
        long objective;
        long task;

        static RequestSpecification caller(String who) {
            if (who == null) {
                return given();
            }
            return switch (who) {
                case "admin" -> Tokens.as("admin", null, null);
                case "viewer" -> Tokens.as("viewer", HUE, null);
                case "officer" -> Tokens.as("officer", HUE, "HUE-SYT");
                case "outsider" -> Tokens.as("planner", HAI_DUONG, null);
                default -> throw new IllegalArgumentException(who);
            };
        }

        static String etag(String path) {
            String record = path.replaceAll("^(/api/v1/[a-z-]+/[0-9]+).*", "$1");
            return caller("admin").when().get(record).then().extract().header("ETag");
        }

        void load() {
            hue = caller("admin").queryParam("code", HUE).queryParam("level", "PROVINCE")
                    .queryParam("validOn", "2016-06-01").when().get("/api/v1/admin-units").then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].id");
            hueSyt = caller("admin").queryParam("unitId", hue).queryParam("size", 100).when().get("/api/v1/agencies")
                    .then().extract().jsonPath().getLong("items.find { it.code == 'HUE-SYT' }.id");
            Map<String, Object> agencyBody = body("agencies");
            agency = create("agencies", agencyBody);
            agencyName = (String) agencyBody.get("name");
            unitBody = body("admin-units");
            create("admin-units", unitBody);
            changeBody = body("unit-changes");
            create("unit-changes", changeBody);
            indicatorCode = "CONTRACT_" + SEQ.incrementAndGet();
            indicator = create("indicators", indicatorBody(indicatorCode));
            otherIndicator = create("indicators", indicatorBody("CONTRACT_" + SEQ.incrementAndGet()));
            Map<String, Object> planBody = body("documents");
            documentNumber = "HĐ-" + SEQ.incrementAndGet();
            planBody.put("number", documentNumber);
            planBody.put("issuedOn", "2026-03-01");
            plan = create("documents", planBody);
            Map<String, Object> summableBody = new HashMap<>(indicatorBody("CONTRACT_" + SEQ.incrementAndGet()));
            summableBody.put("aggregation", "SUM");
            summable = create("indicators", summableBody);
            objective = create("objectives", Map.of("documentId", plan, "kind", "SPECIFIC", "text", "Mục tiêu"));
            create("targets", Map.of("objectiveId", objective, "indicatorId", indicator, "comparator", "GE",
                    "value", 90, "targetYear", 2026));
            task = create("tasks", Map.of("documentId", plan, "number", "1", "title", "Nhiệm vụ hợp đồng"));
            create("assignments", Map.of("taskId", task, "agencyId", hueSyt, "role", "LEAD"));
            regime = create("reporting-regimes", Map.of("documentId", plan, "periodType", "YEAR", "deadlineDay", 20,
                    "deadlineMonth", 1, "consolidatingAgencyId", agency));
            create("reports", Map.of("documentId", plan, "agencyId", hueSyt, "periodCode", "2026"));
            create("indicator-values", valueBody("2016", 90));
        }

        /** The valid request of an operation, aimed at a record of its own where it needs one. */
        Call valid(Operation op) {
            Call c = new Call();
            String[] parts = op.path().split("/");
            String type = parts[3];
            String tail = op.path().substring(("/api/v1/" + type).length()).replace("/{id}", "");
            if (op.path().contains("{id}")) {
                c.id(switch (type + tail) {
                    case "plans", "plans/assignment-matrix", "plans/consolidation", "plans/coverage", "plans/progress",
                            "plans/consolidated-report", "plans/document", "documents/obligations",
                            "exports/plans" -> plan;
                    case "indicators/rollup" -> summable;
                    case "reports/submit" -> report(hueSyt, false);
                    case "reports/accept", "reports/return" -> submittedReport();
                    case "notifications/read" -> notification();
                    case "plans/attachments" -> plan;
                    case "attachments", "attachments/content" -> attachment("plans", create("documents", body("documents")));
                    case "import-jobs" -> importJob("SUCCEEDED");
                    case "import-jobs/cancel" -> importJob("QUEUED");
                    default -> {
                        Map<String, Object> made = body(type);
                        c.body(made);
                        yield create(type, made);
                    }
                });
            }
            switch (op.method() + " " + type + tail) {
                case "POST indicator-values/batch" -> c.body(Map.of("rows", List.of(valueBody(nextPeriod(), 80))));
                case "POST imports/indicator-values", "POST import-jobs/indicator-values" ->
                        c.body(List.of(importRow(nextPeriod())));
                case "POST reports/accept" -> c.body(Map.of("comment", "Đủ số liệu"));
                case "POST reports/return" -> c.body(Map.of("comment", "Thiếu số liệu"));
                case "PUT reports" -> c.body(Map.of("difficulties", "Thiếu kinh phí"));
                case "POST reports/submit" -> c.body(Map.of());
                case "POST plan-imports/plans" -> c.body(reviewedPlan("COORDINATE"));
                case "POST plan-imports" -> c.body("KẾ HOẠCH\nI. MỤC TIÊU\n- Tỷ lệ trẻ em được tiêm chủng đạt trên 95%.")
                        .contentType("text/plain; charset=UTF-8");
                case "PUT me/preferences" -> c.body(Map.of("emailEnabled", true));
                case "POST plans/attachments", "POST reports/attachments", "POST indicator-values/attachments" ->
                        c.body(PDF).contentType("application/pdf").query("name", "Kế hoạch (bản ký).pdf");
                // a fresh agency with no work, succeeded by the Sở Y tế; the commit sends its preview's token back
                case "POST agencies/succession/preview" -> c.body(succession());
                case "POST agencies/succession" -> {
                    Map<String, Object> body = succession();
                    body.put("previewToken", caller("admin").contentType("application/json").body(body).when()
                            .post("/api/v1/agencies/" + c.id + "/succession/preview").then().statusCode(200).extract()
                            .jsonPath().getString("previewToken"));
                    c.body(body);
                }
                default -> {
                    // a PUT sends its record's own body back; a creation a new one
                    c.body(op.hasBody() && c.body == null ? body(type) : op.hasBody() ? c.body : null);
                }
            }
            if (op.hasParameter("If-Match")) {
                c.ifMatch("\"0\"").fresh();
            }
            switch (type + tail) {
                case "indicators/rollup", "plans/consolidation", "plans/consolidated-report", "documents/obligations" ->
                        c.query("periodCode", "2026");
                case "search" -> c.query("q", "trẻ em");
                case "calendar" -> c.query("year", "2026");
                case "admin/reminders/run" -> c.query("today", "2016-05-22");
                default -> { }
            }
            return c;
        }

        Map<String, Object> body(String type) {
            int n = SEQ.incrementAndGet();
            return new HashMap<>(switch (type) {
                case "admin-units" -> Map.of("code", String.valueOf(UNIT_CODES + n), "name", "Xã Hợp Đồng " + n, "type", "XA",
                        "parentCode", "291", "validFrom", "2020-01-01", "validTo", "2020-12-31");
                case "agencies" -> Map.of("name", "Cơ quan hợp đồng " + n, "kind", "STATE_AGENCY", "unitId", hue);
                case "documents" -> Map.of("kind", "PLAN", "title", "Kế hoạch hợp đồng " + n, "issuerId", hueSyt,
                        "unitId", hue, "periodFromYear", 2026, "periodToYear", 2026, "status", "DRAFT");
                case "objectives" -> Map.of("documentId", plan, "kind", "SPECIFIC", "text", "Mục tiêu " + n);
                case "targets" -> Map.of("objectiveId", create("objectives", body("objectives")), "indicatorId",
                        indicator, "comparator", "GE", "value", 90, "targetYear", 2026);
                case "tasks" -> Map.of("documentId", plan, "number", String.valueOf(n), "title", "Nhiệm vụ " + n);
                case "assignments" -> Map.of("taskId", create("tasks", body("tasks")), "agencyId", hueSyt, "role", "LEAD");
                case "indicator-values" -> valueBody(nextPeriod(), 80);
                case "indicators" -> indicatorBody("CONTRACT_" + n);
                case "reporting-regimes" -> Map.of("documentId", create("documents", body("documents")),
                        "periodType", "YEAR", "deadlineDay", 20, "deadlineMonth", 1, "consolidatingAgencyId", agency);
                case "reports" -> Map.of("documentId", planWithRegime(), "agencyId", hueSyt, "periodCode", "2026");
                case "unit-changes" -> Map.of("kind", "RENAME",
                        "predecessorId", create("admin-units", body("admin-units")),
                        "successorId", create("admin-units", Map.of("code", String.valueOf(UNIT_CODES + SEQ.incrementAndGet()),
                                "name", "Xã Mới " + n, "type", "XA", "parentCode", "291", "validFrom", "2021-01-01")),
                        "effectiveOn", "2021-01-01");
                default -> throw new IllegalArgumentException("no body for " + type);
            });
        }

        Map<String, Object> succession() {
            return new HashMap<>(Map.of("successorId", hueSyt, "endOn", "2026-06-30"));
        }

        /** A reviewed plan-import draft whose one task has a lead and a second agency in {@code secondRole}. */
        Map<String, Object> reviewedPlan(String secondRole) {
            int n = SEQ.incrementAndGet();
            return Map.of("unitId", hue,
                    "document", Map.of("kind", "PLAN", "title", "Kế hoạch nhập hợp đồng " + n, "issuerId", hueSyt,
                            "period", Map.of("from", 2026, "to", 2026)),
                    "tasks", List.of(Map.of("number", "1", "title", "Nhiệm vụ nhập " + n)),
                    "assignments", List.of(Map.of("agencyId", hueSyt, "role", "LEAD", "taskNumber", "1"),
                            Map.of("agencyId", agency, "role", secondRole, "taskNumber", "1")));
        }

        Map<String, Object> valueBody(String period, int value) {
            return new HashMap<>(Map.of("indicatorId", indicator, "unitId", hue, "periodCode", period, "value", value));
        }

        /** A row of a JSON import: a value of the fixture's indicator for Huế. */
        Map<String, Object> importRow(String period) {
            return Map.of("indicatorCode", indicatorCode, "unitCode", HUE, "periodCode", period, "value", 80);
        }

        /** An Idempotency-Key of the admin's that a running import holds. */
        String runningImportKey() {
            String key = "running-" + SEQ.incrementAndGet();
            try (java.sql.Connection c = io.quarkus.arc.Arc.container().instance(io.agroal.api.AgroalDataSource.class)
                    .get().getConnection(); java.sql.PreparedStatement s = c.prepareStatement("""
                            INSERT INTO idempotency_key (subject, key, operation, body_sha256, state, runner)
                            VALUES ('admin-null-subject', ?, 'importIndicatorValues', repeat('0', 64), 'RUNNING', ?)""")) {
                s.setString(1, key);
                // held by a request of this live backend (V21: a RUNNING key names its runner)
                s.setInt(2, io.quarkus.arc.Arc.container().instance(vn.childplan.valueimport.ImportJobRunners.class)
                        .get().runner());
                s.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return key;
        }

        /**
         * An import job of the admin's in {@code state}, of this process's own runner (so no sweep takes it for a
         * stopped backend's); a QUEUED one never runs, as no worker was given its file.
         */
        long importJob(String state) {
            boolean finished = !state.equals("QUEUED");
            try (java.sql.Connection c = io.quarkus.arc.Arc.container().instance(io.agroal.api.AgroalDataSource.class)
                    .get().getConnection(); java.sql.PreparedStatement s = c.prepareStatement("""
                            INSERT INTO import_job (subject, state, format, mode, dry_run, overwrite_final, sha256, runner,
                                finished_at, summary)
                            VALUES ('admin-null-subject', ?, 'JSON', 'ALL_OR_NOTHING', false, false, repeat('0', 64), ?,
                                CASE WHEN ? THEN now() END, CASE WHEN ? THEN '{"outcome": "COMMITTED"}'::jsonb END)
                            RETURNING id""")) {
                s.setString(1, state);
                s.setInt(2, io.quarkus.arc.Arc.container().instance(vn.childplan.valueimport.ImportJobRunners.class)
                        .get().runner());
                s.setBoolean(3, finished);
                s.setBoolean(4, finished);
                try (java.sql.ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String nextPeriod() {
            int n = SEQ.incrementAndGet();
            return (2000 + n / 12 % 25) + "-" + String.format("%02d", n % 12 + 1);
        }

        private static Map<String, Object> indicatorBody(String code) {
            return Map.of("code", code, "nameVi", "Chỉ tiêu " + code, "nameEn", "Indicator " + code, "unit", "%",
                    "direction", "HIGHER_IS_BETTER");
        }

        long planWithRegime() {
            long doc = create("documents", body("documents"));
            create("reporting-regimes", Map.of("documentId", doc, "periodType", "YEAR", "deadlineDay", 20,
                    "deadlineMonth", 1, "consolidatingAgencyId", agency));
            return doc;
        }

        long report(long agencyId, boolean submitted) {
            long id = create("reports", Map.of("documentId", planWithRegime(), "agencyId", agencyId, "periodCode", "2026"));
            if (submitted) {
                String path = "/api/v1/reports/" + id + "/submit";
                caller("admin").contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of())
                        .when().post(path).then().statusCode(200);
            }
            return id;
        }

        /** A coordinating agency of the task that has a lead, made its lead. */
        Call secondLead(Call c) {
            Map<String, Object> assignment = new HashMap<>(Map.of("taskId", task, "agencyId", agency, "role", "COORDINATE"));
            long id = create("assignments", assignment);
            assignment.put("role", "LEAD");
            return c.id(id).body(assignment).fresh();
        }

        /** A half-year regime with a report for H1, asked to owe H2 only. */
        Call halfYearRegime(Call c) {
            long doc = create("documents", body("documents"));
            Map<String, Object> regime = new HashMap<>(Map.of("documentId", doc, "periodType", "HALF_YEAR",
                    "deadlineDay", 20, "deadlineMonth", 1, "consolidatingAgencyId", agency));
            long id = create("reporting-regimes", regime);
            create("reports", Map.of("documentId", doc, "agencyId", hueSyt, "periodCode", "2026-H1"));
            regime.put("periodNumbers", List.of(2));
            return c.id(id).body(regime).fresh();
        }

        /** A notification to the admin caller, who signs in first (GET /me) so that it has a profile. */
        long notification() {
            caller("admin").when().get("/api/v1/me").then().statusCode(200);
            return QuarkusTransaction.requiringNew().call(() -> {
                Notification n = new Notification();
                n.recipient = Tokens.subject("admin", null);
                n.kind = NotificationKind.REPORT_DUE;
                n.obligationKey = "CONTRACT:" + SEQ.incrementAndGet();
                n.day = LocalDate.of(2026, 11, 13);
                n.document = Document.findById(plan);
                n.agency = Agency.findById(hueSyt);
                n.periodCode = "2026";
                n.deadline = LocalDate.of(2026, 11, 20);
                n.createdAt = Instant.now();
                n.persist();
                return n.id;
            });
        }

        long submittedReport() {
            return report(hueSyt, true);
        }

        /** A file uploaded by the admin to the record {@code id} of {@code owner} (plans, reports, indicator-values). */
        static long attachment(String owner, long id) {
            return caller("admin").contentType("application/pdf").queryParam("name", "tệp.pdf").body(PDF).when()
                    .post("/api/v1/" + owner + "/" + id + "/attachments").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
        }

        /** A file of a report submitted since. */
        long lockedAttachment() {
            long report = report(hueSyt, false);
            long file = attachment("reports", report);
            String path = "/api/v1/reports/" + report + "/submit";
            caller("admin").contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of())
                    .when().post(path).then().statusCode(200);
            return file;
        }

        static long create(String type, Map<String, Object> body) {
            return caller("admin").contentType(ContentType.JSON).body(body).when().post("/api/v1/" + type).then()
                    .statusCode(201).extract().jsonPath().getLong("id");
        }
    }
}
