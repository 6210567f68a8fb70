package vn.childplan.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Problem;

/**
 * A reporting period: its type and its first and last day (both inclusive), named by a stable ISO-like
 * {@link #code()} (see {@link PeriodType}). Plain Java, no framework: parse a code with {@link #parse}, build one
 * with {@link #of} or find the one holding a date with {@link #containing}. Bad input answers 400
 * INVALID_PARAMETER through {@link ApiException}.
 */
public record Period(PeriodType type, LocalDate start, LocalDate end) {
    /** Years a period may lie in, as elsewhere in the API (document periods, target years). */
    public static final int MIN_YEAR = 1945;
    public static final int MAX_YEAR = 2100;
    /** The statistical month runs from this day of the previous month to the day before it of its own month. */
    public static final int STATISTICAL_CUT_DAY = 15;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern STATISTICAL = Pattern.compile("(\\d{4})-(\\d{2})S");
    private static final Pattern SCHOOL = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern CUSTOM = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");
    /** SDMX reporting periods: 2024-A1, 2024-S1, 2024-Q1, 2024-M01. */
    private static final Pattern SDMX = Pattern.compile("(\\d{4})-(A1|S[12]|M(\\d{2}))");
    /** ISO 8601 start and duration: 2024-01-01/P6M, 2024-01-01/P1Y, 2024-03-01/P10D. */
    private static final Pattern ISO_DURATION = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(P.+)");

