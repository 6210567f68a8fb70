package vn.childplan.reportingcycle;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * The demo reporting cycle of the Huế plan 26/KH-UBND (demo migrations V1004 and V1006) as the API shows it after the
 * year, on 1 March 2017: who reported on time, who was late, who is missing, the returned and resubmitted report, the
 * consolidating agency's view of the agencies' figures, and the progress of the plan's targets from their values.
 */
@QuarkusTest
class DemoReportingCycleTest {
    private static final String HUE = "46";
    private static final String AFTER_THE_YEAR = "2017-03-01";
    private static final String LDTBXH = "Sở Lao động - Thương binh và Xã hội";
    private static final String SYT = "Sở Y tế";
    private static final String SGDDT = "Sở Giáo dục và Đào tạo";
    private static final String VHTTDL = "Sở Văn hóa, Thể thao và Du lịch";
    private static final String TTTT = "Sở Thông tin và Truyền thông";
    private static final String DISTRICTS = "UBND các huyện, thị xã và thành phố Huế";
    /** The agencies with a LEAD or COORDINATE assignment; the press and the Fatherland Front are only REQUESTED. */
    private static final List<String> OWING = List.of(LDTBXH, "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Tư pháp",
            SYT, SGDDT, VHTTDL, "Công an tỉnh", TTTT, DISTRICTS);

    private long plan;

    private static RequestSpecification viewer() {
        return Tokens.as("viewer", HUE, null);
    }

    private static RequestSpecification planner() {
        return Tokens.as("planner", HUE, null);
    }

    @BeforeEach
    void plan() {
        plan = viewer().queryParam("q", "26/KH-UBND").queryParam("year", 2016).when().get("/api/v1/documents").then()
                .statusCode(200).body("totalItems", is(1)).extract().jsonPath().getLong("items[0].id");
    }

    private ValidatableResponse obligations(String period, String asOf) {
        return viewer().queryParam("periodCode", period).queryParam("asOf", asOf).when()
                .get("/api/v1/documents/" + plan + "/obligations").then().statusCode(200);
    }

    private static String of(String agency) {
        return "items.find { it.agency.name == '" + agency + "' }.";
    }

    private static List<String> except(String... agencies) {
        return OWING.stream().filter(a -> !List.of(agencies).contains(a)).toList();
    }

    @Test
    void the_half_year_shows_one_late_one_missing_and_the_rest_on_time() {
        obligations("2016-H1", AFTER_THE_YEAR).body("deadline", is("2016-05-25"))
                .body("consolidatingAgency.name", is(LDTBXH))
                .body("items.agency.name", containsInAnyOrder(OWING.toArray()))
                .body(of(TTTT) + "status", is("MISSING")).body(of(TTTT) + "overdue", is(true))
                .body(of(TTTT) + "reportId", nullValue()).body(of(TTTT) + "timeliness", nullValue())
                .body(of(VHTTDL) + "status", is("ACCEPTED")).body(of(VHTTDL) + "timeliness", is("LATE"))
                .body(of(VHTTDL) + "submittedAt", is("2016-06-03T08:20:00Z"))
                // 17:45 on the deadline day in Vietnam is still on time
                .body(of(SGDDT) + "submittedAt", is("2016-05-25T10:45:00Z")).body(of(SGDDT) + "timeliness", is("ON_TIME"))
                .body("items.findAll { it.timeliness == 'ON_TIME' }.agency.name",
                        containsInAnyOrder(except(TTTT, VHTTDL).toArray()))
                .body("items.findAll { it.status == 'ACCEPTED' }.agency.name",
                        containsInAnyOrder(except(TTTT).toArray()));
    }

    @Test
    void the_year_shows_the_district_committees_late_and_the_same_agency_missing() {
        obligations("2016", AFTER_THE_YEAR).body("deadline", is("2016-11-20"))
                .body("items.agency.name", containsInAnyOrder(OWING.toArray()))
                .body(of(TTTT) + "status", is("MISSING")).body(of(TTTT) + "overdue", is(true))
                .body(of(DISTRICTS) + "status", is("ACCEPTED")).body(of(DISTRICTS) + "timeliness", is("LATE"))
                .body("items.findAll { it.timeliness == 'ON_TIME' }.agency.name",
                        containsInAnyOrder(except(TTTT, DISTRICTS).toArray()))
                .body("items.findAll { it.status == 'ACCEPTED' }.agency.name",
                        containsInAnyOrder(except(TTTT).toArray()));
    }

