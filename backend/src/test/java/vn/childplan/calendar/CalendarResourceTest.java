package vn.childplan.calendar;

import static org.hamcrest.Matchers.*;
import static vn.childplan.reportingcycle.ReportingFixtures.admin;
import static vn.childplan.reportingcycle.ReportingFixtures.created;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.childplan.reportingcycle.ReportingFixtures;
import vn.childplan.support.Api;
import vn.childplan.support.Tokens;

/**
 * The calendar: the demo plan 26/KH-UBND of Huế in 2016, and a 2026 plan of the test's own with a lunar recurring
 * task, due dates, an assignment and a yearly regime, seen by a planner, the officers of two agencies and a planner
 * of another province.
 */
@QuarkusTest
class CalendarResourceTest {
    private static final String HUE = ReportingFixtures.HUE;
    private static final String DEMO_PLAN = "26/KH-UBND";
    private static final String DEMO_EVENT = "Tổ chức có hiệu quả các hoạt động trong Tháng hành động vì trẻ em, "
            + "Ngày Quốc tế Thiếu nhi, Ngày toàn dân đưa trẻ đến trường, Tết Trung thu";

    private static ValidatableResponse calendar(RequestSpecification as, Map<String, Object> params) {
        return as.queryParams(params).when().get("/api/v1/calendar").then();
    }

