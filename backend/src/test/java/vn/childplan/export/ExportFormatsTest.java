package vn.childplan.export;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/**
 * The export's other formats (XLSX, NDJSON, SDMX-CSV), how one is chosen, and formula neutralisation, on an
 * indicator of its own with two Huế values: a final yearly total, and a half-year estimate for girls whose source and
 * evidence start as a spreadsheet formula would.
 */
@QuarkusTest
class ExportFormatsTest {
    private static final String EXPORT = "/api/v1/exports/indicator-values";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FORMULA = "=HYPERLINK(\"http://x.example\",\"bấm\")";
    private static long indicator;
    private static String code;

    private static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    @BeforeEach
    void data() {
        if (code != null) {
            return;
        }
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        code = "FMT_" + tag;
        indicator = created("/api/v1/indicators", Map.of("code", code, "nameVi", "Số trẻ em được hỗ trợ",
                "nameEn", "Children supported", "unit", "trẻ em", "direction", "HIGHER_IS_BETTER"));
        long hue = admin().queryParam("level", "PROVINCE").queryParam("code", "46").queryParam("validOn", "2016-06-01")
                .when().get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        created("/api/v1/indicator-values", new HashMap<>(Map.of("indicatorId", indicator, "unitId", hue,
                "periodCode", "2016", "value", 2500, "status", "FINAL")));
        created("/api/v1/indicator-values", new HashMap<>(Map.of("indicatorId", indicator, "unitId", hue,
                "periodCode", "2016-H1", "value", 1200.50, "status", "ESTIMATE", "sex", "FEMALE", "sourceName", FORMULA,
                "evidence", "@SUM(A1:A9)")));
    }

