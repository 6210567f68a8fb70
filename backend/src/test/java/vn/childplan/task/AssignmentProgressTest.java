package vn.childplan.task;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * An agency's progress report on an assignment: the status with a short note and the day it refers to, who may send
 * it (the assigned agency's officers and the plan's planners), and its history with who and when. Callers hold real
 * tokens with the claims of the realm (unit_code 46 = Huế, agency_code).
 */
@QuarkusTest
class AssignmentProgressTest {
    private static final String HUE = "46";
    private static final String PROBLEM = "application/problem+json";

    private long id;
    private Map<String, Object> body;

    /** A fresh plan of Huế with one task led by the Sở Y tế (HUE-SYT), made by an admin. */
    @BeforeEach
    void anAssignmentOfTheSoYTe() {
        long unit = admin().queryParam("code", HUE).queryParam("level", "PROVINCE").queryParam("validOn", "2016-06-01")
                .when().get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        long soYTe = admin().queryParam("unitId", unit).queryParam("size", 100).when().get("/api/v1/agencies").then()
                .extract().jsonPath().getLong("items.find { it.code == 'HUE-SYT' }.id");
        long plan = create("documents", Map.of("kind", "PLAN", "title", "Kế hoạch tiến độ " + System.nanoTime(),
                "issuerId", soYTe, "unitId", unit, "periodFromYear", 2026, "periodToYear", 2026, "status", "DRAFT"));
        long task = create("tasks", Map.of("documentId", plan, "number", "1", "title", "Tháng hành động vì trẻ em"));
        body = new HashMap<>(Map.of("taskId", task, "agencyId", soYTe, "role", "LEAD"));
        id = create("assignments", body);
    }

    @Test
    void an_officer_reports_progress_and_the_history_shows_who_and_when() {
        // the database keeps microseconds: compare at the millisecond
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        officer("HUE-SYT").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(progress("IN_PROGRESS", "Đã tổ chức 3 lớp tập huấn", "2026-01-15"))
                .when().put(path()).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", is("IN_PROGRESS"))
                .body("progressNote", is("Đã tổ chức 3 lớp tập huấn"))
                .body("statusOn", is("2026-01-15"));
        Instant after = Instant.now();
        // a planner's change of the duty alone leaves the progress report, and the history, as they were
        Map<String, Object> duty = new HashMap<>(body);
        duty.put("duty", "Chủ trì tổ chức");
        planner().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(duty).when().put(path()).then()
                .statusCode(200).body("status", is("IN_PROGRESS")).body("progressNote", is("Đã tổ chức 3 lớp tập huấn"))
                .body("statusOn", is("2026-01-15"));

        var history = viewer().when().get(path() + "/history").then().statusCode(200)
                .body("size()", is(2))
                .body("[0].status", is("IN_PROGRESS"))
                .body("[0].progressNote", is("Đã tổ chức 3 lớp tập huấn"))
                .body("[0].statusOn", is("2026-01-15"))
                .body("[0].changedBy", is("officer.test"))
                .body("[1].status", is("NOT_STARTED"))
                .body("[1].progressNote", nullValue())
                .body("[1].changedBy", is("admin.test"))
                .extract().jsonPath();
        Instant changedAt = Instant.parse(history.getString("[0].changedAt"));
        assertFalse(changedAt.isBefore(before) || changedAt.isAfter(after),
                changedAt + " is not between " + before + " and " + after);
    }

    @Test
    void a_planner_of_the_plan_reports_progress_too_and_a_status_without_a_note_clears_it() {
        planner().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(progress("DONE", "Hoàn thành", "2026-02-01")).when().put(path()).then().statusCode(200);
        planner().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(progress("CANCELLED", null, null))
                .when().put(path()).then().statusCode(200)
                .body("status", is("CANCELLED")).body("progressNote", nullValue()).body("statusOn", nullValue());
        officer("HUE-SYT").when().get(path() + "/history").then().statusCode(200)
                .body("status", contains("CANCELLED", "DONE", "NOT_STARTED"))
                .body("changedBy", contains("planner.test", "planner.test", "admin.test"));
    }

    @Test
    void an_officer_of_another_agency_and_a_viewer_are_refused() {
        officer("HUE-LDTBXH").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(progress("DONE", "Không phải việc của tôi", "2026-01-15")).when().put(path()).then()
                .statusCode(403).contentType(startsWith(PROBLEM)).body("code", is("FORBIDDEN"))
                .body("violations[0].field", is("agencyId"));
        viewer().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(progress("DONE", "Xem thôi", "2026-01-15")).when().put(path()).then()
                .statusCode(403).contentType(startsWith(PROBLEM)).body("code", is("FORBIDDEN"));
        admin().when().get(path()).then().body("status", is("NOT_STARTED")).body("version", is(0));
        admin().when().get(path() + "/history").then().body("status", contains("NOT_STARTED"));
    }

    @Test
    void the_note_is_short_and_goes_with_a_status_of_no_later_day() {
        officer("HUE-SYT").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(progress("IN_PROGRESS", "x".repeat(501), "2026-01-15")).when().put(path()).then()
                .statusCode(400).contentType(startsWith(PROBLEM)).body("code", is("VALIDATION_FAILED"))
                .body("violations.field", contains("progressNote"));
        Map<String, Object> noteAlone = progress(null, "Đang làm", null);
        noteAlone.remove("status");
        officer("HUE-SYT").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(noteAlone)
                .when().put(path()).then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("code", is("RULE_VIOLATED")).body("violations[0].field", is("progressNote"));
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        officer("HUE-SYT").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(progress("DONE", "Sắp xong", tomorrow)).when().put(path()).then().statusCode(422)
                .body("code", is("RULE_VIOLATED")).body("violations[0].field", is("statusOn"));
        officer("HUE-SYT").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(progress("IN_PROGRESS", "x".repeat(500), "2026-01-15")).when().put(path()).then()
                .statusCode(200).body("progressNote.length()", is(500));
    }

    @Test
    void a_stale_if_match_changes_nothing() {
        officer("HUE-SYT").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(progress("IN_PROGRESS", "Lần đầu", "2026-01-15")).when().put(path()).then().statusCode(200);
        planner().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(progress("DONE", "Đè lên bản cũ", "2026-01-16")).when().put(path()).then()
                .statusCode(412).contentType(startsWith(PROBLEM)).body("code", is("PRECONDITION_FAILED"));
        admin().when().get(path()).then().body("status", is("IN_PROGRESS")).body("progressNote", is("Lần đầu"));
        admin().when().get(path() + "/history").then().body("progressNote", contains("Lần đầu", null));
    }

    // ------------------------------------------------------------------------------------------------------------

    private String path() {
        return "/api/v1/assignments/" + id;
    }

    /** The assignment as created, with a progress report; null values are sent as null. */
    private Map<String, Object> progress(String status, String note, String statusOn) {
        Map<String, Object> out = new HashMap<>(body);
        out.put("status", status);
        out.put("progressNote", note);
        out.put("statusOn", statusOn);
        return out;
    }

    private static long create(String type, Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).body(body).when().post("/api/v1/" + type).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    private static RequestSpecification planner() {
        return Tokens.as("planner", HUE, null);
    }

    private static RequestSpecification viewer() {
        return Tokens.as("viewer", HUE, null);
    }

    private static RequestSpecification officer(String agencyCode) {
        return Tokens.as("officer", HUE, agencyCode);
    }
}
