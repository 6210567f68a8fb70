package vn.childplan.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.childplan.task.TaskFixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class AssignmentResourceTest {
    static final String PROBLEM = "application/problem+json";

    @Test
    void create_read_update_delete() {
        long doc = document("Kế hoạch thực hiện Chỉ thị số 28-CT/TW");
        long task = createTask(task(doc, null, "II.1", "Tổ chức quán triệt", "dueOn", "2024-12-31"));
        long soYTe = agency("Sở Y tế");
        var created = given().contentType(ContentType.JSON)
                .body(assignment(task, soYTe, "LEAD", "duty", "Chủ trì, tham mưu tổng hợp"))
                .when().post("/api/v1/assignments")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/assignments/\\d+$"))
                .header("ETag", "\"0\"")
                .body("task.id", is((int) task))
                .body("task.number", is("II.1"))
                .body("task.title", is("Tổ chức quán triệt"))
                .body("document.id", is((int) doc))
                .body("document.title", is("Kế hoạch thực hiện Chỉ thị số 28-CT/TW"))
                .body("agency.id", is((int) soYTe))
                .body("agency.name", startsWith("Sở Y tế"))
                .body("role", is("LEAD"))
                .body("duty", is("Chủ trì, tham mưu tổng hợp"))
                .body("dueOn", nullValue()) // none of its own …
                .body("effectiveDueOn", is("2024-12-31")) // … so the task's applies
                .body("status", is("NOT_STARTED"))
                .extract();
        long id = created.jsonPath().getLong("id");
        given().when().get(created.header("Location"))
                .then().statusCode(200).header("ETag", "\"0\"").body("id", is((int) id)).body("role", is("LEAD"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(assignment(task, soYTe, "LEAD", "dueOn", "2024-10-15", "status", "DONE"))
                .when().put("/api/v1/assignments/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("dueOn", is("2024-10-15"))
                .body("effectiveDueOn", is("2024-10-15"))
                .body("status", is("DONE"))
                .body("duty", nullValue())
                .body("version", is(1));

        given().header("If-Match", "\"1\"").when().delete("/api/v1/assignments/" + id).then().statusCode(204);
        given().when().get("/api/v1/assignments/" + id)
                .then().statusCode(404).contentType(startsWith(PROBLEM)).body("code", is("NOT_FOUND"));
    }

    @Test
    void a_task_has_at_most_one_lead_but_any_number_of_coordinators() {
        long doc = document("Kế hoạch số 26/KH-UBND");
        long task = createTask(task(doc, null, "1", "Tháng hành động vì trẻ em"));
        long lead = agency("Sở Lao động - Thương binh và Xã hội");
        long second = agency("Sở Y tế");
        long third = agency("Sở Giáo dục và Đào tạo");
        createAssignment(assignment(task, lead, "LEAD"));
        given().contentType(ContentType.JSON).body(assignment(task, second, "LEAD"))
                .when().post("/api/v1/assignments")
                .then().statusCode(409).contentType(startsWith(PROBLEM))
                .body("code", is("LEAD_ALREADY_ASSIGNED"))
                .body("violations[0].field", is("role"));
        createAssignment(assignment(task, second, "COORDINATE"));
        createAssignment(assignment(task, third, "COORDINATE"));
        given().queryParam("taskId", task).when().get("/api/v1/assignments")
                .then().statusCode(200)
                .body("totalItems", is(3))
                .body("items.findAll { it.role == 'LEAD' }.agency.id", contains((int) lead));
    }

    @Test
    void a_coordinator_cannot_become_a_second_lead() {
        long doc = document("Kế hoạch số 209-KH/TU");
        long task = createTask(task(doc, null, "2", "Hoàn thiện chính sách"));
        long lead = agency("Sở Lao động - Thương binh và Xã hội");
        long coordinator = agency("Sở Tư pháp");
        createAssignment(assignment(task, lead, "LEAD"));
        long id = createAssignment(assignment(task, coordinator, "COORDINATE"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(assignment(task, coordinator, "LEAD"))
                .when().put("/api/v1/assignments/" + id)
                .then().statusCode(409).contentType(startsWith(PROBLEM))
                .body("code", is("LEAD_ALREADY_ASSIGNED"));
        given().when().get("/api/v1/assignments/" + id)
                .then().statusCode(200).body("role", is("COORDINATE")).body("version", is(0));
        // Once the lead steps down to coordinator, the other may lead.
        long leadId = given().queryParam("taskId", task).queryParam("role", "LEAD").when().get("/api/v1/assignments")
                .then().statusCode(200).body("totalItems", is(1)).extract().jsonPath().getLong("items[0].id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(assignment(task, lead, "COORDINATE"))
                .when().put("/api/v1/assignments/" + leadId).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(assignment(task, coordinator, "LEAD"))
                .when().put("/api/v1/assignments/" + id).then().statusCode(200).body("role", is("LEAD"));
    }

    @Test
    void an_agency_is_assigned_once_per_task() {
        long doc = document("Kế hoạch S");
        long task = createTask(task(doc, null, "3", "Phòng, chống xâm hại trẻ em"));
        long agency = agency("Công an tỉnh");
        createAssignment(assignment(task, agency, "COORDINATE"));
        given().contentType(ContentType.JSON).body(assignment(task, agency, "REQUESTED"))
                .when().post("/api/v1/assignments")
                .then().statusCode(409).contentType(startsWith(PROBLEM))
                .body("code", is("DUPLICATE"))
                .body("violations[0].field", is("agencyId"));
    }

    @Test
    void an_agencys_assignments_across_plans_sorted_by_due_date() {
        long agency = agency("Sở Y tế tỉnh Thừa Thiên Huế");
        long other = agency("Sở Văn hóa, Thể thao và Du lịch");
        long planA = document("Kế hoạch hành động vì trẻ em giai đoạn 2016-2020");
        long planB = document("Kế hoạch thực hiện Chỉ thị số 28-CT/TW");
        long a1 = createTask(task(planA, null, "1", "Tiêm chủng đầy đủ", "dueOn", "2025-12-31"));
        long b1 = createTask(task(planB, null, "1", "Tháng hành động vì trẻ em", "dueOn", "2025-06-30"));
        long b2 = createTask(task(planB, null, "2", "Diễn đàn trẻ em", "dueOn", "2026-12-31"));
        long b3 = createTask(task(planB, null, "3", "Tết Trung thu"));
        long onA1 = createAssignment(assignment(a1, agency, "LEAD"));
        long onB1 = createAssignment(assignment(b1, agency, "COORDINATE"));
        long onB2 = createAssignment(assignment(b2, agency, "REQUESTED", "dueOn", "2025-03-01")); // own date first
        long onB3 = createAssignment(assignment(b3, agency, "COORDINATE")); // no date at all: last
        createAssignment(assignment(b1, other, "LEAD")); // someone else's

        given().queryParam("agencyId", agency).queryParam("sort", "dueOn").when().get("/api/v1/assignments")
                .then().statusCode(200)
                .body("totalItems", is(4))
                .body("items.id", contains((int) onB2, (int) onB1, (int) onA1, (int) onB3))
                .body("items.effectiveDueOn", contains("2025-03-01", "2025-06-30", "2025-12-31", null))
                .body("items.document.id", contains((int) planB, (int) planB, (int) planA, (int) planB))
                .body("items.task.number", contains("2", "1", "1", "3"))
                .body("items.agency.id", everyItem(is((int) agency)));
        given().queryParam("agencyId", agency).queryParam("dueBefore", "2025-06-30").when().get("/api/v1/assignments")
                .then().statusCode(200).body("items.id", contains((int) onB2, (int) onB1));
        given().queryParam("agencyId", agency).queryParam("documentId", planA).when().get("/api/v1/assignments")
                .then().statusCode(200).body("items.id", contains((int) onA1));
        given().queryParam("agencyId", agency).queryParam("role", "COORDINATE").queryParam("sort", "-id")
                .when().get("/api/v1/assignments")
                .then().statusCode(200).body("items.id", contains((int) onB3, (int) onB1));
        given().queryParam("agencyId", agency).queryParam("sort", "dueOn").queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/assignments")
                .then().statusCode(200).body("totalItems", is(4)).body("totalPages", is(2))
                .body("items.id", contains((int) onA1, (int) onB3));
    }

    @Test
    void an_unknown_role_is_an_invalid_value() {
        long doc = document("Kế hoạch T");
        long task = createTask(task(doc, null, "1", "Nhiệm vụ"));
        long agency = agency("Sở Tài chính");
        given().contentType(ContentType.JSON).body(assignment(task, agency, "BOSS"))
                .when().post("/api/v1/assignments")
                .then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("code", is("INVALID_VALUE"))
                .body("violations[0].field", is("role"));
        given().contentType(ContentType.JSON).body(Map.of("taskId", task, "agencyId", agency))
                .when().post("/api/v1/assignments")
                .then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", contains("role"));
    }

    @Test
    void task_and_agency_must_exist() {
        long doc = document("Kế hoạch U");
        long task = createTask(task(doc, null, "1", "Nhiệm vụ"));
        long agency = agency("Sở Kế hoạch và Đầu tư");
        given().contentType(ContentType.JSON).body(assignment(Long.MAX_VALUE, agency, "LEAD"))
                .when().post("/api/v1/assignments")
                .then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("code", is("INVALID_REFERENCE")).body("violations[0].field", is("taskId"));
        given().contentType(ContentType.JSON).body(assignment(task, Long.MAX_VALUE, "LEAD"))
                .when().post("/api/v1/assignments")
                .then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("code", is("INVALID_REFERENCE")).body("violations[0].field", is("agencyId"));
    }

    @Test
    void an_assignment_cannot_move_to_another_task() {
        long doc = document("Kế hoạch V");
        long task = createTask(task(doc, null, "1", "Nhiệm vụ 1"));
        long otherTask = createTask(task(doc, null, "2", "Nhiệm vụ 2"));
        long agency = agency("Sở Thông tin và Truyền thông");
        long id = createAssignment(assignment(task, agency, "LEAD"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(assignment(otherTask, agency, "LEAD"))
                .when().put("/api/v1/assignments/" + id)
                .then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("taskId"));
    }

    @Test
    void updates_and_deletes_need_the_current_etag() {
        long doc = document("Kế hoạch W");
        long task = createTask(task(doc, null, "1", "Nhiệm vụ"));
        long agency = agency("Hội Liên hiệp Phụ nữ tỉnh");
        long id = createAssignment(assignment(task, agency, "REQUESTED"));
        String path = "/api/v1/assignments/" + id;
        given().contentType(ContentType.JSON).body(assignment(task, agency, "REQUESTED", "status", "IN_PROGRESS"))
                .when().put(path)
                .then().statusCode(428).contentType(startsWith(PROBLEM)).body("code", is("PRECONDITION_REQUIRED"));
        given().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(assignment(task, agency, "REQUESTED", "status", "IN_PROGRESS"))
                .when().put(path).then().statusCode(200).header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(assignment(task, agency, "REQUESTED", "status", "DONE"))
                .when().put(path)
                .then().statusCode(412).contentType(startsWith(PROBLEM)).body("code", is("PRECONDITION_FAILED"));
        given().header("If-Match", "\"0\"").when().delete(path)
                .then().statusCode(412).contentType(startsWith(PROBLEM)).body("code", is("PRECONDITION_FAILED"));
        given().when().delete(path)
                .then().statusCode(428).contentType(startsWith(PROBLEM)).body("code", is("PRECONDITION_REQUIRED"));
        given().when().get(path).then().statusCode(200).body("status", is("IN_PROGRESS"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void a_viewer_reads_but_cannot_write() {
        long doc = document("Kế hoạch X");
        given().queryParam("documentId", doc).when().get("/api/v1/assignments").then().statusCode(200)
                .body("totalItems", is(0));
        given().contentType(ContentType.JSON).body(assignment(1, 1, "LEAD"))
                .when().post("/api/v1/assignments")
                .then().statusCode(403).contentType(startsWith(PROBLEM)).body("code", is("FORBIDDEN"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(assignment(1, 1, "LEAD"))
                .when().put("/api/v1/assignments/1")
                .then().statusCode(403).contentType(startsWith(PROBLEM)).body("code", is("FORBIDDEN"));
        given().header("If-Match", "\"0\"").when().delete("/api/v1/assignments/1")
                .then().statusCode(403).contentType(startsWith(PROBLEM)).body("code", is("FORBIDDEN"));
    }
}
