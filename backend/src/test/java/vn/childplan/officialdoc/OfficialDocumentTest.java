package vn.childplan.officialdoc;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import vn.childplan.support.Tokens;

/**
 * The official documents of the demo plan 26/KH-UBND (Huế 2016), read back as a clerk's tools would: the Word files
 * with POI (the decree's header and foot, title, the figures and targets tables, page size and margins), the PDF with
 * PDFBox's text extraction (Vietnamese intact, the font embedded), and the scope rules of the API's answers.
 */
@QuarkusTest
class OfficialDocumentTest {
    private static final String HUE = "46";
    private static final String AS_OF = "2017-03-01";
    private static final String DOCX = DocumentFormat.DOCX_TYPE;
    private static final String PDF = DocumentFormat.PDF_TYPE;

    private long plan;

    private static RequestSpecification viewer() {
        return Tokens.as("viewer", HUE, null);
    }

    @BeforeEach
    void plan() {
        plan = viewer().queryParam("q", "26/KH-UBND").queryParam("year", 2016).when().get("/api/v1/documents").then()
                .statusCode(200).body("totalItems", is(1)).extract().jsonPath().getLong("items[0].id");
    }

    private ExtractableResponse<Response> report(String accept, String format) {
        RequestSpecification r = viewer().queryParam("periodCode", "2016-H1").queryParam("asOf", AS_OF);
        if (format != null) {
            r = r.queryParam("format", format);
        }
        return r.accept(accept).when().get("/api/v1/plans/" + plan + "/consolidated-report").then().statusCode(200)
                .extract();
    }

    private JsonNode consolidation() throws Exception {
        String body = viewer().queryParam("periodCode", "2016-H1").queryParam("asOf", AS_OF).when()
                .get("/api/v1/plans/" + plan + "/consolidation").then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(body);
    }

    private static List<XWPFTable> tables(XWPFDocument doc) {
        return doc.getBodyElements().stream().filter(e -> e instanceof XWPFTable).map(e -> (XWPFTable) e).toList();
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(s -> !s.isBlank()).toList();
    }

    private static XWPFRun run(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow()
                .getRuns().get(0);
    }

    private static void a4WithTheDecreesMargins(XWPFDocument doc) {
        CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
        assertEquals(BigInteger.valueOf(11906), size.getW(), "A4 width in twips");
        assertEquals(BigInteger.valueOf(16838), size.getH());
        CTPageMar m = doc.getDocument().getBody().getSectPr().getPgMar();
        // 20, 20, 30, 15 mm: within the decree's 20–25, 20–25, 30–35, 15–20
        assertEquals(List.of(1134L, 1134L, 1701L, 850L), List.of(((BigInteger) m.getTop()).longValue(),
                ((BigInteger) m.getBottom()).longValue(), ((BigInteger) m.getLeft()).longValue(),
                ((BigInteger) m.getRight()).longValue()));
    }

