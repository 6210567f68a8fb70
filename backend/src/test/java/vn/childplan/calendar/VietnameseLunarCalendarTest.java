package vn.childplan.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.childplan.calendar.VietnameseLunarCalendar.LunarDate;

class VietnameseLunarCalendarTest {
    private static final LunarDate TET = new LunarDate(1, false, 1);
    private static final LunarDate TRUNG_THU = new LunarDate(8, false, 15);

    /**
     * Vietnamese dates (Tết Nguyên đán, Tết Trung thu) for 2024–2030. Tết 2030 is 02/02/2030 on UTC+7 (the new moon
     * comes at 23:07 that day in Hà Nội, 00:07 on 3/2 in Beijing; Hồ Ngọc Đức's algorithm agrees): lists copied
     * from Chinese tables print 03/02.
     */
    @ParameterizedTest
    @CsvSource({
            "2024, 2024-02-10, 2024-09-17",
            "2025, 2025-01-29, 2025-10-06",
            "2026, 2026-02-17, 2026-09-25",
            "2027, 2027-02-06, 2027-09-15",
            "2028, 2028-01-26, 2028-10-03",
            "2029, 2029-02-13, 2029-09-22",
            "2030, 2030-02-02, 2030-09-12" })
    void tet_and_mid_autumn_2024_to_2030(int year, LocalDate tet, LocalDate trungThu) {
        assertEquals(Optional.of(tet), VietnameseLunarCalendar.solar(year, TET));
        assertEquals(Optional.of(trungThu), VietnameseLunarCalendar.solar(year, TRUNG_THU));
        assertEquals(TET, VietnameseLunarCalendar.lunar(tet));
        assertEquals(TRUNG_THU, VietnameseLunarCalendar.lunar(trungThu));
    }

    /** The years the meridian moves Tết: Vietnam's date and, to show the difference is real, China's (UTC+8). */
    @ParameterizedTest
    @CsvSource({ "1985, 1985-01-21, 1985-02-20", "2007, 2007-02-17, 2007-02-18" })
    void tet_on_vietnam_meridian_differs_from_china(int year, LocalDate vietnam, LocalDate china) {
        assertEquals(Optional.of(vietnam), VietnameseLunarCalendar.solar(year, TET));
        assertEquals(TET, VietnameseLunarCalendar.lunar(vietnam));
        ChineseCalendar chinese = new ChineseCalendar(new SimpleTimeZone(8 * 3_600_000, "UTC+08:00"));
        chinese.setTimeInMillis(china.atStartOfDay(ZoneOffset.ofHours(8)).toInstant().toEpochMilli());
        assertEquals(List.of(0, 0, 1), List.of(chinese.get(ChineseCalendar.MONTH),
                chinese.get(ChineseCalendar.IS_LEAP_MONTH), chinese.get(ChineseCalendar.DAY_OF_MONTH)));
        chinese.setTimeInMillis(vietnam.atStartOfDay(ZoneOffset.ofHours(8)).toInstant().toEpochMilli());
        assertEquals(false, chinese.get(ChineseCalendar.MONTH) == 0 && chinese.get(ChineseCalendar.DAY_OF_MONTH) == 1,
                "China's calendar has no Tết on Vietnam's date");
    }

    /** 2025 has a leap sixth month (tháng 6 nhuận, from 25/07/2025); 2026 has none. */
    @Test
    void leap_months() {
        assertEquals(Optional.of(LocalDate.of(2025, 7, 25)),
                VietnameseLunarCalendar.solar(2025, new LunarDate(6, true, 1)));
        assertEquals(Optional.empty(), VietnameseLunarCalendar.solar(2026, new LunarDate(6, true, 1)));
        assertEquals(new LunarDate(6, true, 1), VietnameseLunarCalendar.lunar(LocalDate.of(2025, 7, 25)));
    }

    /**
     * 23/12 (Ông Công Ông Táo) of the lunar year 2025 falls on 10/02/2026, that of 2026 in 2027: one occurrence in
     * 2026; the eve of Tết 2026 ("30 Tết") is the 29th of a short twelfth month, the day before Tết.
     */
    @Test
    void late_winter_dates_and_short_months() {
        assertEquals(List.of(LocalDate.of(2026, 2, 10)),
                VietnameseLunarCalendar.occurrencesIn(2026, new LunarDate(12, false, 23)));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 16)),
                VietnameseLunarCalendar.solar(2025, new LunarDate(12, false, 30)));
    }
}
