package vn.childplan.analytics;

import static org.hamcrest.Matchers.*;
import static vn.childplan.reportingcycle.ReportingFixtures.admin;
import static vn.childplan.reportingcycle.ReportingFixtures.edit;
import static vn.childplan.reportingcycle.ReportingFixtures.move;
import static vn.childplan.reportingcycle.ReportingFixtures.officer;
import static vn.childplan.reportingcycle.ReportingFixtures.value;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;
import vn.childplan.reportingcycle.Obligations;
import vn.childplan.reportingcycle.ReportingFixtures;

/** The lead agency's consolidation of a plan's reports for one period, on a plan of the test's own. */
@QuarkusTest
class ConsolidationResourceTest {

    private static ValidatableResponse consolidation(RequestSpecification as, long doc, String period) {
        return as.queryParam("periodCode", period).when()
                .get("/api/v1/plans/" + doc + "/consolidation").then();
    }

    private static ValidatableResponse consolidation(RequestSpecification as, long doc, String period, String asOf) {
        return consolidation(as.queryParam("asOf", asOf), doc, period);
    }

    @Test
    void the_lead_agency_sees_counted_reports_per_agency_task_and_indicator_with_duplicates_flagged() {
        ReportingFixtures p = ReportingFixtures.create();
        long lead = p.report(p.leadCode(), p.lead(), "2018-H1");
        edit(officer(p.leadCode()), lead, 0, Map.of("difficulties", "Thiếu kinh phí", "proposals", "Bổ sung biên chế",
                "narratives", List.of(Map.of("taskId", p.taskI(), "narrative", "Đã tổ chức 3 hội nghị", "progress", "DONE")),
                "values", List.of(value(p.rate(), p.province(), 95), value(p.rate(), p.district(), 91)))).statusCode(200);
        move(officer(p.leadCode()), lead, "submit", 1, Map.of()).statusCode(200);
        move(officer(p.leadCode()), lead, "accept", 2, Map.of()).statusCode(200);
        long coordinating = p.report(p.coordinatingCode(), p.coordinating(), "2018-H1");
        edit(officer(p.coordinatingCode()), coordinating, 0, Map.of("difficulties", "Chưa có số liệu xã",
                "narratives", List.of(
                        Map.of("taskId", p.taskII(), "narrative", "Tiêm chủng mở rộng", "progress", "IN_PROGRESS"),
                        Map.of("taskId", p.taskI1(), "narrative", "Tập huấn 2 lớp", "progress", "DONE")),
                "values", List.of(value(p.rate(), p.province(), 96), value(p.rate(), p.district(), 91)))).statusCode(200);
        long requested = p.report(p.requestedCode(), p.requested(), "2018-H1");
        edit(officer(p.requestedCode()), requested, 0, Map.of("narratives", List.of(Map.of("taskId", p.taskII(),
                "narrative", "Phối hợp truyền thông")), "values", List.of(value(p.count(), p.province(), 10))))
                .statusCode(200);
        move(officer(p.requestedCode()), requested, "submit", 1, Map.of()).statusCode(200);

        // the coordinating agency's report is still a draft: its status shows, its content does not
        consolidation(officer(p.leadCode()), p.doc(), "2018-H1").statusCode(200)
                .body("agencies.agency.id", contains((int) p.lead(), (int) p.coordinating(), (int) p.requested()))
                .body("agencies[1].status", is("DRAFT")).body("agencies[1].reportId", is((int) coordinating))
                .body("agencies[1].difficulties", nullValue())
                .body("tasks[1].narratives", empty())
                .body("indicators[0].rows[0].figures.agency.id", contains((int) p.lead()))
                .body("counts.counted", is(1));

        move(officer(p.coordinatingCode()), coordinating, "submit", 1, Map.of()).statusCode(200);
        consolidation(officer(p.leadCode()), p.doc(), "2018-H1").statusCode(200)
                .body("document.id", is((int) p.doc())).body("periodType", is("HALF_YEAR"))
                .body("periodStart", is("2018-01-01")).body("periodEnd", is("2018-06-30"))
                .body("deadline", is("2018-05-25")).body("asOf", is(LocalDate.now(Obligations.VIETNAM).toString()))
                .body("consolidatingAgency.id", is((int) p.lead()))
                // both owing agencies submitted, after the 2018 deadline; the requested body owes nothing
                .body("counts.owing", is(2)).body("counts.counted", is(2)).body("counts.accepted", is(1))
                .body("counts.returned", is(0)).body("counts.late", is(2)).body("counts.overdue", is(0))
                .body("agencies.owes", contains(true, true, false))
                .body("agencies[0].roles", contains("LEAD")).body("agencies[0].status", is("ACCEPTED"))
                .body("agencies[0].timeliness", is("LATE")).body("agencies[0].difficulties", is("Thiếu kinh phí"))
                .body("agencies[0].proposals", is("Bổ sung biên chế"))
                .body("agencies[1].roles", contains("COORDINATE", "LEAD")).body("agencies[1].status", is("SUBMITTED"))
                .body("agencies[1].difficulties", is("Chưa có số liệu xã"))
                .body("agencies[2].roles", contains("REQUESTED")).body("agencies[2].status", is("SUBMITTED"))
                .body("agencies[2].overdue", is(false))
                // tasks in tree order, each with every counted narrative and the agency's role on it
                .body("tasks.task.number", contains("I", "I.1", "II")).body("tasks.depth", contains(0, 1, 0))
                .body("tasks[0].narratives.agency.id", contains((int) p.lead()))
                .body("tasks[0].narratives[0].role", is("LEAD")).body("tasks[0].narratives[0].progress", is("DONE"))
                .body("tasks[0].narratives[0].reportStatus", is("ACCEPTED"))
                .body("tasks[1].narratives[0].narrative", is("Tập huấn 2 lớp"))
                .body("tasks[2].narratives.agency.id", contains((int) p.coordinating(), (int) p.requested()))
                .body("tasks[2].narratives.role", contains("COORDINATE", "REQUESTED"))
                // figures: the province reported by two agencies that disagree, against the value the accepted
                // report published; the district by two that agree; nothing summed
                .body("indicators.indicator.id", contains((int) p.rate(), (int) p.count()))
                .body("indicators[0].rows.unit.id", contains((int) p.province(), (int) p.district()))
                .body("indicators[0].rows[0].figures.agency.id", contains((int) p.lead(), (int) p.coordinating()))
                .body("indicators[0].rows[0].figures.value", contains(95, 96))
                .body("indicators[0].rows[0].duplicate", is(true)).body("indicators[0].rows[0].agree", is(false))
                .body("indicators[0].rows[0].stored.value", is(95))
                .body("indicators[0].rows[0].stored.reportId", is((int) lead))
                .body("indicators[0].rows[0].stored.sourceKind", is("AGENCY_REPORT"))
                .body("indicators[0].rows[0].conflict", is(true))
                .body("indicators[0].rows[1].duplicate", is(true)).body("indicators[0].rows[1].agree", is(true))
                .body("indicators[0].rows[1].conflict", is(false))
                .body("indicators[1].rows", hasSize(1)).body("indicators[1].rows[0].figures.value", contains(10))
                .body("indicators[1].rows[0].duplicate", is(false)).body("indicators[1].rows[0].stored", nullValue())
                .body("indicators[1].rows[0].conflict", is(false));

        // a report returned for rework drops out again
        move(officer(p.leadCode()), coordinating, "return", 2, Map.of("comment", "Kiểm tra số liệu tỉnh")).statusCode(200);
        consolidation(Tokens.as("viewer", ReportingFixtures.HUE, null), p.doc(), "2018-H1").statusCode(200)
                .body("counts.returned", is(1)).body("agencies[1].status", is("RETURNED"))
                .body("indicators[0].rows[0].duplicate", is(false));
    }