    @Test
    void the_health_department_report_was_returned_resubmitted_in_time_and_accepted() {
        long id = obligations("2016-H1", AFTER_THE_YEAR).body(of(SYT) + "timeliness", is("ON_TIME"))
                .extract().jsonPath().getLong("items.find { it.agency.name == '" + SYT + "' }.reportId");
        RequestSpecification officer = Tokens.as("officer", HUE, "HUE-SYT");
        officer.when().get("/api/v1/reports/" + id).then().statusCode(200).header("ETag", "\"6\"")
                .body("status", is("ACCEPTED")).body("agency.name", is(SYT))
                .body("transitions.fromStatus", contains("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED"))
                .body("transitions.toStatus", contains("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"))
                .body("transitions.byName", contains("officer.syt.hue", "officer.ldtbxh.hue", "officer.syt.hue",
                        "officer.ldtbxh.hue"))
                .body("transitions[1].comment", containsString("theo từng huyện"))
                .body("transitions[2].comment", startsWith("Đã bổ sung"))
                .body("submittedAt", is("2016-05-24T04:00:00Z")).body("transitions[2].at", is("2016-05-24T04:00:00Z"))
                .body("narratives.task.number", containsInAnyOrder("V.1", "II.4", "III.5", "III.6"))
                .body("difficulties", containsString("suy dinh dưỡng")).body("proposals", containsString("bảo hiểm y tế"));
        // accepted is final: its officer can no longer change it
        officer.contentType("application/json").header("If-Match", "\"6\"").body(Map.of("difficulties", "x")).when()
                .put("/api/v1/reports/" + id).then().statusCode(409).body("code", is("INVALID_TRANSITION"));
    }

    /**
     * Every demo report: its history starts from DRAFT, each move starts where the last one ended, in time order,
     * ending in the report's status; submittedAt is the last submission; the version counts what the service counts
     * (one content edit, each move, one more edit after a return); it narrates exactly its agency's assigned tasks.
     * Only one report was ever returned, and no report exists beyond 2016.
     */
    @Test
    void every_report_agrees_with_its_history_and_its_assignments() {
        JsonPath list = planner().queryParam("documentId", plan).queryParam("size", 100).when().get("/api/v1/reports")
                .then().statusCode(200).body("totalItems", is(18))
                .body("items.periodCode", everyItem(oneOf("2016-H1", "2016"))).extract().jsonPath();
        JsonPath assigned = planner().queryParam("documentId", plan).queryParam("size", 100)
                .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath();
        int returned = 0;
        for (Object reportId : list.getList("items.id")) {
            JsonPath r = planner().when().get("/api/v1/reports/" + reportId).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> moves = r.getList("transitions");
            String previous = "DRAFT";
            Instant previousAt = Instant.MIN;
            Instant lastSubmit = null;
            int returns = 0;
            for (Map<String, Object> m : moves) {
                assertEquals(previous, m.get("fromStatus"), "report " + reportId);
                Instant at = Instant.parse((String) m.get("at"));
                assertTrue(at.isAfter(previousAt), "report " + reportId + " moves in time order");
                assertNotNull(m.get("byName"));
                previous = (String) m.get("toStatus");
                previousAt = at;
                if (previous.equals("SUBMITTED")) {
                    lastSubmit = at;
                }
                if (previous.equals("RETURNED")) {
                    returns++;
                }
            }
            assertEquals(previous, r.getString("status"), "report " + reportId);
            assertEquals(lastSubmit, Instant.parse(r.getString("submittedAt")), "report " + reportId);
            assertEquals(1 + moves.size() + returns, r.getInt("version"), "report " + reportId);
            long agency = r.getLong("agency.id");
            TreeSet<String> tasks = new TreeSet<>(assigned.getList("items.findAll { it.agency.id == " + agency
                    + " && it.role != 'REQUESTED' }.task.number", String.class));
            assertEquals(tasks, new TreeSet<>(r.getList("narratives.task.number", String.class)), "report " + reportId);
            assertTrue(r.getList("narratives.narrative", String.class).stream().allMatch(n -> n.length() > 20));
            assertTrue(r.getString("difficulties").length() > 20 && r.getString("proposals").length() > 20);
            returned += returns;
        }
        assertEquals(1, returned);
    }

