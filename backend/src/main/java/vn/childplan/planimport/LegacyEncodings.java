package vn.childplan.planimport;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Vietnamese typed before Unicode: TCVN3 (ABC, one byte per letter, e.g. "KÕ ho¹ch") and VNI (a base letter followed
 * by a mark character, e.g. "Keá hoaïch"), as they appear once the file's bytes are read as Latin-1 / Windows-1252.
 * {@link #toUnicode} detects which of the three the text is written in and answers it in Unicode NFC; text typed in
 * combining form (NFD) comes out composed too.
 * <p>
 * Detection converts the text each way and keeps the reading in which the most common Vietnamese words appear: a
 * Unicode text read as TCVN3 or VNI turns into noise, and a legacy text left as it is holds almost none of them.
 * TCVN3 has no upper-case letters with tone marks (ABC fonts print the lower-case codes in capitals), so such
 * letters come out lower-case.
 */
public final class LegacyEncodings {
    /** The encoding a text was found to be written in. */
    public enum Encoding { UNICODE, TCVN3, VNI }

    private static final Map<Character, Character> TCVN3 = new HashMap<>();
    private static final Map<String, Character> VNI_PAIRS = new HashMap<>();
    private static final Map<Character, Character> VNI_SINGLE = new HashMap<>();

    static {
        // TCVN 5712:1993 (VN3): byte value (= Latin-1 character) → letter
        String tcvn = "\u00b5à\u00b8á\u00b6ả\u00b7ã\u00b9ạ\u00a8ă\u00bbằ\u00beắ\u00bcẳ\u00bdẵ\u00c6ặ\u00a9â\u00c7ầ\u00caấ"
                + "\u00c8ẩ\u00c9ẫ\u00cbậ\u00aeđ\u00ccè\u00d0é\u00ceẻ\u00cfẽ\u00d1ẹ\u00aaê\u00d2ề\u00d5ế\u00d3ể\u00d4ễ"
                + "\u00d6ệ\u00d7ì\u00ddí\u00d8ỉ\u00dcĩ\u00deị\u00dfò\u00e3ó\u00e1ỏ\u00e2õ\u00e4ọ\u00abô\u00e5ồ\u00e8ố"
                + "\u00e6ổ\u00e7ỗ\u00e9ộ\u00acơ\u00eaờ\u00edớ\u00ebở\u00ecỡ\u00eeợ\u00efù\u00f3ú\u00f1ủ\u00f2ũ\u00f4ụ"
                + "\u00adư\u00f5ừ\u00f8ứ\u00f6ử\u00f7ữ\u00f9ự\u00faỳ\u00fdý\u00fbỷ\u00fcỹ\u00feỵ\u00a1Ă\u00a2Â\u00a7Đ"
                + "\u00a3Ê\u00a4Ô\u00a5Ơ\u00a6Ư";
        for (int i = 0; i < tcvn.length(); i += 2) {
            TCVN3.put(tcvn.charAt(i), tcvn.charAt(i + 1));
        }
        // VNI Windows: the mark characters after a vowel, lower case; capitals use the upper-case mark characters
        String[][] vowels = {
            { "a", "à", "á", "ả", "ã", "ạ" }, { "e", "è", "é", "ẻ", "ẽ", "ẹ" }, { "o", "ò", "ó", "ỏ", "õ", "ọ" },
            { "u", "ù", "ú", "ủ", "ũ", "ụ" }, { "y", "ỳ", "ý", "ỷ", "ỹ", "ỵ" }, { "ô", "ờ", "ớ", "ở", "ỡ", "ợ" },
            { "ö", "ừ", "ứ", "ử", "ữ", "ự" },
        };
        String tones = "øùûõï"; // grave, acute, hook, tilde, dot below
        for (String[] v : vowels) {
            for (int t = 0; t < 5; t++) {
                if (v[0].equals("y") && t == 4) {
                    continue; // ỵ is the single character î
                }
                addVni(v[0] + tones.charAt(t), v[t + 1].charAt(0));
            }
        }
        String circumflex = "âàáåãä"; // circumflex alone, then with grave, acute, hook, tilde, dot
        String breve = "êèéúüë";
        String[][] hats = { { "a", "âầấẩẫậ", "ăằắẳẵặ" }, { "e", "êềếểễệ", null }, { "o", "ôồốổỗộ", null } };
        for (String[] h : hats) {
            for (int t = 0; t < 6; t++) {
                addVni(h[0] + circumflex.charAt(t), h[1].charAt(t));
                if (h[2] != null) {
                    addVni(h[0] + breve.charAt(t), h[2].charAt(t));
                }
            }
        }
        String single = "ìì íí æỉ óĩ òị îỵ ñđ ôơ öư";
        for (String pair : single.split(" ")) {
            VNI_SINGLE.put(pair.charAt(0), pair.charAt(1));
            VNI_SINGLE.put(Character.toUpperCase(pair.charAt(0)), Character.toUpperCase(pair.charAt(1)));
        }
    }

    private static void addVni(String pair, char letter) {
        VNI_PAIRS.put(pair, letter);
        VNI_PAIRS.put(pair.toUpperCase(Locale.ROOT), Character.toUpperCase(letter));
    }

    /** Frequent words of administrative Vietnamese, lower case NFC: a reading that holds many of them is the right one. */
    private static final List<String> COMMON = List.of("và", "của", "các", "được", "trẻ", "em", "thực", "hiện", "năm",
            "kế", "hoạch", "người", "cho", "với", "trong", "ngày", "tháng", "số", "công", "tác", "bảo", "vệ", "chăm",
            "sóc", "giáo", "dục", "tỉnh", "xã", "hội", "đến", "có", "là", "những", "về", "tổ", "chức", "nhân", "dân",
            "ủy", "ban", "sở", "theo", "quy", "định", "đảm", "phát", "triển", "mục", "tiêu", "nhiệm", "vụ");

    private LegacyEncodings() {
    }

    /** The text in Unicode NFC, converted from TCVN3 or VNI when it is written in one of them. */
    public static String toUnicode(String text) {
        return convert(text, detect(text));
    }

    public static Encoding detect(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        Encoding best = Encoding.UNICODE;
        int bestScore = score(nfc);
        for (Encoding e : List.of(Encoding.TCVN3, Encoding.VNI)) {
            int s = score(convert(nfc, e));
            if (s > bestScore * 2 + 2) { // a legacy reading must clearly beat the text as it is
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    static String convert(String text, Encoding encoding) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        UnaryOperator<String> conversion = switch (encoding) {
            case UNICODE -> UnaryOperator.identity();
            case TCVN3 -> t -> capitals(fromTcvn3(t));
            case VNI -> LegacyEncodings::fromVni;
        };
        return Normalizer.normalize(conversion.apply(nfc), Normalizer.Form.NFC);
    }

    private static String fromTcvn3(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(TCVN3.getOrDefault(c, c));
        }
        return out.toString();
    }

    /**
     * TCVN3 has no capitals with tone marks: headings are typed in the fonts' capital variant (.VnTimeH), which
     * prints the small letters' codes as capitals, so "KẾ HOẠCH" arrives as "Kế HOạCH". A word whose plain letters
     * are all capitals was typed in that font when it has two of them, or one among such words ("Kế HOạCH", but not
     * "UBMT Tổ quốc").
     */
    private static String capitals(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            String[] tokens = line.split(" ", -1);
            for (int i = 0; i < tokens.length; i++) {
                boolean typedInCapitals = plainCapitals(tokens[i]) >= 2
                        || (plainCapitals(tokens[i]) == 1 && amongCapitalWords(tokens, i));
                out.append(typedInCapitals ? tokens[i].toUpperCase(Locale.ROOT) : tokens[i]);
                if (i + 1 < tokens.length) {
                    out.append(' ');
                }
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /**
     * Whether token i stands among capital words: at least one beside it is one, and the other is one too or another
     * short capital ("NHIệM Vụ Cụ THể").
     */
    private static boolean amongCapitalWords(String[] tokens, int i) {
        int capitals = 0;
        for (int j : new int[] { i - 1, i + 1 }) {
            String word = j < 0 || j >= tokens.length ? "" : tokens[j].replaceAll("^\\P{L}+|\\P{L}+$", "");
            if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            if (capitalWord(word)) {
                capitals++;
            } else if (plainCapitals(word) != 1) {
                return false; // "UBMT Tổ quốc": a small word beside it, so "Tổ" is as typed
            }
        }
        return capitals > 0;
    }

    /** A word of letters only ("HOạCH", not "26/KH-UBND") typed in capitals. */
    private static boolean capitalWord(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isLetter) && plainCapitals(token) >= 2;
    }

    /** How many ASCII letters a word has when all of them are capitals (0 when one is not, or it has none). */
    private static int plainCapitals(String token) {
        int n = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x80 && Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return 0;
                }
                n++;
            }
        }
        return n;
    }

    private static String fromVni(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i + 1 < s.length()) {
                Character pair = VNI_PAIRS.get(s.substring(i, i + 2));
                if (pair != null) {
                    out.append(pair);
                    i++;
                    continue;
                }
            }
            out.append(VNI_SINGLE.getOrDefault(c, c));
        }
        return out.toString();
    }

    private static int score(String text) {
        int n = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (COMMON.contains(word)) {
                n++;
            }
        }
        return n;
    }
}
