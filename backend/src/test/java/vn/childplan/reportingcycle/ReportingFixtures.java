package vn.childplan.reportingcycle;

import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.childplan.support.Tokens;

/**
 * A plan of the tests' own, built through the API so no test depends on the demo plans' regimes or reports: a Huế
 * plan 2018–2020 issued by a fresh lead agency (which also consolidates), with a coordinating and a requested
 * agency, tasks I (with subtask I.1) and II, two target indicators (one in %) and a half-yearly (25/5) and yearly
 * (20/11) regime. Agency codes are fresh, so officer tokens act for exactly these agencies.
 */
public record ReportingFixtures(long doc, long lead, String leadCode, long coordinating, String coordinatingCode,
        long requested, String requestedCode, long taskI, long taskI1, long taskII, long rate, long count,
        long province, long district, long newCity, long outside) {
    public static final String HUE = "46";
    public static final String REPORTS = "/api/v1/reports";

    public static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    public static RequestSpecification officer(String agencyCode) {
        return Tokens.as("officer", HUE, agencyCode);
    }

    public static ValidatableResponse post(RequestSpecification as, String path, Object body) {
        return as.contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static long created(RequestSpecification as, String path, Object body) {
        return post(as, path, body).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static ReportingFixtures create() {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long province = unit("PROVINCE", HUE, "2018-06-01");
        long district = unit("DISTRICT", "476", "2018-06-01");
        long newCity = unit("PROVINCE", HUE, "2025-08-01");
        long outside = unit("PROVINCE", "30", "2018-06-01");
        long lead = agency("LEAD-" + tag, "Sở chủ trì " + tag, province);
        long coordinating = agency("COORD-" + tag, "Sở phối hợp " + tag, province);
        long requested = agency("REQ-" + tag, "Hội đề nghị " + tag, province);
        Map<String, Object> plan = new HashMap<>(Map.of("kind", "PLAN", "title", "Kế hoạch báo cáo thử " + tag,
                "issuerId", lead, "unitId", province, "periodFromYear", 2018, "periodToYear", 2020,
                "status", "DRAFT", "implementsIds", List.of()));
        long doc = created(admin(), "/api/v1/documents", plan);
        long objective = created(admin(), "/api/v1/objectives",
                Map.of("documentId", doc, "kind", "SPECIFIC", "text", "Mục tiêu cụ thể"));
        long rate = indicator("RATE_" + tag, "%");
        long count = indicator("COUNT_" + tag, "trẻ em");
        created(admin(), "/api/v1/targets", Map.of("objectiveId", objective, "indicatorId", rate, "comparator", "GE",
                "value", 95, "targetYear", 2020));
        created(admin(), "/api/v1/targets", Map.of("objectiveId", objective, "indicatorId", count, "comparator", "GE",
                "value", 100, "targetYear", 2020));
        long taskI = created(admin(), "/api/v1/tasks", Map.of("documentId", doc, "number", "I", "title", "Truyền thông"));
        long taskI1 = created(admin(), "/api/v1/tasks",
                Map.of("documentId", doc, "parentId", taskI, "number", "I.1", "title", "Tập huấn"));
        long taskII = created(admin(), "/api/v1/tasks", Map.of("documentId", doc, "number", "II", "title", "Y tế"));
        assign(taskI, lead, "LEAD");
        assign(taskI1, coordinating, "LEAD");
        assign(taskII, coordinating, "COORDINATE");
        assign(taskII, requested, "REQUESTED");
        regime(doc, "HALF_YEAR", 25, 5, lead);
        regime(doc, "YEAR", 20, 11, lead);
        return new ReportingFixtures(doc, lead, "LEAD-" + tag, coordinating, "COORD-" + tag, requested, "REQ-" + tag,
                taskI, taskI1, taskII, rate, count, province, district, newCity, outside);
    }

    /** A plan of a province no other test plans for: its unit, its one agency (issuer, lead of task 1), the plan. */
    public record ProvincePlan(long unit, long agency, long plan) {
    }

    /**
     * A plan 2018–2020 of the province {@code code} (as it stood in 2018) issued by a fresh committee that leads its
     * one task; no regime yet. For dashboards, which count every plan of their unit.
     */
    public static ProvincePlan provincePlan(String code) {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long unit = unit("PROVINCE", code, "2018-06-01");
        long committee = created(admin(), "/api/v1/agencies", Map.of("name", "UBND tỉnh " + code + " " + tag,
                "kind", "STATE_AGENCY", "unitId", unit));
        long plan = created(admin(), "/api/v1/documents", Map.of("kind", "PLAN", "title", "Kế hoạch " + tag,
                "issuerId", committee, "unitId", unit, "periodFromYear", 2018, "periodToYear", 2020,
                "status", "DRAFT", "implementsIds", List.of()));
        long task = created(admin(), "/api/v1/tasks", Map.of("documentId", plan, "number", "1", "title", "Nhiệm vụ"));
        assign(task, committee, "LEAD");
        return new ProvincePlan(unit, committee, plan);
    }

    public static long regime(long doc, String type, int day, int month, long agency) {
        return created(admin(), "/api/v1/reporting-regimes", Map.of("documentId", doc, "periodType", type,
                "deadlineDay", day, "deadlineMonth", month, "consolidatingAgencyId", agency));
    }

    /** A DRAFT report of {@code agency}, started by its officer. */
    public long report(String agencyCode, long agency, String period) {
        return created(officer(agencyCode), REPORTS, Map.of("documentId", doc, "agencyId", agency, "periodCode", period));
    }

    public static ValidatableResponse edit(RequestSpecification as, long report, int version, Map<String, Object> body) {
        return as.contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body).when()
                .put(REPORTS + "/" + report).then();
    }

    public static ValidatableResponse move(RequestSpecification as, long report, String action, int version, Object body) {
        return as.contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body).when()
                .post(REPORTS + "/" + report + "/" + action).then();
    }

    public static Map<String, Object> value(long indicator, long unit, Number value) {
        return new HashMap<>(Map.of("indicatorId", indicator, "unitId", unit, "value", value));
    }

    private static long unit(String level, String code, String validOn) {
        return admin().queryParam("level", level).queryParam("code", code).queryParam("validOn", validOn).when()
                .get("/api/v1/admin-units").then().statusCode(200).body("totalItems", is(1)).extract().jsonPath()
                .getLong("items[0].id");
    }

    private static long agency(String code, String name, long unit) {
        return created(admin(), "/api/v1/agencies", Map.of("code", code, "name", name, "kind", "STATE_AGENCY",
                "unitId", unit));
    }

    private static long indicator(String code, String unit) {
        return created(admin(), "/api/v1/indicators", Map.of("code", code, "nameVi", "Chỉ tiêu " + code,
                "nameEn", "Indicator " + code, "unit", unit, "direction", "HIGHER_IS_BETTER"));
    }

    private static void assign(long task, long agency, String role) {
        created(admin(), "/api/v1/assignments", Map.of("taskId", task, "agencyId", agency, "role", role));
    }
}
