package vn.childplan.analytics;

import static org.hamcrest.Matchers.*;
import static vn.childplan.reportingcycle.ReportingFixtures.admin;
import static vn.childplan.reportingcycle.ReportingFixtures.move;
import static vn.childplan.reportingcycle.ReportingFixtures.officer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;
import vn.childplan.reportingcycle.ReportingFixtures;

/** The late list across plans, on a plan of the test's own reported yearly (deadline 20/11). */
@QuarkusTest
class LateReportsResourceTest {

    private static ValidatableResponse late(RequestSpecification as, Map<String, Object> params) {
        return as.queryParams(params).when().get("/api/v1/late-reports").then();
    }

    /** The fixture's plan, reported yearly only (its half-yearly regime removed before any report). */
    private static ReportingFixtures yearlyPlan() {
        ReportingFixtures p = ReportingFixtures.create();
        long halfYear = admin().queryParam("documentId", p.doc()).queryParam("periodType", "HALF_YEAR").when()
                .get("/api/v1/reporting-regimes").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        admin().header("If-Match", "\"0\"").when().delete("/api/v1/reporting-regimes/" + halfYear).then().statusCode(204);
        return p;
    }

    @Test
    void missing_and_late_reports_are_listed_oldest_deadline_first_with_days_overdue() {
        ReportingFixtures p = yearlyPlan();
        long draft = p.report(p.leadCode(), p.lead(), "2018");
        long submitted = p.report(p.coordinatingCode(), p.coordinating(), "2018");
        move(officer(p.coordinatingCode()), submitted, "submit", 0, Map.of()).statusCode(200);

        late(admin(), Map.of("documentId", p.doc(), "asOf", "2018-11-20")).statusCode(200)
                .body("asOf", is("2018-11-20")).body("totalItems", is(0)).body("items", empty());
        // the day after the deadline, years before either report was written: both missing, no report yet
        late(admin(), Map.of("documentId", p.doc(), "asOf", "2018-11-21")).statusCode(200)
                .body("totalItems", is(2)).body("items.agency.id", contains((int) p.lead(), (int) p.coordinating()))
                .body("items.periodCode", everyItem(is("2018"))).body("items.deadline", everyItem(is("2018-11-20")))
                .body("items.document.id", everyItem(is((int) p.doc())))
                .body("items.consolidatingAgency.id", everyItem(is((int) p.lead())))
                .body("items.status", everyItem(is("MISSING"))).body("items.reportId", everyItem(nullValue()))
                .body("items.reportStatus", everyItem(nullValue())).body("items.daysOverdue", everyItem(is(1)))
                .body("items[0].roles", contains("LEAD")).body("items[1].roles", contains("COORDINATE", "LEAD"));
        // today: a draft is as missing as no report at all; the report submitted today is late
        late(admin(), Map.of("documentId", p.doc(), "size", 2)).statusCode(200)
                .body("items.periodCode", everyItem(is("2018")))
                .body("items[0].status", is("MISSING")).body("items[0].reportId", is((int) draft))
                .body("items[0].reportStatus", is("DRAFT")).body("items[0].submittedAt", nullValue())
                .body("items[1].status", is("LATE")).body("items[1].reportStatus", is("SUBMITTED"))
                .body("items[1].reportId", is((int) submitted))
                .body("items[1].submittedAt", notNullValue()).body("items[1].daysOverdue", greaterThan(2000));

        // today: every year of the plan is past; the requested body owes nothing
        late(Tokens.as("viewer", ReportingFixtures.HUE, null), Map.of("documentId", p.doc())).statusCode(200)
                .body("totalItems", is(6));
        late(officer(p.leadCode()), Map.of("documentId", p.doc(), "agencyId", p.lead())).statusCode(200)
                .body("items.periodCode", contains("2018", "2019", "2020"))
                .body("items.status", everyItem(is("MISSING")));
        late(admin(), Map.of("documentId", p.doc(), "agencyId", p.requested())).body("totalItems", is(0));
        late(admin(), Map.of("documentId", p.doc(), "size", 2, "page", 1)).statusCode(200)
                .body("items.periodCode", contains("2019", "2019")).body("totalPages", is(3)).body("size", is(2))
                .body("page", is(1));
    }

    @Test
    void everyone_sees_the_late_reports_of_their_scope() {
        ReportingFixtures p = yearlyPlan();
        late(Tokens.as("planner", "30", null), Map.of("documentId", p.doc())).statusCode(200).body("totalItems", is(0));
        late(Tokens.as("planner", ReportingFixtures.HUE, null), Map.of("documentId", p.doc())).body("totalItems", is(6));
        late(Tokens.as("integration", null, null), Map.of("documentId", p.doc())).body("totalItems", is(6));
        // by the plan's unit: the province and above match, a district below it does not
        late(admin(), Map.of("documentId", p.doc(), "unitId", p.province())).body("totalItems", is(6));
        late(admin(), Map.of("documentId", p.doc(), "unitId", p.district())).body("totalItems", is(0));
        late(admin(), Map.of("unitId", 999_999_999L)).statusCode(422).body("code", is("INVALID_REFERENCE"))
                .body("violations[0].field", is("unitId"));
        late(Tokens.as("planner", "30", null), Map.of("unitId", p.province())).statusCode(422);
        late(admin(), Map.of("size", 0)).statusCode(400).body("code", is("VALIDATION_FAILED"));
        late(admin(), Map.of("asOf", "2018-13-01")).statusCode(400);
    }
}
