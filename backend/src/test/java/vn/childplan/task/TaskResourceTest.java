package vn.childplan.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.childplan.task.TaskFixtures.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;
import vn.childplan.task.TaskDtos.TaskDto;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class TaskResourceTest {
    static final String PROBLEM = "application/problem+json";

    @Inject
    TaskRepository tasks;

    @Test
    void create_read_update_delete() {
        long doc = document("Kế hoạch thực hiện Chỉ thị số 28-CT/TW");
        var created = given().contentType(ContentType.JSON)
                .body(task(doc, null, "II", "Nhiệm vụ, giải pháp; phân công thực hiện",
                        "description", "Đẩy mạnh công tác tuyên truyền", "scope", "Trên phạm vi toàn tỉnh",
                        "dueOn", "2025-12-31"))
                .when().post("/api/v1/tasks")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/tasks/\\d+$"))
                .header("ETag", "\"0\"")
                .body("documentId", is((int) doc))
                .body("parentId", nullValue())
                .body("number", is("II"))
                .body("position", is(0))
                .body("scope", is("Trên phạm vi toàn tỉnh"))
                .body("dueOn", is("2025-12-31"))
                .body("status", is("NOT_STARTED"))
                .body("version", is(0))
                .extract();
        long id = created.jsonPath().getLong("id");
        given().when().get(created.header("Location"))
                .then().statusCode(200).header("ETag", "\"0\"").body("id", is((int) id)).body("title",
                        is("Nhiệm vụ, giải pháp; phân công thực hiện"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(task(doc, null, "II", "  Nhiệm vụ và giải pháp  ", "status", "IN_PROGRESS", "position", 3))
                .when().put("/api/v1/tasks/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", is("Nhiệm vụ và giải pháp"))
                .body("description", nullValue())
                .body("status", is("IN_PROGRESS"))
                .body("position", is(3))
                .body("version", is(1));

        given().queryParam("documentId", doc).when().get("/api/v1/tasks")
                .then().statusCode(200).body("totalItems", is(1)).body("items[0].id", is((int) id));

        given().header("If-Match", "\"1\"").when().delete("/api/v1/tasks/" + id).then().statusCode(204);
        given().when().get("/api/v1/tasks/" + id)
                .then().statusCode(404).contentType(startsWith(PROBLEM)).body("code", is("NOT_FOUND"));
    }

    @Test
    void tasks_nest_II_then_II_1_then_II_1_a_and_new_siblings_go_last() {
        long doc = document("Kế hoạch số 26/KH-UBND");
        long ii = createTask(task(doc, null, "II", "Nhiệm vụ, giải pháp"));
        long ii1 = createTask(task(doc, ii, "II.1", "Tổ chức quán triệt, triển khai thực hiện Chỉ thị"));
        long ii2 = createTask(task(doc, ii, "II.2", "Hoàn thiện chính sách, bảo đảm nguồn lực"));
        var ii1a = given().contentType(ContentType.JSON).body(task(doc, ii1, "II.1.a", "Nhiệm vụ, giải pháp"))
                .when().post("/api/v1/tasks")
                .then().statusCode(201).body("parentId", is((int) ii1)).body("position", is(0)).extract();

        given().when().get("/api/v1/tasks/" + ii2).then().statusCode(200).body("parentId", is((int) ii))
                .body("position", is(1));
        given().queryParam("parentId", ii).when().get("/api/v1/tasks")
                .then().statusCode(200)
                .body("totalItems", is(2))
                .body("items.number", contains("II.1", "II.2"));
        given().queryParam("documentId", doc).queryParam("sort", "-number").when().get("/api/v1/tasks")
                .then().statusCode(200).body("items.number", contains("II.2", "II.1.a", "II.1", "II"));
        given().queryParam("parentId", ii1).when().get("/api/v1/tasks")
                .then().statusCode(200).body("items.id", contains(ii1a.jsonPath().getInt("id")));
    }

    @Test
    void parent_must_be_in_the_same_document() {
        long doc = document("Kế hoạch A");
        long other = document("Kế hoạch B");
        long parent = createTask(task(other, null, "I", "Mục đích, yêu cầu"));
        given().contentType(ContentType.JSON).body(task(doc, parent, "I.1", "Mục đích"))
                .when().post("/api/v1/tasks")
                .then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("parentId"));
    }

    @Test
    void unknown_document_or_parent_is_an_invalid_reference() {
        long doc = document("Kế hoạch C");
        given().contentType(ContentType.JSON).body(task(Long.MAX_VALUE, null, "I", "Mục đích"))
                .when().post("/api/v1/tasks")
                .then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("code", is("INVALID_REFERENCE")).body("violations[0].field", is("documentId"));
        given().contentType(ContentType.JSON).body(task(doc, Long.MAX_VALUE, "I.1", "Mục đích"))
                .when().post("/api/v1/tasks")
                .then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("code", is("INVALID_REFERENCE")).body("violations[0].field", is("parentId"));
    }

    @Test
    void moving_a_task_under_its_own_descendant_or_itself_is_a_cycle() {
        long doc = document("Kế hoạch D");
        long ii = createTask(task(doc, null, "II", "Nhiệm vụ"));
        long ii1 = createTask(task(doc, ii, "II.1", "Quán triệt"));
        long ii1a = createTask(task(doc, ii1, "II.1.a", "Tuyên truyền"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(task(doc, ii1a, "II", "Nhiệm vụ"))
                .when().put("/api/v1/tasks/" + ii)
                .then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("code", is("TASK_CYCLE"))
                .body("detail", containsString("Task " + ii));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(task(doc, ii1, "II.1", "Quán triệt"))
                .when().put("/api/v1/tasks/" + ii1)
                .then().statusCode(422).contentType(startsWith(PROBLEM)).body("code", is("TASK_CYCLE"));
        // Nothing changed, and a legitimate move (II.1.a up to the top level, then under II) still works.
        given().when().get("/api/v1/tasks/" + ii).then().statusCode(200).body("parentId", nullValue())
                .body("version", is(0));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(task(doc, ii, "II.1.a", "Tuyên truyền"))
                .when().put("/api/v1/tasks/" + ii1a)
                .then().statusCode(200).body("parentId", is((int) ii)).body("position", is(1));
    }

    @Test
    void a_number_is_unique_within_a_document_but_not_across_documents() {
        long doc = document("Kế hoạch E");
        long other = document("Kế hoạch F");
        createTask(task(doc, null, "III", "Tổ chức thực hiện"));
        given().contentType(ContentType.JSON).body(task(doc, null, "III", "Kinh phí thực hiện"))
                .when().post("/api/v1/tasks")
                .then().statusCode(409).contentType(startsWith(PROBLEM))
                .body("code", is("DUPLICATE"))
                .body("violations[0].field", is("number"));
        createTask(task(other, null, "III", "Tổ chức thực hiện"));
    }

    @Test
    void number_must_look_like_a_task_number() {
        long doc = document("Kế hoạch G");
        given().contentType(ContentType.JSON).body(task(doc, null, "II..1", "Nhiệm vụ"))
                .when().post("/api/v1/tasks")
                .then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", hasItem("number"));
    }

    @Test
    void yearly_recurrence_round_trips_as_month_day() {
        long doc = document("Kế hoạch H");
        long id = createTask(task(doc, null, "II.4", "Tổ chức Tháng hành động vì trẻ em",
                "recurrenceFrom", "--06-01", "recurrenceTo", "--06-30"));
        given().when().get("/api/v1/tasks/" + id)
                .then().statusCode(200)
                .body("recurrenceFrom", is("--06-01"))
                .body("recurrenceTo", is("--06-30"));
        Object stored = QuarkusTransaction.requiringNew().call(() -> tasks.getEntityManager()
                .createNativeQuery("SELECT recurrence_from || ' ' || recurrence_to FROM task WHERE id = :id")
                .setParameter("id", id).getSingleResult());
        assertEquals("--06-01 --06-30", stored);
    }

    @Test
    void invalid_recurrence_is_a_bad_request() {
        long doc = document("Kế hoạch I");
        given().contentType(ContentType.JSON)
                .body(task(doc, null, "II.5", "Ngày Quốc tế Thiếu nhi", "recurrenceFrom", "--13-01", "recurrenceTo", "--06-01"))
                .when().post("/api/v1/tasks")
                .then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("code", is("INVALID_VALUE"))
                .body("violations[0].field", is("recurrenceFrom"));
    }

    @Test
    void recurrence_needs_both_ends() {
        long doc = document("Kế hoạch J");
        given().contentType(ContentType.JSON)
                .body(task(doc, null, "II.6", "Diễn đàn trẻ em", "recurrenceFrom", "--06-01"))
                .when().post("/api/v1/tasks")
                .then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("recurrenceTo"));
    }

    @Test
    void updates_and_deletes_need_the_current_etag() {
        long doc = document("Kế hoạch K");
        long id = createTask(task(doc, null, "I", "Mục đích"));
        given().contentType(ContentType.JSON).body(task(doc, null, "I", "Mục đích, yêu cầu"))
                .when().put("/api/v1/tasks/" + id)
                .then().statusCode(428).contentType(startsWith(PROBLEM)).body("code", is("PRECONDITION_REQUIRED"));
        given().when().delete("/api/v1/tasks/" + id)
                .then().statusCode(428).contentType(startsWith(PROBLEM)).body("code", is("PRECONDITION_REQUIRED"));
        given().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/tasks/" + id))
                .body(task(doc, null, "I", "Mục đích, yêu cầu"))
                .when().put("/api/v1/tasks/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(task(doc, null, "I", "Mục đích"))
                .when().put("/api/v1/tasks/" + id)
                .then().statusCode(412).contentType(startsWith(PROBLEM)).body("code", is("PRECONDITION_FAILED"));
        given().header("If-Match", "\"0\"").when().delete("/api/v1/tasks/" + id)
                .then().statusCode(412).contentType(startsWith(PROBLEM)).body("code", is("PRECONDITION_FAILED"));
        given().when().get("/api/v1/tasks/" + id).then().statusCode(200).body("title", is("Mục đích, yêu cầu"));
    }

    @Test
    void a_task_cannot_move_to_another_document() {
        long doc = document("Kế hoạch L");
        long other = document("Kế hoạch M");
        long id = createTask(task(doc, null, "I", "Mục đích"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(task(other, null, "I", "Mục đích"))
                .when().put("/api/v1/tasks/" + id)
                .then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("documentId"));
    }

    @Test
    void search_ignores_diacritics_case_and_unicode_form() {
        long doc = document("Kế hoạch N");
        createTask(task(doc, null, "1", "Chăm sóc sức khỏe trẻ em", "status", "DONE"));
        createTask(task(doc, null, "2", "Giáo dục mầm non", "description", "Phổ cập giáo dục cho trẻ em 5 tuổi"));
        createTask(task(doc, null, "3", "Kinh phí thực hiện"));
        given().queryParam("documentId", doc).queryParam("q", "tre em").queryParam("sort", "number")
                .when().get("/api/v1/tasks")
                .then().statusCode(200).body("items.number", contains("1", "2"));
        // Upper case and combining form (U + U+031B + U+0323 for "Ự", e + U+0323 + U+0302 for "ệ") still find "thực hiện".
        given().queryParam("documentId", doc).queryParam("q", "THU\u031B\u0323C hie\u0323\u0302n")
                .when().get("/api/v1/tasks")
                .then().statusCode(200).body("items.number", contains("3"));
    }

    @Test
    void lists_filter_by_status_and_refuse_unknown_sort_keys() {
        long doc = document("Kế hoạch N2");
        createTask(task(doc, null, "1", "Chăm sóc sức khỏe trẻ em", "status", "DONE"));
        createTask(task(doc, null, "2", "Giáo dục mầm non"));
        given().queryParam("documentId", doc).queryParam("status", "DONE")
                .when().get("/api/v1/tasks")
                .then().statusCode(200).body("items.number", contains("1"));
        given().queryParam("documentId", doc).queryParam("sort", "priority")
                .when().get("/api/v1/tasks")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("code", is("INVALID_PARAMETER"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void a_viewer_reads_but_cannot_write() {
        long doc = document("Kế hoạch O");
        given().queryParam("documentId", doc).when().get("/api/v1/tasks").then().statusCode(200);
        given().contentType(ContentType.JSON).body(task(doc, null, "I", "Mục đích"))
                .when().post("/api/v1/tasks")
                .then().statusCode(403).contentType(startsWith(PROBLEM)).body("code", is("FORBIDDEN"));
        given().header("If-Match", "\"0\"").when().delete("/api/v1/tasks/1")
                .then().statusCode(403).contentType(startsWith(PROBLEM)).body("code", is("FORBIDDEN"));
    }

    @Test
    void deleting_a_task_deletes_its_subtasks_and_their_assignments() {
        long doc = document("Kế hoạch P");
        long agency = agency("Sở Y tế");
        long ii = createTask(task(doc, null, "II", "Nhiệm vụ"));
        long ii1 = createTask(task(doc, ii, "II.1", "Quán triệt"));
        long ii1a = createTask(task(doc, ii1, "II.1.a", "Tuyên truyền"));
        long kept = createTask(task(doc, null, "III", "Tổ chức thực hiện"));
        long a1 = createAssignment(assignment(ii1, agency, "LEAD"));
        long a2 = createAssignment(assignment(ii1a, agency, "COORDINATE"));
        long a3 = createAssignment(assignment(kept, agency, "LEAD"));

        given().header("If-Match", "\"0\"").when().delete("/api/v1/tasks/" + ii).then().statusCode(204);

        for (long gone : new long[] { ii1, ii1a }) {
            given().when().get("/api/v1/tasks/" + gone).then().statusCode(404).body("code", is("NOT_FOUND"));
        }
        for (long gone : new long[] { a1, a2 }) {
            given().when().get("/api/v1/assignments/" + gone).then().statusCode(404).body("code", is("NOT_FOUND"));
        }
        given().when().get("/api/v1/assignments/" + a3).then().statusCode(200);
        given().queryParam("documentId", doc).when().get("/api/v1/tasks")
                .then().statusCode(200).body("items.id", contains((int) kept));
    }

    @Test
    void the_dto_reads_document_and_parent_ids_without_loading_them() {
        long doc = document("Kế hoạch Q");
        long parent = createTask(task(doc, null, "II", "Nhiệm vụ"));
        long child = createTask(task(doc, parent, "II.1", "Quán triệt"));
        QuarkusTransaction.requiringNew().run(() -> {
            Task t = tasks.findById(child);
            TaskDto dto = TaskDto.of(t);
            assertEquals(doc, dto.documentId());
            assertEquals(parent, dto.parentId());
            assertFalse(Hibernate.isInitialized(t.document), "TaskDto.of loaded the document");
            assertFalse(Hibernate.isInitialized(t.parent), "TaskDto.of loaded the parent");
        });
    }

    @Test
    void unknown_fields_and_missing_fields_are_refused() {
        long doc = document("Kế hoạch R");
        Map<String, Object> body = task(doc, null, "I", "Mục đích", "owner", "Sở Y tế");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/tasks")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("code", is("UNKNOWN_FIELD"));
        given().contentType(ContentType.JSON).body(Map.of("number", "I")).when().post("/api/v1/tasks")
                .then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", hasItems("documentId", "title"));
    }
}