    public Period {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period ends on or after its start: " + start + "/" + end);
        }
    }

    /** The stable code: "2016", "2016-H1", "2016-Q3", "2016-05", "2016-05S", "2016-2017", "2016-03-01/2016-06-30". */
    public String code() {
        return switch (type) {
            case YEAR -> Integer.toString(start.getYear());
            case HALF_YEAR -> start.getYear() + "-H" + number();
            case QUARTER -> start.getYear() + "-Q" + number();
            case MONTH -> YearMonth.from(start).toString();
            case STATISTICAL_MONTH -> YearMonth.from(end) + "S";
            case SCHOOL_YEAR -> start.getYear() + "-" + end.getYear();
            case CUSTOM -> start + "/" + end;
        };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return code();
    }

    /** The period a code names; 400 INVALID_PARAMETER on field "period" when it names none. */
    public static Period parse(String code) {
        return parse(code, "period");
    }

    /** As {@link #parse(String)}, reporting a bad code against {@code field}. */
    public static Period parse(String code, String field) {
        if (code == null || code.isBlank()) {
            throw invalid(field, "a period code is required, e.g. 2016, 2016-H1, 2016-Q3, 2016-05, 2016-05S, "
                    + "2016-2017 or 2016-03-01/2016-06-30");
        }
        String c = code.strip();
        Matcher m;
        if ((m = YEAR.matcher(c)).matches()) {
            return of(PeriodType.YEAR, year(m.group(1), field), 1, field);
        }
        if ((m = HALF.matcher(c)).matches()) {
            return of(PeriodType.HALF_YEAR, year(m.group(1), field), Integer.parseInt(m.group(2)), field);
        }
        if ((m = QUARTER.matcher(c)).matches()) {
            return of(PeriodType.QUARTER, year(m.group(1), field), Integer.parseInt(m.group(2)), field);
        }
        if ((m = MONTH.matcher(c)).matches()) {
            return of(PeriodType.MONTH, year(m.group(1), field), Integer.parseInt(m.group(2)), field);
        }
        if ((m = STATISTICAL.matcher(c)).matches()) {
            return of(PeriodType.STATISTICAL_MONTH, year(m.group(1), field), Integer.parseInt(m.group(2)), field);
        }
        if ((m = SCHOOL.matcher(c)).matches()) {
            int from = year(m.group(1), field);
            if (Integer.parseInt(m.group(2)) != from + 1) {
                throw invalid(field, "a school year runs from one year into the next, e.g. " + from + "-" + (from + 1));
            }
            return of(PeriodType.SCHOOL_YEAR, from, 1, field);
        }
        if ((m = CUSTOM.matcher(c)).matches()) {
            LocalDate start = date(m.group(1), field);
            LocalDate end = date(m.group(2), field);
            return custom(start, end, field);
        }
        throw invalid(field, "'" + c + "' is not a period code; use e.g. 2016, 2016-H1, 2016-Q3, 2016-05, 2016-05S, "
                + "2016-2017 or 2016-03-01/2016-06-30");
    }

    /**
     * The period a code of another system names, for data exchange: every code {@link #parse} reads, SDMX
     * reporting periods ({@code 2024-A1}, {@code 2024-S1}, {@code 2024-Q1} — the same as ours —, {@code 2024-M01})
     * and ISO 8601 start/duration ({@code 2024-01-01/P6M}). A start and duration that make a year, half-year,
     * quarter or month is that period (2024-01-01/P6M is 2024-H1), any other a CUSTOM one. A bad code is 400 as in
     * {@link #parse}.
     */
    public static Period parseExchange(String code, String field) {
        String c = code == null ? "" : code.strip();
        Matcher m;
        if ((m = SDMX.matcher(c)).matches()) {
            int year = year(m.group(1), field);
            String part = m.group(2);
            return switch (part.charAt(0)) {
                case 'A' -> of(PeriodType.YEAR, year, 1, field);
                case 'S' -> of(PeriodType.HALF_YEAR, year, part.charAt(1) - '0', field);
                default -> of(PeriodType.MONTH, year, Integer.parseInt(m.group(3)), field);
            };
        }
        if ((m = ISO_DURATION.matcher(c)).matches()) {
            LocalDate start = date(m.group(1), field);
            java.time.Period length;
            try {
                length = java.time.Period.parse(m.group(2));
            } catch (DateTimeParseException e) {
                throw invalid(field, "'" + m.group(2) + "' is not an ISO 8601 duration such as P1Y, P6M, P3M or P1M");
            }
            if (length.isNegative() || length.isZero()) {
                throw invalid(field, "a period lasts at least one day");
            }
            return standard(custom(start, start.plus(length).minusDays(1), field));
        }
        return parse(code, field);
    }

    /** The year, half-year, quarter or month with the same days as {@code p}, else {@code p} itself. */
    private static Period standard(Period p) {
        for (PeriodType type : List.of(PeriodType.YEAR, PeriodType.HALF_YEAR, PeriodType.QUARTER, PeriodType.MONTH)) {
            Period candidate = containing(type, p.start());
            if (candidate.equals(new Period(type, p.start(), p.end()))) {
                return candidate;
            }
        }
        return p;
    }

    /**
     * The {@code index}-th period of {@code type} in {@code year}: half 1–2, quarter 1–4, month 1–12, statistical
     * month 1–12 (month 1 of 2017 is 15 December 2016 to 14 January 2017). For YEAR the index is 1; for SCHOOL_YEAR
     * {@code year} is the year it starts in and the index is 1. CUSTOM periods have no index: use {@link #custom}.
     */
    public static Period of(PeriodType type, int year, int index) {
        return of(type, year, index, "period");
    }

    /**
     * Every period of {@code type} that ends in {@code year}, in order: 2016-H1 and 2016-H2; 2016-01S (from
     * 15 December 2015) to 2016-12S; the school year 2015-2016. CUSTOM periods recur on no calendar: none.
     */
    public static List<Period> endingIn(PeriodType type, int year) {
        int from = type == PeriodType.SCHOOL_YEAR ? year - 1 : year;
        return IntStream.rangeClosed(1, perYear(type)).mapToObj(i -> of(type, from, i)).toList();
    }

    /** How many periods of {@code type} end in a year: 1 for YEAR and SCHOOL_YEAR, 2, 4, 12; none for CUSTOM. */
    public static int perYear(PeriodType type) {
        return switch (type) {
            case YEAR, SCHOOL_YEAR -> 1;
            case HALF_YEAR -> 2;
            case QUARTER -> 4;
            case MONTH, STATISTICAL_MONTH -> 12;
            case CUSTOM -> 0;
        };
    }

    /**
     * The period's number among those of its type ending in the same year ({@link #endingIn}): 2016-H2 is 2,
     * 2016-Q3 is 3, 2016-05 and 2016-05S are 5; a year or school year is 1. CUSTOM periods have none.
     */
    public int number() {
        return switch (type) {
            case YEAR, SCHOOL_YEAR -> 1;
            case HALF_YEAR -> start.getMonthValue() <= 6 ? 1 : 2;
            case QUARTER -> (start.getMonthValue() - 1) / 3 + 1;
            case MONTH -> start.getMonthValue();
            case STATISTICAL_MONTH -> end.getMonthValue();
            case CUSTOM -> throw new IllegalStateException("a custom period has no number");
        };
    }

    private static Period of(PeriodType type, int year, int index, String field) {
        Objects.requireNonNull(type, "type");
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw invalid(field, "the year must lie between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return switch (type) {
            case YEAR -> {
                index(index, 1, field);
                yield new Period(type, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            case HALF_YEAR -> {
                index(index, 2, field);
                LocalDate start = LocalDate.of(year, index == 1 ? 1 : 7, 1);
                yield new Period(type, start, start.plusMonths(6).minusDays(1));
            }
            case QUARTER -> {
                index(index, 4, field);
                LocalDate start = LocalDate.of(year, (index - 1) * 3 + 1, 1);
                yield new Period(type, start, start.plusMonths(3).minusDays(1));
            }
            case MONTH -> {
                index(index, 12, field);
                YearMonth ym = YearMonth.of(year, index);
                yield new Period(type, ym.atDay(1), ym.atEndOfMonth());
            }
            case STATISTICAL_MONTH -> {
                index(index, 12, field);
                YearMonth ym = YearMonth.of(year, index);
                yield new Period(type, ym.minusMonths(1).atDay(STATISTICAL_CUT_DAY), ym.atDay(STATISTICAL_CUT_DAY - 1));
            }
            case SCHOOL_YEAR -> {
                index(index, 1, field);
                if (year + 1 > MAX_YEAR) {
                    throw invalid(field, "the year must lie between " + MIN_YEAR + " and " + MAX_YEAR);
                }
                yield new Period(type, LocalDate.of(year, Month.SEPTEMBER, 1), LocalDate.of(year + 1, Month.MAY, 31));
            }
            case CUSTOM -> throw invalid(field, "a custom period is given by its dates, e.g. 2016-03-01/2016-06-30");
        };
    }

    /** A custom period from {@code start} to {@code end}, both inclusive. */
    public static Period custom(LocalDate start, LocalDate end) {
        return custom(start, end, "period");
    }

    private static Period custom(LocalDate start, LocalDate end, String field) {
        if (end.isBefore(start)) {
            throw invalid(field, "a period ends on or after its start");
        }
        if (start.getYear() < MIN_YEAR || end.getYear() > MAX_YEAR) {
            throw invalid(field, "the dates must lie between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return new Period(PeriodType.CUSTOM, start, end);
    }

    /**
     * The period of {@code type} holding {@code date}. A statistical month holding the 15th or later is the next
     * month's (15 December 2016 lies in 2017-01S). Between 1 June and 31 August there is no school year (summer
     * break): 400. CUSTOM periods hold no date by themselves: 400.
     */
    public static Period containing(PeriodType type, LocalDate date) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        int year = date.getYear();
        int month = date.getMonthValue();
        return switch (type) {
            case YEAR -> of(type, year, 1);
            case HALF_YEAR -> of(type, year, month <= 6 ? 1 : 2);
            case QUARTER -> of(type, year, (month - 1) / 3 + 1);
            case MONTH -> of(type, year, month);
            case STATISTICAL_MONTH -> {
                YearMonth ym = date.getDayOfMonth() >= STATISTICAL_CUT_DAY ? YearMonth.from(date).plusMonths(1)
                        : YearMonth.from(date);
                yield of(type, ym.getYear(), ym.getMonthValue());
            }
            case SCHOOL_YEAR -> {
                if (month >= 9) {
                    yield of(type, year, 1);
                }
                if (month <= 5) {
                    yield of(type, year - 1, 1);
                }
                throw invalid("period", date + " falls in the summer break, outside any school year");
            }
            case CUSTOM -> throw invalid("period", "a custom period is given by its dates, not found from one date");
        };
    }

    private static void index(int index, int max, String field) {
        if (index < 1 || index > max) {
            throw invalid(field, "the index must lie between 1 and " + max);
        }
    }

    private static int year(String digits, String field) {
        int year = Integer.parseInt(digits);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw invalid(field, "the year must lie between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return year;
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(field, "'" + text + "' is not a calendar date");
        }
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(ErrorCode.INVALID_PARAMETER,
                List.of(new Problem.Violation(field, message, "PeriodCode")), field, message);
    }
}
