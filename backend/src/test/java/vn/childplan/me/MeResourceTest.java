package vn.childplan.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.childplan.security.Roles;
import vn.childplan.security.Caller;
import vn.childplan.support.Tokens;

/** GET /api/v1/me: what the web app's header shows and where an officer's work is looked up. */
@QuarkusTest
class MeResourceTest {

    @Test
    void an_officer_sees_their_name_in_vietnamese_order_their_unit_today_and_their_agency() {
        String token = Jwt.preferredUserName("officer.syt.hue").subject("officer-syt-hue")
                .groups(Set.of(Roles.OFFICER)).issuer("https://server.example.com")
                .audience("https://service.example.com").expiresIn(600).claim("given_name", "An")
                .claim("family_name", "Nguyễn Văn").claim(Caller.UNIT_CLAIM, "46")
                .claim(Caller.AGENCY_CLAIM, "HUE-SYT").jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200)
                .body("username", is("officer.syt.hue"))
                .body("displayName", is("Nguyễn Văn An"))
                .body("roles", contains("officer"))
                // 46 was Tỉnh Thừa Thiên Huế until the 2025 change; today it is Thành phố Huế
                .body("unit.code", is("46"))
                .body("unit.validTo", nullValue())
                .body("agency.name", containsString("Sở Y tế"))
                .body("agency.id", notNullValue());
    }

    @Test
    void a_caller_without_unit_or_agency_gets_nulls_and_the_user_name_as_display_name() {
        Tokens.as(Roles.ADMIN, null, null).when().get("/api/v1/me").then().statusCode(200)
                .body("username", is("admin.test"))
                .body("displayName", is("admin.test"))
                .body("roles", contains("admin"))
                .body("unit", nullValue())
                .body("agency", nullValue());
    }

    @Test
    void an_unknown_agency_code_is_no_error() {
        Tokens.as(Roles.OFFICER, "46", "NO-SUCH-AGENCY").when().get("/api/v1/me").then().statusCode(200)
                .body("agency", nullValue()).body("unit.code", is("46"));
    }

    @Test
    void without_a_token_it_is_401() {
        given().when().get("/api/v1/me").then().statusCode(401);
    }
}
