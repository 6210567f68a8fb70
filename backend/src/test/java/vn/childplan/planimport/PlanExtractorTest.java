package vn.childplan.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.childplan.planimport.LegacyEncodings.Encoding;
import vn.childplan.planimport.PlanImportDtos.PlanDraft;
import vn.childplan.planimport.PlanImportDtos.TargetDraft;

/** The extractor on its own, with an empty catalogue: what it reads from text, whatever the text's encoding. */
class PlanExtractorTest {
    static final String HUE = "thua-thien-hue-2016-26-kh-ubnd.txt";
    static final String HAI_DUONG = "hai-duong-2024-chi-thi-28.md";
    /** Every plan of the tests, the fixtures and those the importer was not written against ({@link UnseenPlansTest}). */
    static final List<String> ALL = List.of(HUE, HAI_DUONG, UnseenPlansTest.QUANG_NGAI + ".txt", UnseenPlansTest.HOA_PHU + ".md",
            UnseenPlansTest.TAY_NINH + ".md");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    static final PlanExtractor.Catalogue EMPTY = new PlanExtractor.Catalogue() {
        @Override
        public Long documentId(String number) {
            return null;
        }

        @Override
        public Long indicatorId(String name) {
            return null;
        }

        @Override
        public Long agencyId(String name) {
            return null;
        }
    };

