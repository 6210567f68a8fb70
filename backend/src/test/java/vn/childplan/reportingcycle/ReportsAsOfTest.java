package vn.childplan.reportingcycle;

import static org.hamcrest.Matchers.*;
import static vn.childplan.reportingcycle.ReportingFixtures.admin;
import static vn.childplan.reportingcycle.ReportingFixtures.created;
import static vn.childplan.reportingcycle.ReportingFixtures.move;
import static vn.childplan.reportingcycle.ReportingFixtures.officer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.childplan.period.Period;

/**
 * Reports as they stood on asOf: the obligations, the late list, the consolidation and the dashboard judge each
 * report by its history (report_transition) up to the end of that day in Vietnam, not by its state today. The API
 * stamps the real clock, so histories in the past are written with fixed times, as the demo data is.
 */
@QuarkusTest
class ReportsAsOfTest {
    @Inject
    EntityManager em;

    private static ValidatableResponse obligations(long doc, String period, String asOf) {
        return admin().queryParam("periodCode", period).queryParam("asOf", asOf).when()
                .get("/api/v1/documents/" + doc + "/obligations").then().statusCode(200);
    }

    private static ValidatableResponse late(long doc, String asOf) {
        return admin().queryParam("documentId", doc).queryParam("asOf", asOf).when().get("/api/v1/late-reports")
                .then().statusCode(200);
    }

    private static String of(long agency) {
        return "items.find { it.agency.id == " + agency + " }.";
    }

