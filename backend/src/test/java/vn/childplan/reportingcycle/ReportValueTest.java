package vn.childplan.reportingcycle;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.childplan.reportingcycle.ReportingFixtures.admin;
import static vn.childplan.reportingcycle.ReportingFixtures.edit;
import static vn.childplan.reportingcycle.ReportingFixtures.move;
import static vn.childplan.reportingcycle.ReportingFixtures.officer;
import static vn.childplan.reportingcycle.ReportingFixtures.value;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.childplan.document.Document;

/** The figures inside a report: edited with it, checked row by row, published into indicator values on accept. */
@QuarkusTest
class ReportValueTest {

    @Test
    void a_report_carries_values_replaced_as_a_set_while_it_may_be_edited() {
        ReportingFixtures p = ReportingFixtures.create();
        long id = p.report(p.leadCode(), p.lead(), "2018-H1");
        Map<String, Object> female = value(p.rate(), p.district(), 96.5);
        female.put("sex", "FEMALE");
        female.put("note", "Theo sổ tiêm chủng");
        edit(officer(p.leadCode()), id, 0, Map.of("values", List.of(value(p.rate(), p.province(), 95), female,
                value(p.count(), p.province(), 120)))).statusCode(200)
                .body("values", hasSize(3))
                .body("values[0].indicator.id", is((int) p.rate())).body("values[0].unit.id", is((int) p.province()))
                .body("values[0].sex", is("ALL")).body("values[0].ageGroup", is("ALL")).body("values[0].value", is(95))
                .body("values[1].sex", is("FEMALE")).body("values[1].note", is("Theo sổ tiêm chủng"))
                .body("values[1].value", is(96.5f));
        // the next PUT is the whole new set: one figure changed, one dropped, one kept
        edit(officer(p.leadCode()), id, 1, Map.of("values", List.of(value(p.rate(), p.province(), 97),
                value(p.count(), p.province(), 120)))).statusCode(200)
                .body("values.value", contains(97, 120)).body("values.sex", everyItem(is("ALL")));
        admin().when().get(ReportingFixtures.REPORTS + "/" + id).then().statusCode(200).body("values", hasSize(2));
        move(officer(p.leadCode()), id, "submit", 2, Map.of()).statusCode(200);
        edit(officer(p.leadCode()), id, 3, Map.of("values", List.of())).statusCode(409)
                .body("code", is("INVALID_TRANSITION"));
        // once returned it is editable again; leaving values out clears them (a PUT is the report's full content)
        move(officer(p.leadCode()), id, "return", 3, Map.of("comment", "Thiếu số liệu huyện")).statusCode(200);
        edit(officer(p.leadCode()), id, 4, Map.of("difficulties", "Thiếu kinh phí")).statusCode(200)
                .body("values", empty()).header("ETag", "\"5\"");
        // one edit of text and figures together is one new version
        edit(officer(p.leadCode()), id, 5, Map.of("difficulties", "Đã bổ sung", "values",
                List.of(value(p.rate(), p.province(), 97)))).statusCode(200).header("ETag", "\"6\"");
        admin().when().get(ReportingFixtures.REPORTS + "/" + id).then().header("ETag", "\"6\"");
    }

    @Test
    void every_invalid_row_is_named_and_nothing_is_stored() {
        ReportingFixtures p = ReportingFixtures.create();
        long id = p.report(p.leadCode(), p.lead(), "2018-H1");
        long otherIndicator = ReportingFixtures.created(admin(), "/api/v1/indicators", Map.of("code",
                "OTHER_" + System.nanoTime(), "nameVi", "Không thuộc kế hoạch", "nameEn", "Not in the plan", "unit", "%",
                "direction", "HIGHER_IS_BETTER"));
        Map<String, Object> dup = value(p.rate(), p.province(), 90);
        edit(officer(p.leadCode()), id, 0, Map.of("values", List.of(
                value(p.rate(), p.province(), 90),
                value(otherIndicator, p.province(), 90),
                value(p.rate(), p.outside(), 90),
                value(p.rate(), p.newCity(), 90),
                value(p.rate(), p.district(), 101),
                dup,
                value(p.count(), 999_999_999L, 3)))).statusCode(422)
                .contentType("application/problem+json").body("code", is("RULE_VIOLATED"))
                .body("violations.field", containsInAnyOrder("values[1].indicatorId", "values[2].unitId",
                        "values[3].unitId", "values[4].value", "values[5].unitId", "values[6].unitId"))
                .body("violations.find { it.field == 'values[2].unitId' }.code", is("PlanUnit"))
                .body("violations.find { it.field == 'values[3].unitId' }.code", is("UnitExisted"))
                .body("violations.find { it.field == 'values[5].unitId' }.code", is("UniqueInReport"))
                .body("violations.find { it.field == 'values[6].unitId' }.code", is("INVALID_REFERENCE"));
        // no value keeps a figure the report holds (one withheld from its editor); this report holds none
        Map<String, Object> noValue = new HashMap<>(Map.of("indicatorId", p.rate(), "unitId", p.province()));
        edit(officer(p.leadCode()), id, 0, Map.of("values", List.of(noValue))).statusCode(422)
                .body("violations[0].field", endsWith("values[0].value")).body("violations[0].code", is("NotNull"));
        admin().when().get(ReportingFixtures.REPORTS + "/" + id).then().body("values", empty()).header("ETag", "\"0\"");
    }

