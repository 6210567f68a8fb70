package vn.childplan.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A whole plan as an Excel workbook, one sheet per table: the plan's metadata, objectives, targets with the latest
 * value and attainment, tasks, assignments. It reads the plan as the API answers it (the JSON trees of the plan view
 * and of its progress), so a reference the caller may not read is already left out by the one rule every answer
 * passes ({@code ScopedReferences}).
 */
final class PlanWorkbook {
    private PlanWorkbook() {
    }

    enum Kind {
        TEXT, NUMBER, DATE, LABEL
    }

    /** A column: its Vietnamese header, where its value lies (a JSON pointer) and how to write it. */
    record Column(String header, String pointer, Kind kind) {
    }

    static final String PLAN = "Kế hoạch";
    static final String OBJECTIVES = "Mục tiêu";
    static final String TARGETS = "Chỉ tiêu";
    static final String TASKS = "Nhiệm vụ";
    static final String ASSIGNMENTS = "Phân công";

    /** The plan's own fields, one per row of the first sheet. */
    private static final List<Column> METADATA = List.of(
            new Column("Số hiệu", "/document/number", Kind.TEXT),
            new Column("Loại văn bản", "/document/kind", Kind.TEXT),
            new Column("Tên", "/document/title", Kind.TEXT),
            new Column("Cơ quan ban hành", "/document/issuer/name", Kind.TEXT),
            new Column("Địa bàn", "/document/unit/name", Kind.TEXT),
            new Column("Người ký", "/document/signerName", Kind.TEXT),
            new Column("Chức vụ người ký", "/document/signerTitle", Kind.TEXT),
            new Column("Ngày ban hành", "/document/issuedOn", Kind.DATE),
            new Column("Ngày hiệu lực", "/document/effectiveOn", Kind.DATE),
            new Column("Lĩnh vực", "/document/field", Kind.TEXT),
            new Column("Từ năm", "/document/periodFromYear", Kind.NUMBER),
            new Column("Đến năm", "/document/periodToYear", Kind.NUMBER),
            new Column("Trạng thái", "/document/status", Kind.TEXT),
            new Column("Mục đích", "/document/purpose", Kind.TEXT),
            new Column("Yêu cầu", "/document/requirements", Kind.TEXT),
            new Column("Kinh phí", "/document/fundingNote", Kind.TEXT));
    private static final List<Column> OBJECTIVE = List.of(
            new Column("Thứ tự", "/objective/position", Kind.NUMBER),
            new Column("Loại", "/objective/kind", Kind.LABEL),
            new Column("Nội dung", "/objective/text", Kind.TEXT),
            new Column("Số chỉ tiêu", "/targetCount", Kind.NUMBER));
    private static final List<Column> TARGET = List.of(
            new Column("Mã chỉ số", "/target/indicator/code", Kind.TEXT),
            new Column("Chỉ số", "/target/indicator/nameVi", Kind.TEXT),
            new Column("So sánh", "/target/comparator", Kind.LABEL),
            new Column("Giá trị mục tiêu", "/target/value", Kind.NUMBER),
            new Column("Đơn vị tính", "/target/unit", Kind.TEXT),
            new Column("Năm đạt", "/target/targetYear", Kind.NUMBER),
            new Column("Giá trị cơ sở", "/target/baselineValue", Kind.NUMBER),
            new Column("Năm cơ sở", "/target/baselineYear", Kind.NUMBER),
            new Column("Nhóm đối tượng", "/target/subGroup", Kind.TEXT),
            new Column("Giá trị mới nhất", "/latest/value", Kind.NUMBER),
            new Column("Kỳ của giá trị", "/latest/periodCode", Kind.TEXT),
            new Column("Trạng thái số liệu", "/latest/status", Kind.LABEL),
            new Column("Đánh giá", "/attainment", Kind.LABEL),
            new Column("Ẩn số liệu nhỏ", "/latest/suppressed", Kind.LABEL));
    private static final List<Column> TASK = List.of(
            new Column("Số", "/task/number", Kind.TEXT),
            new Column("Nhiệm vụ", "/task/title", Kind.TEXT),
            new Column("Địa bàn thực hiện", "/task/scope", Kind.TEXT),
            new Column("Hạn", "/task/dueOn", Kind.DATE),
            new Column("Trạng thái", "/task/status", Kind.LABEL));
    private static final List<Column> ASSIGNMENT = List.of(
            new Column("Nhiệm vụ số", "/taskNumber", Kind.TEXT),
            new Column("Cơ quan", "/agency/name", Kind.TEXT),
            new Column("Vai trò", "/role", Kind.LABEL),
            new Column("Nội dung được giao", "/duty", Kind.TEXT),
            new Column("Hạn", "/dueOn", Kind.DATE),
            new Column("Trạng thái", "/status", Kind.LABEL));

