package vn.childplan.planimport;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * Saving a reviewed draft: the Huế fixture as the importer reads it, reviewed as a planner would (a number left for
 * later, the issuer chosen, one lead per task, items without a match dropped), becomes a DRAFT plan with all its
 * parts and their audit entries; a draft breaking a rule is refused with the draft's paths and leaves nothing behind.
 */
@QuarkusTest
class PlanSaveResourceTest {
    private static final String PATH = "/api/v1/plan-imports/plans";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_reviewed_hue_draft_becomes_a_draft_plan_with_its_parts_and_their_audit() throws IOException {
        ObjectNode body = reviewed(hueDraft());
        int objectives = body.get("objectives").size();
        int targets = 0;
        for (JsonNode o : body.get("objectives")) {
            targets += o.get("targets").size();
        }
        int tasks = count(body.get("tasks"));
        int assignments = body.get("assignments").size();
        Set<String> led = new HashSet<>();
        body.get("assignments").forEach(a -> {
            if ("LEAD".equals(a.get("role").asText())) {
                led.add(a.get("taskNumber").asText());
            }
        });
        assertTrue(objectives > 0 && targets > 0 && tasks > 10 && assignments > 5, body.toString());

        Response saved = Tokens.as("planner", "46", null).contentType("application/json").body(body.toString())
                .when().post(PATH);
        saved.then().statusCode(201).header("Location", endsWith("/api/v1/documents/" + saved.jsonPath().getLong("id")))
                .body("status", is("DRAFT")).body("kind", is("PLAN")).body("periodFromYear", is(2016))
                .body("implementsDocuments.size()", is(2));
        long id = saved.jsonPath().getLong("id");

        assertEquals(objectives, total("objectives", id));
        assertEquals(targets, total("targets", id));
        assertEquals(tasks, total("tasks", id));
        assertEquals(assignments, total("assignments", id));
        Tokens.as("planner", "46", null).queryParam("documentId", id).queryParam("role", "LEAD").when()
                .get("/api/v1/assignments").then().body("totalItems", is(led.size()));
        Tokens.as("planner", "46", null).queryParam("entity", "document").queryParam("entityId", id).when()
                .get("/api/v1/audit").then().statusCode(200).body("items.action", hasItem("CREATE"));
        long task = Tokens.as("planner", "46", null).queryParam("documentId", id).when().get("/api/v1/tasks").then()
                .extract().jsonPath().getLong("items[0].id");
        Tokens.as("planner", "46", null).queryParam("entity", "task").queryParam("entityId", task).when()
                .get("/api/v1/audit").then().body("totalItems", is(1));
    }

    @Test
    void two_leads_on_one_task_are_refused_with_the_assignments_path_and_nothing_is_saved() throws IOException {
        ObjectNode body = reviewed(hueDraft());
        ArrayNode assignments = (ArrayNode) body.get("assignments");
        // the second agency of the first task with a lead leads it too
        String number = assignments.get(0).get("taskNumber").asText();
        int second = -1;
        for (int i = 1; i < assignments.size() && second < 0; i++) {
            if (assignments.get(i).get("taskNumber").asText().equals(number)) {
                second = i;
            }
        }
        assertTrue(second > 0, assignments.toString());
        ((ObjectNode) assignments.get(0)).put("role", "LEAD");
        ((ObjectNode) assignments.get(second)).put("role", "LEAD");

        Tokens.as("planner", "46", null).contentType("application/json").body(body.toString()).when().post(PATH)
                .then().statusCode(422).contentType("application/problem+json").body("code", is("DRAFT_REJECTED"))
                .body("violations.field", hasItem("assignments[" + second + "].role"))
                .body("violations.code", hasItem("OneLeadPerTask"));
        assertNothingSaved(body);
    }

    @Test
    void every_broken_input_is_named_by_its_path_in_the_draft() {
        ObjectNode body = small(hue());
        ((ObjectNode) body.get("tasks").get(0).get("children").get(0)).put("title", " ");
        ((ObjectNode) body.get("assignments").get(0)).put("taskNumber", "IX");
        ((ObjectNode) body.get("objectives").get(0).get("targets").get(0)).putNull("comparator");

        Tokens.as("planner", "46", null).contentType("application/json").body(body.toString()).when().post(PATH)
                .then().statusCode(422).body("code", is("DRAFT_REJECTED"))
                .body("violations.field", hasItem("tasks[0].children[0].title"))
                .body("violations.field", hasItem("assignments[0].taskNumber"))
                .body("violations.field", hasItem("objectives[0].targets[0].comparator"));
        assertNothingSaved(body);
    }