    private static long province(String code, String validOn) {
        return admin().queryParam("level", "PROVINCE").queryParam("code", code).queryParam("validOn", validOn).when()
                .get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    private static RequestSpecification plannerHue() {
        return Tokens.as("planner", HUE, null);
    }

    @Test
    void the_demo_plans_june_2016_has_its_action_month_beside_the_observances() {
        calendar(plannerHue(), Map.of("year", 2016, "month", 6)).statusCode(200)
                .body("year", is(2016)).body("month", is(6)).body("from", is("2016-06-01")).body("to", is("2016-06-30"))
                .body("entries.find { it.kind == 'OBSERVANCE' && it.observance == 'ACTION_MONTH_FOR_CHILDREN' }.end",
                        is("2016-06-30"))
                .body("entries.find { it.observance == 'INTERNATIONAL_CHILDRENS_DAY' }.start", is("2016-06-01"))
                .body("entries.find { it.kind == 'PLAN_EVENT' && it.document.number == '" + DEMO_PLAN + "' }",
                        allOf(hasEntry("title", DEMO_EVENT), hasEntry("start", "2016-06-01"),
                                hasEntry("end", "2016-06-30"), hasEntry("calendar", "SOLAR"),
                                hasEntry("recurrenceFrom", "--06-01")))
                .body("entries.find { it.kind == 'PLAN_EVENT' && it.document.number == '" + DEMO_PLAN + "' }.task.number",
                        is("II.5"))
                // the first half's report is due on 25/5, the year's on 20/11: neither in June
                .body("entries.findAll { it.kind == 'REPORT_DEADLINE' && it.document.number == '" + DEMO_PLAN + "' }",
                        empty())
                .body("entries[0].start", is("2016-06-01")).body("entries[0].kind", is("OBSERVANCE"));
    }

    @Test
    void report_deadlines_come_from_the_regimes_periods_owed() {
        calendar(plannerHue(), Map.of("year", 2016)).statusCode(200).body("month", nullValue())
                .body("entries.findAll { it.kind == 'REPORT_DEADLINE' && it.document.number == '" + DEMO_PLAN
                        + "' }.collect { it.start + ' ' + it.periodCode + ' ' + it.regime.periodType }",
                        contains("2016-05-25 2016-H1 HALF_YEAR", "2016-11-20 2016 YEAR"))
                .body("entries.find { it.kind == 'REPORT_DEADLINE' && it.document.number == '" + DEMO_PLAN
                        + "' }.agency.name", containsString("Lao động"));
        // a plan of 2016 only is not in force in 2017 and owes nothing then
        calendar(plannerHue(), Map.of("year", 2017)).statusCode(200)
                .body("entries.findAll { it.document?.number == '" + DEMO_PLAN + "' }", empty());
    }

    @Test
    void lunar_observances_fall_on_each_years_day() {
        calendar(plannerHue(), Map.of("year", 2026)).statusCode(200)
                .body("entries.find { it.observance == 'TET_NGUYEN_DAN' }.start", is("2026-02-17"))
                .body("entries.find { it.observance == 'MID_AUTUMN_FESTIVAL' }",
                        allOf(hasEntry("start", "2026-09-25"), hasEntry("calendar", "LUNAR"),
                                hasEntry("recurrenceFrom", "--08-15")));
        calendar(plannerHue(), Map.of("year", 1985, "month", 1)).statusCode(200)
                .body("entries.find { it.observance == 'TET_NGUYEN_DAN' }.start", is("1985-01-21"));
        calendar(plannerHue(), Map.of("year", 2007, "month", 2)).statusCode(200)
                .body("entries.find { it.observance == 'TET_NGUYEN_DAN' }.start", is("2007-02-17"));
    }

    /** A 2026 plan of Huế: a lunar recurring task due 30/9, led by one agency (due 20/9), a yearly regime (20/11). */
    private record Plan(long doc, long task, long lead, String leadCode, long assignment) {
    }

    private static Plan plan2026() {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long unit = province(HUE, "2026-01-01");
        String leadCode = "CAL-" + tag;
        long lead = created(admin(), "/api/v1/agencies", Map.of("code", leadCode, "name", "Sở lịch " + tag,
                "kind", "STATE_AGENCY", "unitId", unit));
        Map<String, Object> body = new HashMap<>(Api.draftPlan(lead, "Kế hoạch Tết Trung thu " + tag));
        body.putAll(Map.of("unitId", unit, "status", "ISSUED", "number", tag + "/KH-UBND", "issuedOn", "2026-01-15"));
        long doc = created(admin(), "/api/v1/documents", body);
        long task = created(admin(), "/api/v1/tasks", Map.of("documentId", doc, "number", "I", "title",
                "Tổ chức Tết Trung thu cho trẻ em " + tag, "recurrenceFrom", "--08-15", "recurrenceTo", "--08-15",
                "recurrenceCalendar", "LUNAR", "dueOn", "2026-09-30"));
        long assignment = created(admin(), "/api/v1/assignments", Map.of("taskId", task, "agencyId", lead,
                "role", "LEAD", "dueOn", "2026-09-20"));
        ReportingFixtures.regime(doc, "YEAR", 20, 11, lead);
        return new Plan(doc, task, lead, leadCode, assignment);
    }

    @Test
    void a_plans_lunar_event_due_dates_and_deadline_for_its_planner_and_officers() {
        Plan p = plan2026();
        String mine = "entries.findAll { it.document?.id == " + p.doc() + " }";
        calendar(plannerHue(), Map.of("year", 2026, "month", 9)).statusCode(200)
                .body(mine + ".collect { it.kind + ' ' + it.start + ' ' + it.end }", contains(
                        "ASSIGNMENT_DUE 2026-09-20 2026-09-20", "PLAN_EVENT 2026-09-25 2026-09-25",
                        "TASK_DUE 2026-09-30 2026-09-30"))
                .body(mine + ".task.id", everyItem(is((int) p.task())))
                .body("entries.find { it.assignmentId == " + p.assignment() + " }.agency.id", is((int) p.lead()))
                .body("entries.find { it.kind == 'TASK_DUE' && it.document?.id == " + p.doc() + " }.status",
                        is("NOT_STARTED"))
                .body("entries.find { it.kind == 'PLAN_EVENT' && it.document?.id == " + p.doc() + " }.calendar",
                        is("LUNAR"));
        calendar(plannerHue(), Map.of("year", 2026, "month", 11)).statusCode(200)
                .body(mine + ".collect { it.kind + ' ' + it.start + ' ' + it.periodCode }",
                        contains("REPORT_DEADLINE 2026-11-20 2026"));
        // the lead agency's officer: its assignment and its plan's deadline
        RequestSpecification leadOfficer = Tokens.as("officer", HUE, p.leadCode());
        calendar(leadOfficer, Map.of("year", 2026)).statusCode(200)
                .body(mine + ".kind", contains("ASSIGNMENT_DUE", "PLAN_EVENT", "TASK_DUE", "REPORT_DEADLINE"));
        // another agency's officer: the plan's event and task, neither the assignment nor the deadline
        calendar(Tokens.as("officer", HUE, "HUE-SYT"), Map.of("year", 2026)).statusCode(200)
                .body(mine + ".kind", contains("PLAN_EVENT", "TASK_DUE"));
        // 2027: the plan is no longer in force; its 2026 deadline passed in 2026
        calendar(plannerHue(), Map.of("year", 2027)).statusCode(200).body(mine, empty());
    }

    @Test
    void a_lunar_recurrence_names_a_day_of_a_lunar_month() {
        long doc = plan2026().doc();
        admin().contentType(ContentType.JSON).body(Map.of("documentId", doc, "number", "II", "title", "Rằm tháng Giêng",
                "recurrenceFrom", "--01-15", "recurrenceTo", "--01-31", "recurrenceCalendar", "LUNAR"))
                .when().post("/api/v1/tasks").then().statusCode(422)
                .body("violations.field", contains("recurrenceTo"));
        admin().queryParam("documentId", doc).when().get("/api/v1/tasks").then().statusCode(200)
                .body("items.recurrenceCalendar", everyItem(is("LUNAR")));
    }

    @Test
    void only_the_callers_scope() {
        Plan p = plan2026();
        String mine = "entries.findAll { it.document?.id == " + p.doc() + " }";
        calendar(Tokens.as("planner", "30", null), Map.of("year", 2026)).statusCode(200).body(mine, empty())
                .body("entries.findAll { it.kind == 'OBSERVANCE' }", hasSize(greaterThan(5)));
        long hue = province(HUE, "2026-01-01");
        calendar(Tokens.as("planner", "30", null), Map.of("year", 2026, "unitId", hue)).statusCode(422)
                .body("code", is("INVALID_REFERENCE"));
        calendar(plannerHue(), Map.of("year", 2026, "unitId", hue)).statusCode(200).body(mine, hasSize(4));
        calendar(admin(), Map.of("year", 2026, "unitId", province("30", "2024-01-01")))
                .statusCode(200).body(mine, empty());
        calendar(plannerHue(), Map.of("year", 1800)).statusCode(400);
        calendar(plannerHue(), Map.of("year", 2026, "month", 13)).statusCode(400);
        calendar(plannerHue(), Map.of()).statusCode(400);
    }
}