    @Test
    void a_plan_without_reports_consolidates_to_its_obligations_and_mistakes_are_refused() {
        ReportingFixtures p = ReportingFixtures.create();
        consolidation(admin(), p.doc(), "2018", "2018-06-01").statusCode(200).body("deadline", is("2018-11-20"))
                .body("agencies.status", everyItem(is("DUE"))).body("counts.owing", is(2))
                .body("tasks", hasSize(3)).body("tasks.narratives", everyItem(empty()))
                .body("indicators", hasSize(2)).body("indicators.rows", everyItem(empty()));
        consolidation(admin(), p.doc(), "2017-H2", "2018-06-01").statusCode(200).body("agencies.status", everyItem(is("MISSING")))
                .body("counts.overdue", is(2));
        consolidation(admin(), p.doc(), "2018-Q1").statusCode(422).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("periodCode"));
        consolidation(admin(), p.doc(), "2018-H3").statusCode(400).body("code", is("INVALID_PARAMETER"));
        consolidation(Tokens.as("planner", "30", null), p.doc(), "2018-H1").statusCode(404)
                .body("code", is("NOT_FOUND"));
    }

    @Test
    void a_regime_with_reports_is_not_deleted() {
        ReportingFixtures p = ReportingFixtures.create();
        p.report(p.leadCode(), p.lead(), "2018-H1");
        var regimes = admin().queryParam("documentId", p.doc()).when().get("/api/v1/reporting-regimes").then()
                .statusCode(200).extract().jsonPath();
        long halfYear = regimes.getLong("items.find { it.periodType == 'HALF_YEAR' }.id");
        long year = regimes.getLong("items.find { it.periodType == 'YEAR' }.id");
        Tokens.as("planner", ReportingFixtures.HUE, null).header("If-Match", "\"0\"").when()
                .delete("/api/v1/reporting-regimes/" + halfYear).then().statusCode(409)
                .contentType("application/problem+json").body("code", is("STILL_REFERENCED"))
                .body("violations[0].field", is("periodType")).body("violations[0].code", is("HasReports"));
        Tokens.as("planner", ReportingFixtures.HUE, null).header("If-Match", "\"0\"").when()
                .delete("/api/v1/reporting-regimes/" + year).then().statusCode(204);
        admin().when().get("/api/v1/reporting-regimes/" + halfYear).then().statusCode(200);
    }
}
