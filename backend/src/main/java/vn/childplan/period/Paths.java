package vn.childplan.period;

import java.util.Arrays;
import java.util.stream.Collectors;

/** HQL paths below an alias, for {@link StoredPeriod} and {@link Breakdown}. */
final class Paths {
    private Paths() {
    }

    /** {@code alias.path}, or the bare path without an alias (Panache's unqualified queries). */
    static String at(String alias, String path) {
        return alias == null ? path : alias + "." + path;
    }

    static String list(String alias, String... paths) {
        return Arrays.stream(paths).map(p -> at(alias, p)).collect(Collectors.joining(", "));
    }
}
