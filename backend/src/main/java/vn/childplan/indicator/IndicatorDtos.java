package vn.childplan.indicator;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.Numbers;
import vn.childplan.common.VersionedDto;

/** Request and response shapes of the indicator catalogue. */
public final class IndicatorDtos {
    private static final String AGGREGATION = "How values combine over several units (roll-ups): SUM for counts, "
            + "RATIO for rates recomputed as factor × Σnumerator / Σdenominator, NONE when they cannot be combined.";

    private static final String SENSITIVE = "Counts of abused, trafficked or exploited children: for callers without "
            + "the sensitive-data grant, values 1 to k-1 of a SUM indicator (and the rates whose numerator it is) are "
            + "suppressed, with secondary suppression so that none can be recovered from a total.";

    private IndicatorDtos() {
    }

    @Schema(name = "Indicator", description = "A measure that targets and reported values refer to")
    public record IndicatorDto(
            @Schema(examples = "1") long id,
            @Schema(description = "Stable machine key", examples = "IMMUNISATION_FULL_U1") String code,
            @Schema(examples = "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ") String nameVi,
            @Schema(examples = "Children under 1 fully immunised") String nameEn,
            @Schema(description = "Unit of measure", examples = "%") String unit,
            Direction direction,
            @Schema(description = "How the value is computed: numerator, denominator, source") String definition,
            @Schema(description = AGGREGATION) Aggregation aggregation,
            @Schema(description = "RATIO only: the SUM indicator summed as the numerator", examples = "12") Long numeratorIndicatorId,
            @Schema(description = "RATIO only: the SUM indicator summed as the denominator", examples = "13") Long denominatorIndicatorId,
            @Schema(description = "RATIO only: the rate is factor × Σnumerator / Σdenominator", examples = "100") BigDecimal factor,
            @Schema(description = SENSITIVE) boolean sensitive,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        public static IndicatorDto of(Indicator i) {
            // the id of a lazy reference is read from the foreign key without loading the referenced row
            return new IndicatorDto(i.id, i.code, i.nameVi, i.nameEn, i.unit, i.direction, i.definition, i.aggregation,
                    i.numerator == null ? null : i.numerator.id, i.denominator == null ? null : i.denominator.id,
                    Numbers.plain(i.factor), i.sensitive, i.version);
        }
    }

    @Schema(name = "IndicatorRef", description = "An indicator named by id, code, names and unit")
    public record IndicatorRef(
            long id,
            @Schema(examples = "IMMUNISATION_FULL_U1") String code,
            @Schema(examples = "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ") String nameVi,
            @Schema(examples = "Children under 1 fully immunised") String nameEn,
            @Schema(examples = "%") String unit) {

        public static IndicatorRef of(Indicator i) {
            return i == null ? null : new IndicatorRef(i.id, i.code, i.nameVi, i.nameEn, i.unit);
        }
    }

    @Schema(name = "IndicatorInput", description = "An indicator to create or the full new state of one to update")
    public record IndicatorInput(
            @NotBlank @Size(max = 60)
            @Pattern(regexp = "^[A-Z][A-Z0-9_.-]*$",
                    message = "must start with an upper-case letter and hold only A-Z, 0-9, '_', '.', '-'")
            @Schema(examples = "IMMUNISATION_FULL_U1") String code,
            @NotBlank @Size(max = 500) @Schema(examples = "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ") String nameVi,
            @NotBlank @Size(max = 500) @Schema(examples = "Children under 1 fully immunised") String nameEn,
            @NotBlank @Size(max = 30) @Schema(examples = "%") String unit,
            @NotNull Direction direction,
            @Size(max = 4000) String definition,
            @Schema(description = AGGREGATION + " NONE when omitted.") Aggregation aggregation,
            @Schema(description = "Required for RATIO, absent otherwise: a SUM indicator, not this one", examples = "12") Long numeratorIndicatorId,
            @Schema(description = "Required for RATIO, absent otherwise: a SUM indicator, not this one", examples = "13") Long denominatorIndicatorId,
            @Positive @Digits(integer = 8, fraction = 4)
            @Schema(description = "RATIO only: 100 for a percentage, 1000 for a rate per thousand; 1 when omitted", examples = "100") BigDecimal factor,
            @Schema(description = SENSITIVE + " False when omitted.") Boolean sensitive) {
    }
}
