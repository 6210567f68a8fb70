package vn.childplan.officialdoc;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.childplan.officialdoc.OfficialDocument.Align;
import vn.childplan.officialdoc.OfficialDocument.Columns;
import vn.childplan.officialdoc.OfficialDocument.Line;
import vn.childplan.officialdoc.OfficialDocument.Rule;
import vn.childplan.officialdoc.OfficialDocument.Style;

/**
 * The parts every administrative document shares, as Nghị định 30/2020/NĐ-CP, Phụ lục I lays them out: the header
 * (issuing body and number | Quốc hiệu, Tiêu ngữ, place and date) and the foot (Nơi nhận | signer). What the data
 * does not hold — a report's number, a signer — is left as a blank for the clerk ({@link #BLANK}), never made up.
 */
final class Nd30 {
    private Nd30() {
    }

    static final Locale VI = Locale.forLanguageTag("vi-VN");
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String RECIPIENTS = "Nơi nhận:";
    static final String ARCHIVE = "- Lưu: VT.";
    /** What the clerk fills in by hand. */
    static final String BLANK = "…";
    /** The signer's blanks, long enough to write on. */
    static final String SIGNER_BLANK = "……………………";
    /** The header's sizes (the decree: 12–13 for the bodies and Quốc hiệu, 13–14 for the rest). */
    private static final float HEADER = 13;
    /** "Nơi nhận:" is 12 pt bold italic, its list 11 pt (Phụ lục I, mục 13). */
    private static final float RECIPIENTS_TITLE = 12;
    private static final float RECIPIENTS_LIST = 11;
    private static final String COMMITTEE = "ủy ban nhân dân ";
    private static final Pattern SIGNER_PARTS = Pattern.compile("\\s+[–-]\\s+|\\n");

    static String upper(String text) {
        return text.toUpperCase(VI);
    }

    /** The name of a unit without its level ("Tỉnh Thừa Thiên Huế" → "Thừa Thiên Huế"): the place of the date line. */
    static String place(JsonNode unit) {
        String name = unit.path("name").asText("");
        for (String level : List.of("Thành phố ", "Tỉnh ", "Quận ", "Huyện ", "Thị xã ", "Thị trấn ", "Phường ", "Xã ")) {
            if (name.startsWith(level)) {
                return name.substring(level.length());
            }
        }
        return name.isEmpty() ? BLANK : name;
    }

    /**
     * "Thừa Thiên Huế, ngày 05 tháng 02 năm 2016": a day below 10 and the months January and February take a leading
     * zero (Phụ lục I, mục 5), the other months none; blanks for the clerk without a day.
     */
    static String placeAndDate(String place, LocalDate day) {
        if (day == null) {
            return place + ", ngày " + BLANK + " tháng " + BLANK + " năm " + BLANK;
        }
        String month = day.getMonthValue() < 3 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
        return place + ", ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng " + month + " năm "
                + day.getYear();
    }

    /** dd/MM/yyyy, as dates are written inside the text. */
    static String date(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** A figure as Vietnamese writes it: 96,5 and 1.250.000. */
    static String number(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(VI));
        return f.format(value);
    }