    @Test
    void a_rule_of_a_service_is_named_by_its_path_too() {
        ObjectNode body = small(hue());
        // a target outside the plan's years (TargetService's rule)
        ((ObjectNode) body.get("objectives").get(0).get("targets").get(0)).put("year", 2030);
        Tokens.as("planner", "46", null).contentType("application/json").body(body.toString()).when().post(PATH)
                .then().statusCode(422).body("code", is("DRAFT_REJECTED"))
                .body("violations.field", hasItem("objectives[0].targets[0].year"));
        assertNothingSaved(body);
    }

    @Test
    void new_agencies_are_created_once_in_the_plans_unit() {
        ObjectNode body = small(hue());
        String name = "Hội Chữ thập đỏ tỉnh thử " + SEQ.incrementAndGet() + " " + System.nanoTime();
        // one agency on two tasks (an agency takes part in a task once)
        ((ObjectNode) body.get("assignments").get(1)).put("taskNumber", "II");
        for (JsonNode a : body.get("assignments")) {
            ((ObjectNode) a).putNull("agencyId");
            ((ObjectNode) a).putObject("newAgency").put("name", name).put("kind", "MASS_ORGANISATION");
        }
        long id = Tokens.as("planner", "46", null).contentType("application/json").body(body.toString()).when()
                .post(PATH).then().statusCode(201).extract().jsonPath().getLong("id");
        Tokens.as("planner", "46", null).queryParam("documentId", id).when().get("/api/v1/assignments").then()
                .body("items.agency.name", org.hamcrest.Matchers.everyItem(is(name))).body("totalItems", is(2));
        Tokens.as("planner", "46", null).queryParam("q", name).queryParam("size", 100).when().get("/api/v1/agencies")
                .then().body("items.findAll { it.name == '" + name + "' }.size()", is(1));
    }

    @Test
    void the_callers_scope_and_role_decide_before_anything_is_saved() {
        ObjectNode body = small(hue());
        // a planner of Hải Dương planning for Huế
        Tokens.as("planner", "30", null).contentType("application/json").body(body.toString()).when().post(PATH)
                .then().statusCode(403).body("code", is("FORBIDDEN"));
        // a unit of no record
        ObjectNode nowhere = body.deepCopy().put("unitId", 999_999_999L);
        Tokens.as("planner", "46", null).contentType("application/json").body(nowhere.toString()).when().post(PATH)
                .then().statusCode(422).body("violations.field", hasItem("unitId"));
        // a new indicator is the administrators' to add
        ObjectNode indicator = body.deepCopy();
        ObjectNode target = (ObjectNode) indicator.get("objectives").get(0).get("targets").get(0);
        target.putNull("indicatorId");
        target.putObject("newIndicator").put("code", "IMPORT_TEST_" + System.nanoTime()).put("nameVi", "Chỉ số thử")
                .put("nameEn", "Test indicator").put("unit", "%").put("direction", "HIGHER_IS_BETTER");
        Tokens.as("planner", "46", null).contentType("application/json").body(indicator.toString()).when().post(PATH)
                .then().statusCode(403).body("violations.field", hasItem("objectives[0].targets[0].newIndicator"));
        Tokens.as("viewer", "46", null).contentType("application/json").body(body.toString()).when().post(PATH)
                .then().statusCode(403);
        assertNothingSaved(body);
        // an administrator may add it
        Tokens.as("admin", null, null).contentType("application/json").body(indicator.toString()).when().post(PATH)
                .then().statusCode(201);
    }

    // ------------------------------------------------------------------------------------------------------------

