package vn.childplan.security;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.childplan.reportingcycle.ReportingFixtures.admin;
import static vn.childplan.reportingcycle.ReportingFixtures.created;
import static vn.childplan.reportingcycle.ReportingFixtures.regime;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.childplan.reportingcycle.ReportingFixtures;
import vn.childplan.reportingcycle.ReportingFixtures.ProvincePlan;
import vn.childplan.support.Tokens;

/**
 * A unit's scope includes the units that became it (through the unit changes, transitively): the planners of the
 * Hải Phòng of 2025-07-01 (code 31) see and manage the plans, values and reports of Hải Dương (30), merged into it,
 * and its dashboard counts them from that day on; Hải Dương's own view is unchanged, and a unit split into several
 * became none of them.
 */
@QuarkusTest
class ScopeAcrossReorganisationTest {
    private static final String HAI_PHONG = "31";
    private static final String HAI_DUONG = "30";

    private static RequestSpecification planner(String code) {
        return Tokens.as("planner", code, null);
    }

    private static long unit(String level, String code, String validOn) {
        return admin().queryParam("level", level).queryParam("code", code).queryParam("validOn", validOn).when()
                .get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    /** The demo plan of Hải Dương (2024, draft: 28-CT/TW). */
    private static long haiDuongDemoPlan() {
        return admin().queryParam("unitId", unit("PROVINCE", HAI_DUONG, "2024-06-01")).queryParam("kind", "PLAN")
                .queryParam("size", 100).when().get("/api/v1/documents").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.title.startsWith('Thực hiện Chỉ thị số 28-CT/TW') }.id");
    }

    private static int plans(RequestSpecification as, String asOf) {
        return as.queryParam("asOf", asOf).when().get("/api/v1/dashboard").then().statusCode(200).extract()
                .jsonPath().getInt("plans");
    }

    @Test
    void the_2025_hai_phong_reads_and_manages_the_hai_duong_plans() {
        long plan = haiDuongDemoPlan();
        planner(HAI_PHONG).when().get("/api/v1/documents/" + plan).then().statusCode(200);
        planner(HAI_PHONG).queryParam("size", 100).queryParam("unitId", unit("PROVINCE", HAI_DUONG, "2024-06-01"))
                .when().get("/api/v1/documents").then().statusCode(200).body("items.id", hasItem((int) plan));
        planner(HAI_PHONG).when().get("/api/v1/plans/" + plan).then().statusCode(200);
        created(planner(HAI_PHONG), "/api/v1/tasks", Map.of("documentId", plan, "number", "HP" + System.nanoTime() % 1_000_000,
                "title", "Nhiệm vụ giao sau sáp nhập"));
        // unchanged: Hải Dương's planners still see it, others still do not
        planner(HAI_DUONG).when().get("/api/v1/documents/" + plan).then().statusCode(200);
        planner(ReportingFixtures.HUE).when().get("/api/v1/documents/" + plan).then().statusCode(404);
    }

    @Test
    void hai_duongs_own_view_does_not_grow_into_hai_phong() {
        ProvincePlan haiPhong = ReportingFixtures.provincePlan(HAI_PHONG);
        planner(HAI_DUONG).when().get("/api/v1/documents/" + haiPhong.plan()).then().statusCode(404);
        planner(HAI_PHONG).when().get("/api/v1/documents/" + haiPhong.plan()).then().statusCode(200);
        // Tây Ninh (72) merged into the Tây Ninh of code 80: the same rule, not a rule for one province
        ProvincePlan tayNinh = ReportingFixtures.provincePlan("72");
        planner("80").when().get("/api/v1/documents/" + tayNinh.plan()).then().statusCode(200);
        planner("72").when().get("/api/v1/documents/" + ReportingFixtures.provincePlan("80").plan()).then()
                .statusCode(404);
    }

