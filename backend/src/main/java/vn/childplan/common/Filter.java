package vn.childplan.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the HQL where-clause of a list from the filters the caller actually gave. */
public final class Filter {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause} (naming parameter {@code :name}) when {@code value} is present. */
    public Filter and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
        return this;
    }

    /** Adds a clause that needs no parameter. */
    public Filter and(String clause) {
        clauses.add(clause);
        return this;
    }

    /**
     * Diacritic-, case- and normalisation-insensitive search: every word of {@code q} must occur in
     * {@code expression}. Both sides go through the database's {@code search_key} (NFC, unaccent, lower).
     */
    public Filter search(String expression, String q) {
        String cleaned = Text.clean(q);
        if (cleaned == null) {
            return this;
        }
        String[] words = cleaned.split("\\s+");
        for (int i = 0; i < words.length && i < 8; i++) {
            String name = "q" + i;
            clauses.add("function('search_key' as String, " + expression + ") like concat('%', function("
                    + "'search_key' as String, :" + name + "), '%') escape '\\'");
            params.put(name, escapeLike(words[i]));
        }
        return this;
    }

    public static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
