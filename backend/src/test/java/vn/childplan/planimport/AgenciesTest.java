package vn.childplan.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgenciesTest {
    private static List<String> names(String text) {
        return Agencies.find(text).stream().map(Agencies.Mention::name).toList();
    }

    @Test
    void a_name_runs_from_its_head_word_to_the_verb_or_punctuation() {
        assertEquals(List.of("Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội"),
                names("Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức thực hiện."));
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện, thị xã và thành phố Huế"),
                names("Sở Văn hóa, Thể thao và Du lịch phối hợp với UBND các huyện, thị xã và thành phố Huế."));
        assertEquals(List.of("UBMT Tổ quốc", "các Tổ chức chính trị - xã hội", "cơ quan báo chí"),
                names("Đề nghị UBMT Tổ quốc, các Tổ chức chính trị - xã hội, cơ quan báo chí trên địa bàn tỉnh tham gia."));
        assertEquals(List.of(), names("Ban hành kế hoạch; báo cáo kết quả; Hội nghị sơ kết."));
    }

    @Test
    void short_forms_match_the_full_name() {
        String full = "Sở Lao động - Thương binh và Xã hội";
        assertTrue(Agencies.match("Sở LĐTBXH", full, null) >= 0.9);
        assertTrue(Agencies.match("Sở LĐ-TB&XH", full, null) >= 0.9);
        assertTrue(Agencies.match("Sở Lao động- Thương binh và Xã hội", full, null) >= 0.9);
        assertTrue(Agencies.match("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư", null) >= 0.9);
        assertTrue(Agencies.match("Sở Kế hoạch - Đầu tư", "Sở Kế hoạch và Đầu tư", null) >= 0.9);
        assertTrue(Agencies.match("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch", null) >= 0.9);
        assertTrue(Agencies.match("UBND tỉnh", "Ủy ban nhân dân tỉnh", null) >= 0.9);
        assertTrue(Agencies.match("Sở YT", "Sở Y tế", null) >= 0.9);
        assertTrue(Agencies.match("Báo, đài tỉnh", "Đài Phát thanh và Truyền hình tỉnh, Báo Thừa Thiên Huế", "Báo, đài tỉnh") >= 0.9,
                "by the catalogue's short name");
    }

    @Test
    void different_agencies_do_not_match() {
        assertEquals(0, Agencies.match("Sở LĐTBXH", "Bộ Lao động - Thương binh và Xã hội", null));
        assertEquals(0, Agencies.match("Sở Tài chính", "Sở Tư pháp", null));
        assertEquals(0, Agencies.match("Sở Y tế", "Sở Giáo dục và Đào tạo", null));
        assertTrue(Agencies.match("Phòng Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", null) < 0.6);
    }
}
