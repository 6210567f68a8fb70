package vn.childplan.planimport;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Comparing Vietnamese text without its diacritics and case. {@link #fold} keeps one character per character of an
 * NFC text, so a position found in the folded text is the same position in the original.
 */
final class Folding {
    private Folding() {
    }

    /** Lower case, without diacritics, đ as d; one character out per character in (the input is NFC). */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c == 'đ') {
                out.append('d');
            } else if (c < 0x80) {
                out.append(c);
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(base.length() == 1 ? base.charAt(0) : c);
            }
        }
        return out.toString();
    }

    /** The folded words of a text, letters and digits only. */
    static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>(Arrays.asList(fold(s).split("[^\\p{L}\\p{N}]+")));
        out.remove("");
        return out;
    }

    /** Dice coefficient of the folded word sets: 1 for the same words, 0 for none in common. */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long common = x.stream().filter(y::contains).count();
        return 2.0 * common / (x.size() + y.size());
    }

    /** Whether the text is written in capitals (letters only; at least two). */
    static boolean upperCase(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** "KẾ HOẠCH THỰC HIỆN" → "Kế hoạch thực hiện". */
    static String sentenceCase(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
