package vn.childplan.planimport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plans the importer was not written against, of the kinds provinces and communes publish, each scored against a hand
 * annotation written from its text before the importer read it (beside the fixtures in src/test/resources/planimport):
 * a province's plan copied from a legal database (plain text, cut in places), a commune's plan in Markdown with its
 * tasks in a table and no figure, and a merged province's decision that issues a plan with an appendix table. The two
 * Markdown plans are also read as the DOCX their authors would have typed, tables as real Word tables.
 */
class UnseenPlansTest {
    static final String QUANG_NGAI = "quang-ngai-2021-phong-chong-bao-luc-xam-hai";
    static final String HOA_PHU = "hoa-phu-2024-thang-hanh-dong";
    static final String TAY_NINH = "tay-ninh-2025-chuong-trinh-hanh-dong";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final DraftScore scorer = new DraftScore(null);

    /**
     * Each plan as it reaches the importer: a province's plan copied from a legal database as text; a commune's plan
     * in Markdown and as the DOCX with a real table its author typed (from the Markdown, {@link MarkdownDocx}); a
     * merged province's decision likewise.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Quảng Ngãi 112/KH-UBND (text)    | " + QUANG_NGAI + " | .txt | text/plain; charset=UTF-8",
        "Hòa Phú 58/KH-UBND (Markdown)    | " + HOA_PHU + "    | .md  | " + DocumentText.MARKDOWN,
        "Hòa Phú 58/KH-UBND (DOCX)        | " + HOA_PHU + "    | .md  | " + DocumentText.DOCX,
        "Tây Ninh 2150/QĐ-UBND (Markdown) | " + TAY_NINH + "   | .md  | " + DocumentText.MARKDOWN,
        "Tây Ninh 2150/QĐ-UBND (DOCX)     | " + TAY_NINH + "   | .md  | " + DocumentText.DOCX,
    })
    void scores_at_least_95_percent_against_its_annotation(String plan, String name, String extension, String mediaType) {
        String text = PlanExtractorTest.fixture(name + extension);
        byte[] body = mediaType.equals(DocumentText.DOCX) ? MarkdownDocx.of(text) : text.getBytes(StandardCharsets.UTF_8);
        JsonNode draft = JSON.valueToTree(PlanExtractor.extract(DocumentText.read(body, mediaType), PlanExtractorTest.EMPTY));
        scorer.score(plan, draft, expected(name + ".expected.json")).assertMeetsTheBar();
    }

    private static JsonNode expected(String name) {
        try (InputStream in = UnseenPlansTest.class.getResourceAsStream("/planimport/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
