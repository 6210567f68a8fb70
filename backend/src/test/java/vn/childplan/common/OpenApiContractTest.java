package vn.childplan.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The committed top-level openapi.yaml must be exactly what the backend serves; the SPA's client is generated from
 * it. Regenerate after an API change with:
 * {@code ./mvnw -B test -Dtest=OpenApiContractTest -Dopenapi.update=true}.
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path COMMITTED = Path.of("..", "openapi.yaml");
    /** lowerCamelCase starting with a verb's lowercase letters: listDocuments, getMe, submitReport. */
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z]+(?:[A-Z][a-z0-9]*)*");

    @Test
    void committed_contract_is_what_the_backend_serves() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "openapi.yaml differs from the served contract; regenerate it with "
                        + "./mvnw -B test -Dtest=OpenApiContractTest -Dopenapi.update=true and review the diff");
    }

    /**
     * Generated clients name their methods after operationIds, so they are API: every operation carries its own,
     * explicit and unique, and a description. Read off the served contract, so a new operation fails here before
     * openapi.yaml is even regenerated.
     */
    @Test
    void every_operation_has_a_unique_lower_camel_case_operation_id_and_a_description() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString()).path("paths");
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!HTTP_METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                String id = op.getValue().path("operationId").asText("");
                if (!OPERATION_ID.matcher(id).matches()) {
                    problems.add(where + ": operationId '" + id + "' is not lowerCamelCase (set it in @Operation)");
                }
                String other = seen.put(id, where);
                if (other != null && !id.isEmpty()) {
                    problems.add(where + ": operationId '" + id + "' is also used by " + other);
                }
                if (op.getValue().path("description").asText("").isBlank()) {
                    problems.add(where + ": no description (set it in @Operation)");
                }
            }
        }
        assertTrue(seen.size() > 1, "the contract has no operations to check");
        assertEquals(List.of(), problems);
    }
}
