package vn.childplan.reportingcycle;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static vn.childplan.reportingcycle.ReportingFixtures.admin;
import static vn.childplan.reportingcycle.ReportingFixtures.created;
import static vn.childplan.reportingcycle.ReportingFixtures.move;
import static vn.childplan.reportingcycle.ReportingFixtures.officer;
import static vn.childplan.reportingcycle.ReportingFixtures.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.childplan.notification.ReminderService;
import vn.childplan.security.Roles;
import vn.childplan.support.SignedInUser;
import vn.childplan.support.Tokens;

/**
 * An agency that ended (its validTo, set by a succession) owes the reports of the periods that began by its last day
 * and none after, and is reminded of nothing after that day: in a plan's obligations, its consolidation, the late
 * list, the dashboard, the calendar and the reminders alike. What it submitted stays its own.
 */
@QuarkusTest
class EndedAgencyTest {
    private static final String LAST_DAY = "2019-06-30";

    @Inject
    ReminderService reminders;

    private static RequestSpecification planner() {
        return Tokens.as(Roles.PLANNER, ReportingFixtures.HUE, null);
    }

    private static ValidatableResponse get(String path, Map<String, ?> query) {
        return admin().queryParams(query).when().get(path).then().statusCode(200);
    }

    private static ValidatableResponse obligations(long doc, String period) {
        return get("/api/v1/documents/" + doc + "/obligations", Map.of("periodCode", period));
    }

    /** The agency's assignment on the task, set DONE (a closed assignment stays with the agency when it ends). */
    private static void close(long task, long agency) {
        JsonPath a = get("/api/v1/assignments", Map.of("taskId", task, "agencyId", agency)).extract().jsonPath();
        Map<String, Object> body = Map.of("taskId", task, "agencyId", agency, "role", a.getString("items[0].role"),
                "status", "DONE", "statusOn", "2019-06-28");
        admin().contentType(ContentType.JSON).header("If-Match", "\"" + a.getInt("items[0].version") + "\"")
                .body(body).when().put("/api/v1/assignments/" + a.getLong("items[0].id")).then().statusCode(200);
    }

    @Test
    void an_agency_ended_by_a_succession_owes_the_periods_begun_by_its_last_day_and_keeps_its_reports() {
        ReportingFixtures p = ReportingFixtures.create();
        long h1 = p.report(p.coordinatingCode(), p.coordinating(), "2019-H1");
        move(officer(p.coordinatingCode()), h1, "submit", 0, Map.of()).statusCode(200);
        close(p.taskI1(), p.coordinating());
        close(p.taskII(), p.coordinating());
        // the succession moves nothing (its work is done) and ends it on 30/06/2019
        Map<String, Object> body = new HashMap<>(Map.of("successorId", p.requested(), "endOn", LAST_DAY));
        String token = post(planner(), "/api/v1/agencies/" + p.coordinating() + "/succession/preview", body)
                .statusCode(200).body("assignments", empty()).body("reports", empty())
                .extract().jsonPath().getString("previewToken");
        body.put("previewToken", token);
        post(planner(), "/api/v1/agencies/" + p.coordinating() + "/succession", body).statusCode(200);

        // periods begun by 30/06/2019 are still owed, its submitted 2019-H1 report with them
        obligations(p.doc(), "2019-H1").body("items.agency.id", containsInAnyOrder((int) p.lead(), (int) p.coordinating()))
                .body("items.find { it.agency.id == " + p.coordinating() + " }.status", is("SUBMITTED"))
                .body("items.find { it.agency.id == " + p.coordinating() + " }.reportId", is((int) h1));
        obligations(p.doc(), "2019").body("items.agency.id", containsInAnyOrder((int) p.lead(), (int) p.coordinating()));
        // those begun after it ended are not
        obligations(p.doc(), "2019-H2").body("items.agency.id", contains((int) p.lead()));
        obligations(p.doc(), "2020").body("items.agency.id", contains((int) p.lead()));

        String consolidation = "/api/v1/plans/" + p.doc() + "/consolidation";
        get(consolidation, Map.of("periodCode", "2019-H1"))
                .body("agencies.find { it.agency.id == " + p.coordinating() + " }.owes", is(true))
                .body("agencies.find { it.agency.id == " + p.coordinating() + " }.status", is("SUBMITTED"));
        get(consolidation, Map.of("periodCode", "2019-H2")).body("agencies.agency.id", contains((int) p.lead()))
                .body("counts.owing", is(1));

        Map<String, Object> late = Map.of("documentId", p.doc(), "asOf", "2021-01-01", "size", 100);
        get("/api/v1/late-reports", withAgency(late, p.coordinating())).body("items.periodCode",
                containsInAnyOrder("2018-H1", "2018-H2", "2018", "2019-H1", "2019"));
        get("/api/v1/late-reports", withAgency(late, p.lead())).body("items.periodCode",
                containsInAnyOrder("2018-H1", "2018-H2", "2018", "2019-H1", "2019-H2", "2019", "2020-H1", "2020-H2",
                        "2020"));
    }

    private static Map<String, Object> withAgency(Map<String, Object> query, long agency) {
        Map<String, Object> q = new HashMap<>(query);
        q.put("agencyId", agency);
        return q;
    }

