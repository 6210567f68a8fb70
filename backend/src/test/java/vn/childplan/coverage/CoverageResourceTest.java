package vn.childplan.coverage;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * Coverage with real tokens: an admin writes a Thừa Thiên Huế (46) plan for 2016–2020 and a plan of its district
 * Phú Vang (478) that implements it, through the API; Huế's viewer reads the coverage with the parent, Phú Vang's
 * viewer (who may read the district's plan but not the province's) reads it without, Hải Dương's (30) not at all.
 * Every test builds fresh plans and fresh indicators.
 */
@QuarkusTest
class CoverageResourceTest {
    private long parent;
    private long child;
    private String parentTitle;
    private long parentObjective;
    private long childObjective;

    private static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static long created(String path, Object body) {
        return admin().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long unit(String level, String code) {
        return admin().queryParam("level", level).queryParam("code", code).queryParam("validOn", "2016-06-01")
                .when().get("/api/v1/admin-units")
                .then().statusCode(200).body("totalItems", is(1)).extract().jsonPath().getLong("items[0].id");
    }

    private static long plan(long unitId, String title, List<Long> implementsIds) {
        long issuer = created("/api/v1/agencies", Map.of("name", "UBND thử nghiệm " + unique(),
                "kind", "PEOPLES_COMMITTEE", "unitId", unitId));
        Map<String, Object> doc = new HashMap<>();
        doc.put("kind", "PLAN");
        doc.put("title", title);
        doc.put("issuerId", issuer);
        doc.put("unitId", unitId);
        doc.put("periodFromYear", 2016);
        doc.put("periodToYear", 2020);
        doc.put("status", "DRAFT");
        doc.put("implementsIds", implementsIds);
        return created("/api/v1/documents", doc);
    }

    private static long objective(long planId) {
        return created("/api/v1/objectives", Map.of("documentId", planId, "kind", "SPECIFIC",
                "text", "Mục tiêu cụ thể đến năm 2020"));
    }

    private static long indicator(String direction) {
        return created("/api/v1/indicators", Map.of("code", "COV_" + unique(), "nameVi", "Chỉ tiêu thử nghiệm",
                "nameEn", "Test indicator", "unit", "%", "direction", direction));
    }

    private static long target(long objectiveId, long indicatorId, String comparator, Object value, int year,
            Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("objectiveId", objectiveId);
        body.put("indicatorId", indicatorId);
        body.put("comparator", comparator);
        body.put("value", value);
        body.put("targetYear", year);
        return created("/api/v1/targets", body);
    }

    private static ValidatableResponse coverage(RequestSpecification as, long planId) {
        return as.when().get("/api/v1/plans/" + planId + "/coverage").then();
    }

    @BeforeEach
    void plans() {
        parentTitle = "Kế hoạch tỉnh thực hiện Chương trình hành động vì trẻ em " + unique();
        parent = plan(unit("PROVINCE", "46"), parentTitle, List.of());
        child = plan(unit("DISTRICT", "478"), "Kế hoạch huyện Phú Vang " + unique(), List.of(parent));
        parentObjective = objective(parent);
        childObjective = objective(child);
    }

    @Test
    void missing_weaker_matched_and_additional_targets_each_say_why() {
        long immunised = indicator("HIGHER_IS_BETTER");
        long preschool = indicator("HIGHER_IS_BETTER");
        long abused = indicator("LOWER_IS_BETTER");
        long playSpaces = indicator("HIGHER_IS_BETTER");
        long ownIndicator = indicator("HIGHER_IS_BETTER");
        long wantsAbove95 = target(parentObjective, immunised, "GT", 95, 2020, Map.of());
        long wantsPreschool = target(parentObjective, preschool, "GE", 99, 2020, Map.of());
        long wantsUnder45 = target(parentObjective, abused, "LT", 4.5, 2020, Map.of());
        long wantsPlay = target(parentObjective, playSpaces, "GE", 40, 2020, Map.of());
        // the same indicator for ethnic-minority areas: the plan's total is no counterpart of it
        long wantsMinorities = target(parentObjective, immunised, "GE", 90, 2020, Map.of("areaType", "ETHNIC_MINORITY"));
        long atLeast90 = target(childObjective, immunised, "GE", 90, 2020, Map.of());
        long under5 = target(childObjective, abused, "LT", 5, 2020, Map.of());
        long play45Earlier = target(childObjective, playSpaces, "GE", 45, 2019, Map.of());
        long own = target(childObjective, ownIndicator, "GE", 50, 2020, Map.of());

        coverage(Tokens.as("viewer", "46", null), child).statusCode(200)
                .body("documentId", is((int) child))
                .body("parents.id", contains((int) parent))
                .body("parents[0].title", is(parentTitle))
                .body("parentHidden", is(false))
                .body("parentTargets", is(5))
                .body("missing.parentTarget.id", contains((int) wantsPreschool, (int) wantsMinorities))
                .body("missing.childTarget", everyItem(nullValue()))
                .body("missing.reason", everyItem(is("NO_COUNTERPART")))
                .body("weaker.parentTarget.id", contains((int) wantsAbove95, (int) wantsUnder45))
                .body("weaker.childTarget.id", contains((int) atLeast90, (int) under5))
                .body("weaker.reason", contains("LESS_AMBITIOUS_VALUE", "LESS_AMBITIOUS_VALUE"))
                .body("matched.parentTarget.id", contains((int) wantsPlay))
                .body("matched.childTarget.id", contains((int) play45Earlier))
                .body("matched.reason", contains("STRICTER"))
                .body("additional.childTarget.id", contains((int) own))
                .body("additional.parentTarget", everyItem(nullValue()))
                .body("additional.reason", contains("NOT_IN_PARENT"));
    }

    @Test
    void of_several_counterparts_the_one_that_holds_then_the_nearest_year_is_taken() {
        long immunised = indicator("HIGHER_IS_BETTER");
        long schooled = indicator("HIGHER_IS_BETTER");
        long nourished = indicator("HIGHER_IS_BETTER");
        long wants95 = target(parentObjective, immunised, "GE", 95, 2018, Map.of());
        long wantsAbove97 = target(parentObjective, schooled, "GT", 97, 2019, Map.of());
        long wants80 = target(parentObjective, nourished, "GE", 80, 2019, Map.of());
        target(childObjective, immunised, "GE", 90, 2018, Map.of());
        long holdsEarlier = target(childObjective, immunised, "GE", 96, 2017, Map.of());
        target(childObjective, schooled, "GT", 97, 2020, Map.of());
        long inclusiveSameYear = target(childObjective, schooled, "GE", 97, 2019, Map.of());
        long sameBarLater = target(childObjective, nourished, "GE", 80, 2020, Map.of());

        coverage(admin(), child).statusCode(200)
                .body("matched.parentTarget.id", contains((int) wants95))
                .body("matched.childTarget.id", contains((int) holdsEarlier))
                .body("matched.reason", contains("STRICTER"))
                .body("weaker.parentTarget.id", contains((int) wantsAbove97, (int) wants80))
                .body("weaker.childTarget.id", contains((int) inclusiveSameYear, (int) sameBarLater))
                .body("weaker.reason", contains("INCLUSIVE_BOUND", "LATER_YEAR"))
                .body("missing", empty())
                .body("additional", empty());
    }

    @Test
    void a_parent_outside_the_callers_scope_is_neither_named_nor_compared() {
        long immunised = indicator("HIGHER_IS_BETTER");
        target(parentObjective, immunised, "GT", 95, 2020, Map.of());
        long own = target(childObjective, immunised, "GE", 90, 2020, Map.of());

        String body = coverage(Tokens.as("viewer", "478", null), child).statusCode(200)
                .body("parents", empty())
                .body("parentHidden", is(true))
                .body("parentTargets", is(0))
                .body("missing", empty())
                .body("weaker", empty())
                .body("matched", empty())
                .body("additional", empty())
                .extract().asString();
        assertFalse(body.contains(parentTitle), "the parent's title never reaches a caller who may not read it");
        // the same viewer cannot open the parent itself: the coverage tells no more than that
        Tokens.as("viewer", "478", null).when().get("/api/v1/plans/" + parent).then().statusCode(404);
        coverage(Tokens.as("viewer", "46", null), child).statusCode(200)
                .body("weaker.childTarget.id", contains((int) own));
    }

    @Test
    void an_unreadable_or_unknown_plan_is_404() {
        coverage(Tokens.as("viewer", "30", null), child).statusCode(404).contentType("application/problem+json")
                .body("code", is("NOT_FOUND"));
        coverage(admin(), 987654321L).statusCode(404).body("code", is("NOT_FOUND"));
    }

    @Test
    void the_hue_demo_plan_implements_two_decisions_without_targets() {
        long hue2016 = admin().queryParam("q", "26/KH-UBND").when().get("/api/v1/documents").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.number == '26/KH-UBND' }.id");
        coverage(Tokens.as("planner", "46", null), hue2016).statusCode(200)
                .body("parents.number", containsInAnyOrder("1235/QĐ-TTg", "2361/QĐ-TTg"))
                .body("parentHidden", is(false))
                .body("parentTargets", is(0))
                .body("missing", empty())
                .body("additional", hasSize(12))
                .body("additional.reason", everyItem(is("NOT_IN_PARENT")));
    }
}