    private ValidatableResponse consolidation(String period) {
        return Tokens.as("officer", HUE, "HUE-LDTBXH").queryParam("periodCode", period)
                .queryParam("asOf", AFTER_THE_YEAR).when().get("/api/v1/plans/" + plan + "/consolidation").then()
                .statusCode(200);
    }

    private static String indicator(String code) {
        return "indicators.find { it.indicator.code == '" + code + "' }.";
    }

    @Test
    void the_half_year_consolidates_agreeing_district_figures_and_published_them() {
        int syt = obligations("2016-H1", AFTER_THE_YEAR).extract().jsonPath()
                .getInt("items.find { it.agency.name == '" + SYT + "' }.reportId");
        String immunised = indicator("CHILD_U1_FULLY_IMMUNISED_RATE");
        consolidation("2016-H1")
                .body("counts.owing", is(10)).body("counts.counted", is(9)).body("counts.accepted", is(9))
                .body("counts.returned", is(0)).body("counts.late", is(1)).body("counts.overdue", is(1))
                .body("indicators.rows.flatten()", hasSize(10))
                // the health department's figures and the district committees' agree on every district
                .body(immunised + "rows.unit.code", contains("46", "474", "478", "479", "481", "483"))
                .body(immunised + "rows.duplicate", contains(false, true, true, true, true, true))
                .body(immunised + "rows.agree", everyItem(is(true)))
                .body(immunised + "rows.conflict", everyItem(is(false)))
                .body(immunised + "rows[4].figures.agency.name", containsInAnyOrder(SYT, DISTRICTS))
                .body(immunised + "rows[4].figures.value", everyItem(is(92.1f)))
                // accepting published the first accepted report's figures: the health department's, as estimates
                .body(immunised + "rows.stored.reportId", everyItem(is(syt)))
                .body(immunised + "rows.stored.sourceName", everyItem(is(SYT)))
                .body(immunised + "rows.stored.status", everyItem(is("ESTIMATE")))
                .body(immunised + "rows.stored.sourceKind", everyItem(is("AGENCY_REPORT")));
    }

    @Test
    void the_year_flags_the_one_figure_two_agencies_disagree_on() {
        String aLuoi = indicator("COMMUNE_CHILD_FRIENDLY_RATE") + "rows.find { it.unit.code == '481' }.";
        consolidation("2016")
                .body("counts.owing", is(10)).body("counts.counted", is(9)).body("counts.accepted", is(9))
                .body("counts.late", is(1)).body("counts.overdue", is(1))
                .body("indicators.rows.flatten()", hasSize(41))
                .body("indicators.rows.flatten().findAll { it.duplicate }", hasSize(10))
                .body("indicators.rows.flatten().findAll { !it.agree }.unit.code", contains("481"))
                .body("indicators.rows.flatten().findAll { it.conflict }.unit.code", contains("481"))
                // never summed: each agency's figure, and the stored value the social affairs department reported
                .body(aLuoi + "duplicate", is(true)).body(aLuoi + "agree", is(false)).body(aLuoi + "conflict", is(true))
                .body(aLuoi + "figures.agency.name", containsInAnyOrder(LDTBXH, DISTRICTS))
                .body(aLuoi + "figures.find { it.agency.name == '" + DISTRICTS + "' }.value", is(57.1f))
                .body(aLuoi + "figures.find { it.agency.name == '" + LDTBXH + "' }.value", is(55))
                .body(aLuoi + "stored.value", is(55)).body(aLuoi + "stored.status", is("FINAL"))
                .body(aLuoi + "stored.sourceName", is(LDTBXH)).body(aLuoi + "stored.reportId", notNullValue());
    }

    @Test
    void the_second_half_is_owed_by_nobody_the_yearly_report_replaces_it() {
        viewer().queryParam("documentId", plan).queryParam("periodType", "HALF_YEAR").when()
                .get("/api/v1/reporting-regimes").then().statusCode(200).body("items[0].periodNumbers", contains(1));
        viewer().queryParam("periodCode", "2016-H2").queryParam("asOf", AFTER_THE_YEAR).when()
                .get("/api/v1/documents/" + plan + "/obligations").then().statusCode(422)
                .body("violations[0].field", is("periodCode"));
        viewer().queryParam("documentId", plan).queryParam("asOf", AFTER_THE_YEAR).when().get("/api/v1/late-reports")
                .then().statusCode(200).body("items.periodCode", contains("2016-H1", "2016-H1", "2016", "2016"))
                .body("items.agency.name", containsInAnyOrder(TTTT, VHTTDL, TTTT, DISTRICTS));
    }

