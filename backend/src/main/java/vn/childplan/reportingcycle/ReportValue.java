package vn.childplan.reportingcycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.childplan.indicator.Indicator;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.period.Breakdown;

/**
 * A figure a report gives for one of the plan's indicators at one unit and breakdown (unique per report, indicator,
 * unit, sex, age group and area type); the period is the report's. Versioned with its report.
 */
@Entity
@Table(name = "report_value")
public class ReportValue extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_value_seq")
    @SequenceGenerator(name = "report_value_seq", sequenceName = "report_value_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public Report report;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public AdminUnit unit;
    @Embedded
    public Breakdown breakdown;
    @Column(nullable = false)
    public BigDecimal value;
    public String note;
}
