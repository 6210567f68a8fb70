package vn.childplan.value;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.childplan.common.Versioned;
import vn.childplan.indicator.Indicator;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.period.AreaType;
import vn.childplan.period.Period;
import vn.childplan.period.PeriodType;
import vn.childplan.period.Sex;

/**
 * One reported aggregate value of an indicator for an administrative unit, a reporting period and a breakdown
 * (sex, age group, area type); the natural key (indicator, unit, period code, sex, age group, area type) is unique.
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_value_seq")
    @SequenceGenerator(name = "indicator_value_seq", sequenceName = "indicator_value_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;
    /** The unit as it stood in the period (old figures keep pointing at old units). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public AdminUnit unit;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false)
    public PeriodType periodType;
    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;
    @Column(name = "period_code", nullable = false)
    public String periodCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;
    @Column(name = "age_group", nullable = false)
    public String ageGroup;
    @Enumerated(EnumType.STRING)
    @Column(name = "area_type", nullable = false)
    public AreaType areaType;
    @Column(nullable = false)
    public BigDecimal value;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ValueStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false)
    public SourceKind sourceKind;
    @Column(name = "source_name")
    public String sourceName;
    public String evidence;
    /** Token subject of whoever last entered or corrected the value. */
    @Column(name = "entered_by", nullable = false)
    public String enteredBy;
    /** The accepted report this value was published from; null when entered any other way. */
    @Column(name = "report_id")
    public Long reportId;

    public Period period() {
        return new Period(periodType, periodStart, periodEnd);
    }

    public void setPeriod(Period p) {
        periodType = p.type();
        periodStart = p.start();
        periodEnd = p.end();
        periodCode = p.code();
    }
}
