package vn.childplan.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One funding source of a document, with the planned amount in VND when the text gives one. */
@Embeddable
public class Funding {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundingSource source;
    @Column(name = "planned_amount")
    public BigDecimal plannedAmount;

    public Funding() {
    }

    public Funding(FundingSource source, BigDecimal plannedAmount) {
        this.source = source;
        this.plannedAmount = plannedAmount;
    }
}