    @Test
    void the_2017_reports_are_still_owed_by_everyone() {
        obligations("2017-H1", AFTER_THE_YEAR).body("deadline", is("2017-05-25"))
                .body("items.agency.name", containsInAnyOrder(OWING.toArray()))
                .body("items.status", everyItem(is("DUE"))).body("items.reportId", everyItem(nullValue()));
        obligations("2017", AFTER_THE_YEAR).body("items.status", everyItem(is("DUE")));
    }

    private ValidatableResponse progress(Long unitId, String asOf) {
        RequestSpecification r = viewer().queryParam("asOf", asOf);
        if (unitId != null) {
            r = r.queryParam("unitId", unitId);
        }
        return r.when().get("/api/v1/plans/" + plan + "/progress").then().statusCode(200);
    }

    /** The district of Huế holding {@code code} in 2016. */
    private static long district(String code) {
        return viewer().queryParam("level", "DISTRICT").queryParam("code", code).queryParam("validOn", "2016-06-01")
                .when().get("/api/v1/admin-units").then().statusCode(200).body("totalItems", is(1))
                .extract().jsonPath().getLong("items[0].id");
    }

    private static String target(String indicator) {
        return "targets.find { it.target.indicator.code == '" + indicator + "' }.";
    }

    @Test
    void the_targets_progress_from_the_agencies_values() {
        // after the year: 6 targets met, 5 not met, the training of staff never reported
        long immunised = progress(null, AFTER_THE_YEAR)
                .body("counts.met", is(6)).body("counts.notMet", is(5)).body("counts.noData", is(1))
                .body("counts.total", is(12))
                .body(target("CHILD_U1_FULLY_IMMUNISED_RATE") + "attainment", is("MET"))
                .body(target("CHILD_U1_FULLY_IMMUNISED_RATE") + "latest.value", is(96.8f))
                .body(target("CHILD_U1_FULLY_IMMUNISED_RATE") + "latest.periodCode", is("2016"))
                .body(target("CHILD_U1_FULLY_IMMUNISED_RATE") + "latest.status", is("FINAL"))
                .body(target("CHILD_U5_UNDERWEIGHT_RATE") + "attainment", is("MET"))
                .body(target("COMMUNE_CHILD_FRIENDLY_RATE") + "attainment", is("NOT_MET"))
                .body(target("CHILD_U6_HEALTH_INSURANCE_RATE") + "attainment", is("NOT_MET"))
                .body(target("CHILD_PROTECTION_STAFF_TRAINED_RATE") + "attainment", is("NO_DATA"))
                .extract().jsonPath().getLong("targets.find { it.target.indicator.code == "
                        + "'CHILD_U1_FULLY_IMMUNISED_RATE' }.latest.id");
        viewer().when().get("/api/v1/indicator-values/" + immunised).then().statusCode(200)
                .body("sourceKind", is("AGENCY_REPORT")).body("sourceName", is(SYT));
        // during 2016 what is not met yet is at risk (the plan quotes no baselines, so there is no path to be on)
        progress(null, "2016-12-01").body("counts.met", is(6)).body("counts.atRisk", is(5)).body("counts.noData", is(1));
        // on the last day of 2015 only the 2015 values had begun
        progress(null, "2015-12-31").body("counts.met", is(2)).body("counts.atRisk", is(9))
                .body(target("CHILD_U5_UNDERWEIGHT_RATE") + "latest.value", is(12.4f))
                .body(target("CHILD_U5_UNDERWEIGHT_RATE") + "attainment", is("AT_RISK"));
        // districts: the city meets all six targets it reported, the mountain district A Lưới none
        progress(district("474"), AFTER_THE_YEAR)
                .body("counts.met", is(6)).body("counts.noData", is(6));
        progress(district("481"), AFTER_THE_YEAR)
                .body("counts.notMet", is(6)).body("counts.noData", is(6))
                .body(target("CHILD_U5_UNDERWEIGHT_RATE") + "latest.value", is(21.5f));
    }
}
