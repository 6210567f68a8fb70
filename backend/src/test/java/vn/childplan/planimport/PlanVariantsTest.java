package vn.childplan.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.childplan.planimport.PlanImportDtos.PlanDraft;
import vn.childplan.planimport.PlanImportDtos.TargetDraft;
import vn.childplan.planimport.PlanImportDtos.TaskDraft;

/**
 * Ways of writing a plan that neither the fixtures nor the unseen plans use, each read by the general rule it needs:
 * who issued and signed a department's plan, targets against a baseline, a table without an STT column (and when its
 * tasks are done), a verb after a list of agencies, a part of purposes and requirements without its two headings, an
 * appendix table of targets, a division (PHẦN I) that reviews the past year, the ways an agency's paragraph opens,
 * items that only name "Nhiệm vụ" and "Giải pháp", targets that share the words of the one before, agencies'
 * paragraphs grouped under "Trách nhiệm của …".
 */
class PlanVariantsTest {
    private static PlanDraft read(String text) {
        return PlanExtractor.extract(text, PlanExtractorTest.EMPTY);
    }

    private static List<String> assignments(PlanDraft d) {
        return d.assignments().stream().map(a -> a.taskNumber() + " " + a.role() + (a.consolidates() ? "*" : "") + " "
                + a.agency()).toList();
    }

    private static List<String> targets(PlanDraft d) {
        return d.targets().stream().map(PlanVariantsTest::target).toList();
    }

    private static String target(TargetDraft t) {
        return t.comparator() + " " + t.value() + t.unit() + " " + t.year() + " " + t.indicator();
    }

    @Test
    void a_department_is_the_issuer_under_its_governing_body_and_signs_as_its_director() {
        PlanDraft d = read("""
                UBND TỈNH BÌNH ĐỊNH
                SỞ Y TẾ
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 45 /KH-SYT
                Bình Định, ngày 12 tháng 01 năm 2026
                KẾ HOẠCH
                CHĂM SÓC SỨC KHỎE TRẺ EM NĂM 2026
                I. NHIỆM VỤ
                1. Tiêm chủng mở rộng.
                Nơi nhận:
                - Lưu: VT.
                KT. GIÁM ĐỐC
                PHÓ GIÁM ĐỐC
                Lê Quang Hùng
                """);
        assertEquals("Sở Y tế tỉnh Bình Định", d.document().issuer());
        assertEquals("45/KH-SYT", d.document().number());
        assertEquals("Phó Giám đốc", d.document().signer().title());
    }

    @Test
    void a_baseline_is_no_target_and_its_year_is_not_the_targets() {
        PlanDraft d = read("""
                KẾ HOẠCH
                CHĂM SÓC TRẺ EM NĂM 2026
                I. CHỈ TIÊU
                1. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 18%.
                2. Tăng tỷ lệ trẻ em dưới 6 tháng tuổi được bú mẹ hoàn toàn từ 30% (năm 2025) lên 40%.
                3. Duy trì 100% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ; tỷ lệ trẻ em được uống vitamin A đạt từ 98% trở lên.
                4. Số trẻ em bị tai nạn thương tích giảm 3% so với năm 2025.
                """);
        assertEquals(List.of("LE 18% 2026 Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
                "GE 40% 2026 Tỷ lệ trẻ em dưới 6 tháng tuổi được bú mẹ hoàn toàn",
                "EQ 100% 2026 Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ",
                "GE 98% 2026 Tỷ lệ trẻ em được uống vitamin A",
                "GE 3% 2026 Mức giảm số trẻ em bị tai nạn thương tích"), targets(d));
    }

