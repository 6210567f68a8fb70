package vn.childplan.calendar;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Âm lịch, the Vietnamese lunisolar calendar: the Chinese calendar's rules (a month starts on the day of the new
 * moon, the month without a major solar term is the leap month) computed on Vietnam's meridian, UTC+7, since the
 * calendar reform of 1967, where China computes on UTC+8. When a new moon falls between 16:00 and 17:00 UTC the two
 * calendars start the month on different days, and sometimes the leap month and Tết move with it (Tết 1985 came on
 * 21/01 in Vietnam and on 20/02 in China; Tết 2007 on 17/02 and 18/02). ICU4J's {@link ChineseCalendar} takes the
 * time zone of its astronomy through a protected constructor, which this class exists to reach. Its caches are per
 * instance, so every conversion uses its own (a request converts a handful of dates).
 */
public final class VietnameseLunarCalendar {
    /** Vietnam's meridian, 105° E, for the astronomy and for the civil day a lunar date falls on. */
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final TimeZone ZONE = new SimpleTimeZone(7 * 3_600_000, "UTC+07:00");

    private VietnameseLunarCalendar() {
    }

    /** A lunar date: {@code month} 1–12, {@code leapMonth} for the month repeated in a leap year, {@code day} 1–30. */
    public record LunarDate(int month, boolean leapMonth, int day) {
    }

    /** The Chinese calendar's rules on Vietnam's meridian: ICU's astronomy time zone set to UTC+7. */
    private static final class OnVietnamMeridian extends ChineseCalendar {
        private static final long serialVersionUID = 1L;

        /**
         * ICU marks this constructor deprecated as internal (it is how its own DangiCalendar sets UTC+9); there is no
         * public way to choose the astronomy's zone. The tests' Tết of 1985 and 2007 fail if it stops taking effect.
         */
        @SuppressWarnings("deprecation")
        OnVietnamMeridian() {
            super(ZONE, ULocale.ROOT, ZONE);
        }
    }

    /** The lunar date of a solar day. */
    public static LunarDate lunar(LocalDate solar) {
        ChineseCalendar c = new OnVietnamMeridian();
        c.setTimeInMillis(solar.atStartOfDay(VIETNAM).toInstant().toEpochMilli());
        return new LunarDate(c.get(ChineseCalendar.MONTH) + 1, c.get(ChineseCalendar.IS_LEAP_MONTH) == 1,
                c.get(ChineseCalendar.DAY_OF_MONTH));
    }

    /**
     * The solar day of {@code date} in the lunar year that begins (with Tết) in the solar year {@code year}: 15/8 of
     * 2026 → 25/09/2026, 1/1 of 2026 → 17/02/2026, 23/12 of 2025 → 11/02/2026. Day 30 of a month that has 29 days in
     * that year is its last day (the eve of Tết is "30 Tết" even in a short twelfth month). Empty when the year has
     * no such leap month.
     */
    public static Optional<LocalDate> solar(int year, LunarDate date) {
        if (date.month() < 1 || date.month() > 12 || date.day() < 1 || date.day() > 30) {
            throw new IllegalArgumentException("no lunar date " + date);
        }
        ChineseCalendar c = new OnVietnamMeridian();
        // Mid-year of the solar year is always inside the lunar year that began with its Tết (21/01–20/02).
        c.setTimeInMillis(LocalDate.of(year, 7, 1).atStartOfDay(VIETNAM).toInstant().toEpochMilli());
        int extendedYear = c.get(ChineseCalendar.EXTENDED_YEAR);
        c.clear();
        c.set(ChineseCalendar.EXTENDED_YEAR, extendedYear);
        c.set(ChineseCalendar.MONTH, date.month() - 1);
        c.set(ChineseCalendar.IS_LEAP_MONTH, date.leapMonth() ? 1 : 0);
        c.set(ChineseCalendar.DAY_OF_MONTH, 1);
        long firstOfMonth = c.getTimeInMillis();
        if (c.get(ChineseCalendar.MONTH) != date.month() - 1
                || (c.get(ChineseCalendar.IS_LEAP_MONTH) == 1) != date.leapMonth()
                || c.get(ChineseCalendar.EXTENDED_YEAR) != extendedYear) {
            return Optional.empty();
        }
        int day = Math.min(date.day(), c.getActualMaximum(ChineseCalendar.DAY_OF_MONTH));
        return Optional.of(Instant.ofEpochMilli(firstOfMonth).atZone(VIETNAM).toLocalDate().plusDays(day - 1L));
    }

    /**
     * The solar days of {@code date} that fall in the solar year {@code year}: none, one, or (for a late-winter
     * date such as 23/12, which the lunar years before and of {@code year} may both place in it) two, in order.
     */
    public static List<LocalDate> occurrencesIn(int year, LunarDate date) {
        List<LocalDate> days = new ArrayList<>();
        for (int lunarYear = year - 1; lunarYear <= year; lunarYear++) {
            solar(lunarYear, date).filter(d -> d.getYear() == year).ifPresent(days::add);
        }
        return days;
    }
}
