package vn.childplan.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed top-level openapi.yaml must be exactly what the backend serves; the SPA's client is generated from
 * it. Regenerate after an API change with:
 * {@code ./mvnw -B test -Dtest=OpenApiContractTest -Dopenapi.update=true}.
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path COMMITTED = Path.of("..", "openapi.yaml");

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
}