    @Test
    void a_table_without_numbers_numbers_its_rows_and_a_row_without_a_number_goes_on_with_the_one_above() {
        PlanDraft d = read("""
                KẾ HOẠCH
                I. MỤC TIÊU
                Giảm tai nạn thương tích trẻ em.
                II. NHIỆM VỤ VÀ PHÂN CÔNG
                | Hoạt động | Đơn vị thực hiện | Thời gian |
                |---|---|---|
                | Tập huấn kỹ năng sơ cứu đuối nước | Phòng Lao động - Thương binh và Xã hội | Quý II |
                | | Phòng Giáo dục và Đào tạo | |
                | Kiểm tra các hồ, ao nguy hiểm | UBND các xã, thị trấn; Công an huyện | Tháng 5 - 8 |
                III. TỔ CHỨC THỰC HIỆN
                1. Phòng Lao động - Thương binh và Xã hội: Là cơ quan thường trực; tổng hợp, báo cáo UBND huyện.
                2. Đề nghị Ủy ban MTTQ Việt Nam huyện, Hội Liên hiệp Phụ nữ huyện, Huyện đoàn phối hợp thực hiện.
                """);
        assertEquals(List.of("II.1 LEAD* Phòng Lao động - Thương binh và Xã hội", "II.1 COORDINATE Phòng Giáo dục và Đào tạo",
                "II.2 COORDINATE UBND các xã, thị trấn", "II.2 COORDINATE Công an huyện",
                "III COORDINATE* Phòng Lao động - Thương binh và Xã hội", "III.2 REQUESTED Ủy ban MTTQ Việt Nam huyện",
                "III.2 REQUESTED Hội Liên hiệp Phụ nữ huyện", "III.2 REQUESTED Huyện đoàn"), assignments(d));
        assertEquals("UBND huyện", d.reporting().to());
        assertEquals("Phòng Lao động - Thương binh và Xã hội", d.reporting().via());
        assertEquals(List.of("Quý II", "Tháng 5 - 8"), d.tasks().get(0).children().stream().map(TaskDraft::time).toList());
    }

    @Test
    void a_verb_after_a_list_of_agencies_is_each_ones_and_the_one_that_gathers_the_reports_leads() {
        PlanDraft d = read("""
                KẾ HOẠCH
                I. NỘI DUNG HOẠT ĐỘNG
                1. Truyền thông về dinh dưỡng.
                - Thời gian thực hiện: Quý III/2026.
                - Giao Trung tâm Truyền thông - Giáo dục sức khỏe thực hiện; Báo Bình Định, Đài Phát thanh và Truyền hình Bình Định phối hợp.
                II. TỔ CHỨC THỰC HIỆN
                Sở Y tế tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 30/10/2025./.
                """);
        assertEquals(List.of("I.1 LEAD Trung tâm Truyền thông - Giáo dục sức khỏe", "I.1 COORDINATE Báo Bình Định",
                "I.1 COORDINATE Đài Phát thanh và Truyền hình Bình Định", "II LEAD* Sở Y tế"), assignments(d));
        assertEquals("UBND tỉnh", d.reporting().to());
        assertEquals("Quý III/2026", d.tasks().get(0).children().get(0).time());
    }

    @Test
    void purposes_and_requirements_without_their_headings_are_told_apart_by_what_they_ask() {
        PlanDraft d = read("""
                KẾ HOẠCH
                I. MỤC ĐÍCH, YÊU CẦU
                - Tạo điều kiện để trẻ em được vui chơi, giải trí trong dịp Tết Trung thu.
                - Các hoạt động được tổ chức thiết thực, tiết kiệm.
                II. NHIỆM VỤ
                1. Tổ chức vui Tết Trung thu.
                """);
        assertEquals(1, d.purposes().size());
        assertEquals(List.of("Các hoạt động được tổ chức thiết thực, tiết kiệm."),
                d.requirements().stream().map(PlanImportDtos.TextItem::text).toList());
    }

