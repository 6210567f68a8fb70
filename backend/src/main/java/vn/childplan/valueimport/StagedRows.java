package vn.childplan.valueimport;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.childplan.common.ApiException;
import vn.childplan.common.Text;
import vn.childplan.orgunit.AdminLevel;
import vn.childplan.period.AgeGroup;
import vn.childplan.period.AreaType;
import vn.childplan.period.Period;
import vn.childplan.period.Sex;
import vn.childplan.value.SourceKind;
import vn.childplan.value.ValueStatus;

/**
 * Turns each {@link RawRow} into one line of PostgreSQL COPY text for the staging table ({@link Staging#COLUMNS}):
 * what a row can be checked on by itself (required values, numbers, period codes, code lists, text) is checked
 * here as it streams past; a failing row is staged too, with its error, so every rejected row is reported in file
 * order and the database checks only the others.
 */
final class StagedRows {
    /**
     * Distinct period (and indicator) codes of a file are few; the cache stops growing at this size, it never grows
     * the heap.
     */
    private static final int PERIOD_CACHE = 10_000;
    private static final int MAX_SOURCE_NAME = 300;
    private static final int MAX_EVIDENCE = 4000;
    private static final int MAX_AGE_GROUP = 20;
    private static final int MAX_CODE = 50;
    private static final Map<String, String> SDMX_SEX = Map.of("F", "FEMALE", "M", "MALE", "_T", "ALL");
    private static final Map<String, String> SDMX_AREA = Map.of("U", "URBAN", "R", "RURAL", "EM", "ETHNIC_MINORITY",
            "_T", "ALL");
    private static final Map<String, String> SDMX_STATUS = Map.of("A", "FINAL", "E", "ESTIMATE", "P", "ESTIMATE");

    private final boolean sdmx;
    private final SourceKind defaultSource;
    private final Map<String, Object> periods = new HashMap<>();
    /** The indicator codes of the checked rows, null once more than the cache holds (then: every indicator). */
    private Set<String> indicators = new HashSet<>();
    private long seq;

    StagedRows(boolean sdmx, SourceKind defaultSource) {
        this.sdmx = sdmx;
        this.defaultSource = defaultSource;
    }

    /** A rejected row's cause, thrown inside {@link #write} and staged with the row. */
    private static final class Reject extends Exception {
        final RowError code;
        final Field field;
        final String detail;

        Reject(RowError code, Field field, String detail) {
            super(null, null, false, false);
            this.code = code;
            this.field = field;
            this.detail = detail;
        }
    }

    void write(RawRow row, Writer out) throws IOException {
        seq++;
        String[] v = new String[Field.ALL.length];
        for (Field f : Field.ALL) {
            v[f.ordinal()] = row.get(f);
        }
        Object[] typed = null;
        Reject reject = row.error() == null ? null : new Reject(row.error(), row.errorField(), row.detail());
        if (reject == null) {
            try {
                typed = check(v);
            } catch (Reject r) {
                reject = r;
            }
        }
        // seq, line, then the columns of Staging.COLUMNS in order
        field(out, Long.toString(seq));
        field(out, Long.toString(row.line()));
        field(out, text(v, Field.INDICATOR));
        field(out, text(v, Field.UNIT));
        field(out, typed == null ? null : (String) typed[0]); // unit level
        field(out, text(v, Field.PERIOD));
        Period p = typed == null ? null : (Period) typed[1];
        field(out, p == null ? null : p.type().name());
        field(out, p == null ? null : p.code());
        field(out, p == null ? null : p.start().toString());
        field(out, p == null ? null : p.end().toString());
        field(out, typed == null ? text(v, Field.SEX) : (String) typed[2]);
        field(out, typed == null ? text(v, Field.AGE_GROUP) : (String) typed[3]);
        field(out, typed == null ? text(v, Field.AREA_TYPE) : (String) typed[4]);
        field(out, text(v, Field.VALUE));
        field(out, typed == null ? null : ((BigDecimal) typed[5]).toPlainString());
        field(out, typed == null ? null : (String) typed[6]);
        field(out, typed == null ? null : (String) typed[7]);
        field(out, typed == null ? null : (String) typed[8]);
        field(out, typed == null ? null : (String) typed[9]);
        field(out, reject == null ? null : reject.code.name());
        field(out, reject == null ? null : reject.field.name());
        last(out, reject == null ? null : reject.detail);
    }

