package vn.childplan.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.childplan.reportingcycle.ReportingFixtures.admin;
import static vn.childplan.reportingcycle.ReportingFixtures.edit;
import static vn.childplan.reportingcycle.ReportingFixtures.move;
import static vn.childplan.reportingcycle.ReportingFixtures.officer;
import static vn.childplan.reportingcycle.ReportingFixtures.value;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;
import vn.childplan.reportingcycle.ReportingFixtures;

/**
 * The consolidation view and the dashboard run a fixed number of SQL statements: more agencies, reports,
 * narratives, values and plans must not add statements (no query per row). Counted with Hibernate's statistics
 * (switched on for tests only), around one request each.
 */
@QuarkusTest
class StatementCountTest {
    @Inject
    SessionFactory sessionFactory;

    private long statements(Runnable request) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount() - before;
    }

    private static void consolidation(long doc) {
        admin().queryParam("periodCode", "2018-H1").queryParam("asOf", "2018-06-01").when()
                .get("/api/v1/plans/" + doc + "/consolidation").then().statusCode(200);
    }

    private static void dashboard() {
        Tokens.as("viewer", ReportingFixtures.HUE, null).queryParam("asOf", "2018-06-01").when()
                .get("/api/v1/dashboard").then().statusCode(200);
    }

    /**
     * The lead agency (and with {@code all}, every agency) of {@code p} reports on 2018-H1 with narratives and
     * figures; the lead's report is accepted.
     */
    private static void report(ReportingFixtures p, boolean all) {
        var lead = Map.entry(p.leadCode(), p.lead());
        for (var agency : all ? List.of(lead, Map.entry(p.coordinatingCode(), p.coordinating()),
                Map.entry(p.requestedCode(), p.requested())) : List.of(lead)) {
            long report = p.report(agency.getKey(), agency.getValue(), "2018-H1");
            edit(officer(agency.getKey()), report, 0, Map.of("difficulties", "Khó khăn", "proposals", "Kiến nghị",
                    "narratives", List.of(Map.of("taskId", p.taskI(), "narrative", "Đã làm"),
                            Map.of("taskId", p.taskI1(), "narrative", "Đã làm"),
                            Map.of("taskId", p.taskII(), "narrative", "Đang làm")),
                    "values", List.of(value(p.rate(), p.province(), 95), value(p.rate(), p.district(), 90),
                            value(p.count(), p.province(), 120), value(p.count(), p.district(), 30))))
                    .statusCode(200);
            move(officer(agency.getKey()), report, "submit", 1, Map.of()).statusCode(200);
        }
        long leadReport = admin().queryParam("documentId", p.doc()).queryParam("agencyId", p.lead()).when()
                .get(ReportingFixtures.REPORTS).then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        move(officer(p.leadCode()), leadReport, "accept", 2, Map.of()).statusCode(200);
    }

    @Test
    void the_consolidation_runs_as_many_statements_for_three_full_reports_as_for_one() {
        ReportingFixtures one = ReportingFixtures.create();
        report(one, false);
        ReportingFixtures three = ReportingFixtures.create();
        report(three, true);
        consolidation(one.doc()); // warm: first-use lookups are not the view's

        assertEquals(statements(() -> consolidation(one.doc())), statements(() -> consolidation(three.doc())),
                "statements for a plan with one full report vs one with three");
    }

    @Test
    void the_dashboard_runs_as_many_statements_after_another_plan_with_reports_as_before() {
        dashboard();
        long before = statements(StatementCountTest::dashboard);
        report(ReportingFixtures.create(), true);
        report(ReportingFixtures.create(), true);
        long after = statements(StatementCountTest::dashboard);
        assertEquals(before, after, "statements of the Huế dashboard before vs after two more plans with reports");
    }
}
