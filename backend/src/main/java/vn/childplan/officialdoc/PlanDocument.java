package vn.childplan.officialdoc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.childplan.officialdoc.OfficialDocument.Align;
import vn.childplan.officialdoc.OfficialDocument.Block;
import vn.childplan.officialdoc.OfficialDocument.Paragraph;
import vn.childplan.officialdoc.OfficialDocument.Style;
import vn.childplan.officialdoc.OfficialDocument.Table;

/**
 * A plan as an administrative document (Kế hoạch), from the API's own answer {@code GET /plans/{id}}: number, place
 * and date, the documents it implements, purposes and requirements, objectives with their targets, tasks with the
 * agencies assigned, funding, each agency's duties (Tổ chức thực hiện), Nơi nhận and the signer. Only what the plan
 * holds is written; a section it has nothing for is left out, and a missing number, date or signer is a blank.
 */
final class PlanDocument {
    private PlanDocument() {
    }

    /** The roles in the order the text names them: who leads, who coordinates, who is requested. */
    private static final List<String> ROLES = List.of("LEAD", "COORDINATE", "REQUESTED");
    static final List<String> TARGET_HEADER = List.of("TT", "Chỉ tiêu", "Mục tiêu", "Năm");

    static OfficialDocument of(JsonNode plan) {
        JsonNode d = plan.path("document");
        String kind = Nd30.word(d.path("kind").asText());
        String title = d.path("title").asText("");
        List<Block> blocks = new ArrayList<>();
        LocalDate issued = d.hasNonNull("issuedOn") ? LocalDate.parse(d.path("issuedOn").asText()) : null;
        blocks.add(Nd30.header(Nd30.issuingBody(d.path("issuer"), d.path("unit")), d.path("number").asText(null),
                "KH", Nd30.placeAndDate(Nd30.place(d.path("unit")), issued)));
        blocks.add(new Paragraph(Nd30.upper(kind), Style.BOLD, Align.CENTER, OfficialDocument.BODY + 1, false, 18));
        String subject = title.toLowerCase(Nd30.VI).startsWith(kind.toLowerCase(Nd30.VI) + " ")
                ? title.substring(kind.length() + 1) : title;
        blocks.add(Paragraph.centred(subject.isEmpty() ? subject : subject.substring(0, 1).toUpperCase(Nd30.VI)
                + subject.substring(1), Style.BOLD));
        blocks.add(new Paragraph("", Style.REGULAR, Align.CENTER, 6, false, 0));
        List<String> cited = ConsolidatedReport.stream(d.path("implementsDocuments"))
                .map(r -> Nd30.cite(r) + " “" + r.path("title").asText("") + "”").toList();
        String issuer = d.path("issuer").path("name").asText("");
        if (!cited.isEmpty()) {
            blocks.add(Paragraph.body("Thực hiện " + String.join("; ", cited) + (issuer.isEmpty() ? ";"
                    : "; " + issuer + " ban hành " + title + " như sau:")));
        }

        int section = 0;
        String purpose = d.path("purpose").asText("");
        String requirements = d.path("requirements").asText("");
        if (!purpose.isBlank() || !requirements.isBlank()) {
            blocks.add(Paragraph.heading(Nd30.roman(++section) + ". MỤC ĐÍCH, YÊU CẦU"));
            text("1. Mục đích", purpose, blocks);
            text((purpose.isBlank() ? "1" : "2") + ". Yêu cầu", requirements, blocks);
        }
        if (!plan.path("objectives").isEmpty()) {
            blocks.add(Paragraph.heading(Nd30.roman(++section) + ". MỤC TIÊU"));
            objectives(plan.path("objectives"), blocks);
        }
        Map<String, List<JsonNode>> duties = new LinkedHashMap<>();
        if (!plan.path("tasks").isEmpty()) {
            blocks.add(Paragraph.heading(Nd30.roman(++section) + ". NHIỆM VỤ, GIẢI PHÁP"));
            tasks(plan.path("tasks"), 0, blocks, duties);
        }
        String fundingNote = d.path("fundingNote").asText("");
        if (!fundingNote.isBlank() || !d.path("funding").isEmpty()) {
            blocks.add(Paragraph.heading(Nd30.roman(++section) + ". KINH PHÍ THỰC HIỆN"));
            paragraphs(fundingNote, blocks);
            for (JsonNode f : d.path("funding")) {
                blocks.add(Paragraph.body("- " + Nd30.word(f.path("source").asText())
                        + (f.hasNonNull("plannedAmount") ? ": " + Nd30.number(f.path("plannedAmount").decimalValue())
                                + " đồng" : "") + "."));
            }
        }
        String organisation = null;
        if (!duties.isEmpty()) {
            organisation = Nd30.roman(++section);
            blocks.add(Paragraph.heading(organisation + ". TỔ CHỨC THỰC HIỆN"));
            int n = 0;
            for (Map.Entry<String, List<JsonNode>> e : duties.entrySet()) {
                blocks.add(new Paragraph(++n + ". " + e.getKey(), Style.BOLD, Align.JUSTIFY, OfficialDocument.BODY,
                        true, 0));
                for (JsonNode a : e.getValue()) {
                    String duty = a.path("duty").asText("");
                    blocks.add(Paragraph.body("- " + capital(Nd30.word(a.path("role").asText())) + " nhiệm vụ "
                            + a.path("taskNumber").asText() + (duty.isBlank() ? "" : ": " + duty.strip()) + "."));
                }
            }
        }

        List<String> recipients = new ArrayList<>();
        if (organisation != null) {
            recipients.add("Các cơ quan, đơn vị nêu tại mục " + organisation);
        }
        blocks.add(Nd30.foot(recipients, d.path("signerTitle").asText(null), d.path("signerName").asText(null)));
        return new OfficialDocument(title, blocks);
    }

