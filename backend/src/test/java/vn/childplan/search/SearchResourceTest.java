package vn.childplan.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.childplan.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class SearchResourceTest {

    @Test
    void finds_plans_tasks_and_agencies_whatever_the_spelling() {
        String nfd = Normalizer.normalize("trẻ em", Normalizer.Form.NFD);
        for (String q : List.of("tre em", "TRẺ EM", nfd)) {
            given().queryParam("q", q).queryParam("size", 100).when().get("/api/v1/search").then().statusCode(200)
                    .body("items.findAll { it.type == 'DOCUMENT' }.subtitle", hasItem("26/KH-UBND"))
                    .body("items.type", hasItems("DOCUMENT", "TASK"));
        }
        // agencies, accent-free and upper case; đ matches d
        given().queryParam("q", "SO Y TE").queryParam("type", "AGENCY").when().get("/api/v1/search").then()
                .statusCode(200).body("items.title", hasItem("Sở Y tế")).body("items.type", everyItem(is("AGENCY")));
        given().queryParam("q", "phu nu dan toc").queryParam("type", "TASK").when().get("/api/v1/search").then()
                .statusCode(200).body("items.type", everyItem(is("TASK")));
        given().queryParam("q", "đoan thanh nien").when().get("/api/v1/search").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void every_word_must_match_and_best_matches_come_first() {
        String marker = unique("Qx").replace(" ", "");
        long issuer = createAgency("Cơ quan " + marker);
        long exact = createDocument(draftPlan(issuer, "Kế hoạch bảo vệ trẻ em " + marker));
        long longer = createDocument(draftPlan(issuer,
                "Kế hoạch về nhiều nội dung khác nhau trong đó có bảo vệ trẻ em và gia đình " + marker));
        given().queryParam("q", "bao ve tre em " + marker.toLowerCase()).queryParam("type", "DOCUMENT")
                .when().get("/api/v1/search").then().statusCode(200)
                .body("totalItems", is(2)).body("items.id", contains((int) exact, (int) longer));
        given().queryParam("q", "bao ve nguoi cao tuoi " + marker).when().get("/api/v1/search").then()
                .body("totalItems", is(0)).body("items", empty());
        // a page past the end still reports the total
        given().queryParam("q", marker).queryParam("page", 5).when().get("/api/v1/search").then()
                .body("items", empty()).body("totalItems", is(3));
    }

    @Test
    void the_query_is_required_and_bounded() {
        given().when().get("/api/v1/search").then().statusCode(400).body("violations[0].field", is("q"));
        given().queryParam("q", "x".repeat(201)).when().get("/api/v1/search").then().statusCode(400);
        given().queryParam("q", "tre").queryParam("type", "PERSON").when().get("/api/v1/search").then().statusCode(400);
    }
}
