package vn.childplan.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentKind;
import vn.childplan.document.DocumentStatus;
import vn.childplan.document.Objective;
import vn.childplan.document.ObjectiveKind;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyKind;

/**
 * Test data for indicators and targets. Documents and objectives have no API yet, so they are inserted directly,
 * each in its own committed transaction; indicators go through the API. Every name and code is unique, so tests
 * never see each other's rows.
 */
final class IndicatorFixtures {
    static final String INDICATORS = "/api/v1/indicators";
    static final String TARGETS = "/api/v1/targets";

    private IndicatorFixtures() {
    }

    /** A token of lower-case letters only, so it survives search_key unchanged and contains no LIKE wildcard. */
    static String token() {
        StringBuilder sb = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            sb.append((char) ('a' + Character.digit(c, 16)));
        }
        return sb.toString();
    }

    static String code(String prefix) {
        return prefix + "_" + token().toUpperCase();
    }

    /** A draft plan covering {@code fromYear}–{@code toYear}, issued by a fresh agency. */
    static long document(int fromYear, int toYear) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Agency issuer = new Agency();
            issuer.name = "UBND thử nghiệm " + token();
            issuer.kind = AgencyKind.PEOPLES_COMMITTEE;
            issuer.persist();
            Document d = new Document();
            d.kind = DocumentKind.PLAN;
            d.title = "Kế hoạch thực hiện công tác trẻ em " + fromYear + "–" + toYear;
            d.issuer = issuer;
            d.periodFromYear = (short) fromYear;
            d.periodToYear = (short) toYear;
            d.status = DocumentStatus.DRAFT;
            d.persist();
            return d.id;
        });
    }

    static long objective(long documentId, ObjectiveKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Objective o = new Objective();
            o.document = Panache.getEntityManager().getReference(Document.class, documentId);
            o.kind = kind;
            o.position = 0;
            o.text = kind == ObjectiveKind.SPECIFIC ? "Mục tiêu cụ thể: nâng cao tỷ lệ tiêm chủng"
                    : "Mục tiêu tổng quát: bảo đảm quyền của trẻ em";
            o.persist();
            return o.id;
        });
    }

    static Map<String, Object> indicatorInput(String code, String nameVi, String unit, String direction) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("nameVi", nameVi);
        m.put("nameEn", "English name of " + code);
        m.put("unit", unit);
        m.put("direction", direction);
        m.put("definition", "Tử số / mẫu số");
        return m;
    }

    /** Creates an indicator through the API and answers its id. */
    static long indicator(String code, String nameVi, String unit, String direction) {
        return given().contentType(ContentType.JSON).body(indicatorInput(code, nameVi, unit, direction))
                .when().post(INDICATORS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Stores an indicator directly, for tests whose caller may not write (a viewer). */
    static long indicator(String unit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Indicator i = new Indicator();
            i.code = code("IND");
            i.nameVi = "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ";
            i.nameEn = "Children under 1 fully immunised";
            i.unit = unit;
            i.direction = Direction.HIGHER_IS_BETTER;
            i.persist();
            return i.id;
        });
    }

    static Map<String, Object> targetInput(long objectiveId, long indicatorId, String comparator, Object value,
            int targetYear) {
        Map<String, Object> m = new HashMap<>();
        m.put("objectiveId", objectiveId);
        m.put("indicatorId", indicatorId);
        m.put("comparator", comparator);
        m.put("value", value);
        m.put("targetYear", targetYear);
        return m;
    }

    static long target(Map<String, Object> input) {
        return given().contentType(ContentType.JSON).body(input)
                .when().post(TARGETS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Every error is problem+json with a stable code. */
    static ValidatableResponse problem(ValidatableResponse r, int status, String code) {
        return r.statusCode(status)
                .contentType("application/problem+json")
                .body("code", equalTo(code))
                .body("status", equalTo(status))
                .body("title", notNullValue());
    }
}