    @Test
    void an_appendix_table_of_targets_gives_one_target_per_rate_and_year() {
        String plan = """
                KẾ HOẠCH
                THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG VÌ TRẺ EM GIAI ĐOẠN 2021 - 2030
                I. MỤC TIÊU
                Các chỉ tiêu tại Phụ lục kèm theo.
                II. NHIỆM VỤ
                1. Truyền thông về quyền trẻ em.
                Nơi nhận:
                - Lưu: VT.
                PHỤ LỤC
                CÁC CHỈ TIÊU THỰC HIỆN CHƯƠNG TRÌNH
                | TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 | Cơ quan chủ trì |
                |---|---|---|---|---|---|
                | I | Lĩnh vực y tế | | | | |
                | 1 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | % | ≥ 97 | ≥ 98 | Sở Y tế |
                | 2 | Tỷ suất tử vong trẻ em dưới 5 tuổi | ‰ | < 18,5 | < 17 | Sở Y tế |
                | 3 | Số xã có điểm vui chơi cho trẻ em | Xã | 40 | 60 | Sở Văn hóa, Thể thao và Du lịch |
                """;
        List<String> expected = List.of("GE 97% 2025 Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ",
                "GE 98% 2030 Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "LT 18.5‰ 2025 Tỷ suất tử vong trẻ em dưới 5 tuổi",
                "LT 17‰ 2030 Tỷ suất tử vong trẻ em dưới 5 tuổi");
        assertEquals(expected, targets(read(plan)));
        // the same table typed in Word: its group row spans the columns, as a real table's does
        PlanDraft docx = read(DocumentText.read(MarkdownDocx.of(plan), DocumentText.DOCX));
        assertEquals(expected, targets(docx));
        assertEquals(List.of("II"), docx.tasks().stream().map(TaskDraft::number).toList(), "a table of targets holds no task");
    }

    @Test
    void a_division_that_reviews_the_past_year_is_no_part_of_the_plan() {
        PlanDraft d = read("""
                ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                HUYỆN CHƯ SÊ	Độc lập - Tự do - Hạnh phúc
                Số: 34/KH-UBND	Chư Sê, ngày 15 tháng 01 năm 2025
                KẾ HOẠCH
                CÔNG TÁC TRẺ EM NĂM 2025
                PHẦN I
                KẾT QUẢ THỰC HIỆN CÔNG TÁC TRẺ EM NĂM 2024
                1. Kết quả đạt được
                - Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,5%.
                PHẦN II
                KẾ HOẠCH CÔNG TÁC TRẺ EM NĂM 2025
                I. MỤC TIÊU
                - Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 97%.
                II. TỔ CHỨC THỰC HIỆN
                Giao Phòng Văn hóa - Xã hội theo dõi, tổng hợp, báo cáo UBND huyện định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 10/12).
                """);
        assertEquals("Công tác trẻ em năm 2025", d.document().title());
        assertEquals(2025, d.document().period().from());
        assertEquals(List.of("GT 97% 2025 Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"), targets(d));
        assertEquals(List.of("HALF_YEAR 10/6", "YEAR 10/12"),
                d.reporting().deadlines().stream().map(x -> x.periodType() + " " + x.day() + "/" + x.month()).toList());
    }

