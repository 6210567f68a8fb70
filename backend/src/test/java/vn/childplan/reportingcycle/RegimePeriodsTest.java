package vn.childplan.reportingcycle;

import static org.hamcrest.Matchers.*;
import static vn.childplan.reportingcycle.ReportingFixtures.REPORTS;
import static vn.childplan.reportingcycle.ReportingFixtures.admin;
import static vn.childplan.reportingcycle.ReportingFixtures.created;
import static vn.childplan.reportingcycle.ReportingFixtures.officer;
import static vn.childplan.reportingcycle.ReportingFixtures.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which periods of the year a regime owes (periodNumbers): a half-year regime whose yearly report replaces H2 owes
 * H1 only — in the obligations, report creation, the late list and the dashboard's rounds.
 */
@QuarkusTest
class RegimePeriodsTest {
    private static final String REGIMES = "/api/v1/reporting-regimes";

    private static Map<String, Object> regime(long doc, String type, Object numbers, long agency) {
        Map<String, Object> body = new HashMap<>(Map.of("documentId", doc, "periodType", type, "deadlineDay", 25,
                "deadlineMonth", 5, "consolidatingAgencyId", agency));
        body.put("periodNumbers", numbers);
        return body;
    }

    private static long halfYearRegime(long doc) {
        return admin().queryParam("documentId", doc).queryParam("periodType", "HALF_YEAR").when().get(REGIMES).then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    private static ValidatableResponse put(long regime, int version, Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body).when()
                .put(REGIMES + "/" + regime).then();
    }

    private static ValidatableResponse obligations(long doc, String period) {
        return admin().queryParam("periodCode", period).queryParam("asOf", "2019-01-10").when()
                .get("/api/v1/documents/" + doc + "/obligations").then();
    }

    @Test
    void period_numbers_lie_within_their_types_year() {
        ReportingFixtures p = ReportingFixtures.create();
        post(admin(), REGIMES, regime(p.doc(), "QUARTER", List.of(0, 2, 5), p.lead())).statusCode(422)
                .body("code", is("RULE_VIOLATED"))
                .body("violations.field", contains("periodNumbers[0]", "periodNumbers[2]"));
        post(admin(), REGIMES, regime(p.doc(), "SCHOOL_YEAR", List.of(1), p.lead())).statusCode(422)
                .body("violations.field", contains("periodNumbers"));
        post(admin(), REGIMES, regime(p.doc(), "QUARTER", List.of(3, 1, 2, 1), p.lead())).statusCode(201)
                .body("periodNumbers", contains(1, 2, 3));
        post(admin(), REGIMES, regime(p.doc(), "MONTH", List.of(), p.lead())).statusCode(201)
                .body("periodNumbers", nullValue());
        put(halfYearRegime(p.doc()), 0, regime(p.doc(), "HALF_YEAR", List.of(3), p.lead())).statusCode(422)
                .body("violations.field", contains("periodNumbers[0]"));
    }

    @Test
    void a_half_year_regime_that_owes_h1_only_owes_no_h2() {
        ReportingFixtures p = ReportingFixtures.create();
        long halfYear = halfYearRegime(p.doc());
        // every half owed: the second half's report is due six months after the first's, not before H2 begins
        obligations(p.doc(), "2018-H2").statusCode(200).body("deadline", is("2018-11-25"));
        put(halfYear, 0, regime(p.doc(), "HALF_YEAR", List.of(1), p.lead())).statusCode(200)
                .body("periodNumbers", contains(1));

        obligations(p.doc(), "2018-H1").statusCode(200).body("deadline", is("2018-05-25"));
        obligations(p.doc(), "2018-H2").statusCode(422).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("periodCode"));
        post(officer(p.leadCode()), REPORTS, Map.of("documentId", p.doc(), "agencyId", p.lead(), "periodCode",
                "2018-H2")).statusCode(422).body("violations[0].field", is("periodCode"));
        // today every period of 2018–2020 is past: 2 owing agencies × (3 first halves + 3 years), no second half
        admin().queryParam("documentId", p.doc()).when().get("/api/v1/late-reports").then().statusCode(200)
                .body("totalItems", is(12)).body("items.periodCode", not(hasItem(endsWith("H2"))))
                .body("items.findAll { it.periodCode == '2018-H1' }.deadline", everyItem(is("2018-05-25")));

        // a period the plan already has a report for stays owed
        p.report(p.leadCode(), p.lead(), "2018-H1");
        put(halfYear, 1, regime(p.doc(), "HALF_YEAR", List.of(2), p.lead())).statusCode(409)
                .body("code", is("STILL_REFERENCED")).body("violations[0].field", is("periodNumbers"));
        put(halfYear, 1, regime(p.doc(), "HALF_YEAR", null, p.lead())).statusCode(200)
                .body("periodNumbers", nullValue());
    }

    @Test
    void the_dashboards_rounds_skip_the_periods_a_regime_does_not_owe() {
        ReportingFixtures.ProvincePlan bacGiang = ReportingFixtures.provincePlan("24");
        long plan = bacGiang.plan();
        long committee = bacGiang.agency();
        created(admin(), REGIMES, regime(plan, "HALF_YEAR", List.of(1), committee));
        created(admin(), REGIMES, Map.of("documentId", plan, "periodType", "YEAR", "deadlineDay", 20,
                "deadlineMonth", 11, "consolidatingAgencyId", committee));

        // on 10 January 2019: 2018-H1 is the last half owed whose deadline passed (2018-H2 is not owed), 2019-H1 has
        // begun; 2018 is past its deadline, 2019 has begun
        admin().queryParam("unitId", bacGiang.unit()).queryParam("asOf", "2019-01-10").when().get("/api/v1/dashboard").then()
                .statusCode(200).body("plans", is(1))
                .body("reports.missing", is(2)).body("reports.due", is(2)).body("reports.total", is(4))
                .body("reportAlerts.periodCode", contains("2018-H1", "2018"))
                .body("reportAlerts.deadline", contains("2018-05-25", "2018-11-20"));
    }
}
