package vn.childplan.orgunit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.childplan.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class AdminUnitResourceTest {
    private static final String UNITS = "/api/v1/admin-units";
    private static final String CHANGES = "/api/v1/unit-changes";
    private static final String PROBLEM = "application/problem+json";
    /** 5-digit codes no reference row uses; one counter, so units created by this class never clash. */
    private static final AtomicInteger NEXT_CODE = new AtomicInteger(90000 + ThreadLocalRandom.current().nextInt(5000));

    @Test
    void reference_data_holds_63_provinces_before_and_34_after_the_2025_reform() {
        given().queryParam("level", "PROVINCE").queryParam("validOn", "2016-06-01").queryParam("size", 1)
                .when().get("/api/v1/admin-units")
                .then().statusCode(200).body("totalItems", is(63));
        given().queryParam("level", "PROVINCE").queryParam("validOn", "2025-07-01").queryParam("size", 1)
                .when().get("/api/v1/admin-units")
                .then().statusCode(200).body("totalItems", is(34));
    }

    // ---------------------------------------------------------------------------------------------------------
    // History: predecessors and successors

    @Test
    void the_2025_province_tay_ninh_lists_both_merged_provinces_as_predecessors() {
        long tayNinh2025 = unitId("PROVINCE", "80", "2025-07-01");
        given().when().get(UNITS + "/" + tayNinh2025).then().statusCode(200).header("ETag", "\"0\"")
                .body("unit.id", is((int) tayNinh2025))
                .body("unit.name", is("Tỉnh Tây Ninh"))
                .body("unit.validFrom", is("2025-07-01"))
                .body("predecessors", hasSize(2))
                .body("predecessors.kind", everyItem(is("MERGE")))
                .body("predecessors.effectiveOn", everyItem(is("2025-07-01")))
                .body("predecessors.predecessor.code", containsInAnyOrder("72", "80"))
                .body("predecessors.predecessor.name", containsInAnyOrder("Tỉnh Tây Ninh", "Tỉnh Long An"))
                .body("predecessors.successor.id", everyItem(is((int) tayNinh2025)))
                .body("successors", empty());

        // seen from the old Tây Ninh (72): one successor, the new province that took code 80
        long tayNinh72 = unitId("PROVINCE", "72", "2016-06-01");
        given().when().get(UNITS + "/" + tayNinh72).then().statusCode(200)
                .body("unit.validTo", is("2025-06-30"))
                .body("predecessors", empty())
                .body("successors", hasSize(1))
                .body("successors[0].kind", is("MERGE"))
                .body("successors[0].successor.id", is((int) tayNinh2025))
                .body("successors[0].successor.code", is("80"));
    }

    @Test
    void hue_became_a_city_in_january_and_continued_through_the_july_2025_reform() {
        long thuaThienHue = unitId("PROVINCE", "46", "2016-06-01");
        long hueCity = unitId("PROVINCE", "46", "2025-03-01");
        long hue2025 = unitId("PROVINCE", "46", "2025-07-01");

        given().when().get(UNITS + "/" + thuaThienHue).then().statusCode(200)
                .body("unit.name", is("Tỉnh Thừa Thiên Huế")).body("unit.type", is("TINH"))
                .body("unit.validTo", is("2024-12-31"))
                .body("predecessors", empty())
                .body("successors", hasSize(1))
                .body("successors[0].kind", is("UPGRADE"))
                .body("successors[0].effectiveOn", is("2025-01-01"))
                .body("successors[0].successor.id", is((int) hueCity));

        given().when().get(UNITS + "/" + hueCity).then().statusCode(200)
                .body("unit.name", is("Thành phố Huế")).body("unit.type", is("THANH_PHO_TRUNG_UONG"))
                .body("unit.validFrom", is("2025-01-01")).body("unit.validTo", is("2025-06-30"))
                .body("predecessors.kind", contains("UPGRADE"))
                .body("predecessors[0].predecessor.id", is((int) thuaThienHue))
                .body("predecessors[0].predecessor.name", is("Tỉnh Thừa Thiên Huế"))
                .body("successors.kind", contains("CONTINUATION"))
                .body("successors[0].effectiveOn", is("2025-07-01"))
                .body("successors[0].successor.id", is((int) hue2025));

        given().when().get(UNITS + "/" + hue2025).then().statusCode(200)
                .body("predecessors.kind", contains("CONTINUATION"))
                .body("predecessors[0].predecessor.id", is((int) hueCity))
                .body("successors", empty());

        // the same history through the unit-change list: in effective order, and filtered by kind
        given().queryParam("unitId", hueCity).when().get(CHANGES).then().statusCode(200)
                .body("totalItems", is(2))
                .body("items.kind", contains("UPGRADE", "CONTINUATION"))
                .body("items.effectiveOn", contains("2025-01-01", "2025-07-01"));
        given().queryParam("unitId", hueCity).queryParam("kind", "CONTINUATION").when().get(CHANGES).then()
                .statusCode(200).body("totalItems", is(1))
                .body("items[0].predecessor.id", is((int) hueCity)).body("items[0].successor.id", is((int) hue2025));
    }

    @Test
    void district_474_thanh_pho_hue_was_split_into_thuan_hoa_474_and_phu_xuan_475() {
        long oldHue = unitId("DISTRICT", "474", "2024-06-01");
        long thuanHoa = unitId("DISTRICT", "474", "2025-03-01");
        long phuXuan = unitId("DISTRICT", "475", "2025-03-01");

        given().when().get(UNITS + "/" + oldHue).then().statusCode(200)
                .body("unit.name", is("Thành phố Huế")).body("unit.level", is("DISTRICT")).body("unit.parentCode", is("46"))
                .body("successors", hasSize(2))
                .body("successors.kind", everyItem(is("SPLIT")))
                .body("successors.effectiveOn", everyItem(is("2025-01-01")))
                .body("successors.successor.id", containsInAnyOrder((int) thuanHoa, (int) phuXuan))
                .body("successors.successor.name", containsInAnyOrder("Quận Thuận Hóa", "Quận Phú Xuân"));
        given().when().get(UNITS + "/" + phuXuan).then().statusCode(200)
                .body("predecessors.kind", contains("SPLIT"))
                .body("predecessors[0].predecessor.id", is((int) oldHue));

        given().queryParam("unitId", oldHue).queryParam("kind", "SPLIT").when().get(CHANGES).then().statusCode(200)
                .body("totalItems", is(2)).body("items.successor.code", containsInAnyOrder("474", "475"));
        // a split that reuses the code is not also recorded as an upgrade
        given().queryParam("unitId", oldHue).queryParam("kind", "UPGRADE").when().get(CHANGES).then().statusCode(200)
                .body("totalItems", is(0)).body("items", empty());
    }

    @Test
    void an_unknown_unit_is_404() {
        given().when().get(UNITS + "/987654321").then().statusCode(404).contentType(PROBLEM)
                .body("code", is("NOT_FOUND"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Filters and search

    @Test
    void filters_answer_the_boundaries_of_a_given_day() {
        given().queryParam("level", "DISTRICT").queryParam("parentCode", "30").queryParam("validOn", "2016-06-01")
                .queryParam("size", 100)
                .when().get(UNITS).then().statusCode(200)
                .body("totalItems", is(12))
                .body("items.parentCode", everyItem(is("30")))
                .body("items.level", everyItem(is("DISTRICT")))
                .body("items.name", hasItems("Thành phố Hải Dương", "Thị xã Chí Linh", "Huyện Kinh Môn"))
                .body("items.name", not(hasItem("Thành phố Chí Linh")));
        // the district level ends on 2025-06-30
        given().queryParam("level", "DISTRICT").queryParam("parentCode", "30").queryParam("validOn", "2025-07-01")
                .when().get(UNITS).then().statusCode(200).body("totalItems", is(0));

        // Chí Linh: thị xã until 2019-02-28, thành phố from 2019-03-01, same code
        given().queryParam("level", "DISTRICT").queryParam("code", "290").queryParam("validOn", "2018-01-01")
                .when().get(UNITS).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].name", is("Thị xã Chí Linh"))
                .body("items[0].type", is("THI_XA")).body("items[0].validTo", is("2019-02-28"));
        given().queryParam("level", "DISTRICT").queryParam("code", "290").queryParam("validOn", "2020-01-01")
                .when().get(UNITS).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].name", is("Thành phố Chí Linh"))
                .body("items[0].type", is("THANH_PHO")).body("items[0].validFrom", is("2019-03-01"));
        // validity bounds are inclusive
        given().queryParam("code", "290").queryParam("validOn", "2019-02-28").when().get(UNITS).then()
                .body("items.name", contains("Thị xã Chí Linh"));
        given().queryParam("code", "290").queryParam("validOn", "2019-03-01").when().get(UNITS).then()
                .body("items.name", contains("Thành phố Chí Linh"));

        given().queryParam("level", "TOWN").when().get(UNITS).then().statusCode(400).contentType(PROBLEM)
                .body("code", is("INVALID_PARAMETER"));
        given().queryParam("validOn", "01/06/2016").when().get(UNITS).then().statusCode(400).contentType(PROBLEM)
                .body("code", is("INVALID_PARAMETER"));
        given().queryParam("sort", "parentCode").when().get(UNITS).then().statusCode(400).contentType(PROBLEM)
                .body("code", is("INVALID_PARAMETER"));
    }

    @Test
    void search_ignores_diacritics_case_tone_mark_placement_and_unicode_form() {
        given().queryParam("level", "PROVINCE").queryParam("q", "hue").when().get(UNITS).then().statusCode(200)
                .body("totalItems", is(3))
                .body("items.name", containsInAnyOrder("Tỉnh Thừa Thiên Huế", "Thành phố Huế", "Thành phố Huế"));

        // Stored as 'Tỉnh Hoà Bình' (tone mark on the a); found whatever way the user types it.
        String nfd = Normalizer.normalize("Hoà Bình", Normalizer.Form.NFD);
        for (String q : List.of("hoa binh", "HOA BINH", "Hòa Bình", "Hoà Bình", nfd)) {
            given().queryParam("level", "PROVINCE").queryParam("q", q).when().get(UNITS).then().statusCode(200)
                    .body("totalItems", is(1))
                    .body("items[0].name", is("Tỉnh Hoà Bình"));
        }
        // ... and the other way round: stored 'Tỉnh Thanh Hóa' (mark on the o), typed 'Thanh Hoá'
        given().queryParam("level", "PROVINCE").queryParam("validOn", "2016-06-01").queryParam("q", "Thanh Hoá")
                .when().get(UNITS).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].name", is("Tỉnh Thanh Hóa"));
        // đ is a letter of its own with no combining mark: it still matches d
        given().queryParam("level", "PROVINCE").queryParam("validOn", "2025-07-01").queryParam("q", "dak lak")
                .when().get(UNITS).then().statusCode(200).body("items.name", contains("Tỉnh Đắk Lắk"));
        // every word must match
        given().queryParam("level", "PROVINCE").queryParam("q", "hoa binh thanh").when().get(UNITS).then()
                .statusCode(200).body("totalItems", is(0));
        given().queryParam("q", "x".repeat(201)).when().get(UNITS).then().statusCode(400).contentType(PROBLEM)
                .body("code", is("VALIDATION_FAILED")).body("violations[0].field", is("q"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Create, update, delete

    @Test
    void create_read_update_and_delete_a_commune_with_etags() {
        String code = nextCode();
        String path = post(UNITS, unit(code, "Xã Thử Nghiệm", "XA", "291", "2020-01-01", "2020-12-31"))
                .statusCode(201).header("Location", containsString(UNITS + "/")).header("ETag", "\"0\"")
                .body("code", is(code)).body("level", is("COMMUNE")).body("type", is("XA"))
                .body("parentCode", is("291")).body("validFrom", is("2020-01-01")).body("validTo", is("2020-12-31"))
                .body("version", is(0))
                .extract().header("Location");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        given().when().get(UNITS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("unit.name", is("Xã Thử Nghiệm")).body("predecessors", empty()).body("successors", empty());
        given().queryParam("level", "COMMUNE").queryParam("parentCode", "291").queryParam("validOn", "2020-06-01")
                .when().get(UNITS).then().statusCode(200).body("items.id", hasItem((int) id));

        Map<String, Object> renamed = unit(code, "Phường Thử Nghiệm", "PHUONG", "291", "2020-01-01", "2020-12-31");
        put(UNITS + "/" + id, null, renamed).statusCode(428).contentType(PROBLEM)
                .body("code", is("PRECONDITION_REQUIRED"));
        put(UNITS + "/" + id, "\"0\"", renamed).statusCode(200).header("ETag", "\"1\"")
                .body("name", is("Phường Thử Nghiệm")).body("type", is("PHUONG")).body("version", is(1));
        // a second editor who read version 0 must not overwrite the first one's change
        put(UNITS + "/" + id, "\"0\"", unit(code, "Xã Khác", "XA", "291", "2020-01-01", "2020-12-31"))
                .statusCode(412).contentType(PROBLEM).body("code", is("PRECONDITION_FAILED"));
        given().when().get(UNITS + "/" + id).then().header("ETag", "\"1\"").body("unit.name", is("Phường Thử Nghiệm"));

        delete(UNITS + "/" + id, null).statusCode(428).contentType(PROBLEM).body("code", is("PRECONDITION_REQUIRED"));
        delete(UNITS + "/" + id, "\"0\"").statusCode(412).contentType(PROBLEM).body("code", is("PRECONDITION_FAILED"));
        delete(UNITS + "/" + id, "\"1\"").statusCode(204);
        given().when().get(UNITS + "/" + id).then().statusCode(404).contentType(PROBLEM).body("code", is("NOT_FOUND"));
    }

    @Test
    void since_2025_a_commune_hangs_directly_under_its_province_and_names_are_stored_nfc() {
        String code = nextCode();
        String nfd = Normalizer.normalize("Xã Hòa Hội", Normalizer.Form.NFD);
        long id = post(UNITS, unit(code, nfd, "XA", "80", "2025-07-01", null)).statusCode(201)
                .body("level", is("COMMUNE")).body("parentCode", is("80"))
                .body("name", is(Normalizer.normalize("Xã Hòa Hội", Normalizer.Form.NFC)))
                .extract().jsonPath().getLong("id");
        delete(UNITS + "/" + id, "\"0\"").statusCode(204);
    }

    @Test
    void a_unit_needs_a_parent_in_force_and_a_province_has_none() {
        String code = nextCode();
        post(UNITS, unit(code, "Xã Ngược Thời Gian", "XA", "291", "2020-12-31", "2020-01-01"))
                .statusCode(422).contentType(PROBLEM).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("validTo"));
        post(UNITS, unit("99", "Tỉnh Có Cha", "TINH", "30", "2030-01-01", null))
                .statusCode(422).contentType(PROBLEM).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("parentCode"));
        post(UNITS, unit(code, "Huyện Mồ Côi", "HUYEN", null, "2020-01-01", null))
                .statusCode(422).contentType(PROBLEM).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("parentCode"));
        // Tây Ninh 72 ended on 2025-06-30: no province holds code 72 in 2026
        post(UNITS, unit(code, "Huyện Sau Sáp Nhập", "HUYEN", "72", "2026-01-01", null))
                .statusCode(422).contentType(PROBLEM).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("parentCode"));
        // no unit ever held code 99
        post(UNITS, unit(code, "Huyện Không Tỉnh", "HUYEN", "99", "2020-01-01", null))
                .statusCode(422).contentType(PROBLEM).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("parentCode"));
        // a district cannot hang under a district
        post(UNITS, unit(code, "Huyện Dưới Huyện", "HUYEN", "291", "2020-01-01", null))
                .statusCode(422).contentType(PROBLEM).body("code", is("RULE_VIOLATED"))
                .body("violations[0].field", is("parentCode"));
        // bean validation comes first: bad code, missing type
        post(UNITS, unit("1a", "Xã Mã Sai", "XA", "291", null, null))
                .statusCode(400).contentType(PROBLEM).body("code", is("VALIDATION_FAILED"))
                .body("violations[0].field", is("code"));
        post(UNITS, unit(code, "Xã Không Loại", null, "291", null, null))
                .statusCode(400).contentType(PROBLEM).body("code", is("VALIDATION_FAILED"))
                .body("violations[0].field", is("type"));
        // nothing was stored
        given().queryParam("code", code).when().get(UNITS).then().statusCode(200).body("totalItems", is(0));
        given().queryParam("code", "99").when().get(UNITS).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void a_code_is_held_by_one_unit_of_a_level_at_a_time() {
        // code 46 is Tỉnh Thừa Thiên Huế until 2024-12-31
        post(UNITS, unit("46", "Tỉnh Huế Trùng", "TINH", null, "2024-06-01", "2024-12-31"))
                .statusCode(409).contentType(PROBLEM).body("code", is("DUPLICATE"))
                .body("violations[0].field", is("code"));
        // Chí Linh (290) already holds the code in 2018
        post(UNITS, unit("290", "Huyện Chí Linh Trùng", "HUYEN", "30", "2018-01-01", "2018-12-31"))
                .statusCode(409).contentType(PROBLEM).body("code", is("DUPLICATE"))
                .body("violations[0].field", is("code"));
        given().queryParam("code", "290").queryParam("validOn", "2018-06-01").when().get(UNITS).then()
                .body("items.name", contains("Thị xã Chí Linh"));

        String code = nextCode();
        long first = post(UNITS, unit(code, "Xã Thứ Nhất", "XA", "291", "2020-01-01", "2020-12-31")).statusCode(201)
                .extract().jsonPath().getLong("id");
        post(UNITS, unit(code, "Xã Chồng Lấn", "XA", "291", "2020-12-31", "2021-06-30"))
                .statusCode(409).contentType(PROBLEM).body("code", is("DUPLICATE"))
                .body("violations[0].field", is("code"));
        // the code is free again once the first unit has ended
        long second = post(UNITS, unit(code, "Phường Kế Tiếp", "PHUONG", "291", "2021-01-01", null)).statusCode(201)
                .extract().jsonPath().getLong("id");
        // an update cannot make the periods overlap either
        put(UNITS + "/" + first, "\"0\"", unit(code, "Xã Thứ Nhất", "XA", "291", "2020-01-01", "2021-03-31"))
                .statusCode(409).contentType(PROBLEM).body("code", is("DUPLICATE"));
        given().when().get(UNITS + "/" + first).then().header("ETag", "\"0\"").body("unit.validTo", is("2020-12-31"));

        delete(UNITS + "/" + second, "\"0\"").statusCode(204);
        delete(UNITS + "/" + first, "\"0\"").statusCode(204);
    }

    @Test
    void a_unit_with_children_in_force_cannot_be_deleted() {
        // Hải Dương (30) still has its twelve districts
        long haiDuong = unitId("PROVINCE", "30", "2016-06-01");
        delete(UNITS + "/" + haiDuong, "\"0\"").statusCode(409).contentType(PROBLEM)
                .body("code", is("STILL_REFERENCED"));
        given().when().get(UNITS + "/" + haiDuong).then().statusCode(200);

        String districtCode = nextCode();
        long district = post(UNITS, unit(districtCode, "Huyện Cha", "HUYEN", "30", "2010-01-01", "2010-12-31"))
                .statusCode(201).body("level", is("DISTRICT")).extract().jsonPath().getLong("id");
        long commune = post(UNITS, unit(nextCode(), "Xã Con", "XA", districtCode, "2010-03-01", "2010-06-30"))
                .statusCode(201).body("parentCode", is(districtCode)).extract().jsonPath().getLong("id");

        delete(UNITS + "/" + district, "\"0\"").statusCode(409).contentType(PROBLEM)
                .body("code", is("STILL_REFERENCED"));
        given().when().get(UNITS + "/" + district).then().statusCode(200);

        delete(UNITS + "/" + commune, "\"0\"").statusCode(204);
        delete(UNITS + "/" + district, "\"0\"").statusCode(204);
    }

    @Test
    @TestSecurity(user = "planner", roles = "planner")
    void reference_data_is_written_by_administrators_only() {
        given().queryParam("size", 1).when().get(UNITS).then().statusCode(200);
        long chiLinh = unitId("DISTRICT", "290", "2020-01-01");
        given().when().get(UNITS + "/" + chiLinh).then().statusCode(200);

        post(UNITS, unit(nextCode(), "Xã Của Planner", "XA", "291", "2020-01-01", null))
                .statusCode(403).contentType(PROBLEM).body("code", is("FORBIDDEN"));
        put(UNITS + "/" + chiLinh, null, unit("290", "Thành phố Chí Linh", "THANH_PHO", "30", "2019-03-01", "2025-06-30"))
                .statusCode(403).contentType(PROBLEM).body("code", is("FORBIDDEN"));
        delete(UNITS + "/" + chiLinh, null).statusCode(403).contentType(PROBLEM).body("code", is("FORBIDDEN"));
        post(CHANGES, change("RENAME", chiLinh, unitId("DISTRICT", "292", "2020-01-01"), "2020-01-01"))
                .statusCode(403).contentType(PROBLEM).body("code", is("FORBIDDEN"));
        given().queryParam("unitId", chiLinh).when().get(CHANGES).then().statusCode(200);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Unit changes

    @Test
    void record_list_and_delete_a_unit_change() {
        long a = post(UNITS, unit(nextCode(), "Xã Cũ", "XA", "291", "2020-01-01", "2020-12-31")).statusCode(201)
                .extract().jsonPath().getLong("id");
        long b = post(UNITS, unit(nextCode(), "Xã Mới", "XA", "291", "2021-01-01", null)).statusCode(201)
                .extract().jsonPath().getLong("id");

        long id = post(CHANGES, change("RENAME", a, b, "2021-01-01")).statusCode(201)
                .header("Location", containsString(CHANGES + "/")).header("ETag", "\"0\"")
                .body("kind", is("RENAME")).body("predecessor.id", is((int) a)).body("successor.id", is((int) b))
                .body("predecessor.name", is("Xã Cũ")).body("successor.name", is("Xã Mới"))
                .body("effectiveOn", is("2021-01-01")).body("basis", is("NQ thử nghiệm"))
                .extract().jsonPath().getLong("id");

        given().when().get(UNITS + "/" + a).then().statusCode(200)
                .body("successors.id", contains((int) id)).body("predecessors", empty());
        given().when().get(UNITS + "/" + b).then().statusCode(200)
                .body("predecessors.id", contains((int) id)).body("successors", empty());
        given().queryParam("unitId", b).when().get(CHANGES).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].id", is((int) id));
        given().queryParam("unitId", a).queryParam("kind", "RENAME").when().get(CHANGES).then().statusCode(200)
                .body("totalItems", is(1));
        given().queryParam("unitId", a).queryParam("kind", "MERGE").when().get(CHANGES).then().statusCode(200)
                .body("totalItems", is(0));

        // a unit still named by a change cannot be deleted
        delete(UNITS + "/" + a, "\"0\"").statusCode(409).contentType(PROBLEM).body("code", is("STILL_REFERENCED"));

        // the same pair is recorded once, whatever the kind or date
        post(CHANGES, change("SPLIT", a, b, "2021-02-01")).statusCode(409).contentType(PROBLEM)
                .body("code", is("DUPLICATE")).body("violations[0].field", is("successorId"));
        given().queryParam("unitId", a).when().get(CHANGES).then().body("totalItems", is(1));

        delete(CHANGES + "/" + id, null).statusCode(428).contentType(PROBLEM).body("code", is("PRECONDITION_REQUIRED"));
        delete(CHANGES + "/" + id, "\"3\"").statusCode(412).contentType(PROBLEM).body("code", is("PRECONDITION_FAILED"));
        delete(CHANGES + "/" + id, "\"0\"").statusCode(204);
        delete(CHANGES + "/" + id, "\"0\"").statusCode(404).contentType(PROBLEM).body("code", is("NOT_FOUND"));
        given().queryParam("unitId", a).when().get(CHANGES).then().body("totalItems", is(0));
        given().when().get(UNITS + "/" + b).then().body("predecessors", empty());

        delete(UNITS + "/" + a, "\"0\"").statusCode(204);
        delete(UNITS + "/" + b, "\"0\"").statusCode(204);
    }

    @Test
    void a_unit_change_links_two_distinct_existing_units_once() {
        long chiLinh = unitId("DISTRICT", "290", "2020-01-01");
        long tayNinh72 = unitId("PROVINCE", "72", "2016-06-01");
        long tayNinh2025 = unitId("PROVINCE", "80", "2025-07-01");

        post(CHANGES, change("RENAME", chiLinh, chiLinh, "2021-01-01")).statusCode(422).contentType(PROBLEM)
                .body("code", is("RULE_VIOLATED")).body("violations[0].field", is("successorId"));
        post(CHANGES, change("MERGE", 987654321L, tayNinh2025, "2025-07-01")).statusCode(422).contentType(PROBLEM)
                .body("code", is("INVALID_REFERENCE")).body("violations[0].field", is("predecessorId"));
        post(CHANGES, change("MERGE", tayNinh72, 987654321L, "2025-07-01")).statusCode(422).contentType(PROBLEM)
                .body("code", is("INVALID_REFERENCE")).body("violations[0].field", is("successorId"));
        // 72 → 80 is already recorded as a MERGE by the reference data
        post(CHANGES, change("MERGE", tayNinh72, tayNinh2025, "2025-07-01")).statusCode(409).contentType(PROBLEM)
                .body("code", is("DUPLICATE")).body("violations[0].field", is("successorId"));
        post(CHANGES, change("RENAME", tayNinh72, tayNinh2025, null)).statusCode(400).contentType(PROBLEM)
                .body("code", is("VALIDATION_FAILED")).body("violations[0].field", is("effectiveOn"));
        post(CHANGES, change("ANNEX", tayNinh72, tayNinh2025, "2025-07-01")).statusCode(400).contentType(PROBLEM)
                .body("code", is("INVALID_VALUE")).body("violations[0].field", is("kind"));
        given().queryParam("unitId", tayNinh2025).when().get(CHANGES).then().statusCode(200).body("totalItems", is(2));
        given().queryParam("unitId", chiLinh).queryParam("kind", "RENAME").when().get(CHANGES).then().statusCode(200)
                .body("totalItems", is(0));
        delete(CHANGES + "/987654321", "\"0\"").statusCode(404).contentType(PROBLEM).body("code", is("NOT_FOUND"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String nextCode() {
        return Integer.toString(NEXT_CODE.getAndIncrement());
    }

    private static Map<String, Object> unit(String code, String name, String type, String parentCode, String validFrom,
            String validTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("type", type);
        body.put("parentCode", parentCode);
        body.put("validFrom", validFrom);
        body.put("validTo", validTo);
        return body;
    }

    private static Map<String, Object> change(String kind, long predecessorId, long successorId, String effectiveOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("predecessorId", predecessorId);
        body.put("successorId", successorId);
        body.put("effectiveOn", effectiveOn);
        body.put("basis", "NQ thử nghiệm");
        return body;
    }
}
