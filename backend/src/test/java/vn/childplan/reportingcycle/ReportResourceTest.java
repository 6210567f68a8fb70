package vn.childplan.reportingcycle;

import static org.hamcrest.Matchers.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.childplan.orgunit.Agency;
import vn.childplan.support.Tokens;

/**
 * Reporting regimes, obligations and reports with real tokens, on plans of the tests' own in Huế (the demo plan
 * 26/KH-UBND has its own reporting cycle, see DemoReportingCycleTest). The shared plan has the regime of the Huế
 * plan (section VI: 06 tháng before 25/5, 01 năm before 20/11, consolidated by Sở LĐTBXH = HUE-LDTBXH).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportResourceTest {
    private static final String REGIMES = "/api/v1/reporting-regimes";
    private static final String REPORTS = "/api/v1/reports";
    private static final String HUE = "46";

    private long plan;
    private long hue;
    private long syt;
    private long ldtbxh;
    private long sgddt;
    private List<Integer> owing;
    private List<Integer> requested;
    private long planTask;

    static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    static RequestSpecification planner(String unit) {
        return Tokens.as("planner", unit, null);
    }

    static RequestSpecification officer(String agency) {
        return Tokens.as("officer", HUE, agency);
    }

    private boolean ready;

    /** Once per class (RestAssured knows the port only from the first test on, hence not @BeforeAll). */
    @BeforeEach
    void data() {
        if (ready) {
            return;
        }
        ready = true;
        QuarkusTransaction.requiringNew().run(() -> {
            Agency hueSyt = Agency.<Agency>find("code", "HUE-SYT").singleResult();
            syt = hueSyt.id;
            hue = hueSyt.unit.id;
            ldtbxh = Agency.<Agency>find("code", "HUE-LDTBXH").singleResult().id;
            sgddt = Agency.<Agency>find("code", "HUE-SGDDT").singleResult().id;
        });
        plan = ownPlan();
        planTask = admin().queryParam("documentId", plan).when().get("/api/v1/tasks").then().statusCode(200)
                .body("totalItems", is(1)).extract().jsonPath().getLong("items[0].id");
        post(admin(), "/api/v1/assignments", Map.of("taskId", planTask, "agencyId", ldtbxh, "role", "COORDINATE"))
                .statusCode(201);
        owing = List.of((int) syt, (int) ldtbxh);
        requested = List.of((int) sgddt);
        regime(planner(HUE), plan, "HALF_YEAR", 25, 5, null, ldtbxh).statusCode(201)
                .body("deadlineDay", is(25)).body("deadlineMonth", is(5)).body("offsetDays", nullValue())
                .body("consolidatingAgency.id", is((int) ldtbxh));
        regime(planner(HUE), plan, "YEAR", 20, 11, null, ldtbxh).statusCode(201);
    }

    private static ValidatableResponse regime(RequestSpecification as, long doc, String type, Integer day, Integer month,
            Integer offset, long agency) {
        Map<String, Object> body = new HashMap<>();
        body.put("documentId", doc);
        body.put("periodType", type);
        body.put("deadlineDay", day);
        body.put("deadlineMonth", month);
        body.put("offsetDays", offset);
        body.put("consolidatingAgencyId", agency);
        return as.contentType(ContentType.JSON).body(body).when().post(REGIMES).then();
    }

    private static ValidatableResponse post(RequestSpecification as, String path, Object body) {
        return as.contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    private static ValidatableResponse move(RequestSpecification as, long id, String action, String etag, Object body) {
        RequestSpecification r = as.contentType(ContentType.JSON).body(body);
        if (etag != null) {
            r = r.header("If-Match", etag);
        }
        return r.when().post(REPORTS + "/" + id + "/" + action).then();
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status, String code) {
        return r.statusCode(status).contentType("application/problem+json").body("code", is(code));
    }

    private static long report(RequestSpecification as, long doc, long agency, String period) {
        return post(as, REPORTS, Map.of("documentId", doc, "agencyId", agency, "periodCode", period)).statusCode(201)
                .body("status", is("DRAFT")).header("ETag", "\"0\"").extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse obligations(RequestSpecification as, long doc, String period, String asOf) {
        RequestSpecification r = as.queryParam("periodCode", period);
        if (asOf != null) {
            r = r.queryParam("asOf", asOf);
        }
        return r.when().get("/api/v1/documents/" + doc + "/obligations").then();
    }

    @Test
    void a_plan_owes_reports_of_its_lead_and_coordinating_agencies() {
        obligations(planner(HUE), plan, "2016-H1", "2016-05-20").statusCode(200)
                .body("periodType", is("HALF_YEAR")).body("deadline", is("2016-05-25"))
                .body("periodStart", is("2016-01-01")).body("periodEnd", is("2016-06-30"))
                .body("consolidatingAgency.id", is((int) ldtbxh)).body("asOf", is("2016-05-20"))
                .body("items.agency.id", containsInAnyOrder(owing.toArray()))
                .body("items.status", everyItem(is("DUE"))).body("items.overdue", everyItem(is(false)));
        obligations(planner(HUE), plan, "2016-H1", "2016-05-25").statusCode(200)
                .body("items.status", everyItem(is("DUE")));
        var late = obligations(Tokens.as("viewer", HUE, null), plan, "2016-H1", "2016-05-26").statusCode(200)
                .body("items.status", everyItem(is("MISSING"))).body("items.overdue", everyItem(is(true)))
                .body("items.timeliness", everyItem(nullValue()));
        for (Integer r : requested) {
            late.body("items.agency.id", not(hasItem(r)));
        }
        // (the state-machine test reports on 2016 too, so only the deadline and the owing agencies are checked here)
        obligations(admin(), plan, "2016", "2016-11-01").statusCode(200).body("deadline", is("2016-11-20"))
                .body("items.agency.id", containsInAnyOrder(owing.toArray()));
        problem(obligations(admin(), plan, "2016-Q2", null), 422, "RULE_VIOLATED")
                .body("violations[0].field", is("periodCode"));
        problem(obligations(admin(), plan, "2016-H3", null), 400, "INVALID_PARAMETER");
        problem(obligations(planner("30"), plan, "2016-H1", null), 404, "NOT_FOUND");
        admin().queryParam("documentId", plan).when().get(REGIMES).then().statusCode(200)
                .body("items.periodType", containsInAnyOrder("HALF_YEAR", "YEAR"));
    }

    @Test
    void a_report_is_submitted_returned_resubmitted_and_accepted_by_the_right_agencies() {
        problem(post(officer("HUE-SYT"), REPORTS, Map.of("documentId", plan, "agencyId", sgddt, "periodCode", "2016")),
                403, "FORBIDDEN");
        problem(post(planner("30"), REPORTS, Map.of("documentId", plan, "agencyId", syt, "periodCode", "2016")),
                422, "INVALID_REFERENCE");
        problem(post(officer("HUE-SYT"), REPORTS, Map.of("documentId", plan, "agencyId", syt, "periodCode", "2016-Q1")),
                422, "RULE_VIOLATED");
        long id = report(officer("HUE-SYT"), plan, syt, "2016");
        problem(post(officer("HUE-SYT"), REPORTS, Map.of("documentId", plan, "agencyId", syt, "periodCode", "2016")),
                409, "DUPLICATE");
        String path = REPORTS + "/" + id;

        Map<String, Object> content = Map.of("difficulties", "Thiếu kinh phí", "proposals", "Bổ sung cộng tác viên",
                "narratives", List.of(Map.of("taskId", planTask, "narrative", "Đã triển khai", "progress", "IN_PROGRESS")));
        problem(officer("HUE-SYT").contentType(ContentType.JSON).body(content).when().put(path).then(),
                428, "PRECONDITION_REQUIRED");
        problem(officer("HUE-SYT").contentType(ContentType.JSON).header("If-Match", "\"7\"").body(content).when()
                .put(path).then(), 412, "PRECONDITION_FAILED");
        problem(officer("HUE-SGDDT").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(content).when()
                .put(path).then(), 403, "FORBIDDEN");
        problem(officer("HUE-SYT").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("narratives", List.of(Map.of("taskId", 999_999_999L)))).when().put(path).then(),
                422, "RULE_VIOLATED");
        officer("HUE-SYT").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(content).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"").body("difficulties", is("Thiếu kinh phí"))
                .body("narratives[0].task.id", is((int) planTask)).body("narratives[0].progress", is("IN_PROGRESS"));

        problem(move(officer("HUE-SYT"), id, "submit", null, Map.of()), 428, "PRECONDITION_REQUIRED");
        problem(move(officer("HUE-SYT"), id, "submit", "\"0\"", Map.of()), 412, "PRECONDITION_FAILED");
        problem(move(officer("HUE-LDTBXH"), id, "accept", "\"1\"", Map.of()), 409, "INVALID_TRANSITION");
        move(officer("HUE-SYT"), id, "submit", "\"1\"", Map.of()).statusCode(200).header("ETag", "\"2\"")
                .body("status", is("SUBMITTED")).body("submittedAt", notNullValue());
        problem(move(officer("HUE-SYT"), id, "submit", "\"2\"", Map.of()), 409, "INVALID_TRANSITION");
        problem(officer("HUE-SYT").contentType(ContentType.JSON).header("If-Match", "\"2\"").body(content).when()
                .put(path).then(), 409, "INVALID_TRANSITION");
        problem(move(officer("HUE-SYT"), id, "accept", "\"2\"", Map.of()), 403, "FORBIDDEN");
        problem(move(planner("30"), id, "accept", "\"2\"", Map.of()), 403, "FORBIDDEN");
        problem(planner("30").when().get(path).then(), 404, "NOT_FOUND");
        problem(move(Tokens.as("viewer", HUE, null), id, "accept", "\"2\"", Map.of()), 403, "FORBIDDEN");
        problem(move(officer("HUE-LDTBXH"), id, "return", "\"2\"", Map.of()), 400, "VALIDATION_FAILED");
        problem(move(officer("HUE-LDTBXH"), id, "return", "\"2\"", Map.of("comment", "  ")), 400, "VALIDATION_FAILED");
        move(officer("HUE-LDTBXH"), id, "return", "\"2\"", Map.of("comment", "Bổ sung số liệu"))
                .statusCode(200).body("status", is("RETURNED")).header("ETag", "\"3\"");
        problem(move(officer("HUE-LDTBXH"), id, "accept", "\"3\"", Map.of()), 409, "INVALID_TRANSITION");

        officer("HUE-SYT").contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body(Map.of("difficulties", "Thiếu kinh phí", "narratives",
                        List.of(Map.of("taskId", planTask, "narrative", "Đã hoàn thành", "progress", "DONE"))))
                .when().put(path).then().statusCode(200).body("narratives[0].progress", is("DONE"))
                .body("proposals", nullValue()).header("ETag", "\"4\"");
        move(officer("HUE-SYT"), id, "submit", "\"4\"", Map.of("comment", "Đã bổ sung")).statusCode(200)
                .body("status", is("SUBMITTED"));
        move(officer("HUE-LDTBXH"), id, "accept", "\"5\"", Map.of()).statusCode(200).body("status", is("ACCEPTED"))
                .header("ETag", "\"6\"");
        problem(move(officer("HUE-LDTBXH"), id, "return", "\"6\"", Map.of("comment", "x")), 409, "INVALID_TRANSITION");
        problem(move(officer("HUE-SYT"), id, "submit", "\"6\"", Map.of()), 409, "INVALID_TRANSITION");

        officer("HUE-SYT").when().get(path).then().statusCode(200).header("ETag", "\"6\"")
                .body("transitions.fromStatus", contains("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED"))
                .body("transitions.toStatus", contains("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"))
                .body("transitions[1].comment", is("Bổ sung số liệu"))
                .body("transitions[1].bySubject", is("officer-46-subject"))
                .body("transitions[2].comment", is("Đã bổ sung"));
        admin().queryParam("entity", "report").queryParam("entityId", id).queryParam("sort", "occurredAt")
                .when().get("/api/v1/audit").then().statusCode(200).body("totalItems", is(7))
                .body("items[0].action", is("CREATE")).body("items[6].after.status", is("ACCEPTED"));
        admin().queryParam("documentId", plan).queryParam("status", "ACCEPTED").queryParam("periodCode", "2016")
                .when().get(REPORTS).then().statusCode(200).body("items.id", contains((int) id));
        obligations(planner(HUE), plan, "2016", null).statusCode(200)
                .body("items.find { it.agency.id == " + syt + " }.status", is("ACCEPTED"))
                .body("items.find { it.agency.id == " + syt + " }.reportId", is((int) id))
                .body("items.find { it.agency.id == " + syt + " }.timeliness", is("LATE"))
                .body("items.find { it.agency.id == " + ldtbxh + " }.status", is("MISSING"));
    }

    /** A fresh plan of Huế (issued by HUE-SYT) for 2020–2030 with one task led by HUE-SYT, HUE-SGDDT requested. */
    private long ownPlan() {
        long doc = post(admin(), "/api/v1/documents", Map.of("kind", "PLAN", "title", "Kế hoạch thử báo cáo "
                + System.nanoTime(), "issuerId", syt, "unitId", hue,
                "periodFromYear", 2020, "periodToYear", 2030, "status", "DRAFT", "implementsIds", List.of()))
                .statusCode(201).extract().jsonPath().getLong("id");
        long task = post(admin(), "/api/v1/tasks", Map.of("documentId", doc, "number", "1", "title", "Nhiệm vụ"))
                .statusCode(201).extract().jsonPath().getLong("id");
        post(admin(), "/api/v1/assignments", Map.of("taskId", task, "agencyId", syt, "role", "LEAD")).statusCode(201);
        post(admin(), "/api/v1/assignments", Map.of("taskId", task, "agencyId", sgddt, "role", "REQUESTED"))
                .statusCode(201);
        return doc;
    }

    @Test
    void timeliness_compares_the_submission_with_the_end_of_the_deadline_day() {
        long doc = ownPlan();
        regime(planner(HUE), doc, "HALF_YEAR", 25, 5, null, ldtbxh).statusCode(201);
        long past = report(officer("HUE-SYT"), doc, syt, "2020-H1");
        move(officer("HUE-SYT"), past, "submit", "\"0\"", Map.of()).statusCode(200);
        long future = report(officer("HUE-SYT"), doc, syt, "2030-H1");
        move(officer("HUE-SYT"), future, "submit", "\"0\"", Map.of()).statusCode(200);
        obligations(officer("HUE-SYT"), doc, "2020-H1", null).statusCode(200).body("deadline", is("2020-05-25"))
                .body("items.agency.id", contains((int) syt)).body("items[0].roles", contains("LEAD"))
                .body("items[0].status", is("SUBMITTED")).body("items[0].timeliness", is("LATE"))
                .body("items[0].overdue", is(false)).body("items[0].reportId", is((int) past));
        obligations(officer("HUE-SYT"), doc, "2030-H1", null).statusCode(200).body("deadline", is("2030-05-25"))
                .body("items[0].timeliness", is("ON_TIME"));
        obligations(officer("HUE-SYT"), doc, "2030-H2", null).statusCode(200).body("items[0].status", is("DUE"));
        // a requested body owes nothing but may still report; an unassigned agency's officer may not
        long requestedReport = report(officer("HUE-SGDDT"), doc, sgddt, "2020-H1");
        obligations(admin(), doc, "2020-H1", null).body("items.agency.id", contains((int) syt));
        problem(post(officer("HUE-LDTBXH"), REPORTS, Map.of("documentId", doc, "agencyId", ldtbxh,
                "periodCode", "2020-H1")), 403, "FORBIDDEN");
        // ... but the plan's planner may start one for any agency of the unit
        report(planner(HUE), doc, ldtbxh, "2020-H1");
        // no report once the deadline has passed: MISSING
        obligations(admin(), doc, "2020-H2", "2021-01-01").body("items[0].status", is("MISSING"));
        admin().queryParam("documentId", doc).queryParam("agencyId", sgddt).when().get(REPORTS).then()
                .statusCode(200).body("items.id", contains((int) requestedReport));
    }

    @Test
    void the_regime_takes_statistical_months_and_offsets_and_one_deadline_form() {
        long doc = ownPlan();
        regime(planner(HUE), doc, "STATISTICAL_MONTH", 20, null, null, ldtbxh).statusCode(201)
                .body("periodType", is("STATISTICAL_MONTH"));
        long monthly = regime(planner(HUE), doc, "MONTH", null, null, 10, ldtbxh).statusCode(201)
                .body("offsetDays", is(10)).extract().jsonPath().getLong("id");
        obligations(admin(), doc, "2020-05S", "2020-05-20").statusCode(200).body("periodStart", is("2020-04-15"))
                .body("periodEnd", is("2020-05-14")).body("deadline", is("2020-05-20"))
                .body("items[0].status", is("DUE"));
        obligations(admin(), doc, "2020-05S", "2020-05-21").body("items[0].status", is("MISSING"));
        obligations(admin(), doc, "2020-05", null).statusCode(200).body("deadline", is("2020-06-10"));
        long s = report(officer("HUE-SYT"), doc, syt, "2020-05S");
        admin().when().get(REPORTS + "/" + s).then().statusCode(200).body("periodType", is("STATISTICAL_MONTH"))
                .body("periodCode", is("2020-05S"));

        problem(regime(planner(HUE), doc, "MONTH", 5, null, null, ldtbxh), 409, "DUPLICATE")
                .body("violations[0].field", is("periodType"));
        problem(regime(planner(HUE), doc, "YEAR", 20, 11, 5, ldtbxh), 422, "RULE_VIOLATED");
        problem(regime(planner(HUE), doc, "YEAR", null, null, null, ldtbxh), 422, "RULE_VIOLATED");
        problem(regime(planner(HUE), doc, "YEAR", 31, 2, null, ldtbxh), 422, "RULE_VIOLATED");
        problem(regime(planner(HUE), doc, "CUSTOM", 1, 1, null, ldtbxh), 422, "RULE_VIOLATED");
        problem(regime(planner("30"), doc, "YEAR", 20, 11, null, ldtbxh), 422, "INVALID_REFERENCE");
        problem(regime(officer("HUE-SYT"), doc, "YEAR", 20, 11, null, ldtbxh), 403, "FORBIDDEN");

        String path = REGIMES + "/" + monthly;
        Map<String, Object> change = new HashMap<>(Map.of("documentId", doc, "periodType", "MONTH", "offsetDays", 15,
                "consolidatingAgencyId", ldtbxh));
        problem(planner(HUE).contentType(ContentType.JSON).body(change).when().put(path).then(), 428,
                "PRECONDITION_REQUIRED");
        problem(planner("30").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).when().put(path)
                .then(), 403, "FORBIDDEN");
        planner(HUE).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).when().put(path).then()
                .statusCode(200).body("offsetDays", is(15)).header("ETag", "\"1\"");
        obligations(admin(), doc, "2020-05", null).body("deadline", is("2020-06-15"));
        admin().queryParam("entity", "reporting-regime").queryParam("entityId", monthly).when().get("/api/v1/audit")
                .then().statusCode(200).body("totalItems", is(2));
        problem(planner(HUE).header("If-Match", "\"0\"").when().delete(path).then(), 412, "PRECONDITION_FAILED");
        planner(HUE).header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);
        problem(obligations(admin(), doc, "2020-05", null), 422, "RULE_VIOLATED");
    }
}
