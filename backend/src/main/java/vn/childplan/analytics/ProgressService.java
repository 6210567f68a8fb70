package vn.childplan.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Numbers;
import vn.childplan.common.Problem;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentService;
import vn.childplan.indicator.Target;
import vn.childplan.indicator.TargetDtos.TargetDto;
import vn.childplan.indicator.TargetRepository;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.orgunit.AdminUnitRepository;
import vn.childplan.analytics.ProgressDtos.LatestValue;
import vn.childplan.analytics.ProgressDtos.PlanProgress;
import vn.childplan.analytics.ProgressDtos.ProgressCounts;
import vn.childplan.analytics.ProgressDtos.TargetProgress;
import vn.childplan.security.Caller;
import vn.childplan.value.Suppression;
import vn.childplan.value.ValueStatus;

/**
 * Live progress of a plan's targets: a read model built from a fixed number of statements however many targets
 * the plan has (the document with its scope check, one select of the targets with their indicators and objectives,
 * one select of the latest value of every one of those targets at the unit), judged by {@link Attainment}. A target
 * with a sub-group is judged by the values of its breakdown (e.g. area type ETHNIC_MINORITY), never the total.
 */
@ApplicationScoped
public class ProgressService {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * Which value a target is judged by, shared with the dashboard (one rule, one place): a value of the target's
     * indicator in exactly the target's breakdown (sex, age group, area type; ALL = the total), among periods that
     * had begun by :asOf (estimates are reported before a period ends). Join it on target t and indicator_value v.
     */
    static final String MATCHING_VALUE = "v.indicator_id = t.indicator_id AND v.sex = t.sex"
            + " AND v.age_group = t.age_group AND v.area_type = t.area_type AND v.period_start <= :asOf";
    /**
     * The latest first, after DISTINCT ON (t.id): the period ending last; on the same end a FINAL value before an
     * ESTIMATE (status DESC: they are its only values), then the longer period (2016 before 2016-H2), then the last
     * entered. Exactly the order of index ix_indicator_value_latest (V10), so a lookup reads one index entry.
     */
    static final String LATEST_FIRST = "v.period_end DESC, v.status DESC, v.period_start, v.id DESC";

    private static final String LATEST_VALUES = "SELECT DISTINCT ON (t.id) t.id AS target_id, v.id AS value_id, v.value,"
            + " v.period_code, v.period_start, v.period_end, v.status FROM target t JOIN indicator_value v ON " + MATCHING_VALUE
            + " AND v.unit_id = :unit WHERE t.id IN (:targets) ORDER BY t.id, " + LATEST_FIRST;

    private final DocumentService documents;
    private final TargetRepository targets;
    private final AdminUnitRepository units;
    private final Caller caller;
    private final EntityManager em;
    private final Suppression suppression;

    public ProgressService(DocumentService documents, TargetRepository targets, AdminUnitRepository units, Caller caller,
            EntityManager em, Suppression suppression) {
        this.suppression = suppression;
        this.documents = documents;
        this.targets = targets;
        this.units = units;
        this.caller = caller;
        this.em = em;
    }

    /**
     * Progress of the targets of document {@code documentId} (404 outside the caller's scope) with the values of
     * {@code unitId}, or of the document's own unit when null, judged on {@code asOf} (today in Vietnam when null).
     */
    @Transactional
    public PlanProgress progress(long documentId, Long unitId, LocalDate asOf) {
        Document d = documents.find(documentId);
        AdminUnit unit = unit(d, unitId);
        LocalDate day = asOf != null ? asOf : LocalDate.now(VIETNAM);
        List<Target> list = targets.list("from Target t join fetch t.indicator join fetch t.objective o"
                + " where o.document.id = ?1 order by o.position, o.id, t.id", documentId);
        Map<Long, LatestValue> latest = latest(unit.id, list.stream().map(t -> t.id).toList(), day);
        Suppression.Suppressed hidden = suppression.forIndicators(list.stream().map(t -> t.indicator.id).distinct()
                .toList());
        List<TargetProgress> rows = list.stream().map(t -> {
            LatestValue v = latest.get(t.id);
            Attainment.Result r = Attainment.evaluate(t.comparator, t.value, t.targetYear, t.baselineValue,
                    t.baselineYear == null ? null : t.baselineYear.intValue(), t.indicator.direction,
                    v == null ? null : new Attainment.Observation(v.value(), v.periodEnd()), day);
            return new TargetProgress(TargetDto.of(t), t.indicator.direction, v == null ? null : v.seenWith(hidden),
                    r.status(), Numbers.plain(r.expected()));
        }).toList();
        return new PlanProgress(documentId, UnitRef.of(unit), day,
                ProgressCounts.of(rows.stream().map(TargetProgress::attainment).toList()), rows);
    }

    /** The unit asked for (422 when absent or outside the caller's scope), else the plan's own (400 when national). */
    private AdminUnit unit(Document d, Long unitId) {
        if (unitId != null) {
            return units.findByIdOptional(unitId).filter(caller::canRead)
                    .orElseThrow(() -> ApiException.invalidReference("Administrative unit", unitId, "unitId"));
        }
        if (d.unit == null) {
            String message = "a national document has no unit of its own; give the unit whose values to read";
            throw new ApiException(ErrorCode.INVALID_PARAMETER,
                    List.of(new Problem.Violation("unitId", message, "Required")), "unitId", message);
        }
        return d.unit;
    }

    private Map<Long, LatestValue> latest(long unitId, List<Long> targetIds, LocalDate asOf) {
        Map<Long, LatestValue> byTarget = new HashMap<>();
        if (targetIds.isEmpty()) {
            return byTarget;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(LATEST_VALUES, Tuple.class).setParameter("unit", unitId)
                .setParameter("targets", targetIds).setParameter("asOf", asOf).getResultList();
        for (Tuple r : rows) {
            byTarget.put(r.get("target_id", Number.class).longValue(), new LatestValue(
                    r.get("value_id", Number.class).longValue(), Numbers.plain(r.get("value", BigDecimal.class)),
                    r.get("period_code", String.class), date(r.get("period_start")), date(r.get("period_end")),
                    ValueStatus.valueOf(r.get("status", String.class)), false));
        }
        return byTarget;
    }

    static LocalDate date(Object o) {
        return o instanceof java.sql.Date s ? s.toLocalDate() : (LocalDate) o;
    }
}
