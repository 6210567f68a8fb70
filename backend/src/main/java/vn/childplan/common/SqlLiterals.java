package vn.childplan.common;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Values written into SQL text, for the one kind of statement that takes no bind parameters (PostgreSQL's COPY).
 * Only types whose text cannot carry SQL are accepted: numbers, dates and enum constants.
 */
public final class SqlLiterals {
    private SqlLiterals() {
    }

    /** {@code 1,2,3}; never empty (an empty list is {@code NULL}, which matches nothing). */
    public static String ids(Collection<Long> ids) {
        return ids.isEmpty() ? "NULL" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static String date(LocalDate date) {
        return "DATE '" + date + "'";
    }

    public static String name(Enum<?> constant) {
        return "'" + constant.name() + "'";
    }
}