    private static void text(String heading, String text, List<Block> blocks) {
        if (!text.isBlank()) {
            blocks.add(new Paragraph(heading, Style.BOLD, Align.JUSTIFY, OfficialDocument.BODY, true, 0));
            paragraphs(text, blocks);
        }
    }

    private static void paragraphs(String text, List<Block> blocks) {
        text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> blocks.add(Paragraph.body(l)));
    }

    /** General objectives, then specific ones, then the table of every objective's targets. */
    private static void objectives(JsonNode objectives, List<Block> blocks) {
        int n = 0;
        for (String kind : List.of("GENERAL", "SPECIFIC")) {
            List<JsonNode> these = ConsolidatedReport.stream(objectives)
                    .filter(o -> kind.equals(o.path("objective").path("kind").asText())).toList();
            if (these.isEmpty()) {
                continue;
            }
            blocks.add(new Paragraph(++n + (kind.equals("GENERAL") ? ". Mục tiêu tổng quát" : ". Mục tiêu cụ thể"),
                    Style.BOLD, Align.JUSTIFY, OfficialDocument.BODY, true, 0));
            these.forEach(o -> blocks.add(Paragraph.body((kind.equals("SPECIFIC") ? "- " : "")
                    + o.path("objective").path("text").asText(""))));
        }
        List<JsonNode> targets = new ArrayList<>();
        objectives.forEach(o -> o.path("targets").forEach(targets::add));
        if (!targets.isEmpty()) {
            blocks.add(new Paragraph(++n + ". Các chỉ tiêu", Style.BOLD, Align.JUSTIFY, OfficialDocument.BODY, true, 0));
            blocks.add(new Table(TARGET_HEADER, targets(targets), List.of(0.07f, 0.58f, 0.22f, 0.13f), 11));
        }
    }

    static List<List<String>> targets(List<JsonNode> targets) {
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        for (JsonNode t : targets) {
            String unit = t.path("unit").asText("");
            String goal = Nd30.word(t.path("comparator").asText()) + " " + Nd30.number(t.path("value").decimalValue())
                    + (unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit);
            String name = t.path("indicator").path("nameVi").asText("");
            String group = t.path("subGroup").asText("");
            rows.add(List.of(String.valueOf(++i), group.isBlank() ? name : name + " (" + group + ")", goal,
                    t.path("targetYear").asText("")));
        }
        return rows;
    }

    /** The task tree in reading order with who is assigned; collects each agency's assignments for the duties. */
    private static void tasks(JsonNode nodes, int depth, List<Block> blocks, Map<String, List<JsonNode>> duties) {
        for (JsonNode node : nodes) {
            JsonNode t = node.path("task");
            String number = t.path("number").asText("");
            String line = number + ". " + t.path("title").asText("");
            blocks.add(depth == 0 ? Paragraph.heading(line)
                    : new Paragraph(line, Style.ITALIC, Align.JUSTIFY, OfficialDocument.BODY, true, 0));
            paragraphs(t.path("description").asText(""), blocks);
            if (!t.path("scope").asText("").isBlank()) {
                blocks.add(Paragraph.body("Địa bàn thực hiện: " + t.path("scope").asText().strip() + "."));
            }
            Map<String, List<String>> byRole = new LinkedHashMap<>();
            ROLES.forEach(r -> byRole.put(r, new ArrayList<>()));
            for (JsonNode a : node.path("assignments")) {
                String agency = a.path("agency").path("name").asText("");
                if (agency.isEmpty()) {
                    continue;
                }
                byRole.computeIfAbsent(a.path("role").asText(), k -> new ArrayList<>()).add(agency);
                duties.computeIfAbsent(agency, k -> new ArrayList<>()).add(((com.fasterxml.jackson.databind.node
                        .ObjectNode) a.deepCopy()).put("taskNumber", number));
            }
            byRole.values().removeIf(List::isEmpty);
            if (!byRole.isEmpty()) {
                blocks.add(Paragraph.body(byRole.entrySet().stream()
                        .map(e -> capital(Nd30.word(e.getKey())) + ": " + String.join(", ", e.getValue()))
                        .collect(Collectors.joining("; ")) + "."));
            }
            tasks(node.path("children"), depth + 1, blocks, duties);
        }
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Nd30.VI) + s.substring(1);
    }
}
