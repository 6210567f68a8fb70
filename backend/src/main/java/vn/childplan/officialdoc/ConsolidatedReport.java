package vn.childplan.officialdoc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import vn.childplan.officialdoc.OfficialDocument.Block;
import vn.childplan.officialdoc.OfficialDocument.Paragraph;
import vn.childplan.officialdoc.OfficialDocument.Style;
import vn.childplan.officialdoc.OfficialDocument.Table;

/**
 * The lead agency's consolidated report of a plan for one period (báo cáo tổng hợp), from the API's own answers: the
 * consolidation ({@code GET /plans/{id}/consolidation}) and the plan ({@code GET /plans/{id}}), so a reference the
 * caller may not read is already left out by the rule every answer passes. The report has no number and no signer
 * in the data: both are blanks for the clerk; its date is the day the consolidation is judged on.
 */
final class ConsolidatedReport {
    private ConsolidatedReport() {
    }

    static final String TITLE = "BÁO CÁO";
    /** What a figure withheld from the reader (small-cell suppression) reads as. */
    static final String WITHHELD = "Đã ẩn (số nhỏ, dữ liệu nhạy cảm)";
    static final List<String> FIGURE_HEADER = List.of("TT", "Chỉ tiêu", "Địa bàn", "Số liệu các cơ quan báo cáo",
            "Số liệu đã lưu");

    static OfficialDocument of(JsonNode consolidation, JsonNode plan) {
        JsonNode document = plan.path("document");
        JsonNode agency = consolidation.path("consolidatingAgency");
        String period = period(consolidation);
        String cited = Nd30.cite(document);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Nd30.header(Nd30.issuingBody(agency, document.path("unit")), null, "BC",
                Nd30.placeAndDate(Nd30.place(document.path("unit")), java.time.LocalDate.parse(
                        consolidation.path("asOf").asText()))));
        blocks.add(new Paragraph(TITLE, Style.BOLD, OfficialDocument.Align.CENTER, OfficialDocument.BODY + 1, false, 18));
        blocks.add(Paragraph.centred("Kết quả thực hiện " + cited + " trong " + period, Style.BOLD));
        blocks.add(new Paragraph("", Style.REGULAR, OfficialDocument.Align.CENTER, 6, false, 0));
        String who = agency.path("name").asText(Nd30.BLANK);
        String issuer = document.path("issuer").path("name").asText("");
        blocks.add(Paragraph.body("Thực hiện " + cited + (issuer.isEmpty() ? "" : " của " + issuer) + " “"
                + document.path("title").asText() + "”, trên cơ sở báo cáo của các cơ quan, đơn vị, " + who
                + " tổng hợp kết quả thực hiện trong " + period + " như sau:"));

        int section = 0;
        blocks.add(Paragraph.heading(Nd30.roman(++section) + ". TÌNH HÌNH GỬI BÁO CÁO"));
        standing(consolidation, blocks);
        blocks.add(Paragraph.heading(Nd30.roman(++section) + ". KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"));
        tasks(consolidation.path("tasks"), blocks);
        blocks.add(Paragraph.heading(Nd30.roman(++section) + ". SỐ LIỆU CÁC CHỈ TIÊU"));
        blocks.add(Paragraph.body("Số liệu do các cơ quan, đơn vị báo cáo; nhiều cơ quan báo cáo cùng một địa bàn thì "
                + "ghi riêng số liệu của từng cơ quan, không cộng dồn."));
        blocks.add(new Table(FIGURE_HEADER, figures(consolidation.path("indicators")),
                List.of(0.06f, 0.30f, 0.20f, 0.26f, 0.18f), 11));
        blocks.add(Paragraph.heading(Nd30.roman(++section) + ". KHÓ KHĂN, VƯỚNG MẮC"));
        said(consolidation, "difficulties", "Các cơ quan, đơn vị không nêu khó khăn, vướng mắc.", blocks);
        blocks.add(Paragraph.heading(Nd30.roman(++section) + ". KIẾN NGHỊ, ĐỀ XUẤT"));
        said(consolidation, "proposals", "Các cơ quan, đơn vị không có kiến nghị, đề xuất.", blocks);
        blocks.add(Paragraph.body("Trên đây là báo cáo tổng hợp kết quả thực hiện " + cited + " trong " + period + " của "
                + who + "./."));

