package vn.childplan.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Text;
import vn.childplan.period.Breakdown;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.security.Caller;
import vn.childplan.document.Document;
import vn.childplan.document.Objective;
import vn.childplan.document.ObjectiveKind;
import vn.childplan.document.ObjectiveRepository;
import vn.childplan.indicator.TargetDtos.TargetDto;
import vn.childplan.indicator.TargetDtos.TargetInput;

@ApplicationScoped
public class TargetService {
    static final Map<String, String> SORTS = Map.of("targetYear", "targetYear", "id", "id");
    private static final String PERCENT = "%";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TargetRepository targets;
    private final IndicatorRepository indicators;
    private final ObjectiveRepository objectives;
    private final Caller caller;
    private final AuditedWrites.Kind<Target, TargetDto> writes;

    public TargetService(TargetRepository targets, IndicatorRepository indicators, ObjectiveRepository objectives,
            Caller caller, AuditedWrites audited) {
        this.caller = caller;
        this.writes = audited.of("target", TargetDto::of, t -> t.objective.document.unit,
                t -> caller.requireEdit(t.objective.document.unit));
        this.targets = targets;
        this.indicators = indicators;
        this.objectives = objectives;
    }

    /** Filters by document, objective, indicator and target year; each target comes with its indicator in one query. */
    public Page<TargetDto> list(Long documentId, Long objectiveId, Long indicatorId, Integer targetYear, PageParams page) {
        Filter f = new Filter()
                .and("objective.document.id = :document", "document", documentId)
                .and("objective.id = :objective", "objective", objectiveId)
                .and("indicator.id = :indicator", "indicator", indicatorId)
                .and("targetYear = :year", "year", targetYear == null ? null : targetYear.shortValue());
        caller.restrict(f, "objective.document.unit");
        var query = targets.findWithReferences(f.query(), page.toSort(SORTS, "targetYear"), f.params());
        return Page.of(query, page, TargetDto::of);
    }

    public TargetDto get(long id) {
        Target t = find(id);
        caller.requireRead(t.objective.document.unit, "Target", id);
        return TargetDto.of(t);
    }

    @Transactional
    public TargetDto create(TargetInput in) {
        Target t = new Target();
        apply(t, in);
        return writes.create(t);
    }

    @Transactional
    public TargetDto update(long id, int expectedVersion, TargetInput in) {
        return writes.update(find(id), expectedVersion, t -> apply(t, in));
    }

    @Transactional
    public void delete(long id, int expectedVersion) {
        writes.delete(find(id), expectedVersion);
    }

    Target find(long id) {
        return targets.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Target", id));
    }

    private void apply(Target t, TargetInput in) {
        Objective objective = objectives.findByIdOptional(in.objectiveId())
                .filter(o -> caller.canRead(o.document.unit))
                .orElseThrow(() -> ApiException.invalidReference("Objective", in.objectiveId(), "objectiveId"));
        caller.requireEdit(objective.document.unit);
        Indicator indicator = indicators.findByIdOptional(in.indicatorId())
                .orElseThrow(() -> ApiException.invalidReference("Indicator", in.indicatorId(), "indicatorId"));
        if (objective.kind != ObjectiveKind.SPECIFIC) {
            throw ApiException.rule("objectiveId",
                    "targets belong to specific objectives (mục tiêu cụ thể), not to general ones");
        }
        if (in.baselineValue() != null && in.baselineYear() == null) {
            throw ApiException.rule("baselineYear", "a baseline value needs the year it was measured");
        }
        if (in.baselineYear() != null && in.baselineValue() == null) {
            throw ApiException.rule("baselineValue", "a baseline year needs the value measured in it");
        }
        if (in.baselineYear() != null && in.baselineYear() > in.targetYear()) {
            throw ApiException.rule("baselineYear", "must not be after the target year " + in.targetYear());
        }
        Document document = objective.document;
        if (in.targetYear() < document.periodFromYear || in.targetYear() > document.periodToYear) {
            throw ApiException.rule("targetYear", "must lie within the document's period " + document.periodFromYear
                    + "–" + document.periodToYear);
        }
        String unit = Text.clean(in.unit());
        if (unit == null) {
            unit = indicator.unit;
        }
        if (PERCENT.equals(unit)) {
            if (!isPercentage(in.value())) {
                throw ApiException.rule("value", "a percentage must lie between 0 and 100");
            }
            if (in.baselineValue() != null && !isPercentage(in.baselineValue())) {
                throw ApiException.rule("baselineValue", "a percentage must lie between 0 and 100");
            }
        }
        t.objective = objective;
        t.indicator = indicator;
        t.comparator = in.comparator();
        t.value = in.value();
        t.unit = unit;
        t.baselineValue = in.baselineValue();
        t.baselineYear = in.baselineYear() == null ? null : in.baselineYear().shortValue();
        t.targetYear = in.targetYear().shortValue();
        t.subGroup = Text.clean(in.subGroup());
        t.breakdown = Breakdown.of(in.sex(), in.ageGroup(), in.areaType());
        t.sourceText = Text.clean(in.sourceText());
    }

    private static boolean isPercentage(BigDecimal v) {
        return v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
    }
}