    /** unit level, period, sex, age group, area type, value, status, source kind, source name, evidence. */
    private Object[] check(String[] v) throws Reject {
        for (Field f : Field.ALL) {
            String reason = Text.unstorable(v[f.ordinal()]);
            if (reason != null) {
                throw new Reject(RowError.INVALID_TEXT, f, reason);
            }
            v[f.ordinal()] = Text.clean(v[f.ordinal()]);
        }
        for (Field f : new Field[] { Field.INDICATOR, Field.UNIT, Field.PERIOD, Field.VALUE }) {
            if (v[f.ordinal()] == null) {
                throw new Reject(RowError.MISSING_VALUE, f, null);
            }
            if (f != Field.VALUE && v[f.ordinal()].length() > MAX_CODE) {
                throw new Reject(RowError.INVALID_TEXT, f, "longer than " + MAX_CODE + " characters");
            }
        }
        String action = v[Field.ACTION.ordinal()];
        if (action != null && !action.equals("I") && !action.equals("A") && !action.equals("R")) {
            throw new Reject(RowError.UNSUPPORTED_ACTION, Field.ACTION, "ACTION " + action);
        }
        String level = code(v, Field.UNIT_LEVEL, null, AdminLevel.class, Map.of());
        Period period = period(v[Field.PERIOD.ordinal()]);
        String sex = code(v, Field.SEX, "ALL", Sex.class, SDMX_SEX);
        String age = v[Field.AGE_GROUP.ordinal()];
        if (age == null || (sdmx && age.equals("_T"))) {
            age = "ALL";
        } else if (age.length() > MAX_AGE_GROUP || !age.matches(AgeGroup.PATTERN)) {
            throw new Reject(RowError.INVALID_CODE, Field.AGE_GROUP, "an age group " + AgeGroup.MESSAGE);
        }
        String area = code(v, Field.AREA_TYPE, "ALL", AreaType.class, SDMX_AREA);
        BigDecimal value = number(v[Field.VALUE.ordinal()]);
        String status = code(v, Field.STATUS, ValueStatus.ESTIMATE.name(), ValueStatus.class, SDMX_STATUS);
        String source = code(v, Field.SOURCE_KIND, defaultSource.name(), SourceKind.class, Map.of());
        String sourceName = v[Field.SOURCE_NAME.ordinal()];
        if (sourceName != null && sourceName.length() > MAX_SOURCE_NAME) {
            throw new Reject(RowError.INVALID_TEXT, Field.SOURCE_NAME, "longer than " + MAX_SOURCE_NAME + " characters");
        }
        String evidence = v[Field.EVIDENCE.ordinal()];
        if (evidence != null && evidence.length() > MAX_EVIDENCE) {
            throw new Reject(RowError.INVALID_TEXT, Field.EVIDENCE, "longer than " + MAX_EVIDENCE + " characters");
        }
        if (indicators != null && indicators.add(v[Field.INDICATOR.ordinal()]) && indicators.size() > PERIOD_CACHE) {
            indicators = null;
        }
        return new Object[] { level, period, sex, age, area, value, status, source, sourceName, evidence };
    }

    /**
     * The indicator codes the rows that passed these checks name (a file names few), or null when there were too
     * many to keep: any indicator then.
     */
    Set<String> indicatorCodes() {
        return indicators == null ? null : Set.copyOf(indicators);
    }

    private Period period(String code) throws Reject {
        Object known = periods.get(code);
        if (known == null) {
            try {
                known = Period.parseExchange(code, "period");
            } catch (ApiException e) {
                known = e.violations().isEmpty() ? e.getMessage() : e.violations().get(0).message();
            }
            if (periods.size() < PERIOD_CACHE) {
                periods.put(code, known);
            }
        }
        if (known instanceof String message) {
            throw new Reject(RowError.INVALID_PERIOD, Field.PERIOD, message);
        }
        return (Period) known;
    }

    /** A code of {@code type} (SDMX codes too in SDMX-CSV), {@code absent} when not given. */
    private <E extends Enum<E>> String code(String[] v, Field f, String absent, Class<E> type,
            Map<String, String> sdmxCodes) throws Reject {
        String raw = v[f.ordinal()];
        if (raw == null) {
            return absent;
        }
        String name = sdmx ? sdmxCodes.getOrDefault(raw, raw) : raw;
        try {
            return Enum.valueOf(type, name).name();
        } catch (IllegalArgumentException e) {
            throw new Reject(RowError.INVALID_CODE, f, "one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + (sdmx && !sdmxCodes.isEmpty() ? " or the SDMX codes " + sdmxCodes.keySet() : ""));
        }
    }

    /** A plain decimal with a dot; numeric(18, 4) holds 14 digits before the point and 4 after. */
    private static BigDecimal number(String text) throws Reject {
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Reject(RowError.INVALID_NUMBER, Field.VALUE, null);
        }
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() > 4 || s.precision() - s.scale() > 14) {
            throw new Reject(RowError.INVALID_NUMBER, Field.VALUE, "at most 14 digits before the point and 4 after");
        }
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The text as given; a character COPY cannot carry (a rejected row's NUL) becomes U+FFFD. */
    private static String text(String[] v, Field f) {
        String s = v[f.ordinal()];
        if (Text.unstorable(s) == null) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) && c != '\t' && c != '\n'
                && c != '\r' || (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : c));
        return b.toString();
    }

    private static void field(Writer out, String value) throws IOException {
        escape(out, value);
        out.write('\t');
    }

    private static void last(Writer out, String value) throws IOException {
        escape(out, value);
        out.write('\n');
    }

    /** COPY text format: \N is null; backslash, tab, line feed and carriage return are escaped. */
    private static void escape(Writer out, String value) throws IOException {
        if (value == null) {
            out.write("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }

}