    /**
     * The issuing body as the header names it: a People's Committee as "ỦY BAN NHÂN DÂN / TỈNH …"; any other agency
     * under the committee of its unit ("ỦY BAN NHÂN DÂN / TỈNH …", regular) with its own name in bold, without the
     * unit it repeats ("Sở Y tế tỉnh Thừa Thiên Huế" → "SỞ Y TẾ"). {@code agency} may be missing (not readable).
     */
    static List<Line> issuingBody(JsonNode agency, JsonNode unit) {
        List<Line> lines = new ArrayList<>();
        String name = agency.path("name").asText("");
        String unitName = unit.path("name").asText("");
        if (name.isEmpty()) {
            lines.add(new Line(BLANK, Style.BOLD, HEADER, Rule.SHORT));
            return lines;
        }
        if (name.toLowerCase(VI).startsWith(COMMITTEE)) {
            lines.add(new Line("ỦY BAN NHÂN DÂN", Style.BOLD, HEADER, Rule.NONE));
            lines.add(new Line(upper(name.substring(COMMITTEE.length())), Style.BOLD, HEADER, Rule.SHORT));
            return lines;
        }
        if (!unitName.isEmpty()) {
            lines.add(new Line("ỦY BAN NHÂN DÂN", Style.REGULAR, HEADER, Rule.NONE));
            lines.add(new Line(upper(unitName), Style.REGULAR, HEADER, Rule.NONE));
            String suffix = " " + unitName.toLowerCase(VI);
            if (name.toLowerCase(VI).endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        lines.add(new Line(upper(name), Style.BOLD, HEADER, Rule.SHORT));
        return lines;
    }

    /**
     * The header: issuing body and "Số: …" on the left, Quốc hiệu, Tiêu ngữ and the italic place and date on the
     * right. {@code number} null leaves "Số: …/{symbol}-…" for the clerk.
     */
    static Columns header(List<Line> issuingBody, String number, String symbol, String placeAndDate) {
        List<Line> left = new ArrayList<>(issuingBody);
        left.add(new Line("", Style.REGULAR, HEADER, Rule.NONE));
        left.add(new Line("Số: " + (number == null || number.isBlank() ? BLANK + "/" + symbol + "-" + BLANK : number),
                Style.REGULAR, HEADER, Rule.NONE));
        List<Line> right = List.of(new Line(NATION, Style.BOLD, HEADER - 0.5f, Rule.NONE),
                new Line(MOTTO, Style.BOLD, HEADER + 1, Rule.TEXT), new Line("", Style.REGULAR, HEADER, Rule.NONE),
                new Line(placeAndDate, Style.ITALIC, HEADER + 1, Rule.NONE));
        return new Columns(left, Align.CENTER, right, Align.CENTER, 0.4f, 0);
    }

    /**
     * The foot: "Nơi nhận:" and its list (each "- …;", the archive copy last) on the left, the signer's authority
     * in bold capitals, room for the signature and seal, and the name on the right; blanks without a signer.
     */
    static Columns foot(List<String> recipients, String signerTitle, String signerName) {
        List<Line> left = new ArrayList<>();
        left.add(new Line(RECIPIENTS, Style.BOLD_ITALIC, RECIPIENTS_TITLE, Rule.NONE));
        recipients.forEach(r -> left.add(new Line("- " + r + ";", Style.REGULAR, RECIPIENTS_LIST, Rule.NONE)));
        left.add(new Line(ARCHIVE, Style.REGULAR, RECIPIENTS_LIST, Rule.NONE));
        List<Line> right = new ArrayList<>();
        String title = signerTitle == null || signerTitle.isBlank() ? SIGNER_BLANK : signerTitle.strip();
        for (String part : SIGNER_PARTS.split(title)) {
            right.add(new Line(upper(part.strip()), Style.BOLD, HEADER, Rule.NONE));
        }
        for (int i = 0; i < 4; i++) {
            right.add(new Line("", Style.REGULAR, HEADER, Rule.NONE));
        }
        right.add(new Line(signerName == null || signerName.isBlank() ? SIGNER_BLANK : signerName.strip(), Style.BOLD,
                HEADER + 1, Rule.NONE));
        return new Columns(left, Align.LEFT, right, Align.CENTER, 0.5f, 12);
    }

    /** Roman numerals of the sections (I–X). */
    static String roman(int n) {
        return List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X").get(n - 1);
    }

    /** Vietnamese words of codes that appear in the text. */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("LEAD", "chủ trì"), Map.entry("COORDINATE", "phối hợp"), Map.entry("REQUESTED", "đề nghị"),
            Map.entry("GT", "trên"), Map.entry("GE", "đạt từ"), Map.entry("LT", "dưới"), Map.entry("LE", "không quá"),
            Map.entry("EQ", "bằng"), Map.entry("FEMALE", "nữ"), Map.entry("MALE", "nam"),
            Map.entry("URBAN", "thành thị"), Map.entry("RURAL", "nông thôn"),
            Map.entry("ETHNIC_MINORITY", "vùng dân tộc thiểu số"), Map.entry("ESTIMATE", "ước tính"),
            Map.entry("FINAL", "chính thức"), Map.entry("CENTRAL_BUDGET", "Ngân sách trung ương"),
            Map.entry("PROVINCIAL_BUDGET", "Ngân sách tỉnh"), Map.entry("LOCAL_BUDGET", "Ngân sách địa phương"),
            Map.entry("SOCIALISED", "Xã hội hóa"), Map.entry("AID", "Viện trợ"), Map.entry("OTHER", "Nguồn khác"),
            Map.entry("DIRECTIVE", "Chỉ thị"), Map.entry("RESOLUTION", "Nghị quyết"),
            Map.entry("DECISION", "Quyết định"), Map.entry("PLAN", "Kế hoạch"), Map.entry("PROGRAMME", "Chương trình"),
            Map.entry("LETTER", "Công văn"));

    static String word(String code) {
        return WORDS.getOrDefault(code, code);
    }

    /** "Kế hoạch số 26/KH-UBND ngày 26/02/2016": a document as the text cites it (a DocumentRef or DocumentDto). */
    static String cite(JsonNode document) {
        StringBuilder s = new StringBuilder(word(document.path("kind").asText()));
        if (!document.path("number").asText("").isBlank()) {
            s.append(" số ").append(document.path("number").asText());
        }
        if (document.hasNonNull("issuedOn")) {
            s.append(" ngày ").append(date(document.path("issuedOn").asText()));
        }
        return s.toString();
    }
}
