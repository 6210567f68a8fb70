package vn.childplan.analytics;

import java.math.BigDecimal;
import vn.childplan.value.Suppression;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.indicator.Direction;
import vn.childplan.indicator.TargetDtos.TargetDto;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.value.ValueStatus;

/** Response shapes of live target progress. */
public final class ProgressDtos {
    private ProgressDtos() {
    }

    @Schema(name = "PlanProgress", description = "Every target of a plan with the latest value reported for its "
            + "indicator at one unit and where the target stands on a given day")
    public record PlanProgress(
            @Schema(examples = "2") long documentId,
            @Schema(description = "The unit whose values were read: the plan's own unit unless unitId was given") UnitRef unit,
            @Schema(description = "The day the targets were judged on", examples = "2016-07-01") LocalDate asOf,
            ProgressCounts counts,
            @Schema(description = "In the order of the objectives, then of the targets") List<TargetProgress> targets) {
    }

    @Schema(name = "ProgressCounts", description = "How many targets have each attainment status")
    public record ProgressCounts(
            @Schema(examples = "3") int met,
            @Schema(examples = "1") int onTrack,
            @Schema(examples = "2") int atRisk,
            @Schema(examples = "0") int notMet,
            @Schema(examples = "4") int noData,
            @Schema(examples = "10") int total) {

        static ProgressCounts of(List<AttainmentStatus> statuses) {
            int[] n = new int[AttainmentStatus.values().length];
            statuses.forEach(s -> n[s.ordinal()]++);
            return new ProgressCounts(n[AttainmentStatus.MET.ordinal()], n[AttainmentStatus.ON_TRACK.ordinal()],
                    n[AttainmentStatus.AT_RISK.ordinal()], n[AttainmentStatus.NOT_MET.ordinal()],
                    n[AttainmentStatus.NO_DATA.ordinal()], statuses.size());
        }
    }

    @Schema(name = "TargetProgress", description = "One target, the latest value of its indicator and its status")
    public record TargetProgress(
            TargetDto target,
            @Schema(description = "The indicator's direction, which decides what is better than the path") Direction direction,
            @Schema(description = "The latest value in the target's breakdown (ALL, ALL, ALL = the total); null when none") LatestValue latest,
            AttainmentStatus attainment,
            @Schema(description = "The value the straight path from baseline to target expects at the latest value's "
                    + "period end; only when the path decided the status (ON_TRACK, or AT_RISK with a baseline)",
                    examples = "92.9995") BigDecimal expected) {
    }

    @Schema(name = "LatestValue", description = "The indicator value a target is judged by")
    public record LatestValue(
            @Schema(description = "Id of the indicator value", examples = "7") long id,
            @Schema(description = "Null when suppressed", examples = "96.5") BigDecimal value,
            @Schema(examples = "2016-H1") String periodCode,
            @Schema(examples = "2016-01-01") LocalDate periodStart,
            @Schema(examples = "2016-06-30") LocalDate periodEnd,
            ValueStatus status,
            @Schema(description = "True when the value is withheld from the caller (a small count of a sensitive "
                    + "indicator, or withheld to protect one); the attainment is still judged on it") boolean suppressed) {

        /** The value as the caller may see it. */
        LatestValue seenWith(Suppression.Suppressed hidden) {
            return hidden.hides(id) ? new LatestValue(id, null, periodCode, periodStart, periodEnd, status, true) : this;
        }
    }
}
