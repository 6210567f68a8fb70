package vn.childplan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo plans, read back whole: what a planner sees when opening them. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class PlanResourceTest {

    private static long documentId(String number) {
        return given().queryParam("q", number).when().get("/api/v1/documents").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.number == '" + number + "' }.id");
    }

    @Test
    void the_hue_2016_plan_reads_whole_in_one_call() {
        long id = documentId("26/KH-UBND");
        JsonPath view = given().when().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("document.number", is("26/KH-UBND"))
                .body("document.status", is("ISSUED"))
                .body("document.unit.code", is("46"))
                .body("document.implementsDocuments.number", containsInAnyOrder("1235/QĐ-TTg", "2361/QĐ-TTg"))
                .body("objectives.findAll { it.objective.kind == 'SPECIFIC' }", hasSize(11))
                .body("tasks.task.number", hasItems("II", "III"))
                .extract().jsonPath();
        List<List<Object>> targets = view.getList("objectives.targets");
        assertEquals(12, targets.stream().mapToInt(List::size).sum(), "11 target sentences, one of them holding two");
        assertEquals(List.of("GT", "95.0"), List.of(
                view.getString("objectives.targets.flatten().find { it.sourceText.contains('tiêm chủng') }.comparator"),
                view.getString("objectives.targets.flatten().find { it.sourceText.contains('tiêm chủng') }.value")
                        .replaceAll("^95$", "95.0")));
        List<Map<String, Object>> subtasks = view.getList("tasks.find { it.task.number == 'II' }.children");
        assertTrue(subtasks.size() >= 7, "II.1–II.7 sit under II");
    }

    @Test
    void the_assignment_matrix_shows_twelve_agencies_and_at_most_one_lead_per_task() {
        long id = documentId("26/KH-UBND");
        JsonPath m = given().when().get("/api/v1/plans/" + id + "/assignment-matrix").then().statusCode(200)
                .body("rows", hasSize(12))
                .body("rows[0].agency.name", is("Sở Lao động - Thương binh và Xã hội"))
                .body("rows.find { it.agency.kind == 'MASS_ORGANISATION' }.cells.role", everyItem(is("REQUESTED")))
                .extract().jsonPath();
        List<Map<String, Object>> cells = m.getList("rows.cells.flatten()");
        Map<Object, Long> leadsPerTask = cells.stream().filter(c -> "LEAD".equals(c.get("role")))
                .collect(Collectors.groupingBy(c -> c.get("taskId"), Collectors.counting()));
        assertTrue(leadsPerTask.values().stream().allMatch(n -> n == 1));
        List<Integer> columns = m.getList("tasks.id");
        assertTrue(cells.stream().allMatch(c -> columns.contains(c.get("taskId"))), "every cell sits in a column");
    }

    @Test
    void the_cascade_is_visible_from_both_ends() {
        long directive = documentId("28-CT/TW");
        given().when().get("/api/v1/plans/" + directive).then().statusCode(200)
                .body("implementedBy.number", hasItem("1183/QĐ-TTg"))
                .body("implementedBy.findAll { it.number == null }.title", hasItem(containsString("Chỉ thị số 28-CT/TW")));
        given().queryParam("implementsId", directive).queryParam("kind", "PLAN").when().get("/api/v1/documents")
                .then().body("items.status", hasItem("DRAFT")).body("items.unit.code", hasItem("30"));
    }

    @Test
    void an_unknown_plan_is_404() {
        given().when().get("/api/v1/plans/987654321").then().statusCode(404).contentType("application/problem+json")
                .body("code", is("NOT_FOUND"));
        given().when().get("/api/v1/plans/987654321/assignment-matrix").then().statusCode(404);
    }
}
