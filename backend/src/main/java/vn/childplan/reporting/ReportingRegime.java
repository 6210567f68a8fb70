package vn.childplan.reporting;

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
import java.time.MonthDay;
import java.time.YearMonth;
import vn.childplan.common.Versioned;
import vn.childplan.document.Document;
import vn.childplan.orgunit.Agency;

/**
 * Chế độ báo cáo of a plan for one period type: the deadline of each period's report and the agency that
 * consolidates them (unique per document and period type). The deadline is either a calendar day
 * ({@link #deadlineDay}, optional {@link #deadlineMonth}) or an offset from the period's end ({@link #offsetDays});
 * see {@link #deadline(Period)}.
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

    public LocalDate deadline(Period period) {
        return deadline(period, deadlineDay == null ? null : deadlineDay.intValue(),
                deadlineMonth == null ? null : deadlineMonth.intValue(), offsetDays);
    }

    /**
     * The deadline of {@code period}'s report. Calendar-day form: day/month in the year the period ends (25/5 for
     * 2016-H1 → 2016-05-25, 20/11 for 2016 → 2016-11-20; 29/2 in a common year → 28/2); without a month, the day in
     * the month the period ends (day 20 for 2016-05S, which ends 14 May → 2016-05-20; day 31 in a 30-day month →
     * the 30th). Offset form: the period's last day + offset days (10 for 2016-05 → 2016-06-10).
     */
    public static LocalDate deadline(Period period, Integer day, Integer month, Integer offsetDays) {
        if (day == null) {
            return period.end().plusDays(offsetDays);
        }
        if (month != null) {
            return MonthDay.of(month, day).atYear(period.end().getYear());
        }
        YearMonth ym = YearMonth.from(period.end());
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }
}
