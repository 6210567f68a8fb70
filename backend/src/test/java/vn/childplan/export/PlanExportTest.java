package vn.childplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.childplan.support.Tokens;

/** GET /exports/plans/{id}: a whole plan as a workbook, with the scope rules of the API's answers. */
@QuarkusTest
class PlanExportTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    private static long created(String path, Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static XSSFWorkbook workbook(RequestSpecification as, long plan) throws Exception {
        byte[] file = as.accept(XLSX).when().get("/api/v1/exports/plans/" + plan).then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition",
                        org.hamcrest.Matchers.matchesRegex("attachment; filename=\"plan-" + plan + "-\\d{8}\\.xlsx\""))
                .extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }

    private static List<String> column(Sheet sheet, int i) {
        List<String> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var cell = sheet.getRow(r).getCell(i);
            out.add(cell == null ? null : cell.toString());
        }
        return out;
    }

    @Test
    void the_hue_2016_plan_has_a_sheet_per_table_with_what_the_api_gives() throws Exception {
        long plan = admin().queryParam("q", "26/KH-UBND").when().get("/api/v1/documents").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.number == '26/KH-UBND' }.id");
        JsonPath view = admin().when().get("/api/v1/plans/" + plan).then().statusCode(200).extract().jsonPath();
        JsonPath progress = admin().when().get("/api/v1/plans/" + plan + "/progress").then().statusCode(200).extract()
                .jsonPath();
        try (XSSFWorkbook book = workbook(Tokens.as("viewer", "46", null), plan)) {
            assertEquals(List.of(PlanWorkbook.PLAN, PlanWorkbook.OBJECTIVES, PlanWorkbook.TARGETS, PlanWorkbook.TASKS,
                    PlanWorkbook.ASSIGNMENTS), List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2),
                            book.getSheetName(3), book.getSheetName(4)));
            Sheet meta = book.getSheet(PlanWorkbook.PLAN);
            assertEquals("Số hiệu", meta.getRow(1).getCell(0).getStringCellValue());
            assertEquals("26/KH-UBND", meta.getRow(1).getCell(1).getStringCellValue());
            Row issued = meta.getRow(8);
            assertEquals("Ngày ban hành", issued.getCell(0).getStringCellValue());
            assertEquals(LocalDate.parse(view.getString("document.issuedOn")),
                    issued.getCell(1).getLocalDateTimeCellValue().toLocalDate());

            List<String> objectives = view.getList("objectives.objective.text");
            assertEquals(objectives, column(book.getSheet(PlanWorkbook.OBJECTIVES), 2));

            Sheet targets = book.getSheet(PlanWorkbook.TARGETS);
            assertEquals(progress.getList("targets.target.indicator.code"), column(targets, 0));
            assertEquals(CellType.NUMERIC, targets.getRow(1).getCell(3).getCellType(), "target values are numbers");
            assertTrue(column(targets, 12).stream().allMatch(a -> List.of("Đạt", "Đúng tiến độ",
                    "Có nguy cơ không đạt", "Không đạt", "Chưa có số liệu").contains(a)), column(targets, 12).toString());

            int tasks = count(view.getList("tasks"));
            assertEquals(tasks, book.getSheet(PlanWorkbook.TASKS).getLastRowNum());
            assertEquals(view.getString("tasks[0].task.number"),
                    book.getSheet(PlanWorkbook.TASKS).getRow(1).getCell(0).getStringCellValue());
            List<String> roles = column(book.getSheet(PlanWorkbook.ASSIGNMENTS), 2);
            assertEquals(assignments(view.getList("tasks")), roles.size());
            assertTrue(roles.contains("Chủ trì") && roles.contains("Phối hợp"), roles.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static int count(List<Object> nodes) {
        int n = 0;
        for (Object o : nodes) {
            n += 1 + count((List<Object>) ((Map<String, Object>) o).get("children"));
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static int assignments(List<Object> nodes) {
        int n = 0;
        for (Object o : nodes) {
            Map<String, Object> node = (Map<String, Object>) o;
            n += ((List<Object>) node.get("assignments")).size() + assignments((List<Object>) node.get("children"));
        }
        return n;
    }

    @Test
    void an_agency_the_caller_may_not_read_is_left_out_and_a_plan_outside_scope_is_404() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long hue = unit("46");
        long haiDuong = unit("30");
        long own = created("/api/v1/agencies", Map.of("name", "Sở Huế " + tag, "kind", "STATE_AGENCY", "unitId", hue));
        long other = created("/api/v1/agencies", Map.of("name", "Sở Hải Dương " + tag, "kind", "STATE_AGENCY",
                "unitId", haiDuong));
        long plan = created("/api/v1/documents", new HashMap<>(Map.of("kind", "PLAN", "title", "Kế hoạch " + tag,
                "issuerId", own, "unitId", hue, "periodFromYear", 2026, "periodToYear", 2027, "status", "DRAFT",
                "implementsIds", List.of())));
        long task = created("/api/v1/tasks", Map.of("documentId", plan, "number", "I", "title", "=1+1 việc"));
        created("/api/v1/assignments", Map.of("taskId", task, "agencyId", own, "role", "LEAD"));
        created("/api/v1/assignments", Map.of("taskId", task, "agencyId", other, "role", "COORDINATE"));

        try (XSSFWorkbook book = workbook(Tokens.as("planner", "46", null), plan)) {
            Map<String, String> agencyByRole = agencyByRole(book);
            assertEquals(2, agencyByRole.size());
            assertEquals("Sở Huế " + tag, agencyByRole.get("Chủ trì"));
            assertNull(agencyByRole.get("Phối hợp"), "the Hải Dương agency is not named to a Huế planner");
            var title = book.getSheet(PlanWorkbook.TASKS).getRow(1).getCell(1);
            assertEquals("=1+1 việc", title.getStringCellValue());
            assertTrue(title.getCellStyle().getQuotePrefixed(), "a formula-like title stays text");
        }
        try (XSSFWorkbook book = workbook(admin(), plan)) {
            assertEquals("Sở Hải Dương " + tag, agencyByRole(book).get("Phối hợp"));
        }
        Tokens.as("planner", "30", null).accept(XLSX).when().get("/api/v1/exports/plans/" + plan).then()
                .statusCode(404).contentType("application/problem+json");
    }

    /** The Phân công sheet's agency (null when the cell is empty) by role label. */
    private static Map<String, String> agencyByRole(XSSFWorkbook book) {
        Sheet sheet = book.getSheet(PlanWorkbook.ASSIGNMENTS);
        Map<String, String> out = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            out.put(row.getCell(2).getStringCellValue(), row.getCell(1) == null ? null : row.getCell(1).getStringCellValue());
        }
        return out;
    }

    private static long unit(String code) {
        return admin().queryParam("level", "PROVINCE").queryParam("code", code).queryParam("validOn", "2016-06-01")
                .when().get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }
}