    /** The header table: no borders, issuing body and number | Quốc hiệu, Tiêu ngữ, place and date. */
    private static void header(XWPFTable header, List<String> issuingBody, String number, String placeAndDate) {
        assertEquals(XWPFTable.XWPFBorderType.NONE, header.getTopBorderType());
        assertEquals(XWPFTable.XWPFBorderType.NONE, header.getInsideVBorderType());
        XWPFTableCell left = header.getRow(0).getCell(0);
        XWPFTableCell right = header.getRow(0).getCell(1);
        List<String> expected = new ArrayList<>(issuingBody);
        expected.add(number);
        assertEquals(expected, lines(left));
        assertTrue(run(left, issuingBody.get(issuingBody.size() - 1)).isBold(), "the issuing body is bold");
        assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", placeAndDate),
                lines(right));
        assertTrue(run(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").isBold());
        assertTrue(run(right, "Độc lập - Tự do - Hạnh phúc").isBold());
        assertTrue(run(right, placeAndDate).isItalic());
    }

    /** The foot table: Nơi nhận (12 pt bold italic, the list, the archive copy last) | the signer. */
    private static void foot(XWPFTable foot, List<String> recipients, List<String> signer) {
        XWPFTableCell left = foot.getRow(0).getCell(0);
        List<String> expected = new ArrayList<>();
        expected.add("Nơi nhận:");
        expected.addAll(recipients);
        expected.add("- Lưu: VT.");
        assertEquals(expected, lines(left));
        XWPFRun title = run(left, "Nơi nhận:");
        assertTrue(title.isBold() && title.isItalic());
        assertEquals(12.0, title.getFontSizeAsDouble());
        assertEquals(signer, lines(foot.getRow(0).getCell(1)));
    }

    private static String paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void the_consolidated_report_is_a_decree_30_report_with_the_agencies_narratives_and_figures() throws Exception {
        ExtractableResponse<Response> answer = report(DOCX, null);
        assertEquals(DOCX, answer.contentType());
        assertEquals("attachment; filename=\"Bao cao tong hop 26-KH-UBND 2016-H1.docx\"; filename*=UTF-8''"
                + "B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p%2026-KH-UBND%202016-H1.docx",
                answer.header("Content-Disposition"));
        JsonNode c = consolidation();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(answer.asByteArray()))) {
            a4WithTheDecreesMargins(doc);
            List<XWPFTable> tables = tables(doc);
            header(tables.get(0), List.of("ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ",
                    "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), "Số: …/BC-…", "Thừa Thiên Huế, ngày 01 tháng 3 năm 2017");
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> p.getText().equals("BÁO CÁO")).findFirst()
                    .orElseThrow();
            assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
            assertTrue(title.getRuns().get(0).isBold());
            String text = paragraphs(doc);
            assertTrue(text.contains("Kết quả thực hiện Kế hoạch số 26/KH-UBND ngày 26/02/2016 trong 6 tháng đầu năm 2016"),
                    text);
            // every counted narrative, under its task, with its agency
            for (JsonNode t : c.path("tasks")) {
                for (JsonNode n : t.path("narratives")) {
                    assertTrue(text.contains(n.path("agency").path("name").asText() + " (") && text.contains(": "
                            + n.path("narrative").asText()), n.toString());
                }
            }
            assertTrue(text.contains("Quá hạn chưa gửi báo cáo: Sở Thông tin và Truyền thông."), text);
            assertTrue(text.contains("Gửi báo cáo sau thời hạn: Sở Văn hóa, Thể thao và Du lịch."), text);

            XWPFTable figures = tables.get(1);
            assertEquals(ConsolidatedReport.FIGURE_HEADER, texts(figures.getRow(0)));
            List<List<String>> rows = figures.getRows().stream().skip(1).map(OfficialDocumentTest::texts).toList();
            // the Sở Y tế's immunisation rates for the province and five districts, each row as the consolidation has it
            JsonNode immunisation = null;
            for (JsonNode i : c.path("indicators")) {
                if (!i.path("rows").isEmpty()) {
                    immunisation = i;
                    break;
                }
            }
            assertTrue(immunisation != null && immunisation.path("rows").size() >= 6, "the demo's 2016-H1 figures");
            String name = immunisation.path("indicator").path("nameVi").asText();
            int first = -1;
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).get(1).startsWith(name)) {
                    first = r;
                }
            }
            assertTrue(first >= 0, "the indicator is named on its first row");
            for (int k = 0; k < immunisation.path("rows").size(); k++) {
                JsonNode row = immunisation.path("rows").get(k);
                List<String> cells = rows.get(first + k);
                assertTrue(cells.get(2).startsWith(row.path("unit").path("name").asText()), cells.toString());
                for (JsonNode f : row.path("figures")) {
                    String figure = f.path("value").decimalValue().stripTrailingZeros().toPlainString().replace('.', ',')
                            + " (" + f.path("agency").path("name").asText() + ")";
                    assertTrue(cells.get(3).contains(figure), cells + " holds " + figure);
                }
            }

            foot(tables.get(tables.size() - 1), List.of("- Ủy ban nhân dân tỉnh Thừa Thiên Huế (để báo cáo);",
                    "- Các cơ quan, đơn vị được phân công;"), List.of(Nd30.SIGNER_BLANK, Nd30.SIGNER_BLANK));
            XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Thực hiện "))
                    .findFirst().orElseThrow();
            assertEquals("Times New Roman", body.getRuns().get(0).getFontFamily());
            assertEquals(13.0, body.getRuns().get(0).getFontSizeAsDouble());
        }
    }

    @Test
    void the_pdf_holds_the_same_text_with_its_font_embedded() throws Exception {
        ExtractableResponse<Response> answer = report("*/*", "pdf");
        assertEquals(PDF, answer.contentType());
        assertTrue(answer.header("Content-Disposition").endsWith("2016-H1.pdf"));
        try (PDDocument pdf = Loader.loadPDF(answer.asByteArray())) {
            PDPage first = pdf.getPage(0);
            assertEquals(595.3f, first.getMediaBox().getWidth(), 0.5f, "A4");
            assertEquals(841.9f, first.getMediaBox().getHeight(), 0.5f);
            // lines wrap where the page ends them
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Thừa Thiên Huế, ngày 01 tháng 3 năm 2017", "BÁO CÁO",
                    "Số: …/BC-…", "Nơi nhận:", "- Lưu: VT.", "Số liệu các cơ quan báo cáo")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            for (COSName name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertTrue(font instanceof PDType0Font, font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSerif.*"), "a subset: " + font.getName());
            }
        }
    }

    @Test
    void the_plan_is_a_decree_30_plan_with_its_targets_tasks_and_agencies() throws Exception {
        ExtractableResponse<Response> answer = viewer().accept(DOCX).when().get("/api/v1/plans/" + plan + "/document")
                .then().statusCode(200).contentType(DOCX).extract();
        assertEquals("attachment; filename=\"Ke hoach 26-KH-UBND.docx\"; filename*=UTF-8''"
                + "K%E1%BA%BF%20ho%E1%BA%A1ch%2026-KH-UBND.docx", answer.header("Content-Disposition"));
        JsonNode view = new ObjectMapper().readTree(viewer().when().get("/api/v1/plans/" + plan).then().statusCode(200)
                .extract().asString());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(answer.asByteArray()))) {
            a4WithTheDecreesMargins(doc);
            List<XWPFTable> tables = tables(doc);
            header(tables.get(0), List.of("ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"), "Số: 26/KH-UBND",
                    "Thừa Thiên Huế, ngày 26 tháng 02 năm 2016");
            String text = paragraphs(doc);
            assertTrue(text.contains("KẾ HOẠCH\nThực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em tỉnh Thừa "
                    + "Thiên Huế năm 2016"), text);
            assertTrue(text.contains("Thực hiện Quyết định số 1235/QĐ-TTg ngày 03/08/2015"), text);
            List<JsonNode> targets = new ArrayList<>();
            view.path("objectives").forEach(o -> o.path("targets").forEach(targets::add));
            List<List<String>> rows = tables.stream().filter(t -> texts(t.getRow(0)).equals(PlanDocument.TARGET_HEADER))
                    .flatMap(t -> t.getRows().stream().skip(1).map(OfficialDocumentTest::texts)).toList();
            assertEquals(targets.size(), rows.size(), "one row per target");
            assertEquals(targets.get(0).path("indicator").path("nameVi").asText(), rows.get(0).get(1));
            assertEquals(targets.get(0).path("targetYear").asText(), rows.get(0).get(3));
            for (JsonNode t : view.path("tasks")) {
                assertTrue(text.contains(t.path("task").path("number").asText() + ". "
                        + t.path("task").path("title").asText()), t.toString());
            }
            String lead = null;
            for (JsonNode t : view.path("tasks")) {
                for (JsonNode child : t.path("children")) {
                    for (JsonNode a : child.path("assignments")) {
                        if (lead == null && a.path("role").asText().equals("LEAD")) {
                            lead = "Chủ trì: " + a.path("agency").path("name").asText();
                        }
                    }
                }
            }
            assertTrue(lead != null && text.contains(lead), lead + " in " + text);
            assertTrue(text.contains("TỔ CHỨC THỰC HIỆN"));
            String organisation = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(s -> s.endsWith(". TỔ CHỨC THỰC HIỆN")).findFirst().orElseThrow().split("\\.")[0];
            // the demo plan names no signer: blanks for the clerk, never a made-up name
            foot(tables.get(tables.size() - 1), List.of("- Các cơ quan, đơn vị nêu tại mục " + organisation + ";"),
                    List.of(Nd30.SIGNER_BLANK, Nd30.SIGNER_BLANK));
        }
    }

    @Test
    void outside_the_callers_scope_the_documents_are_not_found() {
        RequestSpecification haiDuong = Tokens.as("planner", "30", null);
        haiDuong.queryParam("periodCode", "2016-H1").when().get("/api/v1/plans/" + plan + "/consolidated-report")
                .then().statusCode(404);
        Tokens.as("planner", "30", null).when().get("/api/v1/plans/" + plan + "/document").then().statusCode(404);
    }

    @Test
    void a_period_the_regime_does_not_owe_and_an_unknown_format_are_refused() {
        viewer().queryParam("periodCode", "2016-Q1").when().get("/api/v1/plans/" + plan + "/consolidated-report")
                .then().statusCode(422);
        viewer().queryParam("periodCode", "2016-H1").queryParam("format", "odt").when()
                .get("/api/v1/plans/" + plan + "/consolidated-report").then().statusCode(400)
                .body("violations[0].field", is("format"));
        viewer().queryParam("periodCode", "2016-H1").accept("application/json").when()
                .get("/api/v1/plans/" + plan + "/consolidated-report").then().statusCode(406);
    }
}
