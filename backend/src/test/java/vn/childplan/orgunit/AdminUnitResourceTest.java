package vn.childplan.orgunit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class AdminUnitResourceTest {

    @Test
    void reference_data_holds_63_provinces_before_and_34_after_the_2025_reform() {
        given().queryParam("level", "PROVINCE").queryParam("validOn", "2016-06-01").queryParam("size", 1)
                .when().get("/api/v1/admin-units")
                .then().statusCode(200).body("totalItems", is(63));
        given().queryParam("level", "PROVINCE").queryParam("validOn", "2025-07-01").queryParam("size", 1)
                .when().get("/api/v1/admin-units")
                .then().statusCode(200).body("totalItems", is(34));
    }
}
