package vn.childplan.indicator;

import vn.childplan.common.Numbers;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.childplan.period.AreaType;
import vn.childplan.period.AgeGroup;
import vn.childplan.period.Sex;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.VersionedDto;
import vn.childplan.indicator.IndicatorDtos.IndicatorRef;

/** Request and response shapes of targets (chỉ tiêu) of specific objectives. */
public final class TargetDtos {
    private static final String BREAKDOWN = "The breakdown of the indicator's values that measures the sub-group "
            + "(sex, age group, area type; ALL = the total): progress reads values of exactly this breakdown.";

    private TargetDtos() {
    }

    @Schema(name = "Target", description = "A target of a specific objective: indicator, comparator, value, year")
    public record TargetDto(
            @Schema(examples = "1") long id,
            @Schema(description = "The specific objective carrying the target", examples = "3") long objectiveId,
            @Schema(description = "The document of that objective", examples = "2") long documentId,
            IndicatorRef indicator,
            @Schema(description = "GT trên, GE từ … trở lên / đạt, LT dưới, LE không quá, EQ bằng") Comparator comparator,
            @Schema(examples = "95") BigDecimal value,
            @Schema(examples = "%") String unit,
            @Schema(description = "Starting value the plan quotes", examples = "90") BigDecimal baselineValue,
            @Schema(description = "Year of the baseline value", examples = "2020") Integer baselineYear,
            @Schema(examples = "2025") int targetYear,
            @Schema(description = "Part of the population the target is about", examples = "trẻ em dân tộc thiểu số") String subGroup,
            @Schema(description = BREAKDOWN) Sex sex,
            @Schema(description = BREAKDOWN, examples = "ALL") String ageGroup,
            @Schema(description = BREAKDOWN, examples = "ETHNIC_MINORITY") AreaType areaType,
            @Schema(description = "The sentence of the plan the target was read from",
                    examples = "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ trên 95%") String sourceText,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        public static TargetDto of(Target t) {
            return new TargetDto(t.id, t.objective.id, t.objective.document.id, IndicatorRef.of(t.indicator),
                    t.comparator, Numbers.plain(t.value), t.unit, Numbers.plain(t.baselineValue),
                    t.baselineYear == null ? null : t.baselineYear.intValue(), t.targetYear, t.subGroup, t.breakdown.sex(),
                    t.breakdown.ageGroup(), t.breakdown.areaType(), t.sourceText, t.version);
        }
    }

    @Schema(name = "TargetInput", description = "A target to create or the full new state of one to update")
    public record TargetInput(
            @NotNull @Schema(description = "A specific objective", examples = "3") Long objectiveId,
            @NotNull @Schema(examples = "1") Long indicatorId,
            @NotNull Comparator comparator,
            @NotNull @Digits(integer = 14, fraction = 4) @Schema(examples = "95") BigDecimal value,
            @Size(max = 30) @Schema(description = "Defaults to the indicator's unit when omitted", examples = "%") String unit,
            @Digits(integer = 14, fraction = 4) @Schema(description = "Give together with baselineYear", examples = "90")
            BigDecimal baselineValue,
            @Min(1945) @Max(2100) @Schema(description = "Give together with baselineValue", examples = "2020") Integer baselineYear,
            @NotNull @Min(1945) @Max(2100) @Schema(description = "Within the document's period", examples = "2025") Integer targetYear,
            @Size(max = 300) String subGroup,
            @Schema(description = BREAKDOWN + " Defaults to ALL.") Sex sex,
            @Size(max = 20) @Pattern(regexp = AgeGroup.PATTERN,
                    message = AgeGroup.MESSAGE)
            @Schema(description = BREAKDOWN + " Defaults to ALL.", examples = "0-5") String ageGroup,
            @Schema(description = BREAKDOWN + " Defaults to ALL.", examples = "ETHNIC_MINORITY") AreaType areaType,
            @Size(max = 4000) String sourceText) {
    }
}
