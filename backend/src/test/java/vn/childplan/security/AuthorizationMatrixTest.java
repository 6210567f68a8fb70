package vn.childplan.security;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.childplan.support.Tokens;

/**
 * Who may do what, on whose data (OWASP API1/API5 — broken object- and function-level authorization): every row
 * of {@link #TABLE} is one operation × caller × object inside or outside the caller's scope, with the status the
 * caller must get. Callers hold real signed tokens with the claims Keycloak puts in them (roles, unit_code,
 * agency_code). Writes carry a stale If-Match, so an allowed write answers 412 (it passed every authorization check
 * and changed nothing) and a refused one 403; reads outside scope answer 404.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {
    private static final String HUE = "46";
    private static final String HAI_DUONG = "30";

    /** Callers: role, unit code, agency code. */
    private static final Map<String, String[]> CALLERS = Map.of(
            "admin", new String[] { "admin", null, null },
            "planner", new String[] { "planner", HUE, null },
            "officer", new String[] { "officer", HUE, "HUE-SYT" },
            "viewer", new String[] { "viewer", HUE, null },
            "integration", new String[] { "integration", null, null });

    private static final List<String> TYPES = List.of("documents", "objectives", "targets", "tasks", "assignments", "agencies",
            "indicator-values", "indicators", "admin-units", "reporting-regimes", "reports");
    /** Reference data shared by every province: no "outside" object; everybody reads, only admins write. */
    private static final Set<String> REFERENCE = Set.of("indicators", "admin-units");

    /** Types whose records are never deleted: DELETE answers 405 to everyone (a report's history is the record). */
    private static final Set<String> NO_DELETE = Set.of("reports");

    /**
     * The table. Columns: operation, object ("in" = the Huế caller's scope, "out" = Hải Dương's), then the expected
     * status for admin, planner, officer, viewer, integration. Every object type gets each row.
     */
    private static final String[][] TABLE = {
            // op      object  admin planner officer viewer integration
            { "GET", "in", "200", "200", "200", "200", "200" },
            { "GET", "out", "200", "404", "404", "404", "200" },
            { "PUT", "in", "412", "412", "403", "403", "403" },
            { "PUT", "out", "412", "403", "403", "403", "403" },
            { "DELETE", "in", "412", "412", "403", "403", "403" },
            { "DELETE", "out", "412", "403", "403", "403", "403" },
    };

    /**
     * Exceptions to the table for one type: an officer reports progress on their own agency's assignment and edits
     * their own agency's report; officers report their units' indicator values and machine clients report any unit's;
     * planners do not edit reference data.
     */
    private static final Map<String, String> OVERRIDES = Map.ofEntries(
            Map.entry("PUT assignments in officer", "412"),
            Map.entry("PUT reports in officer", "412"),
            Map.entry("PUT indicator-values in officer", "412"),
            Map.entry("DELETE indicator-values in officer", "412"),
            Map.entry("PUT indicator-values in integration", "412"),
            Map.entry("PUT indicator-values out integration", "412"),
            Map.entry("DELETE indicator-values in integration", "412"),
            Map.entry("DELETE indicator-values out integration", "412"),
            Map.entry("PUT indicators in planner", "403"), Map.entry("DELETE indicators in planner", "403"),
            Map.entry("PUT admin-units in planner", "403"), Map.entry("DELETE admin-units in planner", "403"));

    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, Map<String, Object>> bodies = new HashMap<>();

    static Stream<Arguments> matrix() {
        List<String> callers = List.of("admin", "planner", "officer", "viewer", "integration");
        return Stream.of(TABLE).flatMap(row -> TYPES.stream()
                .filter(type -> !(REFERENCE.contains(type) && row[1].equals("out")))
                .flatMap(type -> callers.stream().map(caller -> {
            String expected = row[0].equals("DELETE") && NO_DELETE.contains(type) ? "405"
                    : OVERRIDES.getOrDefault(row[0] + " " + type + " " + row[1] + " " + caller,
                            row[2 + callers.indexOf(caller)]);
            return Arguments.of(row[0], type, row[1], caller, Integer.parseInt(expected));
        })));
    }

    @ParameterizedTest(name = "{0} {1} {2} as {3} → {4}")
    @MethodSource("matrix")
    void every_operation_on_every_object_type(String op, String type, String scope, String caller, int expected) {
        String path = "/api/v1/" + type + "/" + ids.get(type + "." + scope);
        RequestSpecification req = as(caller).contentType(ContentType.JSON);
        var response = switch (op) {
            case "GET" -> req.when().get(path);
            case "PUT" -> req.header("If-Match", "\"999\"").body(bodies.get(type + "." + scope)).when().put(path);
            default -> req.header("If-Match", "\"999\"").when().delete(path);
        };
        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType("application/problem+json");
        }
    }

    @Test
    void lists_hold_only_what_the_caller_may_see() {
        for (String type : TYPES.stream().filter(t -> !REFERENCE.contains(t)).toList()) {
            for (String caller : List.of("planner", "officer", "viewer")) {
                as(caller).queryParam("size", 100).queryParam("sort", "-id").when().get("/api/v1/" + type).then()
                        .statusCode(200)
                        .body("items.id", hasItem(ids.get(type + ".in").intValue()))
                        .body("items.id", not(hasItem(ids.get(type + ".out").intValue())));
            }
            as("integration").queryParam("size", 100).queryParam("sort", "-id").when().get("/api/v1/" + type).then()
                    .body("items.id", hasItems(ids.get(type + ".in").intValue(), ids.get(type + ".out").intValue()));
        }
        as("viewer").queryParam("q", "Kế hoạch ma trận").when().get("/api/v1/search").then()
                .body("items.id", not(hasItem(ids.get("documents.out").intValue())));
        // national documents are everybody's
        as("viewer").queryParam("q", "28-CT/TW").when().get("/api/v1/documents").then().body("totalItems", greaterThan(0));
    }

    @Test
    void creating_in_another_province_is_refused() {
        Map<String, Object> doc = new HashMap<>(bodies.get("documents.out"));
        as("planner").contentType(ContentType.JSON).body(doc).when().post("/api/v1/documents").then().statusCode(403)
                .body("code", is("FORBIDDEN"));
        // a parent the caller cannot see is reported like a missing one: its existence is not confirmed
        as("planner").contentType(ContentType.JSON)
                .body(Map.of("documentId", ids.get("documents.out"), "kind", "GENERAL", "text", "x"))
                .when().post("/api/v1/objectives").then().statusCode(422).body("code", is("INVALID_REFERENCE"));
        as("planner").contentType(ContentType.JSON)
                .body(Map.of("taskId", ids.get("tasks.in"), "agencyId", ids.get("agencies.out"), "role", "COORDINATE"))
                .when().post("/api/v1/assignments").then().statusCode(422).body("violations[0].field", is("agencyId"));
        as("planner").contentType(ContentType.JSON).body(Map.of("name", "Sở ngoài tỉnh", "kind", "OTHER"))
                .when().post("/api/v1/agencies").then().statusCode(403);
        as("officer").contentType(ContentType.JSON)
                .body(Map.of("documentId", ids.get("documents.in"), "kind", "GENERAL", "text", "x"))
                .when().post("/api/v1/objectives").then().statusCode(403);
    }

    @Test
    void fields_a_role_may_not_set_are_refused_by_name() {
        // an officer moves only the status of their own agency's assignment …
        String etag = etag("/api/v1/assignments/" + ids.get("assignments.in"));
        Map<String, Object> body = new HashMap<>(bodies.get("assignments.in"));
        body.put("role", "COORDINATE");
        body.put("dueOn", "2030-01-01");
        as("officer").contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/v1/assignments/" + ids.get("assignments.in")).then().statusCode(403)
                .body("violations.field", containsInAnyOrder("role", "dueOn"));
        body = new HashMap<>(bodies.get("assignments.in"));
        body.put("status", "IN_PROGRESS");
        as("officer").contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/v1/assignments/" + ids.get("assignments.in")).then().statusCode(200)
                .body("status", is("IN_PROGRESS"));
        // … never another agency's, even in the same province
        String other = "/api/v1/assignments/" + ids.get("assignments.other");
        as("officer").contentType(ContentType.JSON).header("If-Match", etag(other))
                .body(bodies.get("assignments.other")).when().put(other).then().statusCode(403)
                .body("violations[0].field", is("agencyId"));
        // a planner does not change the status of an issued plan
        long issued = as("admin").queryParam("q", "26/KH-UBND").when().get("/api/v1/documents").then().extract()
                .jsonPath().getLong("items[0].id");
        Map<String, Object> plan = as("admin").when().get("/api/v1/documents/" + issued).then().extract().jsonPath().getMap("");
        Map<String, Object> input = documentInput(plan);
        input.put("status", "SUPERSEDED");
        as("planner").contentType(ContentType.JSON).header("If-Match", etag("/api/v1/documents/" + issued)).body(input)
                .when().put("/api/v1/documents/" + issued).then().statusCode(403).body("violations[0].field", is("status"));
        // server-owned fields are not part of any request
        Map<String, Object> withVersion = new HashMap<>(bodies.get("documents.in"));
        withVersion.put("version", 0);
        as("planner").contentType(ContentType.JSON).body(withVersion).when().post("/api/v1/documents").then()
                .statusCode(400).body("code", is("UNKNOWN_FIELD"));
    }

    @Test
    void a_token_without_its_unit_claim_reaches_national_records_only() {
        var noUnit = Tokens.as("planner", null, null);
        noUnit.when().get("/api/v1/documents/" + ids.get("documents.in")).then().statusCode(404);
        Tokens.as("planner", null, null).contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body(bodies.get("documents.in")).when().put("/api/v1/documents/" + ids.get("documents.in")).then()
                .statusCode(403);
        Tokens.as("planner", null, null).queryParam("q", "28-CT/TW").when().get("/api/v1/documents").then()
                .statusCode(200).body("totalItems", greaterThan(0)).body("items.unit", everyItem(nullValue()));
        // an officer without agency_code updates no assignment
        Tokens.as("officer", HUE, null).contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body(bodies.get("assignments.in")).when().put("/api/v1/assignments/" + ids.get("assignments.in"))
                .then().statusCode(403);
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Once per class, but in @BeforeEach: the HTTP port is known only once the first test runs. */
    @BeforeEach
    void createOneObjectOfEachTypeInEachProvince() {
        if (!ids.isEmpty()) {
            return;
        }
        long indicator = create("indicators", "in", new HashMap<>(Map.of("code", "MATRIX_" + System.nanoTime(),
                "nameVi", "Chỉ tiêu thử", "nameEn", "Test indicator", "unit", "%", "direction", "HIGHER_IS_BETTER")));
        // a district of Huế that exists only in 2030, so it disturbs no real boundary
        create("admin-units", "in", new HashMap<>(Map.of("code", "999", "name", "Huyện Thử Nghiệm", "type", "HUYEN",
                "parentCode", HUE, "validFrom", "2030-01-01", "validTo", "2030-12-31")));
        long hueSyt = agencyByCode(HUE, "HUE-SYT");
        long hueLdtbxh = agencyByCode(HUE, "HUE-LDTBXH");
        long hdSyt = agencyByCode(HAI_DUONG, "HD-SYT");
        for (String scope : List.of("in", "out")) {
            long unit = unitId(scope.equals("in") ? HUE : HAI_DUONG);
            Map<String, Object> agency = new HashMap<>(Map.of("name", "Cơ quan ma trận " + scope + " " + System.nanoTime(),
                    "kind", "STATE_AGENCY", "unitId", unit));
            long agencyId = create("agencies", scope, agency);
            Map<String, Object> doc = new HashMap<>(Map.of("kind", "PLAN", "title", "Kế hoạch ma trận " + scope,
                    "issuerId", agencyId, "unitId", unit, "periodFromYear", 2026, "periodToYear", 2026, "status", "DRAFT"));
            long docId = create("documents", scope, doc);
            long objective = create("objectives", scope,
                    new HashMap<>(Map.of("documentId", docId, "kind", "SPECIFIC", "text", "Mục tiêu cụ thể")));
            create("targets", scope, new HashMap<>(Map.of("objectiveId", objective, "indicatorId", indicator,
                    "comparator", "GE", "value", 90, "targetYear", 2026)));
            long task = create("tasks", scope,
                    new HashMap<>(Map.of("documentId", docId, "number", "1", "title", "Nhiệm vụ ma trận")));
            create("assignments", scope, new HashMap<>(Map.of("taskId", task,
                    "agencyId", scope.equals("in") ? hueSyt : hdSyt, "role", "LEAD")));
            create("indicator-values", scope, new HashMap<>(Map.of("indicatorId", indicator, "unitId", unit,
                    "periodCode", "2016", "value", 90)));
            create("reporting-regimes", scope, new HashMap<>(Map.of("documentId", docId, "periodType", "YEAR",
                    "deadlineDay", 20, "deadlineMonth", 11, "consolidatingAgencyId", agencyId)));
            create("reports", scope, new HashMap<>(Map.of("documentId", docId,
                    "agencyId", scope.equals("in") ? hueSyt : hdSyt, "periodCode", "2026")));
            // a report is created with its plan, agency and period and edited with its content
            bodies.put("reports." + scope, new HashMap<>(Map.of("difficulties", "Thiếu kinh phí")));
            if (scope.equals("in")) {
                create("assignments", "other", new HashMap<>(Map.of("taskId", task, "agencyId", hueLdtbxh,
                        "role", "COORDINATE")));
            }
        }
    }

    private long create(String type, String scope, Map<String, Object> body) {
        long id = as("admin").contentType(ContentType.JSON).body(body).when().post("/api/v1/" + type).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        ids.put(type + "." + scope, id);
        bodies.put(type + "." + scope, body);
        return id;
    }

    private long unitId(String code) {
        return as("admin").queryParam("code", code).queryParam("level", "PROVINCE").queryParam("validOn", "2016-06-01")
                .when().get("/api/v1/admin-units").then().extract().jsonPath().getLong("items[0].id");
    }

    private long agencyByCode(String unitCode, String code) {
        return as("admin").queryParam("unitId", unitId(unitCode)).queryParam("size", 100).when().get("/api/v1/agencies")
                .then().extract().jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
    }

    private String etag(String path) {
        return as("admin").when().get(path).then().statusCode(200).extract().header("ETag");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> documentInput(Map<String, Object> dto) {
        Map<String, Object> in = new HashMap<>();
        for (String k : List.of("number", "kind", "title", "signerName", "signerTitle", "issuedOn", "effectiveOn", "field",
                "periodFromYear", "periodToYear", "status", "purpose", "requirements", "fundingNote", "funding")) {
            in.put(k, dto.get(k));
        }
        in.put("issuerId", ((Map<String, Object>) dto.get("issuer")).get("id"));
        in.put("unitId", ((Map<String, Object>) dto.get("unit")).get("id"));
        in.put("implementsIds", ((List<Map<String, Object>>) dto.get("implementsDocuments")).stream().map(d -> d.get("id")).toList());
        return in;
    }

    static RequestSpecification as(String caller) {
        String[] c = CALLERS.get(caller);
        return Tokens.as(c[0], c[1], c[2]);
    }
}