    @Test
    void a_unit_split_into_several_became_none_of_them() {
        // Thành phố Huế (474, to 2024-12-31) was split into Thuận Hóa (474) and Phú Xuân (475)
        long oldCity = unit("DISTRICT", "474", "2018-06-01");
        long committee = created(admin(), "/api/v1/agencies", Map.of("name", "UBND thành phố Huế " + System.nanoTime(),
                "kind", "PEOPLES_COMMITTEE", "unitId", oldCity));
        long plan = created(admin(), "/api/v1/documents", Map.of("kind", "PLAN", "title", "Kế hoạch thành phố Huế",
                "issuerId", committee, "unitId", oldCity, "periodFromYear", 2018, "periodToYear", 2020,
                "status", "DRAFT", "implementsIds", List.of()));
        planner("475").when().get("/api/v1/documents/" + plan).then().statusCode(404);
        planner("474").when().get("/api/v1/documents/" + plan).then().statusCode(200);
    }

    @Test
    void values_and_reports_of_hai_duong_are_the_2025_hai_phongs_too() {
        long haiDuong = unit("PROVINCE", HAI_DUONG, "2024-06-01");
        long indicator = created(admin(), "/api/v1/indicators", Map.of("code", "SCOPE_" + System.nanoTime(),
                "nameVi", "Tỷ lệ thử", "nameEn", "Test rate", "unit", "%", "direction", "HIGHER_IS_BETTER"));
        long value = created(planner(HAI_PHONG), "/api/v1/indicator-values", Map.of("indicatorId", indicator,
                "unitId", haiDuong, "periodCode", "2024", "value", 91));
        planner(HAI_DUONG).when().get("/api/v1/indicator-values/" + value).then().statusCode(200);
        planner(ReportingFixtures.HUE).when().get("/api/v1/indicator-values/" + value).then().statusCode(404);
        planner(HAI_PHONG).queryParam("indicatorId", indicator).when().get("/api/v1/indicator-values").then()
                .body("items.id", hasItem((int) value));

        ProvincePlan p = ReportingFixtures.provincePlan(HAI_DUONG);
        regime(p.plan(), "YEAR", 20, 11, p.agency());
        long report = created(admin(), ReportingFixtures.REPORTS, Map.of("documentId", p.plan(), "agencyId",
                p.agency(), "periodCode", "2019"));
        planner(HAI_PHONG).when().get(ReportingFixtures.REPORTS + "/" + report).then().statusCode(200);
        planner(HAI_PHONG).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("difficulties", "Thiếu cán bộ sau sáp nhập")).when()
                .put(ReportingFixtures.REPORTS + "/" + report).then().statusCode(200);
        planner(HAI_PHONG).queryParam("asOf", "2025-07-15").queryParam("documentId", p.plan()).when()
                .get("/api/v1/late-reports").then().statusCode(200);
    }

    @Test
    void the_dashboard_of_hai_phong_counts_the_hai_duong_plans_from_2025_07_01() {
        int after = plans(planner(HAI_PHONG), "2025-07-15");
        int before = plans(planner(HAI_PHONG), "2025-06-30");
        int haiDuong = plans(planner(HAI_DUONG), "2024-06-30");
        assertEquals(before + haiDuong, after, "the 2025 Hải Phòng = the old Hải Phòng + Hải Dương");

        ReportingFixtures.provincePlan(HAI_DUONG);
        assertEquals(after + 1, plans(planner(HAI_PHONG), "2025-07-15"));
        assertEquals(before, plans(planner(HAI_PHONG), "2025-06-30"));
        assertEquals(haiDuong + 1, plans(planner(HAI_DUONG), "2024-06-30"));

        ReportingFixtures.provincePlan(HAI_PHONG);
        assertEquals(haiDuong + 1, plans(planner(HAI_DUONG), "2024-06-30"), "Hải Dương's own view is unchanged");
        planner(HAI_PHONG).queryParam("asOf", "2025-07-15").when().get("/api/v1/dashboard").then()
                .body("unit.code", is(HAI_PHONG)).body("unit.validFrom", is("2025-07-01"))
                .body("plans", not(is(before)));
    }
}
