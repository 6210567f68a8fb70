package vn.childplan.succession;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.childplan.reportingcycle.ReportingFixtures.admin;
import static vn.childplan.reportingcycle.ReportingFixtures.created;
import static vn.childplan.reportingcycle.ReportingFixtures.move;
import static vn.childplan.reportingcycle.ReportingFixtures.officer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.childplan.reportingcycle.ReportingFixtures;
import vn.childplan.support.Tokens;

/**
 * Ending an agency with its successor(s): the preview lists what moves and what clashes, the commit does exactly
 * that in one go (or 409 when the preview is stale), the stronger role is kept where the successor already holds the
 * task, one lead per task holds, submitted reports stay, and the assignment's history says who held it.
 */
@QuarkusTest
class SuccessionResourceTest {
    private static final String ASSIGNMENTS = "/api/v1/assignments";

    private static RequestSpecification planner() {
        return Tokens.as("planner", ReportingFixtures.HUE, null);
    }

    private static ValidatableResponse preview(RequestSpecification as, long agency, Map<String, Object> body) {
        return as.contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/agencies/" + agency + "/succession/preview").then();
    }

    private static ValidatableResponse commit(RequestSpecification as, long agency, Map<String, Object> body,
            String token) {
        Map<String, Object> withToken = new HashMap<>(body);
        withToken.put("previewToken", token);
        return as.contentType(ContentType.JSON).body(withToken).when()
                .post("/api/v1/agencies/" + agency + "/succession").then();
    }

    private static Map<String, Object> to(long successor, Object... split) {
        Map<String, Object> body = new HashMap<>(Map.of("successorId", successor, "endOn", "2025-02-28"));
        if (split.length > 0) {
            body.put("taskSuccessors", List.of(Map.of("taskId", split[0], "successorId", split[1])));
        }
        return body;
    }

    private static long assignmentOf(long task, long agency) {
        return admin().queryParam("taskId", task).queryParam("agencyId", agency).when().get(ASSIGNMENTS).then()
                .statusCode(200).body("items", hasSize(1)).extract().jsonPath().getLong("items[0].id");
    }

    @Test
    void a_planner_previews_then_commits_and_the_work_is_the_successors() {
        ReportingFixtures p = ReportingFixtures.create();
        long draft = p.report(p.coordinatingCode(), p.coordinating(), "2018-H1");
        long submitted = p.report(p.coordinatingCode(), p.coordinating(), "2018");
        move(officer(p.coordinatingCode()), submitted, "submit", 0, Map.of()).statusCode(200);
        // the successor already began its own 2019-H1 report: the agency's draft of that period clashes and stays
        long theirs = p.report(p.requestedCode(), p.requested(), "2019-H1");
        long clashing = p.report(p.coordinatingCode(), p.coordinating(), "2019-H1");
        long lead = assignmentOf(p.taskI1(), p.coordinating());
        long coordinate = assignmentOf(p.taskII(), p.coordinating());
        long requested = assignmentOf(p.taskII(), p.requested());

        String token = preview(planner(), p.coordinating(), to(p.requested())).statusCode(200)
                .body("committed", is(false))
                .body("successor.id", is((int) p.requested()))
                .body("assignments.assignmentId", contains((int) lead, (int) coordinate))
                .body("assignments.outcome", contains("MOVE", "MERGE"))
                .body("assignments.clash", contains(false, true))
                // COORDINATE is stronger than the successor's REQUESTED, which it replaces on its own assignment
                .body("assignments.resultingRole", contains("LEAD", "COORDINATE"))
                .body("assignments.resultingAssignmentId", contains((int) lead, (int) requested))
                .body("reports.reportId", containsInAnyOrder((int) draft, (int) clashing))
                .body("reports.find { it.reportId == " + draft + " }.outcome", is("MOVE"))
                .body("reports.find { it.reportId == " + clashing + " }.outcome", is("STAY"))
                .body("reports.find { it.reportId == " + clashing + " }.clash", is(true))
                .extract().jsonPath().getString("previewToken");
        // a preview writes nothing
        admin().when().get(ASSIGNMENTS + "/" + lead).then().body("agency.id", is((int) p.coordinating()));

        commit(planner(), p.coordinating(), to(p.requested()), token).statusCode(200).body("committed", is(true))
                .body("previewToken", is(token));

        admin().queryParam("agencyId", p.requested()).queryParam("documentId", p.doc()).when().get(ASSIGNMENTS).then()
                .body("items.task.id", containsInAnyOrder((int) p.taskI1(), (int) p.taskII()))
                .body("items.find { it.task.id == " + p.taskI1() + " }.role", is("LEAD"))
                .body("items.find { it.task.id == " + p.taskII() + " }.role", is("COORDINATE"));
        admin().queryParam("agencyId", p.coordinating()).when().get(ASSIGNMENTS).then().body("items", empty());
        admin().queryParam("taskId", p.taskI1()).queryParam("role", "LEAD").when().get(ASSIGNMENTS).then()
                .body("items", hasSize(1));
        // who was assigned when: the moved assignment's history names both agencies, newest first
        admin().when().get(ASSIGNMENTS + "/" + lead + "/history").then().statusCode(200)
                .body("agency.id", contains((int) p.requested(), (int) p.coordinating()))
                .body("role", contains("LEAD", "LEAD"));
        admin().when().get("/api/v1/agencies/" + p.coordinating()).then()
                .body("validTo", is("2025-02-28")).body("successor.id", is((int) p.requested()));
        admin().when().get(ReportingFixtures.REPORTS + "/" + draft).then().body("agency.id", is((int) p.requested()));
        admin().when().get(ReportingFixtures.REPORTS + "/" + submitted).then()
                .body("agency.id", is((int) p.coordinating()));
        admin().when().get(ReportingFixtures.REPORTS + "/" + clashing).then()
                .body("agency.id", is((int) p.coordinating()));
        admin().when().get(ReportingFixtures.REPORTS + "/" + theirs).then().body("agency.id", is((int) p.requested()));
        // audited: the agency's end is in its trail
        admin().queryParam("entity", "agency").queryParam("entityId", p.coordinating()).when().get("/api/v1/audit")
                .then().statusCode(200).body("items.after.validTo", hasItem("2025-02-28"));
    }