    /**
     * A report of {@code agency} created at {@code createdAt} that went through {@code moves} ("SUBMITTED
     * 2018-05-20T10:00:00+07:00", …) in order; its row holds the state after the last move.
     */
    private long history(long doc, long agency, Period p, String createdAt, String... moves) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long id = ((Number) em.createNativeQuery("INSERT INTO report (id, document_id, agency_id, period_type, "
                    + "period_code, period_start, period_end, status, created_at) VALUES (nextval('report_seq'), ?1, "
                    + "?2, ?3, ?4, ?5, ?6, 'DRAFT', ?7) RETURNING id").setParameter(1, doc).setParameter(2, agency)
                    .setParameter(3, p.type().name()).setParameter(4, p.code()).setParameter(5, p.start())
                    .setParameter(6, p.end()).setParameter(7, OffsetDateTime.parse(createdAt)).getSingleResult())
                    .longValue();
            String from = "DRAFT";
            OffsetDateTime submitted = null;
            for (String m : moves) {
                String to = m.split(" ")[0];
                OffsetDateTime at = OffsetDateTime.parse(m.split(" ")[1]);
                em.createNativeQuery("INSERT INTO report_transition (id, report_id, from_status, to_status, by_subject, "
                        + "at) VALUES (nextval('report_transition_seq'), ?1, ?2, ?3, 'test', ?4)").setParameter(1, id)
                        .setParameter(2, from).setParameter(3, to).setParameter(4, at).executeUpdate();
                submitted = to.equals("SUBMITTED") ? at : submitted;
                from = to;
            }
            em.createNativeQuery("UPDATE report SET status = ?1, submitted_at = ?2 WHERE id = ?3").setParameter(1, from)
                    .setParameter(2, submitted).setParameter(3, id).executeUpdate();
            return id;
        });
    }

    @Test
    void a_report_submitted_late_is_missing_until_it_comes_and_late_after() {
        ReportingFixtures p = ReportingFixtures.create();
        // submitted today through the API, years after the 2018-H1 deadline (25 May 2018)
        long report = p.report(p.leadCode(), p.lead(), "2018-H1");
        move(officer(p.leadCode()), report, "submit", 0, Map.of()).statusCode(200);
        String yesterday = LocalDate.now(Obligations.VIETNAM).minusDays(1).toString();

        for (String before : List.of("2018-06-01", yesterday)) {
            obligations(p.doc(), "2018-H1", before).body(of(p.lead()) + "status", is("MISSING"))
                    .body(of(p.lead()) + "reportId", nullValue()).body(of(p.lead()) + "overdue", is(true))
                    .body(of(p.lead()) + "submittedAt", nullValue());
            late(p.doc(), before).body("items.find { it.agency.id == " + p.lead() + " && it.periodCode == '2018-H1' }"
                    + ".status", is("MISSING"));
        }
        obligations(p.doc(), "2018-H1", LocalDate.now(Obligations.VIETNAM).toString())
                .body(of(p.lead()) + "status", is("SUBMITTED")).body(of(p.lead()) + "reportId", is((int) report))
                .body(of(p.lead()) + "timeliness", is("LATE")).body(of(p.lead()) + "overdue", is(false));
        late(p.doc(), LocalDate.now(Obligations.VIETNAM).toString())
                .body("items.find { it.agency.id == " + p.lead() + " && it.periodCode == '2018-H1' }.status", is("LATE"));
        // the consolidation counts it only from the day it came
        admin().queryParam("periodCode", "2018-H1").queryParam("asOf", yesterday).when()
                .get("/api/v1/plans/" + p.doc() + "/consolidation").then().statusCode(200)
                .body("counts.counted", is(0)).body("counts.overdue", is(2));
        admin().queryParam("periodCode", "2018-H1").when().get("/api/v1/plans/" + p.doc() + "/consolidation").then()
                .statusCode(200).body("counts.counted", is(1)).body("counts.late", is(1)).body("counts.overdue", is(1));
    }

    @Test
    void a_returned_report_is_returned_until_it_is_resubmitted() {
        ReportingFixtures p = ReportingFixtures.create();
        long report = history(p.doc(), p.coordinating(), Period.parse("2018-H1"), "2018-05-02T09:00:00+07:00",
                "SUBMITTED 2018-05-20T10:00:00+07:00", "RETURNED 2018-05-22T15:00:00+07:00",
                "SUBMITTED 2018-06-05T08:30:00+07:00", "ACCEPTED 2018-06-10T16:00:00+07:00");
        String c = of(p.coordinating());
        obligations(p.doc(), "2018-H1", "2018-05-01").body(c + "status", is("DUE")).body(c + "reportId", nullValue());
        obligations(p.doc(), "2018-H1", "2018-05-10").body(c + "status", is("DRAFT")).body(c + "reportId", is((int) report));
        obligations(p.doc(), "2018-H1", "2018-05-21").body(c + "status", is("SUBMITTED"))
                .body(c + "timeliness", is("ON_TIME")).body(c + "submittedAt", is("2018-05-20T03:00:00Z"));
        // returned on the 22nd: RETURNED until the resubmission on 5 June, its last submission still on time
        for (String returned : List.of("2018-05-22", "2018-05-26", "2018-06-04")) {
            obligations(p.doc(), "2018-H1", returned).body(c + "status", is("RETURNED"))
                    .body(c + "submittedAt", is("2018-05-20T03:00:00Z")).body(c + "timeliness", is("ON_TIME"));
        }
        obligations(p.doc(), "2018-H1", "2018-06-05").body(c + "status", is("SUBMITTED"))
                .body(c + "submittedAt", is("2018-06-05T01:30:00Z")).body(c + "timeliness", is("LATE"));
        obligations(p.doc(), "2018-H1", "2018-06-10").body(c + "status", is("ACCEPTED")).body(c + "timeliness", is("LATE"));

        // the late list: not listed while its last submission was on time; LATE (and SUBMITTED) after resubmission
        String item = "items.find { it.agency.id == " + p.coordinating() + " && it.periodCode == '2018-H1' }";
        late(p.doc(), "2018-06-04").body(item, nullValue());
        late(p.doc(), "2018-06-06").body(item + ".status", is("LATE")).body(item + ".reportStatus", is("SUBMITTED"))
                .body(item + ".daysOverdue", is(11));
        late(p.doc(), "2018-06-11").body(item + ".reportStatus", is("ACCEPTED"));
        // the consolidation counts a returned report as its agency's business again
        admin().queryParam("periodCode", "2018-H1").queryParam("asOf", "2018-05-26").when()
                .get("/api/v1/plans/" + p.doc() + "/consolidation").then().statusCode(200)
                .body("counts.returned", is(1)).body("counts.counted", is(0));
    }

    @Test
    void the_dashboard_shows_a_late_report_missing_until_it_came() {
        ReportingFixtures.ProvincePlan p = ReportingFixtures.provincePlan("25");
        long plan = p.plan();
        long committee = p.agency();
        long phuTho = p.unit();
        created(admin(), "/api/v1/reporting-regimes", Map.of("documentId", plan, "periodType", "YEAR",
                "deadlineDay", 20, "deadlineMonth", 11, "consolidatingAgencyId", committee));
        long report = history(plan, committee, Period.parse("2018"), "2018-11-28T09:00:00+07:00",
                "SUBMITTED 2018-12-01T10:00:00+07:00");

        admin().queryParam("unitId", phuTho).queryParam("asOf", "2018-11-25").when().get("/api/v1/dashboard").then()
                .statusCode(200).body("reports.missing", is(1)).body("reports.late", is(0))
                .body("reportAlerts[0].standing", is("MISSING")).body("reportAlerts[0].reportId", nullValue());
        // a draft begun on the 28th is still missing, and named
        admin().queryParam("unitId", phuTho).queryParam("asOf", "2018-11-30").when().get("/api/v1/dashboard").then()
                .statusCode(200).body("reports.missing", is(1))
                .body("reportAlerts[0].standing", is("MISSING")).body("reportAlerts[0].reportId", is((int) report));
        admin().queryParam("unitId", phuTho).queryParam("asOf", "2018-12-01").when().get("/api/v1/dashboard").then()
                .statusCode(200).body("reports.missing", is(0)).body("reports.late", is(1))
                .body("reportAlerts[0].standing", is("LATE")).body("reportAlerts[0].reportId", is((int) report));
    }
}