    /** Vietnamese for the codes a planner reads in the sheets. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("GENERAL", "Chung"), Map.entry("SPECIFIC", "Cụ thể"),
            Map.entry("GT", "Trên"), Map.entry("GE", "Từ … trở lên"), Map.entry("LT", "Dưới"),
            Map.entry("LE", "Không quá"), Map.entry("EQ", "Bằng"),
            // a suppressed latest value (value.Suppression): its cell stays empty and this says why
            Map.entry("true", "Đã ẩn (số nhỏ, dữ liệu nhạy cảm)"), Map.entry("false", ""),
            Map.entry("ESTIMATE", "Ước tính"), Map.entry("FINAL", "Chính thức"),
            Map.entry("MET", "Đạt"), Map.entry("ON_TRACK", "Đúng tiến độ"), Map.entry("AT_RISK", "Có nguy cơ không đạt"),
            Map.entry("NOT_MET", "Không đạt"), Map.entry("NO_DATA", "Chưa có số liệu"),
            Map.entry("NOT_STARTED", "Chưa thực hiện"), Map.entry("IN_PROGRESS", "Đang thực hiện"),
            Map.entry("DONE", "Hoàn thành"), Map.entry("CANCELLED", "Hủy bỏ"),
            Map.entry("LEAD", "Chủ trì"), Map.entry("COORDINATE", "Phối hợp"), Map.entry("REQUESTED", "Đề nghị"));

    /**
     * Writes the workbook of {@code plan} (the JSON of a PlanView) and {@code progress} (of a PlanProgress), then
     * closes what it holds.
     */
    static void write(JsonNode plan, JsonNode progress, OutputStream out) throws IOException {
        try (XlsxCells cells = new XlsxCells()) {
            Sheet meta = cells.sheet(PLAN, List.of("Thông tin", "Nội dung"));
            int r = 1;
            for (Column c : METADATA) {
                Row row = meta.createRow(r++);
                cells.set(row, 0, c.header());
                cells.set(row, 1, value(plan, c));
            }
            table(cells, OBJECTIVES, OBJECTIVE, plan.path("objectives"),
                    o -> ((ObjectNode) o.deepCopy()).put("targetCount", o.path("targets").size()));
            table(cells, TARGETS, TARGET, progress.path("targets"), Function.identity());
            ArrayNode tasks = JsonNodeFactory.instance.arrayNode();
            ArrayNode assignments = JsonNodeFactory.instance.arrayNode();
            flatten(plan.path("tasks"), tasks, assignments);
            table(cells, TASKS, TASK, tasks, Function.identity());
            table(cells, ASSIGNMENTS, ASSIGNMENT, assignments, Function.identity());
            cells.workbook.write(out);
        }
        out.flush();
    }

    private static void table(XlsxCells cells, String name, List<Column> columns, JsonNode items,
            Function<JsonNode, JsonNode> shape) {
        Sheet sheet = cells.sheet(name, columns.stream().map(Column::header).toList());
        int r = 1;
        for (JsonNode item : items) {
            JsonNode shaped = shape.apply(item);
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                cells.set(row, i, value(shaped, columns.get(i)));
            }
        }
    }

    /** The task tree in reading order, each assignment with its task's number. */
    private static void flatten(JsonNode nodes, ArrayNode tasks,
            ArrayNode assignments) {
        for (JsonNode node : nodes) {
            tasks.add(node);
            for (JsonNode a : node.path("assignments")) {
                assignments.add(((ObjectNode) a.deepCopy())
                        .put("taskNumber", node.path("task").path("number").asText()));
            }
            flatten(node.path("children"), tasks, assignments);
        }
    }

    private static Object value(JsonNode root, Column c) {
        JsonNode v = root.at(c.pointer());
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        return switch (c.kind()) {
            case NUMBER -> v.decimalValue();
            case DATE -> LocalDate.parse(v.asText());
            case LABEL -> LABELS.getOrDefault(v.asText(), v.asText());
            case TEXT -> v.asText();
        };
    }
}
