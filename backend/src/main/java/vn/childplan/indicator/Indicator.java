package vn.childplan.indicator;

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
import vn.childplan.common.Versioned;

/** A measure of the indicator catalogue (chỉ tiêu), e.g. the full immunisation rate of children under 1, in %. */
@Entity
@Table(name = "indicator")
public class Indicator extends Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
    @SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
    public Long id;

    /** Stable machine key, upper case, e.g. IMMUNISATION_FULL_U1. */
    @Column(nullable = false)
    public String code;
    @Column(name = "name_vi", nullable = false)
    public String nameVi;
    @Column(name = "name_en", nullable = false)
    public String nameEn;
    /** Unit of measure: %, trẻ em (children), xã (communes)… */
    @Column(nullable = false)
    public String unit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;
    /** How the value is computed: numerator, denominator, source. */
    public String definition;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Aggregation aggregation = Aggregation.NONE;
    /** For RATIO: the SUM indicators whose sums give the rate, factor × Σnumerator / Σdenominator (100 for a %). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "numerator_indicator_id")
    public Indicator numerator;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "denominator_indicator_id")
    public Indicator denominator;
    public BigDecimal factor;
    /**
     * Counts of abused, trafficked or exploited children: small counts of a SUM indicator are suppressed for callers
     * without the sensitive-data grant (value.Suppression), and so are the rates whose numerator it is.
     */
    @Column(nullable = false)
    public boolean sensitive;
}
