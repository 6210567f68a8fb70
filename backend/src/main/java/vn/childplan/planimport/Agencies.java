package vn.childplan.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of agencies in Vietnamese administrative text, found by how such names are built rather than by a list of
 * names: a head word (Sở, Bộ, Công an, UBND, Ủy ban, Văn phòng…, or a collective such as "các sở, ngành" or "các tổ
 * chức chính trị - xã hội") followed by the name's words, up to punctuation or the verb that says what the agency
 * does ("chủ trì", "phối hợp", "tham gia"…). And matching a name as written to a catalogued one, short forms
 * included: "Sở LĐTBXH" and "Sở LĐ-TB&XH" are the initials of "Sở Lao động - Thương binh và Xã hội".
 */
final class Agencies {
    /** Head words of one agency's name; capitalised, as a name is written. */
    private static final String HEADS = "Bộ Chỉ huy|Bảo hiểm xã hội|Bệnh viện|Chi cục|Công an|Công chức|Cục|Hội đồng|"
            + "Hội Liên hiệp|Hội|Kho bạc|Liên đoàn|Liên minh|Mặt trận|Ngân hàng|Phòng|Sở|Bộ|Ban|Báo|Đài|Thanh tra|Trạm|"
            + "Trung tâm|Trường|Tòa án|Toà án|Tỉnh đoàn|Tỉnh Đoàn|Thành đoàn|Huyện đoàn|Quận đoàn|Thị đoàn|Đoàn|UBMTTQVN|"
            + "UBMTTQ|UBMT|UBND|UB|Ủy ban|Uỷ ban|Văn phòng|Viện kiểm sát|Viện";
    /** Head words that name an agency only before a name in capitals: "Trạm Y tế", "Trường THCS …", "Công chức Tư pháp". */
    private static final List<String> BEFORE_A_NAME = List.of("Công chức", "Trạm", "Trường");
    /** Head words of a ministry's or a department's name, whose words come in pairs ("Sở Giáo dục và Đào tạo"). */
    private static final List<String> DEPARTMENTS = List.of("Sở", "Bộ", "Phòng", "Cục", "Chi cục");
    /** Collective assignees, written in lower case inside a sentence. */
    private static final String COLLECTIVES = "các sở|các tổ chức chính trị|tổ chức chính trị|các tổ chức xã hội|"
            + "tổ chức xã hội|các hội quần chúng|hội quần chúng|các cơ quan báo chí|cơ quan báo chí|các đoàn thể|"
            + "đoàn thể|các địa phương|địa phương|các trường|các ban";
    /** The last word of an administrative unit's name ("tỉnh", "thị xã", "thành phố", "tổ dân phố"), as written. */
    private static final List<String> UNIT_WORDS = List.of("tỉnh", "huyện", "quận", "xã", "phường", "trấn", "phố", "thôn", "ấp");
    /** Words that open more units after one ("các xã, thị trấn", "thành phố", "tổ dân phố", "khu phố"). */
    private static final List<String> UNIT_STARTS = List.of("các", "thị", "thành", "tổ", "dân", "khu");
    /** Capitalised words after a comma that name a person, not more of an agency's name ("…, Chủ tịch UBND …"). */
    private static final Pattern TITLE = Pattern.compile("^(Chủ tịch|Phó|Giám đốc|Thủ trưởng|Trưởng|Chánh|Lãnh đạo|Người)"
            + "(?![\\p{L}])");
    private static final Pattern START = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(" + HEADS + ")|(?i:(" + COLLECTIVES
            + ")))(?![\\p{L}])");
    /** Words after a head word that make it something else than an agency ("Ban hành", "Báo cáo", "Hội nghị"). */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(ban (hanh|nganh)|bao (cao|dam|ve)|bo (tri|sung)|"
            + "hoi (nghi|thi|dien|thao|nhap|dong nhan dan cac cap)|phong (chong|ngua)|doan (ket|vien)|so (lieu|luong)|"
            + "cuc (bo)|vien (chuc))\\b");
    /**
     * Lower-case words that end a name: what the agency does, where, or a preposition. Matched with their diacritics:
     * folded, "từ" and "tư" or "về" and "vệ" would be one word.
     */
    private static final Pattern STOP = Pattern.compile("^(chủ trì|phối hợp|tham gia|thực hiện|tổ chức|theo dõi|chỉ đạo|"
            + "triển khai|xây dựng|tuyên truyền|hướng dẫn|bố trí|đảm bảo|bảo đảm|kiểm tra|nghiên cứu|tham mưu|căn cứ|"
            + "có trách nhiệm|tổng hợp|báo cáo|đôn đốc|chịu trách nhiệm|chủ động|tiếp tục|tăng cường|thường xuyên|đưa|"
            + "cân đối|phản ánh|trên địa bàn|trong|để|nhằm|về|theo|làm|tại|cùng|tiếp nhận|giám sát|quản lý|thống kê|"
            + "phụ trách|với|cho|định kỳ|từ|đến|năm|ngày|được|là|có|sẽ|đã|đang|cần|phải|thì|nếu|khi|và toàn|liên quan|"
            + "khác|ban hành|trình|xem xét|điều chỉnh|bổ sung|sửa đổi|lồng ghép|vận động|đề xuất|đánh giá|rà soát|hỗ trợ|"
            + "nâng cao|chăm sóc|giải quyết|cung cấp|bồi dưỡng|tập huấn|sơ kết|tổng kết|kịp thời|cập nhật|kết nối|chia sẻ|"
            + "điều tra|phổ biến|phát hiện|xử lý|mở|tăng|duy trì|thu thập|trên|trước|sau)(?![\\p{L}])",
            Pattern.UNICODE_CASE);
    /** After a comma, the words that continue the same name ("các sở, ngành", "Văn hóa, Thể thao và Du lịch"). */
    private static final Pattern CONTINUES = Pattern.compile("^(ban nganh|ban,|nganh|thi xa|thanh pho|the thao|"
            + "truyen thong|doan the|phuong|thi tran|thuong binh)\\b");
    private static final int MAX_WORDS = 16;

    /** One agency name in a text: its span and the name as written. */
    record Mention(int start, int end, String name, boolean collective) {
    }

    private Agencies() {
    }

    static List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        String folded = Folding.fold(text);
        Matcher m = START.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String head = m.group(1);
            if (head != null && BEFORE_A_NAME.contains(head) && !capitalNext(text, m.end())) {
                from = m.end();
                continue;
            }
            int end = extend(text, folded, m.end());
            if (head != null && DEPARTMENTS.contains(head)) {
                end = departmentEnd(text, m.end(), end);
            }
            String name = trim(text.substring(m.start(), end));
            String foldedName = Folding.fold(name);
            boolean single = !name.contains(" ") && !name.startsWith("UB") && !name.startsWith("Tỉnh");
            if (NOT_A_NAME.matcher(foldedName).find() || single) {
                from = m.end();
                continue;
            }
            out.add(new Mention(m.start(), m.start() + name.length(), name, m.group(2) != null
                    || foldedName.startsWith("cac ")));
            from = Math.max(end, m.end());
        }
        return out;
    }

    /**
     * The agencies a cell of a task table names (its "chủ trì" or "phối hợp" column): one per paragraph or per part
     * between semicolons, or those a part lists by their head words ("Sở Y tế, Công an tỉnh"). A part opened by one
     * agency is that agency as written, whatever follows ("Các trường học trên địa bàn xã"); a part the head words do
     * not open ("Cộng tác viên dân số các thôn", "Các ban, ngành, đoàn thể xã") is one agency as written. A remark in
     * brackets is no part of a name.
     */
    static List<String> inCell(String cell) {
        List<String> out = new ArrayList<>();
        for (String paragraph : TaskTable.paragraphs(cell)) {
            for (String part : paragraph.split(";")) {
                String t = Lines.bulletless(part).replaceAll("\\([^)]*\\)", "").replaceAll("[\\s.,:]+$", "").strip();
                if (t.isEmpty() || !Character.isLetter(t.codePointAt(0)) || t.split("\\s+").length > MAX_WORDS) {
                    continue;
                }
                List<Mention> found = find(t);
                if (found.size() > 1 && found.get(0).start() == 0) {
                    found.forEach(m -> out.add(m.name()));
                } else {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The end of the name that starts before {@code pos}. */
    private static int extend(String text, String folded, int pos) {
        int words = 1;
        int end = pos;
        int i = pos;
        boolean afterUnit = false;
        while (i < text.length() && words < MAX_WORDS) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            if (c == ',') {
                String next = folded.substring(i + 1).stripLeading();
                String nextWritten = text.substring(i + 1).stripLeading();
                // "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình …": a capitalised word that is no
                // head word and no person's title goes on with the name; after a unit ("Công an xã, Quân sự xã") only
                // more units do
                boolean part = !afterUnit && !nextWritten.isEmpty() && Character.isUpperCase(nextWritten.codePointAt(0))
                        && !START.matcher(nextWritten).lookingAt() && !TITLE.matcher(nextWritten).find();
                if (CONTINUES.matcher(next).find() || part) {
                    i++;
                    continue;
                }
                break;
            }
            if (";:.()“”\"'[]".indexOf(c) >= 0) {
                break;
            }
            int wordEnd = i;
            while (wordEnd < text.length() && text.charAt(wordEnd) != ' ' && ",;:.()“”\"".indexOf(text.charAt(wordEnd)) < 0) {
                wordEnd++;
            }
            String word = text.substring(i, wordEnd);
            boolean lower = !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
            if (word.equals("và")) {
                String after = text.substring(wordEnd).stripLeading();
                String afterFolded = Folding.fold(after);
                boolean capital = !after.isEmpty() && Character.isUpperCase(after.codePointAt(0));
                boolean head = START.matcher(after).lookingAt();
                if (!(capital && !head) && !afterFolded.startsWith("thanh pho") && !afterFolded.startsWith("thi xa")) {
                    break;
                }
            } else if (lower && STOP.matcher(text.substring(i)).find()) {
                break;
            } else if (lower && afterUnit && !UNIT_WORDS.contains(word) && !UNIT_STARTS.contains(word)) {
                break; // "Tòa án nhân dân tỉnh kịp thời …": after the unit, a word in lower case is what the agency does
            }
            afterUnit = UNIT_WORDS.contains(word) && !(word.equals("xã") && folded.startsWith(" hoi", wordEnd));
            words++;
            i = wordEnd;
            end = wordEnd;
        }
        return end;
    }

    private static boolean capitalNext(String text, int pos) {
        String next = text.substring(pos).stripLeading();
        return !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
    }

    /**
     * A ministry's or department's name is pairs of words, each opened by a capital ("Y tế", "Giáo dục và Đào tạo",
     * "Lao động - Thương binh và Xã hội"), sometimes a longer run ("Giao thông vận tải") that ends the name: a longer
     * run of words in lower case, or one that the name goes on after, is what the department does ("Sở Y tế cập nhật
     * số liệu …"), and the name ends after the first word of the run.
     */
    private static int departmentEnd(String text, int from, int end) {
        int firstEnd = -1;
        int run = 0;
        int i = from;
        while (i < end) {
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            int wordEnd = i;
            while (wordEnd < end && text.charAt(wordEnd) != ' ') {
                wordEnd++;
            }
            String word = text.substring(i, wordEnd).replaceAll("[,;:]+$", "");
            if (word.equals("và")) {
                run = 0;
            } else if (!UNIT_WORDS.contains(word) && !word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
                firstEnd = run == 0 ? wordEnd : firstEnd;
                if (++run > 3) {
                    return firstEnd;
                }
            } else if (!UNIT_WORDS.contains(word)) {
                if (run >= 2) {
                    return firstEnd; // a run the name goes on after
                }
                run = 0;
            }
            i = wordEnd;
        }
        return end;
    }

    private static String trim(String name) {
        return name.replaceAll("[\\s,;:.\\-–]+$", "").strip();
    }

    // -- matching to the catalogue -------------------------------------------------------------------------------

    private static final Map<String, String> EXPANSIONS = Map.ofEntries(Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("ub", "uy ban"), Map.entry("ubmt", "uy ban mat tran"),
            Map.entry("ubmttq", "uy ban mat tran to quoc"), Map.entry("ubmttqvn", "uy ban mat tran to quoc viet nam"),
            Map.entry("mttq", "mat tran to quoc"), Map.entry("vn", "viet nam"), Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("tp", "thanh pho"), Map.entry("ca", "cong an"), Map.entry("bhxh", "bao hiem xa hoi"));
    /** Words a name can carry or drop without naming another agency. */
    private static final List<String> FILLERS = List.of("va", "cac", "tinh");

    /** A key equal for two spellings of one name: folded, abbreviations spelt out, joining words and punctuation dropped. */
    static String key(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Folding.fold(name).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || w.equals("va")) {
                continue;
            }
            out.add(EXPANSIONS.getOrDefault(w, w));
        }
        return String.join(" ", out);
    }

    /**
     * How well a name as written matches a catalogued agency (its name and short name): 1 for the same key, 0.95 for
     * initials ("Sở LĐTBXH"), else the share of common words when one name holds all the other's meaningful words.
     */
    static double match(String written, String name, String shortName) {
        String k = key(written);
        if (k.equals(key(name)) || (shortName != null && k.equals(key(shortName)))) {
            return 1;
        }
        String abbreviated = abbreviated(written) ? initials(written) : null;
        if (abbreviated != null && (abbreviated.equals(initials(name))
                || (shortName != null && abbreviated.equals(initials(shortName))))) {
            return 0.95;
        }
        List<String> a = meaningful(k);
        List<String> b = meaningful(key(name));
        if (a.size() < 2 || b.isEmpty()) {
            return 0;
        }
        boolean contained = b.containsAll(a) || a.containsAll(b);
        long common = a.stream().filter(b::contains).count();
        double dice = 2.0 * common / (a.size() + b.size());
        return contained && dice >= 0.6 ? dice * 0.9 : 0;
    }

    private static List<String> meaningful(String key) {
        List<String> out = new ArrayList<>(List.of(key.split(" ")));
        out.removeAll(FILLERS);
        out.remove("");
        return out;
    }

    /** Whether a word after the head word is an abbreviation in capitals ("LĐTBXH", "KH&ĐT"). */
    private static boolean abbreviated(String name) {
        String[] words = name.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (words[i].replaceAll("[^\\p{L}]", "").length() > 1 && Folding.upperCase(words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Sở LĐTBXH", "Sở LĐ-TB&XH" and "Sở Lao động - Thương binh và Xã hội" all give "so ldtbxh": the head word, then
     * the letters of an abbreviation or the initials of the name's words. Null when there is nothing after the head.
     */
    static String initials(String name) {
        String[] words = name.strip().split("[\\s,\\-–&/]+");
        if (words.length < 2) {
            return null;
        }
        StringBuilder out = new StringBuilder(Folding.fold(words[0])).append(' ');
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || w.equals("và")) {
                continue;
            }
            boolean abbreviation = w.length() > 1 && Folding.upperCase(w);
            out.append(Folding.fold(abbreviation ? w.replaceAll("[^\\p{L}]", "") : w.substring(0, 1)));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
