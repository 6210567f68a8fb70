package vn.childplan.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.childplan.planimport.LegacyEncodings.Encoding;

/** Words as the legacy fonts stored them, read back as Windows-1252 text, and their Unicode. */
class LegacyEncodingsTest {
    private static final String SENTENCE = "Kế hoạch bảo vệ, chăm sóc trẻ em của ủy ban nhân dân tỉnh năm 2016";

    @Test
    void tcvn3_words_become_unicode() {
        assertEquals("Kế hoạch", LegacyEncodings.convert("KÕ ho¹ch", Encoding.TCVN3));
        assertEquals("trẻ em", LegacyEncodings.convert("trÎ em", Encoding.TCVN3));
        // TCVN3 has no Ủ: a line typed in the normal font starts with ủ
        assertEquals("ủy ban nhân dân", LegacyEncodings.convert("ñy ban nh©n d©n", Encoding.TCVN3));
        assertEquals("Đ", LegacyEncodings.convert("§", Encoding.TCVN3));
    }

    @Test
    void tcvn3_headings_typed_in_the_capital_font_come_out_in_capitals() {
        // .VnTimeH prints the small letters' codes as capitals: "KÕ HO¹CH" on screen is "KẾ HOẠCH"
        assertEquals("KẾ HOẠCH", LegacyEncodings.convert("KÕ HO¹CH", Encoding.TCVN3));
        assertEquals("ỦY BAN NHÂN DÂN", LegacyEncodings.convert("ñY BAN NH¢N D¢N", Encoding.TCVN3));
        assertEquals("Số: 26/KH-UBND", LegacyEncodings.convert("Sè: 26/KH-UBND", Encoding.TCVN3));
    }

    @Test
    void vni_words_become_unicode() {
        assertEquals("Kế hoạch", LegacyEncodings.convert("Keá hoaïch", Encoding.VNI));
        assertEquals("trẻ em", LegacyEncodings.convert("treû em", Encoding.VNI));
        assertEquals("Ủy ban nhân dân", LegacyEncodings.convert("UÛy ban nhaân daân", Encoding.VNI));
        assertEquals("Thương binh và Xã hội", LegacyEncodings.convert("Thöông binh vaø Xaõ hoäi", Encoding.VNI));
        assertEquals("ĐỘC LẬP", LegacyEncodings.convert("ÑOÄC LAÄP", Encoding.VNI));
    }

    @Test
    void detection_picks_the_encoding_the_text_is_written_in() {
        assertEquals(Encoding.UNICODE, LegacyEncodings.detect(SENTENCE));
        assertEquals(Encoding.UNICODE, LegacyEncodings.detect(Normalizer.normalize(SENTENCE, Normalizer.Form.NFD)));
        assertEquals(Encoding.TCVN3, LegacyEncodings.detect("KÕ ho¹ch b¶o vÖ, ch¨m sãc trÎ em cña ñy ban nh©n d©n tØnh n¨m 2016"));
        assertEquals(Encoding.VNI, LegacyEncodings.detect("Keá hoaïch baûo veä, chaêm soùc treû em cuûa uûy ban nhaân daân tænh naêm 2016"));
    }

    @Test
    void every_form_reads_as_the_same_unicode() {
        assertEquals(SENTENCE, LegacyEncodings.toUnicode(Normalizer.normalize(SENTENCE, Normalizer.Form.NFD)));
        assertEquals(SENTENCE, LegacyEncodings.toUnicode("KÕ ho¹ch b¶o vÖ, ch¨m sãc trÎ em cña ñy ban nh©n d©n tØnh n¨m 2016"));
        assertEquals(SENTENCE, LegacyEncodings.toUnicode("Keá hoaïch baûo veä, chaêm soùc treû em cuûa uûy ban nhaân daân tænh naêm 2016"));
    }
}
