package vn.childplan.valueimport;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * Imports of indicator values with real tokens, each test on fresh indicators (so natural keys never collide
 * across tests sharing the database): the four formats, an export re-imported unchanged, dry runs, all or nothing
 * against per row, rejected rows named, units resolved as they stood in the period, FINAL values protected,
 * Idempotency-Key, the caller's scope and the one audit entry.
 */
@QuarkusTest
class ImportResourceTest {
    private static final String IMPORTS = "/api/v1/imports/indicator-values";
    private static final String CSV_HEADER = "indicator_code,unit_code,period_code,sex,age_group,area_type,value,status,"
            + "source_kind,source_name,evidence\r\n";
    private static final String HUE = "46";
    private static final String HAI_DUONG = "30";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ImportJobRunners runners;

    private String percent;
    private long percentId;
    private String count;
    private long countId;

    @BeforeEach
    void indicators() {
        percent = code();
        percentId = indicator(percent, "%");
        count = code();
        countId = indicator(count, "trẻ em");
    }

    static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    static RequestSpecification integration() {
        return Tokens.as("integration", null, null);
    }

    private static String code() {
        return "IMP_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static long indicator(String code, String unit) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameVi", "Chỉ tiêu nhập " + code, "nameEn", "Imported " + code, "unit", unit,
                        "direction", "HIGHER_IS_BETTER"))
                .when().post("/api/v1/indicators").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse send(RequestSpecification who, String type, String body, String query) {
        return who.contentType(type).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post(IMPORTS + (query.isEmpty() ? "" : "?" + query)).then();
    }

    private static ValidatableResponse csv(RequestSpecification who, String body, String query) {
        return send(who, "text/csv", CSV_HEADER + body, query);
    }

    private static long unit(String level, String code, String validOn) {
        return admin().queryParam("level", level).queryParam("code", code).queryParam("validOn", validOn)
                .when().get("/api/v1/admin-units").then().statusCode(200).body("totalItems", is(1))
                .extract().jsonPath().getLong("items[0].id");
    }

    private static ExtractableResponse<Response> values(long indicatorId) {
        return admin().queryParam("indicatorId", indicatorId).queryParam("size", 100).queryParam("sort", "id")
                .when().get("/api/v1/indicator-values").then().statusCode(200).extract();
    }

    private long auditEntries(String entity) {
        return admin().queryParam("entity", entity).queryParam("size", 1).when().get("/api/v1/audit").then()
                .statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    // ------------------------------------------------------------------------------------------------ formats

    @Test
    void csv_rows_are_imported_by_their_codes() {
        csv(admin(), percent + ",46,2016-H1,,,,96.5,ESTIMATE,,Sở Y tế,\"Báo cáo 12/BC-SYT, bảng 3\"\r\n"
                + percent + ",46,2016-H1,FEMALE,,,97,,,,\r\n", "")
                .statusCode(200).contentType(ContentType.JSON)
                .body("outcome", is("COMMITTED")).body("format", is("CSV")).body("rows", is(2))
                .body("imported", is(2)).body("updated", is(0)).body("unchanged", is(0)).body("rejected", is(0))
                .body("rejectedRows", hasSize(0));
        var stored = values(percentId);
        assertEquals(List.of("ALL", "FEMALE"), stored.jsonPath().getList("items.sex"));
        assertEquals("Báo cáo 12/BC-SYT, bảng 3", stored.jsonPath().getString("items[0].evidence"));
        assertEquals(unit("PROVINCE", HUE, "2016-06-01"), stored.jsonPath().getLong("items[0].unit.id"));
        assertEquals("MANUAL", stored.jsonPath().getString("items[0].sourceKind"));
    }

    @Test
    void ndjson_and_json_rows_are_imported() {
        String ndjson = "{\"indicatorCode\":\"" + count + "\",\"unitCode\":\"46\",\"periodCode\":\"2016\",\"value\":120}\n"
                + "{\"indicatorCode\":\"" + count + "\",\"unitCode\":\"46\",\"periodCode\":\"2017\",\"value\":130.25,"
                + "\"status\":\"FINAL\"}\n";
        send(integration(), "application/x-ndjson", ndjson, "").statusCode(200)
                .body("format", is("NDJSON")).body("imported", is(2));
        String json = "[{\"indicatorCode\":\"" + count + "\",\"unitCode\":\"46\",\"periodCode\":\"2018\",\"value\":140},"
                + "{\"indicatorCode\":\"" + count + "\",\"unitCode\":\"46\",\"periodCode\":\"2016\",\"value\":120}]";
        send(integration(), "application/json", json, "").statusCode(200)
                .body("format", is("JSON")).body("imported", is(1)).body("unchanged", is(1));
        var stored = values(countId);
        assertEquals(List.of("2016", "2017", "2018"), stored.jsonPath().getList("items.periodCode"));
        assertEquals("MACHINE_CLIENT", stored.jsonPath().getString("items[0].sourceKind"));
        assertEquals(130.25f, stored.jsonPath().getFloat("items[1].value"));
    }

    @Test
    void sdmx_csv_with_sdmx_and_iso_periods_is_imported() {
        String sdmx = "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,SEX,AGE,URBANISATION,OBS_VALUE,OBS_STATUS\r\n"
                + "dataflow,VN_CHILDPLAN:DF_VALUES(1.0),I," + count + ",46,2024-S1,_T,_T,_T,10,E\r\n"
                + "dataflow,VN_CHILDPLAN:DF_VALUES(1.0),I," + count + ",46,2024-M01,F,_T,U,11,A\r\n"
                + "dataflow,VN_CHILDPLAN:DF_VALUES(1.0),I," + count + ",46,2024-07-01/P3M,M,_T,_T,12,E\r\n"
                + "dataflow,VN_CHILDPLAN:DF_VALUES(1.0),D," + count + ",46,2024-Q4,M,_T,_T,13,E\r\n";
        send(admin(), "application/vnd.sdmx.data+csv; version=2.0.0", sdmx, "mode=PER_ROW").statusCode(200)
                .body("format", is("SDMX_CSV")).body("imported", is(3)).body("rejected", is(1))
                .body("rejectedRows[0].line", is(5)).body("rejectedRows[0].column", is("ACTION"))
                .body("rejectedRows[0].code", is("UNSUPPORTED_ACTION"));
        var stored = values(countId).jsonPath();
        assertEquals(List.of("2024-H1", "2024-01", "2024-Q3"), stored.getList("items.periodCode"));
        assertEquals(List.of("ESTIMATE", "FINAL", "ESTIMATE"), stored.getList("items.status"));
        assertEquals(List.of("ALL", "FEMALE", "MALE"), stored.getList("items.sex"));
        assertEquals(List.of("ALL", "URBAN", "ALL"), stored.getList("items.areaType"));
    }

    @Test
    void an_export_re_imports_as_is_and_changes_nothing() {
        csv(admin(), percent + ",46,2015,,,,90,FINAL,AGENCY_REPORT,Sở Y tế,\"dòng 1, \"\"trích\"\"\"\r\n"
                + percent + ",474,2016-H1,MALE,0-5,RURAL,88.25,ESTIMATE,,,\r\n"
                + percent + ",46,2016,,,,91,FINAL,,,\r\n", "").statusCode(200).body("imported", is(3));
        long before = auditEntries(ValueImporter.ENTITY);
        ExtractableResponse<Response> export = admin().accept("text/csv").header("Prefer", "count=exact")
                .queryParam("indicatorId", percentId)
                .when().get("/api/v1/exports/indicator-values").then().statusCode(200).extract();
        assertEquals("3", export.header("X-Total-Count"));
        send(admin(), "text/csv", export.asString(), "").statusCode(200)
                .body("rows", is(3)).body("imported", is(0)).body("updated", is(0)).body("unchanged", is(3))
                .body("rejected", is(0)).body("auditId", nullValue());
        assertEquals(before, auditEntries(ValueImporter.ENTITY));
        // so do the machine formats: NDJSON and SDMX-CSV exports re-import unchanged
        for (String type : List.of("application/x-ndjson", "application/vnd.sdmx.data+csv")) {
            String file = admin().accept(type).queryParam("indicatorId", percentId).when()
                    .get("/api/v1/exports/indicator-values").then().statusCode(200).extract().asString();
            send(admin(), type, file, "").statusCode(200).body("rows", is(3)).body("imported", is(0))
                    .body("updated", is(0)).body("unchanged", is(3)).body("rejected", is(0));
        }
        assertEquals(before, auditEntries(ValueImporter.ENTITY));
    }

    @Test
    void the_change_feed_lists_what_an_import_wrote_and_nothing_for_a_re_import() {
        String cursor = feedEnd();
        String file = percent + ",46,2019,,,,70,,,,\r\n" + percent + ",46,2020,,,,71,,,,\r\n";
        csv(admin(), file, "").statusCode(200).body("imported", is(2));
        List<Long> ids = values(percentId).jsonPath().getList("items.findAll { it.periodCode in ['2019', '2020'] }.id",
                Long.class);
        var page = admin().queryParam("since", cursor).queryParam("limit", 1000).when().get("/api/v1/changes").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("INDICATOR_VALUE", "INDICATOR_VALUE"), page.getList("items.type"));
        assertEquals(List.of("CREATED", "CREATED"), page.getList("items.operation"));
        assertEquals(ids.stream().sorted().toList(), page.getList("items.id", Long.class).stream().sorted().toList());
        String after = page.getString("next");
        csv(admin(), file.replace(",70,", ",72,"), "").statusCode(200).body("updated", is(1)).body("unchanged", is(1));
        csv(admin(), file.replace(",70,", ",72,"), "").statusCode(200).body("unchanged", is(2));
        var next = admin().queryParam("since", after).when().get("/api/v1/changes").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("UPDATED"), next.getList("items.operation"), "one update, nothing for the re-import");
    }

    /** The cursor after every change there is now. */
    private static String feedEnd() {
        String cursor = null;
        boolean more = true;
        while (more) {
            var spec = admin().queryParam("limit", 1000);
            if (cursor != null) {
                spec = spec.queryParam("since", cursor);
            }
            var page = spec.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            more = page.getBoolean("more");
        }
        return cursor;
    }

    // ------------------------------------------------------------------------------------------------ modes

    @Test
    void a_dry_run_checks_and_counts_but_writes_nothing() {
        csv(admin(), percent + ",46,2016,,,,80,,,,\r\n", "").statusCode(200).body("imported", is(1));
        String file = percent + ",46,2016,,,,81,,,,\r\n" + percent + ",46,2017,,,,82,,,,\r\n";
        csv(admin(), file, "dryRun=true").statusCode(200).body("outcome", is("DRY_RUN")).body("dryRun", is(true))
                .body("imported", is(1)).body("updated", is(1)).body("auditId", nullValue());
        var stored = values(percentId).jsonPath();
        assertEquals(List.of(80), stored.getList("items.value"));
        csv(admin(), file, "").statusCode(200).body("outcome", is("COMMITTED")).body("imported", is(1))
                .body("updated", is(1));
    }

    @Test
    void all_or_nothing_writes_nothing_when_a_row_fails_and_per_row_writes_the_valid_ones() {
        String file = percent + ",46,2016,,,,80,,,,\r\n"
                + percent + ",99,2016,,,,81,,,,\r\n"
                + percent + ",46,2016-Q9,,,,82,,,,\r\n"
                + percent + ",46,2017,,,,101,,,,\r\n"
                + "NO_SUCH_CODE,46,2017,,,,1,,,,\r\n"
                + percent + ",46,2016,,,,83,,,,\r\n"
                + percent + ",46,2018,,,,\"9,5\",,,,\r\n"
                + percent + ",46,2020,,,,50,FINAL,,,\r\n".replace("2020", "2099");
        csv(admin(), file, "").statusCode(422).contentType("application/problem+json")
                .body("code", is("IMPORT_REJECTED")).body("summary.outcome", is("REJECTED"))
                .body("summary.rows", is(8)).body("summary.rejected", is(7)).body("summary.imported", is(0))
                .body("summary.rejectedRows.line", contains(3, 4, 5, 6, 7, 8, 9))
                .body("summary.rejectedRows.column", contains("unit_code", "period_code", "value", "indicator_code",
                        "period_code", "value", "status"))
                .body("summary.rejectedRows.code", contains("UNKNOWN_UNIT", "INVALID_PERIOD", "VALUE_OUT_OF_RANGE",
                        "UNKNOWN_INDICATOR", "DUPLICATE_IN_FILE", "INVALID_NUMBER", "FINAL_BEFORE_PERIOD_END"))
                .body("summary.rejectedRows[0].value", is("99"))
                .body("summary.rejectedRows[0].key.unitCode", is("99"))
                .body("summary.rejectedRows[0].key.periodCode", is("2016"))
                .body("summary.rejectedRows[0].message", is("Không có đơn vị hành chính nào mang mã này"))
                .body("summary.rejectedRows[0].messageEn", is("No administrative unit has this code"))
                .body("summary.rejectedRows[4].detail", is("first given on line 2"))
                .body("violations[0].field", is("rows[2].unit_code")).body("violations[0].code", is("UNKNOWN_UNIT"));
        assertEquals(0, values(percentId).jsonPath().getList("items").size());
        csv(admin(), file, "mode=PER_ROW").statusCode(200).body("outcome", is("COMMITTED")).body("imported", is(1))
                .body("rejected", is(7));
        assertEquals(List.of(80), values(percentId).jsonPath().getList("items.value"));
    }

    @Test
    void an_unreadable_file_is_400_and_an_unknown_column_names_it() {
        send(admin(), "text/csv", "indicator_code,unit_code,period_code,value,colour\r\n", "").statusCode(400)
                .body("code", is("IMPORT_UNREADABLE")).body("violations[0].message", is("unknown column 'colour'"));
        send(admin(), "application/json", "{\"indicatorCode\": 1}", "").statusCode(400)
                .body("code", is("IMPORT_UNREADABLE"));
        send(admin(), "text/csv", "", "mode=SOMETIMES").statusCode(400).body("violations[0].field", is("mode"));
    }

    // ------------------------------------------------------------------------------------------------ units

    @Test
    void a_unit_code_names_the_unit_as_it_stood_in_the_period() {
        csv(admin(), count + ",46,2016,,,,1,,,,\r\n" + count + ",46,2025-Q1,,,,2,,,,\r\n"
                + count + ",46,2025-Q3,,,,3,,,,\r\n", "").statusCode(200).body("imported", is(3));
        var stored = values(countId).jsonPath();
        assertEquals(List.of(unit("PROVINCE", HUE, "2016-06-01"), unit("PROVINCE", HUE, "2025-02-01"),
                unit("PROVINCE", HUE, "2025-08-01")), stored.getList("items.unit.id", Long.class));
        // the district Thành phố Huế (474) was dissolved at the end of 2024
        csv(admin(), count + ",474,2025-Q3,,,,4,,,,\r\n", "").statusCode(422)
                .body("summary.rejectedRows[0].code", is("UNIT_NOT_IN_PERIOD"))
                .body("summary.rejectedRows[0].column", is("unit_code"));
    }

    // ------------------------------------------------------------------------------------------------ FINAL

    @Test
    void a_stored_final_value_is_replaced_only_when_asked_by_an_admin_or_planner() {
        csv(admin(), percent + ",46,2016,,,,90,FINAL,,,\r\n", "").statusCode(200).body("imported", is(1));
        String change = percent + ",46,2016,,,,91,FINAL,,,\r\n";
        csv(integration(), change, "").statusCode(422)
                .body("summary.rejectedRows[0].code", is("FINAL_VALUE_LOCKED"))
                .body("summary.rejectedRows[0].detail", is("the stored FINAL value is 90.0000"));
        csv(integration(), change, "overwriteFinal=true").statusCode(403).body("code", is("FORBIDDEN"));
        csv(Tokens.as("planner", HUE, null), change, "overwriteFinal=true").statusCode(200).body("updated", is(1))
                .body("replacedFinalValues[0].line", is(2)).body("replacedFinalValues[0].previousValue", is(90))
                .body("replacedFinalValues[0].value", is(91)).body("replacedFinalValues[0].key.unitCode", is(HUE));
        assertEquals(List.of(91), values(percentId).jsonPath().getList("items.value"));
    }

    // ------------------------------------------------------------------------------------------------ scope

    @Test
    void a_planner_imports_the_values_of_their_own_units_only() {
        String file = percent + ",30,2016,,,,70,,,,\r\n" + percent + ",46,2016,,,,71,,,,\r\n";
        csv(Tokens.as("planner", HAI_DUONG, null), file, "").statusCode(422)
                .body("summary.rejectedRows.code", contains("OUT_OF_SCOPE"))
                .body("summary.rejectedRows[0].line", is(3)).body("summary.rejectedRows[0].column", is("unit_code"));
        csv(Tokens.as("planner", HAI_DUONG, null), file, "mode=PER_ROW").statusCode(200).body("imported", is(1));
        assertEquals(List.of(unit("PROVINCE", HAI_DUONG, "2016-06-01")),
                values(percentId).jsonPath().getList("items.unit.id", Long.class));
        csv(Tokens.as("viewer", HUE, null), file, "").statusCode(403);
    }

    // ------------------------------------------------------------------------------------------------ audit

    @Test
    void an_import_is_one_audit_entry_with_the_values_it_replaced() throws SQLException {
        csv(admin(), count + ",46,2016,,,,10,,,,\r\n", "").statusCode(200);
        long valueEntries = auditEntries("indicator-value");
        String file = count + ",46,2016,,,,11,,,,\r\n" + count + ",46,2017,,,,12,,,,\r\n" + count + ",46,2018,,,,13,,,,\r\n";
        long auditId = csv(admin(), file, "").statusCode(200).body("imported", is(2)).body("updated", is(1))
                .extract().jsonPath().getLong("auditId");
        assertEquals(valueEntries, auditEntries("indicator-value"));
        admin().queryParam("entity", ValueImporter.ENTITY).queryParam("size", 100).when().get("/api/v1/audit").then()
                .statusCode(200)
                .body("items.find { it.id == " + auditId + " }.after.imported", is(2))
                .body("items.find { it.id == " + auditId + " }.after.updated", is(1))
                .body("items.find { it.id == " + auditId + " }.after.sha256.size()", is(64))
                .body("items.find { it.id == " + auditId + " }.clientId", is("childplan-test"));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT before ->> 'value', before ->> 'periodCode' FROM audit_previous_value WHERE audit_id = ?")) {
            s.setLong(1, auditId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(10, Double.valueOf(r.getString(1)).intValue());
                assertEquals("2016", r.getString(2));
                assertEquals(false, r.next());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ idempotency

    @Test
    void an_idempotency_key_replays_the_first_answer_and_refuses_another_body() throws SQLException {
        String key = UUID.randomUUID().toString();
        String file = count + ",46,2016,,,,5,,,,\r\n";
        String first = csv(admin().header("Idempotency-Key", key), file, "").statusCode(200).body("imported", is(1))
                .extract().asString();
        String replay = csv(admin().header("Idempotency-Key", key), file, "").statusCode(200).extract().asString();
        assertEquals(first, replay);
        csv(admin().header("Idempotency-Key", key), count + ",46,2016,,,,6,,,,\r\n", "").statusCode(422)
                .body("code", is("IDEMPOTENCY_KEY_REUSED"));
        csv(admin().header("Idempotency-Key", key), file, "dryRun=true").statusCode(422)
                .body("code", is("IDEMPOTENCY_KEY_REUSED"));
        assertEquals(List.of(5), values(countId).jsonPath().getList("items.value"));

        // a rejected file's answer is replayed too
        String rejectKey = UUID.randomUUID().toString();
        String bad = count + ",99,2016,,,,5,,,,\r\n";
        String rejected = csv(admin().header("Idempotency-Key", rejectKey), bad, "").statusCode(422).extract().asString();
        csv(admin().header("Idempotency-Key", rejectKey), bad, "").statusCode(422).contentType("application/problem+json")
                .body(equalTo(rejected));

        String running = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO idempotency_key (subject, key, operation, body_sha256, state, runner)
                VALUES ('admin-null-subject', ?, 'importIndicatorValues', repeat('0', 64), 'RUNNING', ?)""")) {
            s.setString(1, running);
            s.setInt(2, runners.runner()); // held by a request of this live backend
            s.executeUpdate();
        }
        csv(admin().header("Idempotency-Key", running), file, "").statusCode(409)
                .body("code", is("IDEMPOTENCY_KEY_IN_USE"));
        csv(admin().header("Idempotency-Key", "bad key"), file, "").statusCode(400)
                .body("violations[0].field", is("Idempotency-Key"));
    }
}