    @Test
    void an_ended_agency_is_counted_reminded_and_shown_deadlines_only_for_what_it_still_owes() {
        // Vĩnh Phúc (26), where no other test plans: an issued plan 2018–2020, half-yearly (25/5) and yearly (20/11)
        // reports consolidated by its lead; the other agency coordinates, its own deadline 24/06/2019, and ended
        // on 30/06/2019
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long unit = get("/api/v1/admin-units", Map.of("level", "PROVINCE", "code", "26", "validOn", "2018-06-01"))
                .body("totalItems", is(1)).extract().jsonPath().getLong("items[0].id");
        long lead = created(admin(), "/api/v1/agencies", Map.of("code", "VP-LEAD-" + tag, "name", "Sở chủ trì " + tag,
                "kind", "STATE_AGENCY", "unitId", unit));
        long ended = created(admin(), "/api/v1/agencies", Map.of("code", "VP-END-" + tag, "name", "Sở đã giải thể " + tag,
                "kind", "STATE_AGENCY", "unitId", unit, "validTo", LAST_DAY));
        Map<String, Object> plan = new HashMap<>(Map.of("kind", "PLAN", "title", "Kế hoạch Vĩnh Phúc " + tag,
                "issuerId", lead, "unitId", unit, "periodFromYear", 2018, "periodToYear", 2020, "status", "ISSUED",
                "number", tag + "/KH-UBND", "issuedOn", "2018-02-01", "implementsIds", List.of()));
        long doc = created(admin(), "/api/v1/documents", plan);
        long task = created(admin(), "/api/v1/tasks", Map.of("documentId", doc, "number", "1", "title", "Nhiệm vụ"));
        created(admin(), "/api/v1/assignments", Map.of("taskId", task, "agencyId", lead, "role", "LEAD"));
        created(admin(), "/api/v1/assignments", Map.of("taskId", task, "agencyId", ended, "role", "COORDINATE",
                "dueOn", "2019-06-24"));
        ReportingFixtures.regime(doc, "HALF_YEAR", 25, 5, lead);
        ReportingFixtures.regime(doc, "YEAR", 20, 11, lead);

        // the dashboard's current rounds: before its end both owe 2018 and 2019-H1; a year on, it owes only 2019
        String alerts = "reportAlerts.findAll { it.document.id == " + doc + " && it.agency.id == %d }.periodCode";
        get("/api/v1/dashboard", Map.of("unitId", unit, "asOf", "2019-06-01"))
                .body(alerts.formatted(ended), containsInAnyOrder("2018", "2019-H1"))
                .body(alerts.formatted(lead), containsInAnyOrder("2018", "2019-H1"));
        get("/api/v1/dashboard", Map.of("unitId", unit, "asOf", "2020-06-01"))
                .body(alerts.formatted(ended), contains("2019"))
                .body(alerts.formatted(lead), containsInAnyOrder("2019", "2020-H1"));

        // its officers see the deadlines of 2019-H1 and 2019, not 2019-H2 nor any of 2020; the consolidator sees all
        String deadlines = "entries.findAll { it.kind == 'REPORT_DEADLINE' && it.document.id == " + doc + " }.periodCode";
        Tokens.as(Roles.OFFICER, "26", "VP-END-" + tag).queryParam("year", 2019).when().get("/api/v1/calendar").then()
                .statusCode(200).body(deadlines, containsInAnyOrder("2019-H1", "2019"));
        Tokens.as(Roles.OFFICER, "26", "VP-END-" + tag).queryParam("year", 2020).when().get("/api/v1/calendar").then()
                .statusCode(200).body(deadlines, empty());
        Tokens.as(Roles.OFFICER, "26", "VP-LEAD-" + tag).queryParam("year", 2019).when().get("/api/v1/calendar")
                .then().statusCode(200).body(deadlines, containsInAnyOrder("2019-H1", "2019-H2", "2019"));

        // reminded before its last day (2019-H1 due in 7 days; its assignment a day past due), never after: not of
        // its assignment 7 days past due, nor of the 2019 report it still owes, nor of 2019-H2
        SignedInUser endedOfficer = SignedInUser.signIn(Roles.OFFICER, "26", "VP-END-" + tag, false);
        SignedInUser leadOfficer = SignedInUser.signIn(Roles.OFFICER, "26", "VP-LEAD-" + tag, false);
        for (String day : List.of("2019-05-18", "2019-06-25", "2019-07-01", "2019-11-13", "2019-11-18")) {
            reminders.run(LocalDate.parse(day));
        }
        endedOfficer.notifications().body("items.day", containsInAnyOrder("2019-05-18", "2019-06-25"))
                .body("items.find { it.day == '2019-05-18' }.kind", is("REPORT_DUE"))
                .body("items.find { it.day == '2019-05-18' }.periodCode", is("2019-H1"))
                .body("items.find { it.day == '2019-06-25' }.kind", is("ASSIGNMENT_OVERDUE"));
        leadOfficer.notifications().body("items.findAll { it.kind == 'REPORT_DUE' }.periodCode",
                containsInAnyOrder("2019-H1", "2019", "2019-H2"));
    }
}
