package vn.childplan.orgunit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static vn.childplan.support.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.childplan.reportingcycle.Obligations;
import vn.childplan.security.UnitTree;

/**
 * A caller's scope is kept between requests (the "unit-scopes" cache), yet a reorganisation an admin records is part
 * of every scope at once: the unit writes empty the cache.
 */
@QuarkusTest
class UnitScopesTest {
    @Inject
    UnitTree tree;

    private Map<String, Set<Long>> within(String code) {
        return QuarkusTransaction.requiringNew().call(() -> tree.unitsWithin(code, LocalDate.now(Obligations.VIETNAM)));
    }

    private static long unit(String code, String validTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Xã " + code);
        body.put("type", "XA");
        body.put("parentCode", "291");
        body.put("validFrom", "2020-01-01");
        body.put("validTo", validTo);
        return as("admin", null, null).contentType("application/json").body(body).when().post("/api/v1/admin-units")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void a_scope_is_read_once_and_a_merger_recorded_by_an_admin_is_in_it_at_once() {
        // 5-digit codes no reference row, and no other test class's range (AdminUnitResourceTest: 90000-95000), uses
        int base = 96000 + ThreadLocalRandom.current().nextInt(1500) * 2;
        String kept = String.valueOf(base);
        String merged = String.valueOf(base + 1);
        long keptId = unit(kept, null);
        long mergedId = unit(merged, "2024-12-31");

        Map<String, Set<Long>> before = within(kept);
        assertEquals(Map.of(kept, Set.of(keptId)), before);
        assertSame(before, within(kept), "the second asking is answered from the cache");

        as("admin", null, null).contentType("application/json")
                .body(Map.of("kind", "MERGE", "predecessorId", mergedId, "successorId", keptId,
                        "effectiveOn", "2025-01-01", "basis", "NQ sáp nhập thử"))
                .when().post("/api/v1/unit-changes").then().statusCode(201);

        assertEquals(Map.of(kept, Set.of(keptId), merged, Set.of(mergedId)), within(kept),
                "the merged commune is in the scope of the one it became");
    }
}
