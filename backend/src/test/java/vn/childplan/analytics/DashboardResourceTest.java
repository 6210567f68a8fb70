package vn.childplan.analytics;

import static org.hamcrest.Matchers.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * The dashboard of Lạng Sơn (20, as it stood in 2016), a province no demo or other test plans for: an admin builds
 * one plan through the API with targets, assignments and two reporting regimes; reports are inserted with fixed
 * submission times (the API stamps the real clock), so timeliness is known by hand on 10 January 2017.
 */
@QuarkusTest
class DashboardResourceTest {
    private static final String LANG_SON = "20";
    private static final String AS_OF = "2017-01-10";

    @Inject
    EntityManager em;

    private static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    private static long created(String path, Object body) {
        return admin().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static long unit(String code) {
        return admin().queryParam("level", "PROVINCE").queryParam("code", code).queryParam("validOn", "2016-06-01")
                .when().get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    private static long agency(long unitId, String name) {
        return created("/api/v1/agencies", Map.of("name", name + " " + unique(), "kind", "STATE_AGENCY", "unitId", unitId));
    }

    private static long plan(long unitId, long issuer) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("kind", "PLAN");
        doc.put("number", "15/KH-UBND"); // issuers are new each run, so the number is unique
        doc.put("title", "Kế hoạch thực hiện công tác trẻ em 2016–2020 " + unique());
        doc.put("issuerId", issuer);
        doc.put("unitId", unitId);
        doc.put("periodFromYear", 2016);
        doc.put("periodToYear", 2020);
        doc.put("status", "DRAFT");
        doc.put("implementsIds", List.of());
        return created("/api/v1/documents", doc);
    }

    private static long target(long objective, long indicator, String comparator, int value, int year,
            Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.putAll(Map.of("objectiveId", objective, "indicatorId", indicator, "comparator", comparator, "value", value,
                "targetYear", year));
        return created("/api/v1/targets", body);
    }

    /** A report written and submitted at {@code submitted}, with the transition that records the submission. */
    private void report(long plan, long agency, String type, String code, String start, String end, String submitted) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("WITH r AS (INSERT INTO report (id, "
                + "document_id, agency_id, period_type, period_code, period_start, period_end, status, submitted_at, "
                + "created_at) VALUES (nextval('report_seq'), ?1, ?2, ?3, ?4, CAST(?5 AS date), CAST(?6 AS date), "
                + "'SUBMITTED', ?7, ?7) RETURNING id) INSERT INTO report_transition (id, report_id, from_status, "
                + "to_status, by_subject, at) SELECT nextval('report_transition_seq'), r.id, 'DRAFT', 'SUBMITTED', "
                + "'test', ?7 FROM r")
                .setParameter(1, plan).setParameter(2, agency).setParameter(3, type).setParameter(4, code)
                .setParameter(5, start).setParameter(6, end).setParameter(7, OffsetDateTime.parse(submitted))
                .executeUpdate());
    }

    @Test
    void a_leader_sees_targets_by_status_reports_by_timeliness_and_the_agencies_behind() {
        long langSon = unit(LANG_SON);
        long committee = agency(langSon, "UBND tỉnh Lạng Sơn");
        long health = agency(langSon, "Sở Y tế tỉnh Lạng Sơn");
        long education = agency(langSon, "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn");
        long union = agency(langSon, "Tỉnh đoàn Lạng Sơn");
        long plan = plan(langSon, committee);
        plan(unit("22"), agency(unit("22"), "UBND tỉnh Quảng Ninh")); // another province: never counted
        long objective = created("/api/v1/objectives", Map.of("documentId", plan, "kind", "SPECIFIC",
                "text", "Mục tiêu cụ thể"));
        String rateCode = "DSH_" + unique();
        long rate = created("/api/v1/indicators", Map.of("code", rateCode, "nameVi", "Tỷ lệ thử nghiệm",
                "nameEn", "Test rate", "unit", "%", "direction", "HIGHER_IS_BETTER"));
        long met = target(objective, rate, "GE", 95, 2020, Map.of());
        long notMet = target(objective, rate, "GE", 99, 2016, Map.of());
        long ethnic = target(objective, rate, "GE", 80, 2020, Map.of("areaType", "ETHNIC_MINORITY"));
        long other = created("/api/v1/indicators", Map.of("code", "DSH_" + unique(), "nameVi", "Tỷ lệ thử nghiệm",
                "nameEn", "Test rate", "unit", "%", "direction", "HIGHER_IS_BETTER"));
        target(objective, other, "GE", 50, 2020, Map.of()); // no value: NO_DATA
        created("/api/v1/indicator-values", Map.of("indicatorId", rate, "unitId", langSon, "periodCode", "2016",
                "value", 96));
        // the ethnic-minority target reads its own breakdown (70), not the total (96): AT_RISK without a baseline
        created("/api/v1/indicator-values", Map.of("indicatorId", rate, "unitId", langSon, "periodCode", "2016",
                "value", 70, "areaType", "ETHNIC_MINORITY"));

        long task = created("/api/v1/tasks", Map.of("documentId", plan, "number", "1", "title", "Tiêm chủng mở rộng"));
        long task2 = created("/api/v1/tasks", Map.of("documentId", plan, "number", "2", "title", "Giáo dục mầm non"));
        created("/api/v1/assignments", Map.of("taskId", task, "agencyId", health, "role", "LEAD",
                "dueOn", "2016-10-01")); // overdue
        created("/api/v1/assignments", Map.of("taskId", task, "agencyId", education, "role", "COORDINATE",
                "dueOn", "2016-10-01", "status", "DONE")); // done: not overdue
        created("/api/v1/assignments", Map.of("taskId", task2, "agencyId", education, "role", "LEAD",
                "dueOn", "2017-06-01")); // not yet due
        created("/api/v1/assignments", Map.of("taskId", task2, "agencyId", union, "role", "REQUESTED",
                "dueOn", "2016-12-31", "status", "IN_PROGRESS")); // overdue, but owes no report
        // yearly by 20/12; half-yearly 10 days after the half ends
        created("/api/v1/reporting-regimes", Map.of("documentId", plan, "periodType", "YEAR", "deadlineDay", 20,
                "deadlineMonth", 12, "consolidatingAgencyId", committee));
        created("/api/v1/reporting-regimes", Map.of("documentId", plan, "periodType", "HALF_YEAR", "offsetDays", 10,
                "consolidatingAgencyId", committee));
        // current rounds on 10 January 2017: 2016 (deadline 2016-12-20, passed) and 2017 (begun, DUE);
        // 2016-H2 (deadline 2017-01-10, still open that day) after 2016-H1 (deadline 2016-07-10, passed)
        report(plan, health, "YEAR", "2016", "2016-01-01", "2016-12-31", "2016-12-20T23:59:00+07:00"); // on time
        report(plan, health, "HALF_YEAR", "2016-H1", "2016-01-01", "2016-06-30", "2016-07-11T00:00:00+07:00"); // late
        report(plan, education, "HALF_YEAR", "2016-H2", "2016-07-01", "2016-12-31", "2017-01-05T09:00:00+07:00");

        Tokens.as("viewer", LANG_SON, null).queryParam("asOf", AS_OF).when().get("/api/v1/dashboard").then()
                .statusCode(200)
                .body("unit.id", is((int) langSon)).body("asOf", is(AS_OF)).body("plans", is(1))
                .body("targets.total", is(4)).body("targets.met", is(1)).body("targets.notMet", is(1))
                .body("targets.atRisk", is(1)).body("targets.noData", is(1)).body("targets.onTrack", is(0))
                .body("targetAlerts.targetId", contains((int) notMet, (int) ethnic))
                .body("targetAlerts.attainment", contains("NOT_MET", "AT_RISK"))
                // each alert names its plan and indicator, so the dashboard needs no other list to show it
                .body("targetAlerts[0].document.id", is((int) plan))
                .body("targetAlerts[0].document.number", is("15/KH-UBND"))
                .body("targetAlerts[0].document.kind", is("PLAN")).body("targetAlerts[0].document.status", is("DRAFT"))
                .body("targetAlerts[0].document.title", startsWith("Kế hoạch thực hiện công tác trẻ em 2016–2020"))
                .body("targetAlerts[0].indicator.id", is((int) rate)).body("targetAlerts[0].indicator.code", is(rateCode))
                .body("targetAlerts[0].indicator.nameVi", is("Tỷ lệ thử nghiệm"))
                .body("targetAlerts[0].indicator.nameEn", is("Test rate")).body("targetAlerts[0].indicator.unit", is("%"))
                .body("targetAlerts.targetId", not(hasItem((int) met)))
                // 2 owing agencies × 4 rounds: health 2016 on time, H1 late, 2017 and H2 due; education 2016 and H1
                // missing, H2 on time, 2017 due
                .body("reports.onTime", is(2)).body("reports.late", is(1)).body("reports.missing", is(2))
                .body("reports.due", is(3)).body("reports.total", is(8))
                .body("reportAlerts.standing", contains("MISSING", "MISSING", "LATE"))
                .body("reportAlerts.periodCode", contains("2016-H1", "2016", "2016-H1"))
                .body("reportAlerts.agency.id", contains((int) education, (int) education, (int) health))
                .body("reportAlerts[0].agency.name", startsWith("Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"))
                .body("reportAlerts[0].agency.kind", is("STATE_AGENCY"))
                .body("reportAlerts.document.id", everyItem(is((int) plan)))
                .body("reportAlerts[0].document.title", startsWith("Kế hoạch thực hiện công tác trẻ em 2016–2020"))
                .body("reportAlerts[0].reportId", nullValue())
                .body("reportAlerts[0].deadline", is("2016-07-10"))
                .body("reportAlerts[2].agency.name", startsWith("Sở Y tế tỉnh Lạng Sơn"))
                .body("reportAlerts[2].reportId", notNullValue())
                // health: 1 overdue assignment + 1 late report; education: 2 missing; union: 1 overdue assignment
                .body("agencies.agencyId", contains((int) health, (int) education, (int) union))
                .body("agencies[0].overdueAssignments", is(1)).body("agencies[0].lateReports", is(1))
                .body("agencies[0].total", is(2)).body("agencies[1].missingReports", is(2))
                .body("agencies[1].overdueAssignments", is(0)).body("agencies[2].overdueAssignments", is(1))
                .body("agencies[2].name", startsWith("Tỉnh đoàn Lạng Sơn"));

        // an admin sees the same province by id, and the whole country without one
        admin().queryParam("unitId", langSon).queryParam("asOf", AS_OF).when().get("/api/v1/dashboard").then()
                .statusCode(200).body("plans", is(1)).body("reports.total", is(8));
        admin().queryParam("asOf", AS_OF).when().get("/api/v1/dashboard").then()
                .statusCode(200).body("unit", nullValue()).body("plans", greaterThanOrEqualTo(3));
    }

    @Test
    void the_unit_must_be_in_the_callers_scope() {
        Tokens.as("viewer", "22", null).queryParam("unitId", unit(LANG_SON)).when().get("/api/v1/dashboard").then()
                .statusCode(422).body("code", is("INVALID_REFERENCE")).body("violations[0].field", is("unitId"));
        Tokens.as("viewer", null, null).when().get("/api/v1/dashboard").then()
                .statusCode(400).body("violations[0].field", is("unitId"));
    }
}
