package vn.childplan.reportingcycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.childplan.common.Versioned;
import vn.childplan.document.Document;
import vn.childplan.orgunit.Agency;
import vn.childplan.period.Period;
import vn.childplan.period.PeriodType;

/**
 * Chế độ báo cáo of a plan for one period type: the deadline of each period's report and the agency that
 * consolidates them (unique per document and period type). The deadline is either a calendar day
 * ({@link #deadlineDay}, optional {@link #deadlineMonth}) or an offset from the period's end ({@link #offsetDays});
 * see {@link #deadline(Period)}. Which periods of the year it owes: {@link #owed(int)}.
 */
@Entity
@Table(name = "reporting_regime")
public class ReportingRegime extends Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_regime_seq")
    @SequenceGenerator(name = "reporting_regime_seq", sequenceName = "reporting_regime_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public Document document;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false)
    public PeriodType periodType;
    @Column(name = "deadline_day")
    public Short deadlineDay;
    @Column(name = "deadline_month")
    public Short deadlineMonth;
    @Column(name = "offset_days")
    public Integer offsetDays;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consolidating_agency_id")
    public Agency consolidatingAgency;

    /** The numbers of the periods of the year it owes ({@link Period#number()}); null = every period of the year. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "period_numbers")
    public Integer[] periodNumbers;

    public LocalDate deadline(Period period) {
        return deadline(period, deadlineDay == null ? null : deadlineDay.intValue(),
                deadlineMonth == null ? null : deadlineMonth.intValue(), offsetDays);
    }

    /**
     * The deadline of {@code period}'s report. Calendar-day form for a year or school year: day/month in the year
     * the period ends (20/11 for 2016 → 2016-11-20; 29/2 in a common year → 28/2). For a sub-year type (half-year,
     * quarter, month, statistical month) day/month is the deadline of the first period of the year, and the n-th
     * period's is that date moved by as many months as the n-th period starts after the first, the day clamped to
     * the month's length: 25/5 for 2016-H1 → 2016-11-25 for 2016-H2; 20/3 for Q1 → 20/6 for Q2; 31/1 for months →
     * 2016-02-29, 2016-03-31, 2016-04-30. Without a month, the day in the month the period ends (day 20 for
     * 2016-05S, which ends 14 May → 2016-05-20; day 31 in a 30-day month → the 30th). Offset form: the period's
     * last day + offset days (10 for 2016-05 → 2016-06-10).
     */
    public static LocalDate deadline(Period period, Integer day, Integer month, Integer offsetDays) {
        if (day == null) {
            return period.end().plusDays(offsetDays);
        }
        YearMonth ym;
        if (month == null) {
            ym = YearMonth.from(period.end());
        } else {
            int year = period.end().getYear();
            ym = YearMonth.of(year, month);
            if (Period.perYear(period.type()) > 1) {
                Period first = Period.of(period.type(), year, 1);
                ym = ym.plusMonths(ChronoUnit.MONTHS.between(YearMonth.from(first.start()), YearMonth.from(period.start())));
            }
        }
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    /** The periods this regime owes in {@code year}: see {@link #owed(PeriodType, Integer[], int)}. */
    public List<Period> owed(int year) {
        return owed(periodType, periodNumbers, year);
    }

    /** Whether this regime owes a report for {@code period}: one of its type among {@link #owed(int)}. */
    public boolean owes(Period period) {
        return period.type() == periodType && owed(period.end().getYear()).contains(period);
    }

    /**
     * The one rule of which periods a regime owes in {@code year}: those of {@code type} ending in the year
     * ({@link Period#endingIn}) whose number {@code numbers} lists, or all of them when it lists none
     * (a HALF_YEAR regime with [1] owes 2016-H1 only: the yearly report replaces H2).
     */
    public static List<Period> owed(PeriodType type, Integer[] numbers, int year) {
        List<Period> all = Period.endingIn(type, year);
        if (numbers == null || numbers.length == 0) {
            return all;
        }
        List<Integer> listed = Arrays.asList(numbers);
        return all.stream().filter(p -> listed.contains(p.number())).toList();
    }
}