    @Test
    void accepting_publishes_the_figures_and_leaves_a_value_stored_elsewhere_alone() {
        ReportingFixtures p = ReportingFixtures.create();
        // a figure the statistics office already entered for the province
        long stored = ReportingFixtures.created(admin(), "/api/v1/indicator-values", Map.of("indicatorId", p.rate(),
                "unitId", p.province(), "periodCode", "2018-H1", "value", 93, "sourceKind", "EXTERNAL_SYSTEM",
                "sourceName", "Cục Thống kê"));
        long id = p.report(p.coordinatingCode(), p.coordinating(), "2018-H1");
        edit(officer(p.coordinatingCode()), id, 0, Map.of("values", List.of(value(p.rate(), p.province(), 95),
                value(p.rate(), p.district(), 91)))).statusCode(200);
        move(officer(p.coordinatingCode()), id, "submit", 1, Map.of()).statusCode(200);
        // not published before acceptance
        admin().queryParam("indicatorId", p.rate()).queryParam("unitId", p.district()).when()
                .get("/api/v1/indicator-values").then().statusCode(200).body("totalItems", is(0));
        move(officer(p.leadCode()), id, "accept", 2, Map.of()).statusCode(200).body("status", is("ACCEPTED"));

        var published = admin().queryParam("indicatorId", p.rate()).queryParam("unitId", p.district()).when()
                .get("/api/v1/indicator-values").then().statusCode(200).body("totalItems", is(1))
                .body("items[0].value", is(91)).body("items[0].periodCode", is("2018-H1"))
                .body("items[0].status", is("ESTIMATE")).body("items[0].sourceKind", is("AGENCY_REPORT"))
                .body("items[0].sourceName", startsWith("Sở phối hợp")).body("items[0].reportId", is((int) id))
                .body("items[0].evidence", containsString("report " + id))
                .body("items[0].enteredBy", is("officer-46-subject"));
        long publishedId = published.extract().jsonPath().getLong("items[0].id");
        admin().when().get("/api/v1/indicator-values/" + stored).then().statusCode(200).body("value", is(93))
                .body("sourceKind", is("EXTERNAL_SYSTEM")).body("reportId", nullValue()).header("ETag", "\"0\"");
        admin().queryParam("entity", "indicator-value").queryParam("entityId", publishedId).when()
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", is(1))
                .body("items[0].action", is("CREATE")).body("items[0].after.reportId", is((int) id));
    }

    @Test
    void the_history_of_a_report_cannot_be_changed_or_deleted_even_in_the_database() {
        ReportingFixtures p = ReportingFixtures.create();
        long id = p.report(p.leadCode(), p.lead(), "2018");
        move(officer(p.leadCode()), id, "submit", 0, Map.of("comment", "Gửi báo cáo")).statusCode(200);
        for (String sql : List.of("UPDATE report_transition SET comment = 'sửa' WHERE report_id = " + id,
                "DELETE FROM report_transition WHERE report_id = " + id)) {
            PersistenceException e = assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew()
                    .run(() -> Document.getEntityManager().createNativeQuery(sql).executeUpdate()));
            assertEquals("42501", sqlState(e), sql);
        }
        admin().when().get(ReportingFixtures.REPORTS + "/" + id).then().body("transitions", hasSize(1))
                .body("transitions[0].comment", is("Gửi báo cáo"));
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s.getSQLState();
            }
        }
        return null;
    }
}
