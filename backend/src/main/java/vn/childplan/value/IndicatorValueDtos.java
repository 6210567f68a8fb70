package vn.childplan.value;

import vn.childplan.common.Numbers;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.VersionedDto;
import vn.childplan.indicator.IndicatorDtos.IndicatorRef;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.period.AgeGroup;
import vn.childplan.period.AreaType;
import vn.childplan.period.PeriodType;
import vn.childplan.period.Sex;

/** Request and response shapes of reported indicator values. */
public final class IndicatorValueDtos {
    public static final String AGE_GROUP = AgeGroup.PATTERN;
    public static final String AGE_GROUP_MESSAGE = AgeGroup.MESSAGE;

    private IndicatorValueDtos() {
    }

    @Schema(name = "IndicatorValue", description = "A reported aggregate value of an indicator for a unit, period and breakdown")
    public record IndicatorValueDto(
            @Schema(examples = "1") long id,
            IndicatorRef indicator,
            UnitRef unit,
            PeriodType periodType,
            @Schema(description = "Stable period code", examples = "2016-H1") String periodCode,
            @Schema(description = "First day of the period", examples = "2016-01-01") LocalDate periodStart,
            @Schema(description = "Last day of the period (inclusive)", examples = "2016-06-30") LocalDate periodEnd,
            Sex sex,
            @Schema(examples = "ALL") String ageGroup,
            AreaType areaType,
            @Schema(description = "Null when suppressed", examples = "96.5") BigDecimal value,
            @Schema(description = "True when the value is withheld from the caller: a count of a sensitive indicator "
                    + "from 1 to k-1, or a value withheld so that such a count cannot be recovered from its total and "
                    + "siblings (see confidentiality)") boolean suppressed,
            @Schema(description = "FREE shown; PRIMARY a small count withheld; SECONDARY withheld so that a PRIMARY cannot be "
                    + "recovered (SDMX CONF_STATUS F, C, D)")
            Confidentiality confidentiality,
            ValueStatus status,
            SourceKind sourceKind,
            @Schema(description = "Name of the reporting agency or system", examples = "Sở Y tế") String sourceName,
            @Schema(description = "Where the figure can be checked: report number, table, link") String evidence,
            @Schema(description = "Token subject of whoever last entered or corrected the value") String enteredBy,
            @Schema(description = "The accepted agency report the value was published from; null when entered any "
                    + "other way") Long reportId,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        /** The value as stored: what its writer sent, and what the audit trail keeps. */
        public static IndicatorValueDto of(IndicatorValue v) {
            return of(v, Suppression.Suppressed.NONE);
        }

        /** The value as a reader may see it. */
        public static IndicatorValueDto of(IndicatorValue v, Suppression.Suppressed hidden) {
            Confidentiality conf = hidden.of(v.id);
            return new IndicatorValueDto(v.id, IndicatorRef.of(v.indicator), UnitRef.of(v.unit), v.period.type(),
                    v.period.code(), v.period.start(), v.period.end(), v.breakdown.sex(), v.breakdown.ageGroup(),
                    v.breakdown.areaType(), Numbers.plain(hidden.shown(v.id, v.value)), hidden.hides(v.id), conf,
                    v.status, v.sourceKind, v.sourceName, v.evidence, v.enteredBy, v.reportId, v.version);
        }
    }

    @Schema(name = "IndicatorValueInput", description = "A value to create or the full new state of one to correct")
    public record IndicatorValueInput(
            @NotNull @Schema(examples = "1") Long indicatorId,
            @NotNull @Schema(description = "The administrative unit as it stood in the period", examples = "46") Long unitId,
            @NotBlank @Size(max = 21)
            @Schema(description = "YEAR 2016, HALF_YEAR 2016-H1, QUARTER 2016-Q3, MONTH 2016-05, STATISTICAL_MONTH "
                    + "2016-05S (15 April–14 May), SCHOOL_YEAR 2016-2017 (1 Sep–31 May), CUSTOM 2016-03-01/2016-06-30",
                    examples = "2016-H1") String periodCode,
            @Schema(description = "Defaults to ALL") Sex sex,
            @Size(max = 20) @Pattern(regexp = AGE_GROUP, message = AGE_GROUP_MESSAGE)
            @Schema(description = "Defaults to ALL", examples = "0-5") String ageGroup,
            @Schema(description = "Defaults to ALL") AreaType areaType,
            @NotNull @Digits(integer = 14, fraction = 4)
            @Schema(description = "0–100 for an indicator in %", examples = "96.5") BigDecimal value,
            @Schema(description = "Defaults to ESTIMATE; FINAL only once the period has ended") ValueStatus status,
            @Schema(description = "Defaults to MACHINE_CLIENT for machine clients, MANUAL otherwise") SourceKind sourceKind,
            @Size(max = 300) @Schema(examples = "Sở Y tế") String sourceName,
            @Size(max = 4000) String evidence) {
    }

    @Schema(name = "IndicatorValueRow",
            description = "One row of a batch: creates the value, or corrects the one stored under the same natural key "
                    + "(indicator, unit, period, sex, age group, area type) when it gives that value's version")
    public record IndicatorValueRow(
            @NotNull @Schema(examples = "1") Long indicatorId,
            @NotNull @Schema(examples = "46") Long unitId,
            @NotBlank @Size(max = 21) @Schema(examples = "2016-H1") String periodCode,
            Sex sex,
            @Size(max = 20) @Pattern(regexp = AGE_GROUP, message = AGE_GROUP_MESSAGE) @Schema(examples = "ALL") String ageGroup,
            AreaType areaType,
            @NotNull @Digits(integer = 14, fraction = 4) @Schema(examples = "96.5") BigDecimal value,
            ValueStatus status,
            SourceKind sourceKind,
            @Size(max = 300) String sourceName,
            @Size(max = 4000) String evidence,
            @Min(0) @Schema(description = "The stored value's version, to correct it; omit to create", examples = "0")
            Integer version) {

        IndicatorValueInput input() {
            return new IndicatorValueInput(indicatorId, unitId, periodCode, sex, ageGroup, areaType, value, status,
                    sourceKind, sourceName, evidence);
        }
    }

    @Schema(name = "IndicatorValueBatch", description = "Up to 1000 rows, written all together or not at all")
    public record IndicatorValueBatch(
            @NotNull @Size(min = 1, max = 1000) List<IndicatorValueRow> rows) {
    }

    @Schema(name = "IndicatorValueBatchResult", description = "What a batch wrote, row by row in request order")
    public record IndicatorValueBatchResult(
            @Schema(examples = "2") int created,
            @Schema(examples = "1") int updated,
            List<IndicatorValueDto> items) {
    }
}
