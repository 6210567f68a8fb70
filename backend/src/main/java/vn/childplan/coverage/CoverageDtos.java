package vn.childplan.coverage;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.indicator.TargetDtos.TargetDto;

/** A plan's targets against those of the documents it implements. */
public final class CoverageDtos {
    private CoverageDtos() {
    }

    @Schema(name = "PlanCoverage", description = "The plan's targets against the targets of the documents it "
            + "implements (its parents) that the caller may read. A counterpart is a target of the plan on the same "
            + "indicator and breakdown (sex, age group, area type); of several, the one that holds the parent's bar, "
            + "then the nearest target year. Parent targets are listed in parent and target order, additional "
            + "targets in the plan's target order.")
    public record PlanCoverage(
            @Schema(examples = "101") long documentId,
            @Schema(description = "The documents the plan implements that the caller may read, oldest first; "
                    + "empty when it implements none the caller may read") List<DocumentRef> parents,
            @Schema(description = "True when the plan implements a document outside the caller's scope: that "
                    + "document is neither named nor compared") boolean parentHidden,
            @Schema(description = "How many targets the listed parents hold", examples = "5") int parentTargets,
            @Schema(description = "Parent targets the plan has no counterpart for (reason NO_COUNTERPART)")
            List<CoverageItem> missing,
            @Schema(description = "Parent targets whose counterpart asks for less (reason LESS_AMBITIOUS_VALUE, "
                    + "INCLUSIVE_BOUND, OPPOSITE_COMPARATOR, LATER_YEAR or UNIT_DIFFERS)") List<CoverageItem> weaker,
            @Schema(description = "Parent targets whose counterpart holds their bar (reason SAME or STRICTER)")
            List<CoverageItem> matched,
            @Schema(description = "Targets of the plan on an indicator and breakdown no listed parent target has "
                    + "(reason NOT_IN_PARENT); empty when no parent is listed") List<CoverageItem> additional) {
    }

    @Schema(name = "CoverageItem", description = "A parent target, its counterpart in the plan, and why it is listed")
    public record CoverageItem(
            @Schema(description = "The parent's target; null for an additional target") TargetDto parentTarget,
            @Schema(description = "The plan's target; null for a missing one") TargetDto childTarget,
            CoverageReason reason) {
    }
}
