package vn.childplan.task;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentKind;
import vn.childplan.document.DocumentStatus;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyKind;

/**
 * Records the task tests need but cannot create over REST yet (documents have no API in this branch). Every call
 * commits its own transaction and returns fresh, uniquely named rows, so tests never share state.
 */
final class TaskFixtures {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private TaskFixtures() {
    }

    /** A unique suffix for names that the database keeps unique. */
    static String unique(String name) {
        return name + " #" + System.nanoTime() + "-" + SEQ.incrementAndGet();
    }

    static long agency(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Agency a = new Agency();
            a.name = unique(name);
            a.kind = AgencyKind.STATE_AGENCY;
            a.persist();
            return a.id;
        });
    }

    /** A draft plan issued by a fresh agency. */
    static long document(String title) {
        long issuer = agency("Ủy ban nhân dân tỉnh Hải Dương");
        return QuarkusTransaction.requiringNew().call(() -> {
            Document d = new Document();
            d.issuer = Agency.findById(issuer);
            d.kind = DocumentKind.PLAN;
            d.title = title;
            d.periodFromYear = 2024;
            d.periodToYear = 2030;
            d.status = DocumentStatus.DRAFT;
            d.persist();
            return d.id;
        });
    }

    /** A task body for POST/PUT /api/v1/tasks; {@code extra} adds or overrides fields (null values are kept). */
    static Map<String, Object> task(long documentId, Long parentId, String number, String title, Object... extra) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("documentId", documentId);
        body.put("parentId", parentId);
        body.put("number", number);
        body.put("title", title);
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    /** An assignment body for POST/PUT /api/v1/assignments. */
    static Map<String, Object> assignment(long taskId, long agencyId, String role, Object... extra) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("taskId", taskId);
        body.put("agencyId", agencyId);
        body.put("role", role);
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    /** POSTs a task, expects 201 and returns its id. */
    static long createTask(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tasks")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** POSTs an assignment, expects 201 and returns its id. */
    static long createAssignment(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/assignments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The current ETag of a record, as the server sends it. */
    static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }
}
