package vn.childplan.indicator;

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
import vn.childplan.document.Objective;
import vn.childplan.period.Breakdown;

/**
 * One target (chỉ tiêu) of a specific objective: "Tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ trên 95%" is the
 * indicator "full immunisation under 1", comparator GT, value 95, unit %, in the target year.
 */
@Entity
@Table(name = "target")
public class Target extends Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_seq")
    @SequenceGenerator(name = "target_seq", sequenceName = "target_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    public Objective objective;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Comparator comparator;
    @Column(nullable = false)
    public BigDecimal value;
    /** The unit the plan states; usually the indicator's. */
    @Column(nullable = false)
    public String unit;
    /** The starting point the plan quotes ("từ 90% năm 2020"); with baselineYear or not at all. */
    @Column(name = "baseline_value")
    public BigDecimal baselineValue;
    @Column(name = "baseline_year")
    public Short baselineYear;
    @Column(name = "target_year", nullable = false)
    public short targetYear;
    /** The part of the population the target is about, e.g. "trẻ em dân tộc thiểu số". */
    @Column(name = "sub_group")
    public String subGroup;
    /** The breakdown of the indicator's values the target is judged by; ALL, ALL, ALL = the total. */
    @Embedded
    public Breakdown breakdown = Breakdown.TOTAL;
    /** The sentence of the plan the target was read from. */
    @Column(name = "source_text")
    public String sourceText;
}