    private static long created(String path, Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static ExtractableResponse<Response> export(String accept, Map<String, ?> params) {
        return admin().accept(accept).header("Prefer", "count=exact").queryParam("indicatorId", indicator).queryParams(params).when().get(EXPORT)
                .then().statusCode(200).header("X-Total-Count", "2").extract();
    }

    @Test
    void xlsx_has_vietnamese_headers_numbers_as_numbers_dates_as_dates_and_no_live_formula() throws Exception {
        ExtractableResponse<Response> r = export(XLSX, Map.of());
        assertEquals(XLSX, r.contentType());
        assertTrue(r.header("Content-Disposition").endsWith(".xlsx\""), r.header("Content-Disposition"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            Sheet sheet = book.getSheet(XlsxRows.SHEET);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(ValueColumns.VALUES.stream().map(ValueColumns.Column::header).toList(), headers);
            assertEquals(3, sheet.getPhysicalNumberOfRows());
            // the order of the CSV: period start first, so the half-year (1 Jan–30 Jun) before the year
            Row half = sheet.getRow(1);
            Row year = sheet.getRow(2);
            assertEquals(code, half.getCell(0).getStringCellValue());
            assertEquals("2016-H1", half.getCell(6).getStringCellValue());
            Cell value = half.getCell(13);
            assertEquals(CellType.NUMERIC, value.getCellType());
            assertEquals(1200.5, value.getNumericCellValue());
            assertEquals(2500, year.getCell(13).getNumericCellValue());
            Cell start = half.getCell(8);
            assertEquals(CellType.NUMERIC, start.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(start));
            assertEquals(LocalDate.of(2016, 1, 1), start.getLocalDateTimeCellValue().toLocalDate());
            assertTrue(DateUtil.isCellDateFormatted(half.getCell(20)), "entered_at is a date-time");
            // formula-like text stays text, marked as Excel marks text typed with a leading apostrophe
            Cell source = half.getCell(16);
            assertEquals(CellType.STRING, source.getCellType());
            assertEquals(FORMULA, source.getStringCellValue());
            assertTrue(source.getCellStyle().getQuotePrefixed());
            assertTrue(half.getCell(18).getCellStyle().getQuotePrefixed(), "evidence starting with @");
            assertFalse(half.getCell(0).getCellStyle().getQuotePrefixed());
            assertNull(year.getCell(16), "an empty source is an empty cell");
        }
    }

    @Test
    void ndjson_is_one_object_per_line_with_the_csv_column_names_and_typed_values() throws Exception {
        ExtractableResponse<Response> r = export("application/x-ndjson", Map.of());
        assertTrue(r.contentType().startsWith("application/x-ndjson"), r.contentType());
        String body = r.asString();
        assertTrue(body.endsWith("\n"));
        String[] lines = body.split("\n");
        assertEquals(2, lines.length);
        ObjectMapper json = new ObjectMapper();
        JsonNode half = json.readTree(lines[0]);
        List<String> names = new ArrayList<>();
        half.fieldNames().forEachRemaining(names::add);
        assertEquals(ValueColumns.NAMES, names);
        assertTrue(half.get("value").isNumber());
        assertEquals("1200.5", half.get("value").decimalValue().toPlainString());
        assertEquals("2016-01-01", half.get("period_start").asText());
        assertEquals(FORMULA, half.get("source_name").asText(), "machine formats keep text as stored");
        assertTrue(half.get("entered_at").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z"));
        JsonNode year = json.readTree(lines[1]);
        assertTrue(year.get("source_name").isNull());
        assertTrue(year.get("report_id").isNull());
        assertEquals(2500, year.get("value").intValue());
    }

    @Test
    void sdmx_csv_has_the_structure_columns_dimensions_and_sdmx_codes() {
        ExtractableResponse<Response> r = export("application/vnd.sdmx.data+csv", Map.of());
        assertEquals("application/vnd.sdmx.data+csv; version=2.0.0; charset=UTF-8", r.header("Content-Type"));
        List<List<String>> table = ExportResourceTest.parse(r.asString());
        assertEquals(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "INDICATOR", "REF_AREA", "TIME_PERIOD", "SEX", "AGE",
                "URBANISATION", "OBS_VALUE", "OBS_STATUS", "UNIT_MEASURE", "SOURCE_KIND", "SOURCE_NAME", "EVIDENCE",
                "CONF_STATUS"),
                table.get(0));
        assertEquals(List.of("dataflow", ValueColumns.DATAFLOW, "I", code, "46", "2016-S1", "F", "_T", "_T", "1200.5",
                "E", "trẻ em", "MANUAL", FORMULA, "@SUM(A1:A9)", "F"), table.get(1));
        assertEquals(List.of("dataflow", ValueColumns.DATAFLOW, "I", code, "46", "2016", "_T", "_T", "_T", "2500", "A",
                "trẻ em", "MANUAL", "", "", "F"), table.get(2));
    }

    @Test
    void format_overrides_accept_and_an_unknown_format_is_400() {
        ExtractableResponse<Response> r = export("*/*", Map.of("format", "ndjson"));
        assertTrue(r.contentType().startsWith("application/x-ndjson"), r.contentType());
        assertTrue(r.header("Content-Disposition").endsWith(".ndjson\""));
        assertTrue(export("*/*", Map.of()).contentType().startsWith("text/csv"), "CSV when anything is accepted");
        // Accept's preferences count
        assertTrue(export("text/csv;q=0.5, " + XLSX, Map.of()).contentType().startsWith(XLSX));
        admin().accept("*/*").queryParam("indicatorId", indicator).queryParam("format", "pdf").when().get(EXPORT)
                .then().statusCode(400).contentType("application/problem+json").body("code", is("VALIDATION_FAILED"))
                .body("violations.field", contains("format"));
    }

    @Test
    void csv_for_excel_neutralises_formulas_and_csv_for_scripts_keeps_text_as_stored() {
        List<List<String>> excel = ExportResourceTest.parse(
                new String(export("text/csv", Map.of("bom", "true")).asByteArray(), java.nio.charset.StandardCharsets.UTF_8)
                        .substring(1));
        assertEquals("'" + FORMULA, excel.get(1).get(16));
        assertEquals("'@SUM(A1:A9)", excel.get(1).get(18));
        assertEquals(code, excel.get(1).get(0), "other text untouched");
        List<List<String>> scripts = ExportResourceTest.parse(export("text/csv", Map.of()).asString());
        assertEquals(FORMULA, scripts.get(1).get(16));
        assertEquals("@SUM(A1:A9)", scripts.get(1).get(18));
    }
}
