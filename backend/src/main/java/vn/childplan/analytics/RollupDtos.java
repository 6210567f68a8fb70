package vn.childplan.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.indicator.Aggregation;
import vn.childplan.indicator.IndicatorDtos.IndicatorRef;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;

/** Response shapes of indicator roll-ups. */
public final class RollupDtos {
    private RollupDtos() {
    }

    @Schema(name = "RollupStatus", description = "COMPLETE: every part had a value; PARTIAL: some parts had none "
            + "(listed in missing) or a value could not be placed (see unplaced); MISSING: no value at all")
    public enum RollupStatus {
        COMPLETE, PARTIAL, MISSING
    }

    @Schema(name = "Rollup", description = "One indicator and period summed (or, for a rate, recomputed) for a unit "
            + "and each of its child units, on the boundaries in force on boundaryDate")
    public record RollupDto(
            IndicatorRef indicator,
            Aggregation aggregation,
            @Schema(examples = "2024") String periodCode,
            @Schema(examples = "2024-01-01") LocalDate periodStart,
            @Schema(examples = "2024-12-31") LocalDate periodEnd,
            @Schema(description = "The day whose units the answer is given on", examples = "2025-07-01") LocalDate boundaryDate,
            @Schema(description = "The unit asked for; unit null = the whole country") RollupRow total,
            @Schema(description = "One row per unit in force on boundaryDate whose parent is the unit, by code")
            List<RollupRow> children,
            @Schema(description = "Values under the unit whose own unit has no place on these boundaries (it was split, "
                    + "or its level abolished): they still count in the unit of the period that contains them (a 2024 "
                    + "district in its 2024 province) but in no child row here")
            List<UnplacedValue> unplaced) {
    }

    @Schema(name = "RollupRow", description = "The figure of one unit")
    public record RollupRow(
            @Schema(description = "Null for the whole country") UnitRef unit,
            RollupStatus status,
            @Schema(description = "The sum (SUM) or factor × numerator / denominator (RATIO), rounded to 4 decimals; "
                    + "null when MISSING", examples = "96.25") BigDecimal value,
            @Schema(description = "RATIO only: the summed numerator", examples = "1925") BigDecimal numerator,
            @Schema(description = "RATIO only: the summed denominator", examples = "2000") BigDecimal denominator,
            @Schema(description = "The parts without a value: child units, or the units of the period that make up "
                    + "this one") List<UnitRef> missing,
            @Schema(description = "True when the figure is withheld from the caller (value and numerator null): it "
                    + "holds a suppressed count of a sensitive indicator, is itself a small count, or is withheld so "
                    + "that such a figure cannot be recovered from the total and the other rows") boolean suppressed) {

        /** The row with its figure withheld; a rate keeps its denominator, which counts no one sensitive. */
        RollupRow withheld() {
            return new RollupRow(unit, status, null, null, denominator, missing, true);
        }
    }

    @Schema(name = "UnplacedValue", description = "A value that cannot be placed on the requested boundaries")
    public record UnplacedValue(
            @Schema(description = "The indicator of the value (the numerator or denominator of a rate)", examples = "12")
            long indicatorId,
            UnitRef unit,
            @Schema(description = "Null when suppressed", examples = "1200") BigDecimal value,
            @Schema(description = "True when the value is withheld from the caller") boolean suppressed,
            @Schema(examples = "Quận Thuận Hóa was formed from several units on 2025-01-01; its value cannot be "
                    + "apportioned back among them") String reason) {
    }
}
