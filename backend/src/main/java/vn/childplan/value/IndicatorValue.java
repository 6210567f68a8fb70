package vn.childplan.value;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import vn.childplan.common.Versioned;
import vn.childplan.indicator.Indicator;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.period.Breakdown;
import vn.childplan.period.StoredPeriod;

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
    @Embedded
    public StoredPeriod period;
    @Embedded
    public Breakdown breakdown;
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
}
