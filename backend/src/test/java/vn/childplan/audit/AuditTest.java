package vn.childplan.audit;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.childplan.support.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every change to a plan is traceable to a person, in the same transaction, and the trail cannot be rewritten. */
@QuarkusTest
class AuditTest {
    @Inject
    AuditService audit;
    @Inject
    EntityManager em;

    @Test
    void create_update_and_delete_each_leave_who_when_what_and_the_states() {
        long unit = as("admin", null, null).queryParam("code", "46").queryParam("level", "PROVINCE")
                .queryParam("validOn", "2016-06-01").when().get("/api/v1/admin-units").then().extract().jsonPath()
                .getLong("items[0].id");
        long issuer = as("admin", null, null).contentType(ContentType.JSON)
                .body(Map.of("name", "UBND thử kiểm toán " + System.nanoTime(), "kind", "PEOPLES_COMMITTEE", "unitId", unit))
                .when().post("/api/v1/agencies").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PLAN", "title", "Kế hoạch kiểm toán", "issuerId", issuer,
                "unitId", unit, "periodFromYear", 2026, "periodToYear", 2026, "status", "DRAFT"));
        long id = as("planner", "46", null).contentType(ContentType.JSON).body(body).when().post("/api/v1/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        body.put("title", "Kế hoạch kiểm toán (sửa)");
        as("planner", "46", null).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/documents/" + id).then().statusCode(200);
        as("planner", "46", null).header("If-Match", "\"1\"").when().delete("/api/v1/documents/" + id).then()
                .statusCode(204);

        as("planner", "46", null).queryParam("entity", "document").queryParam("entityId", id).queryParam("sort", "id")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("CREATE", "UPDATE", "DELETE"))
                .body("items.subject", everyItem(is("planner-46-subject")))
                .body("items.userName", everyItem(is("planner.test")))
                .body("items.clientId", everyItem(is("childplan-test")))
                .body("items.unitCode", everyItem(is("46")))
                .body("items[0].before", nullValue()).body("items[0].after.title", is("Kế hoạch kiểm toán"))
                .body("items[1].before.title", is("Kế hoạch kiểm toán"))
                .body("items[1].after.title", is("Kế hoạch kiểm toán (sửa)"))
                .body("items[2].before.version", is(1)).body("items[2].after", nullValue())
                .body("items.occurredAt", everyItem(notNullValue()));
        // another province's planner does not read this history; a viewer reads no audit at all
        as("planner", "30", null).queryParam("entity", "document").queryParam("entityId", id).when()
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", is(0));
        as("viewer", "46", null).when().get("/api/v1/audit").then().statusCode(403);
        as("admin", null, null).queryParam("entityId", id).queryParam("entity", "document").when()
                .get("/api/v1/audit").then().body("totalItems", is(3));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void an_audit_row_commits_or_rolls_back_with_its_change() {
        long marker = System.nanoTime();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            audit.record("document", marker, null, null, Map.of("title", "never committed"));
            throw new IllegalStateException("the change failed");
        }));
        assertEquals(0L, rowsFor(marker));
        QuarkusTransaction.requiringNew().run(() -> audit.record("document", marker, null, null, Map.of("title", "kept")));
        assertEquals(1L, rowsFor(marker));
        // and it is never written outside a change's transaction
        assertThrows(RuntimeException.class, () -> audit.record("document", marker, null, null, Map.of()));
    }

    @Test
    void the_application_cannot_rewrite_or_erase_the_trail() {
        long marker = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO audit_log (id, subject, entity, "
                + "entity_id, action, after) VALUES (nextval('audit_log_seq'), 'test', 'document', :id, 'CREATE', '{}')")
                .setParameter("id", marker).executeUpdate());
        for (String sql : new String[] { "UPDATE audit_log SET subject = 'someone else' WHERE entity_id = " + marker,
                "DELETE FROM audit_log WHERE entity_id = " + marker, "TRUNCATE audit_log" }) {
            assertThrows(RuntimeException.class,
                    () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()), sql);
        }
        assertEquals(1L, rowsFor(marker));
    }

    private long rowsFor(long entityId) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select count(e) from AuditEntry e where e.entityId = :id", Long.class)
                .setParameter("id", entityId).getSingleResult());
    }
}