    static String fixture(String name) {
        try (InputStream in = PlanExtractorTest.class.getResourceAsStream("/planimport/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode draft(String text) {
        return JSON.valueToTree(PlanExtractor.extract(LegacyEncodings.toUnicode(text), EMPTY));
    }

    @Test
    void a_document_without_figures_yields_no_targets() {
        String text = """
                ỦY BAN NHÂN DÂN
                TỈNH HẢI DƯƠNG
                Số: 12/KH-UBND
                Hải Dương, ngày 05 tháng 3 năm 2024
                KẾ HOẠCH
                TUYÊN TRUYỀN VỀ QUYỀN TRẺ EM NĂM 2024
                I. MỤC TIÊU
                Nâng cao nhận thức về quyền trẻ em dưới 16 tuổi cho cha mẹ và cộng đồng đến năm 2025.
                II. NHIỆM VỤ
                1. Tổ chức 3 đợt truyền thông trong tháng 6.
                """;
        PlanDraft draft = PlanExtractor.extract(text, EMPTY);
        assertEquals(List.of(), draft.targets());
        assertTrue(draft.objectives().stream().allMatch(o -> o.targets().isEmpty()));
        assertEquals("12/KH-UBND", draft.document().number());
        assertEquals(2, draft.tasks().size() + draft.tasks().get(0).children().size());
        assertEquals(List.of(), draft.assignments());
        assertNull(draft.document().signer());
    }

    @Test
    void the_legal_database_block_and_the_official_header_give_the_metadata() {
        String text = """
                Số hiệu: 15/KH-UBND    Loại văn bản: Kế hoạch
                Nơi ban hành: Tỉnh Tây Ninh    Người ký: Nguyễn Thanh Ngọc
                Ngày ban hành: 20/01/2023    Lĩnh vực:
                Văn hóa - Xã hội
                UBND TỈNH TÂY NINH
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 15/KH-UBND
                Tây Ninh, ngày 20 tháng 01 năm 2023
                KẾ HOẠCH
                TRIỂN KHAI QUYẾT ĐỊNH SỐ 23/QĐ-TTG NGÀY 07/01/2021 CỦA THỦ TƯỚNG CHÍNH PHỦ GIAI ĐOẠN 2023 - 2025
                Căn cứ Luật Trẻ em số 102/2016/QH13 ngày 05 tháng 4 năm 2016;
                I. NHIỆM VỤ
                1. Tuyên truyền về quyền trẻ em.
                - Cơ quan chủ trì: Sở LĐTBXH; cơ quan phối hợp: Sở Y tế, Công an tỉnh.
                Nơi nhận:
                - Như trên;
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                (Đã ký)
                Nguyễn Thanh Ngọc
                """;
        PlanDraft d = PlanExtractor.extract(text, EMPTY);
        assertEquals("15/KH-UBND", d.document().number());
        assertEquals("PLAN", d.document().kind());
        assertEquals(java.time.LocalDate.of(2023, 1, 20), d.document().issuedOn());
        assertEquals("Ủy ban nhân dân tỉnh Tây Ninh", d.document().issuer());
        assertEquals("Văn hóa - Xã hội", d.document().field());
        assertEquals("Nguyễn Thanh Ngọc", d.document().signer().name());
        assertEquals("Phó Chủ tịch", d.document().signer().title());
        assertEquals(2023, d.document().period().from());
        assertEquals(2025, d.document().period().to());
        assertEquals("23/QĐ-TTG", d.implementsDocuments().get(0).number());
        assertEquals("102/2016/QH13", d.references().get(0).number());
        assertEquals(List.of("I.1 LEAD Sở LĐTBXH", "I.1 COORDINATE Sở Y tế", "I.1 COORDINATE Công an tỉnh"),
                d.assignments().stream().map(a -> a.taskNumber() + " " + a.role() + " " + a.agency()).toList());
    }

    @Test
    void without_roman_numerals_arabic_items_that_name_parts_are_the_parts() {
        String text = """
                KẾ HOẠCH
                1. MỤC ĐÍCH
                - Nâng cao nhận thức của cộng đồng về quyền trẻ em.
                2. NHIỆM VỤ
                a) Tổ chức tập huấn cho cộng tác viên.
                b) Phân công thực hiện: Sở Y tế.
                """;
        PlanDraft d = PlanExtractor.extract(text, EMPTY);
        assertEquals(1, d.purposes().size());
        assertEquals(List.of("2"), d.tasks().stream().map(PlanImportDtos.TaskDraft::number).toList());
        assertEquals(List.of("2.a"), d.tasks().get(0).children().stream().map(PlanImportDtos.TaskDraft::number).toList());
        assertEquals(List.of("2 LEAD Sở Y tế"),
                d.assignments().stream().map(a -> a.taskNumber() + " " + a.role() + " " + a.agency()).toList());
    }

    @Test
    void a_text_without_structure_proposes_nothing_and_says_so() {
        PlanDraft draft = PlanExtractor.extract("Một đoạn văn bản không có đề mục, không có số liệu.", EMPTY);
        assertEquals(List.of(), draft.tasks());
        assertEquals(List.of(), draft.objectives());
        assertEquals(List.of(), draft.implementsDocuments());
        assertNull(draft.document().number());
        assertNull(draft.document().issuer());
        assertNull(draft.document().issuedOn());
        assertTrue(draft.warnings().stream().anyMatch(w -> w.text().contains("No numbered parts")));
    }

    @Test
    void two_figures_in_one_sentence_are_two_targets_with_their_own_comparators() {
        String text = """
                I. MỤC TIÊU
                - Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thấp còi xuống dưới 20% vào năm 2025, trong đó trẻ em dân tộc thiểu số dưới 25%;
                - Tỷ lệ trẻ em được tiêm chủng đạt ít nhất 90% và tỷ lệ trẻ em đi học đúng độ tuổi không quá 5‰ bỏ học.
                """;
        List<TargetDraft> t = PlanExtractor.extract(text, EMPTY).targets();
        assertEquals(4, t.size(), t.toString());
        assertEquals(List.of("LT", "LT", "GE", "LE"), t.stream().map(TargetDraft::comparator).toList());
        assertEquals(new BigDecimal("25"), t.get(1).value());
        assertEquals(2025, t.get(0).year());
        assertEquals("trẻ em dân tộc thiểu số", t.get(1).breakdown());
        assertEquals(t.get(0).indicator(), t.get(1).indicator());
        assertEquals("‰", t.get(3).unit());
        assertEquals(3, t.get(2).source().from());
    }

    @Test
    void text_cut_in_the_source_is_warned_of_and_nothing_is_made_up_for_it() {
        PlanDraft draft = PlanExtractor.extract(fixture(HUE), EMPTY);
        assertTrue(draft.warnings().stream().anyMatch(w -> w.text().contains("cut in the source")));
        assertTrue(draft.warnings().stream().anyMatch(w -> w.text().startsWith("Items 10–11 of part V")));
        assertTrue(draft.assignments().stream().noneMatch(a -> a.source().from() == 68), "the orphan line after the cut");
    }

    @Test
    void nfd_text_gives_the_same_draft() {
        for (String name : ALL) {
            String text = fixture(name);
            assertSameDraft(draft(text), draft(Normalizer.normalize(text, Normalizer.Form.NFD)), name);
        }
    }

    @Test
    void vni_text_gives_the_same_draft() {
        for (String name : ALL) {
            String text = fixture(name);
            String vni = encode(text, Encoding.VNI);
            assertNotEquals(text, vni);
            assertSameDraft(draft(text), draft(vni), name);
        }
    }

    @Test
    void tcvn3_text_gives_the_same_draft() {
        for (String name : ALL) {
            // what TCVN3 can hold: a capital with a tone mark exists only in all-capital words (.VnTimeH)
            String text = typeableInTcvn3(fixture(name));
            String tcvn3 = encode(text, Encoding.TCVN3);
            assertNotEquals(text, tcvn3);
            assertSameDraft(draft(text), draft(tcvn3), name);
        }
    }

    /** Equal drafts; else the first differences, by JSON path, rather than two pages of JSON. */
    static void assertSameDraft(JsonNode expected, JsonNode actual, String what) {
        List<String> differences = new java.util.ArrayList<>();
        diff(expected, actual, "", differences);
        assertEquals(List.of(), differences.subList(0, Math.min(5, differences.size())), what);
    }

    private static void diff(JsonNode a, JsonNode b, String path, List<String> out) {
        if (a.isContainerNode() && b != null && a.getNodeType() == b.getNodeType()) {
            if (a.size() != b.size()) {
                out.add(path + ": " + a.size() + " items, not " + b.size());
            }
            if (a.isArray()) {
                for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                    diff(a.get(i), b.get(i), path + "/" + i, out);
                }
            } else {
                a.fieldNames().forEachRemaining(f -> diff(a.get(f), b.get(f), path + "/" + f, out));
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + " ≠ " + b);
        }
    }

    /** A word that starts with a capital with a tone mark and goes on in small letters starts small. */
    private static String typeableInTcvn3(String text) {
        Map<Character, String> codes = codes(Encoding.TCVN3);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean smallNext = i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
            out.append(c > 0x7f && Character.isUpperCase(c) && !codes.containsKey(c) && wordStart && smallNext
                    ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    /** Writes Unicode text as the legacy font stored it, each letter by the code the converter reads back as it. */
    private static String encode(String text, Encoding encoding) {
        Map<Character, String> codes = codes(encoding);
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String code = codes.get(c);
            if (code == null && encoding == Encoding.TCVN3) {
                code = codes.get(Character.toLowerCase(c)); // a capital typed in the capital font
            }
            out.append(code != null ? code : c);
        }
        return out.toString();
    }

    private static Map<Character, String> codes(Encoding encoding) {
        Map<Character, String> codes = new HashMap<>();
        String bases = "aeiouyAEIOUYôöÔÖ";
        for (char mark = 0xa0; mark <= 0xff; mark++) {
            learn(codes, String.valueOf(mark), encoding);
            if (encoding == Encoding.VNI) {
                for (char base : bases.toCharArray()) {
                    learn(codes, "" + base + mark, encoding);
                }
            }
        }
        return codes;
    }

    private static void learn(Map<Character, String> codes, String code, Encoding encoding) {
        String letter = LegacyEncodings.convert(code, encoding);
        if (letter.length() == 1 && !letter.equals(code) && letter.charAt(0) > 0x7f) {
            codes.merge(letter.charAt(0), code, (a, b) -> a.length() <= b.length() ? a : b);
        }
    }
}