    @Test
    void an_agency_paragraph_may_carry_a_remark_say_what_it_answers_for_or_name_its_members() {
        PlanDraft d = read("""
                KẾ HOẠCH
                I. MỤC TIÊU
                Bảo đảm quyền trẻ em.
                II. TỔ CHỨC THỰC HIỆN
                1. Sở Y tế (cơ quan thường trực)
                a) Chủ trì, hướng dẫn triển khai Kế hoạch.
                b) Tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.
                2. Sở Giáo dục và Đào tạo có trách nhiệm:
                a) Chủ trì giáo dục kỹ năng sống cho học sinh.
                3. Công an tỉnh chịu trách nhiệm phòng ngừa, xử lý các hành vi xâm hại trẻ em.
                4. Sở Tài chính, Sở Nội vụ: Bố trí kinh phí, biên chế theo quy định.
                5. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức thành viên: Tuyên truyền, vận động nhân dân.
                """);
        assertEquals(List.of("II"), d.tasks().stream().flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t),
                t.children().stream())).map(TaskDraft::number).toList(), "agency paragraphs are no tasks");
        assertEquals(List.of("II LEAD* Sở Y tế", "II LEAD Sở Giáo dục và Đào tạo", "II COORDINATE Công an tỉnh",
                "II COORDINATE Sở Tài chính", "II COORDINATE Sở Nội vụ", "II REQUESTED Ủy ban MTTQ Việt Nam tỉnh",
                "II REQUESTED các tổ chức thành viên"), assignments(d));
        assertEquals("Sở Y tế", d.reporting().via());
    }

    @Test
    void items_that_only_name_nhiem_vu_and_giai_phap_are_tasks_with_their_own_numbers() {
        PlanDraft d = read("""
                KẾ HOẠCH
                I. MỤC TIÊU
                Giảm số trẻ em bị đuối nước.
                II. NHIỆM VỤ VÀ GIẢI PHÁP
                1. Nhiệm vụ
                a) Rà soát các điểm nguy hiểm.
                2. Giải pháp
                a) Tăng cường truyền thông.
                """);
        assertEquals(List.of("II.1", "II.2"), d.tasks().get(0).children().stream().map(TaskDraft::number).toList());
        assertEquals(List.of("II.2.a"), d.tasks().get(0).children().get(1).children().stream().map(TaskDraft::number).toList());
        assertEquals(List.of(), d.warnings().stream().filter(w -> w.text().startsWith("Two tasks")).toList());
    }

    @Test
    void targets_share_the_words_of_the_one_before_and_a_change_is_told_from_a_level() {
        PlanDraft d = read("""
                KẾ HOẠCH
                THỰC HIỆN CÁC MỤC TIÊU VÌ TRẺ EM GIAI ĐOẠN 2026 - 2030
                I. MỤC TIÊU
                - Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân dưới 10% và thể thấp còi dưới 18%.
                - Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống 12‰, trẻ em dưới 5 tuổi xuống 18‰.
                - Trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế đạt 100%.
                - Số trẻ em bị tai nạn thương tích giảm bình quân 2%/năm.
                """);
        assertEquals(List.of("LT 10% 2030 Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân",
                "LT 18% 2030 Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
                "LE 12‰ 2030 Tỷ suất tử vong trẻ em dưới 1 tuổi", "LE 18‰ 2030 Tỷ suất tử vong trẻ em dưới 5 tuổi",
                "EQ 100% 2030 Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế",
                "GE 2% null Mức giảm hằng năm số trẻ em bị tai nạn thương tích"), targets(d));
    }

    @Test
    void agencies_paragraphs_grouped_under_whose_duties_they_are_are_the_parts_assignments() {
        PlanDraft d = read("""
                KẾ HOẠCH
                I. NHIỆM VỤ
                1. Truyền thông.
                II. TỔ CHỨC THỰC HIỆN
                1. Trách nhiệm của các sở, ban, ngành
                a) Sở Y tế: Chủ trì triển khai Kế hoạch; tổng hợp, báo cáo UBND tỉnh.
                b) Sở Giáo dục và Đào tạo: Phối hợp tổ chức các hoạt động trong trường học.
                2. Trách nhiệm của Ủy ban nhân dân các xã, phường
                Xây dựng kế hoạch và tổ chức thực hiện tại địa phương.
                """);
        assertEquals(List.of("I", "II"), d.tasks().stream().map(TaskDraft::number).toList());
        assertEquals(List.of(), d.tasks().get(1).children());
        assertEquals(List.of("II LEAD* Sở Y tế", "II COORDINATE Sở Giáo dục và Đào tạo",
                "II COORDINATE Ủy ban nhân dân các xã, phường"), assignments(d));
    }
}