    private JsonNode hueDraft() throws IOException {
        String text = Tokens.as("planner", "46", null).contentType("text/plain; charset=UTF-8")
                .body(PlanExtractorTest.fixture(PlanExtractorTest.HUE).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plan-imports").then().statusCode(200).extract().asString();
        return json.readTree(text);
    }

    /**
     * The planner's review of the importer's answer, sent back as it is otherwise: the plan's unit and issuer, no
     * number yet (the province's 26/KH-UBND exists), a title of its own, one lead per task, and targets and
     * assignments whose indicator or agency found no match dropped.
     */
    private ObjectNode reviewed(JsonNode draft) {
        ObjectNode body = (ObjectNode) draft.deepCopy();
        body.put("unitId", hue());
        ObjectNode document = (ObjectNode) body.get("document");
        document.putNull("number");
        document.put("title", document.get("title").asText() + " (nhập thử " + SEQ.incrementAndGet() + " "
                + System.nanoTime() + ")");
        document.put("issuerId", agency("HUE-LDTBXH"));
        for (JsonNode o : body.get("objectives")) {
            ArrayNode kept = json.createArrayNode();
            o.get("targets").forEach(t -> {
                if (t.get("indicatorId").isNumber() && t.get("comparator").isTextual()) {
                    kept.add(t);
                }
            });
            ((ObjectNode) o).set("targets", kept);
        }
        ArrayNode assignments = json.createArrayNode();
        Set<String> led = new HashSet<>();
        for (JsonNode a : body.get("assignments")) {
            if (!a.get("agencyId").isNumber()) {
                continue;
            }
            ObjectNode kept = (ObjectNode) a;
            if ("LEAD".equals(a.get("role").asText()) && !led.add(a.get("taskNumber").asText())) {
                kept.put("role", "COORDINATE");
            }
            assignments.add(kept);
        }
        body.set("assignments", assignments);
        return body;
    }

    /** A short plan of Huế written as the importer answers: one objective with a target, two tasks, two agencies. */
    private ObjectNode small(long unitId) {
        ObjectNode body = json.createObjectNode().put("unitId", unitId);
        body.putObject("document").put("kind", "PLAN").put("title", "Kế hoạch thử " + SEQ.incrementAndGet() + " "
                + System.nanoTime()).put("issuerId", agency("HUE-LDTBXH")).putObject("period").put("from", 2026)
                .put("to", 2026);
        ObjectNode objective = body.putArray("objectives").addObject().put("kind", "SPECIFIC").put("text", "Mục tiêu cụ thể");
        objective.putArray("targets").addObject().put("text", "Tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ trên 95%")
                .put("indicatorId", indicator()).put("comparator", "GT").put("value", 95).put("unit", "%")
                .put("year", 2026);
        ObjectNode task = body.putArray("tasks").addObject().put("number", "II").put("title", "Nhiệm vụ");
        task.putArray("children").addObject().put("number", "II.1").put("title", "Tháng hành động vì trẻ em");
        ArrayNode assignments = body.putArray("assignments");
        assignments.addObject().put("agencyId", agency("HUE-LDTBXH")).put("role", "LEAD").put("taskNumber", "II.1");
        assignments.addObject().put("agencyId", agency("HUE-SYT")).put("role", "COORDINATE").put("taskNumber", "II.1");
        return body;
    }


    private static long hue() {
        return Tokens.as("admin", null, null).queryParam("code", "46").queryParam("level", "PROVINCE")
                .queryParam("validOn", "2016-06-01").when().get("/api/v1/admin-units").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    private static long agency(String code) {
        return Tokens.as("admin", null, null).queryParam("unitId", hue()).queryParam("size", 100).when()
                .get("/api/v1/agencies").then().extract().jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
    }

    private static long indicator() {
        return Tokens.as("admin", null, null).queryParam("size", 1).when().get("/api/v1/indicators").then()
                .extract().jsonPath().getLong("items[0].id");
    }

    private static int total(String records, long documentId) {
        return Tokens.as("planner", "46", null).queryParam("documentId", documentId).when().get("/api/v1/" + records)
                .then().statusCode(200).extract().jsonPath().getInt("totalItems");
    }

    private static int count(JsonNode tasks) {
        int n = 0;
        for (JsonNode t : tasks) {
            n += 1 + count(t.get("children"));
        }
        return n;
    }

    private static void assertNothingSaved(JsonNode body) {
        // the search finds the other tests' plans too (it ignores the numbers that set each title apart)
        String title = body.get("document").get("title").asText();
        Tokens.as("admin", null, null).queryParam("q", title).queryParam("size", 100).when()
                .get("/api/v1/documents").then().statusCode(200).body("items.title", not(hasItem(title)));
    }
}