        List<String> recipients = new ArrayList<>();
        if (!issuer.isEmpty()) {
            recipients.add(issuer + " (để báo cáo)");
        }
        recipients.add("Các cơ quan, đơn vị được phân công");
        blocks.add(Nd30.foot(recipients, null, null));
        return new OfficialDocument("Báo cáo " + consolidation.path("periodCode").asText(), blocks);
    }

    /** "6 tháng đầu năm 2016", "năm 2016", "quý III năm 2016"…: the period as the text names it. */
    static String period(JsonNode c) {
        String code = c.path("periodCode").asText();
        String year = code.length() >= 4 ? code.substring(0, 4) : code;
        return switch (c.path("periodType").asText()) {
            case "YEAR" -> "năm " + year;
            case "HALF_YEAR" -> (code.endsWith("H1") ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case "QUARTER" -> "quý " + Nd30.roman(Integer.parseInt(code.substring(code.length() - 1))) + " năm " + year;
            case "MONTH", "STATISTICAL_MONTH" -> "tháng " + Integer.parseInt(code.substring(5, 7)) + " năm " + year;
            case "SCHOOL_YEAR" -> "năm học " + code;
            default -> "thời gian từ ngày " + Nd30.date(c.path("periodStart").asText()) + " đến ngày "
                    + Nd30.date(c.path("periodEnd").asText());
        };
    }

    private static void standing(JsonNode c, List<Block> blocks) {
        JsonNode n = c.path("counts");
        blocks.add(Paragraph.body("Tính đến ngày " + Nd30.date(c.path("asOf").asText()) + ", " + n.path("owing").asInt()
                + " cơ quan, đơn vị phải báo cáo; " + n.path("counted").asInt() + " đã gửi báo cáo (" + n.path("accepted")
                .asInt() + " đã được tiếp nhận), trong đó " + n.path("late").asInt() + " gửi sau thời hạn; "
                + n.path("returned").asInt() + " báo cáo được trả lại để hoàn thiện; " + n.path("overdue").asInt()
                + " quá hạn chưa gửi."));
        List<JsonNode> owing = stream(c.path("agencies")).filter(a -> a.path("owes").asBoolean()).toList();
        names(owing, a -> a.path("overdue").asBoolean(), "- Quá hạn chưa gửi báo cáo: ", blocks);
        names(owing, a -> "LATE".equals(a.path("timeliness").asText()), "- Gửi báo cáo sau thời hạn: ", blocks);
    }

    private static void names(List<JsonNode> agencies, Predicate<JsonNode> which, String lead, List<Block> blocks) {
        String names = agencies.stream().filter(which).map(a -> a.path("agency").path("name").asText(""))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        if (!names.isEmpty()) {
            blocks.add(Paragraph.body(lead + names + "."));
        }
    }

    /**
     * Each task in tree order, a top-level one in bold, then every agency's narrative on it; a task without subtasks
     * that no one reported on says so.
     */
    private static void tasks(JsonNode tasks, List<Block> blocks) {
        for (int i = 0; i < tasks.size(); i++) {
            JsonNode t = tasks.get(i);
            boolean parent = i + 1 < tasks.size() && tasks.get(i + 1).path("depth").asInt() > t.path("depth").asInt();
            String title = t.path("task").path("number").asText("") + ". " + t.path("task").path("title").asText("");
            blocks.add(t.path("depth").asInt() == 0 ? Paragraph.heading(title)
                    : new Paragraph(title, Style.ITALIC, OfficialDocument.Align.JUSTIFY, OfficialDocument.BODY, true, 0));
            if (t.path("narratives").isEmpty() && !parent) {
                blocks.add(Paragraph.body("- Chưa có cơ quan, đơn vị báo cáo."));
            }
            for (JsonNode n : t.path("narratives")) {
                String role = n.path("role").isNull() || n.path("role").isMissingNode() ? ""
                        : " (" + Nd30.word(n.path("role").asText()) + ")";
                blocks.add(Paragraph.body("- " + n.path("agency").path("name").asText(Nd30.BLANK) + role + ": "
                        + n.path("narrative").asText("")));
            }
        }
    }

    /** One table row per unit and breakdown, the indicator named on its first row; several agencies' figures apart. */
    static List<List<String>> figures(JsonNode indicators) {
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        for (JsonNode ind : indicators) {
            String number = String.valueOf(++i);
            String unit = ind.path("indicator").path("unit").asText("");
            String name = ind.path("indicator").path("nameVi").asText("") + (unit.isEmpty() ? "" : " (" + unit + ")");
            if (ind.path("rows").isEmpty()) {
                rows.add(List.of(number, name, "", "Chưa có số liệu", ""));
            }
            boolean first = true;
            for (JsonNode r : ind.path("rows")) {
                String figures = stream(r.path("figures")).map(f -> figure(f) + " ("
                        + f.path("agency").path("name").asText(Nd30.BLANK) + ")").collect(Collectors.joining("\n"));
                // agree and conflict are null when they would tell of a withheld figure: nothing is said then
                if (r.path("duplicate").asBoolean() && r.path("agree").isBoolean() && !r.path("agree").asBoolean()) {
                    figures += "\nCác số liệu không thống nhất";
                }
                JsonNode s = r.path("stored");
                String stored = s.isMissingNode() || s.isNull() ? ""
                        : figure(s) + " (" + Nd30.word(s.path("status").asText()) + ")"
                                + (r.path("conflict").asBoolean() ? "\nKhác số liệu báo cáo" : "");
                rows.add(List.of(first ? number : "", first ? name : "", place(r), figures, stored));
                first = false;
            }
        }
        return rows;
    }

    /**
     * A figure or stored value as the consolidation gives it to the caller: a number, or the words saying it is
     * withheld (small-cell suppression), as the plan workbook says it.
     */
    private static String figure(JsonNode f) {
        return f.path("suppressed").asBoolean() ? WITHHELD : Nd30.number(f.path("value").decimalValue());
    }

    /** The unit's name with its breakdown when it is not the total: "Huyện A Lưới, nữ". */
    private static String place(JsonNode row) {
        List<String> parts = new ArrayList<>();
        parts.add(row.path("unit").path("name").asText(Nd30.BLANK));
        for (String field : List.of("sex", "areaType")) {
            String v = row.path(field).asText("ALL");
            if (!"ALL".equals(v)) {
                parts.add(Nd30.word(v));
            }
        }
        String age = row.path("ageGroup").asText("ALL");
        if (!"ALL".equals(age)) {
            parts.add(age + " tuổi");
        }
        return String.join(", ", parts);
    }

    private static void said(JsonNode c, String field, String none, List<Block> blocks) {
        List<JsonNode> saying = stream(c.path("agencies")).filter(a -> !a.path(field).asText("").isBlank()).toList();
        if (saying.isEmpty()) {
            blocks.add(Paragraph.body(none));
        }
        saying.forEach(a -> blocks.add(Paragraph.body("- " + a.path("agency").path("name").asText(Nd30.BLANK) + ": "
                + a.path(field).asText().strip())));
    }

    static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