    @Test
    void the_lead_passes_to_a_successor_that_coordinated_the_task_and_the_task_keeps_one_lead() {
        ReportingFixtures p = ReportingFixtures.create();
        created(admin(), ASSIGNMENTS, Map.of("taskId", p.taskI(), "agencyId", p.coordinating(), "role", "COORDINATE"));
        long theirs = assignmentOf(p.taskI(), p.coordinating());

        String token = preview(planner(), p.lead(), to(p.coordinating())).statusCode(200)
                .body("assignments.outcome", contains("MERGE"))
                .body("assignments.resultingRole", contains("LEAD"))
                .extract().jsonPath().getString("previewToken");
        commit(planner(), p.lead(), to(p.coordinating()), token).statusCode(200);

        admin().queryParam("taskId", p.taskI()).when().get(ASSIGNMENTS).then()
                .body("items.id", contains((int) theirs)).body("items.role", contains("LEAD"));
    }

    @Test
    void a_split_sends_each_named_task_to_its_own_successor() {
        ReportingFixtures p = ReportingFixtures.create();
        Map<String, Object> split = to(p.lead(), p.taskI1(), p.requested());
        preview(planner(), p.coordinating(), split).statusCode(200)
                .body("assignments.successor.id", contains((int) p.requested(), (int) p.lead()));
        // taskII falls to the main successor, taskI1 to the one named for it
        Map<String, Object> byTask = to(p.lead(), p.taskII(), p.requested());
        String token = preview(planner(), p.coordinating(), byTask).statusCode(200)
                .body("assignments.successor.id", contains((int) p.lead(), (int) p.requested()))
                .body("assignments.outcome", contains("MOVE", "MERGE"))
                .extract().jsonPath().getString("previewToken");
        commit(planner(), p.coordinating(), byTask, token).statusCode(200);
        admin().queryParam("taskId", p.taskI1()).when().get(ASSIGNMENTS).then()
                .body("items.agency.id", contains((int) p.lead())).body("items.role", contains("LEAD"));
        admin().queryParam("taskId", p.taskII()).when().get(ASSIGNMENTS).then()
                .body("items.agency.id", contains((int) p.requested())).body("items.role", contains("COORDINATE"));
    }

    @Test
    void a_commit_after_the_work_changed_is_409_and_moves_nothing() {
        ReportingFixtures p = ReportingFixtures.create();
        String token = preview(planner(), p.coordinating(), to(p.lead())).statusCode(200).extract().jsonPath()
                .getString("previewToken");
        long task = created(admin(), "/api/v1/tasks", Map.of("documentId", p.doc(), "number", "III", "title", "Mới"));
        created(admin(), ASSIGNMENTS, Map.of("taskId", task, "agencyId", p.coordinating(), "role", "COORDINATE"));

        commit(planner(), p.coordinating(), to(p.lead()), token).statusCode(409).body("code", is("SUCCESSION_STALE"));
        admin().queryParam("agencyId", p.coordinating()).when().get(ASSIGNMENTS).then().body("items", hasSize(3));
        admin().when().get("/api/v1/agencies/" + p.coordinating()).then().body("validTo", nullValue());
    }

    @Test
    void admins_and_the_units_planners_only_and_successors_must_be_able_to_take_over() {
        ReportingFixtures p = ReportingFixtures.create();
        preview(Tokens.as("viewer", ReportingFixtures.HUE, null), p.lead(), to(p.coordinating())).statusCode(403);
        preview(officer(p.leadCode()), p.lead(), to(p.coordinating())).statusCode(403);
        preview(Tokens.as("planner", "30", null), p.lead(), to(p.coordinating())).statusCode(404);
        preview(admin(), p.lead(), to(p.coordinating())).statusCode(200);

        preview(planner(), p.lead(), to(p.lead())).statusCode(422).body("violations[0].field", is("successorId"));
        long ended = created(admin(), "/api/v1/agencies", Map.of("name", "Sở đã giải thể " + p.leadCode(),
                "kind", "STATE_AGENCY", "unitId", p.province(), "validTo", "2024-12-31"));
        preview(planner(), p.lead(), to(ended)).statusCode(422).body("code", is("RULE_VIOLATED"));
        preview(planner(), p.lead(), to(p.coordinating(), p.taskII(), p.requested())).statusCode(422)
                .body("violations[0].field", is("taskSuccessors[0].taskId"));
        preview(planner(), p.lead(), to(999_999_999L)).statusCode(422).body("code", is("INVALID_REFERENCE"));
    }
}
