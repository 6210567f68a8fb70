package vn.childplan.reportingcycle;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.childplan.security.Caller;
import vn.childplan.value.IndicatorValue;
import vn.childplan.value.IndicatorValueRepository;
import vn.childplan.value.Suppression;
import vn.childplan.value.Suppression.Suppressed;

/**
 * The figures of agency reports as a caller may see them, by the one rule ({@link Suppression#forFigures}): each
 * report is a table of its own, and a figure whose key holds a stored value withheld from the caller is withheld
 * with it. A report's own agency sees its figures whole: its officers wrote them. Used by every answer holding
 * report figures (a report, its moves, the consolidation and the consolidated report built from it), so they all
 * withhold the same figures.
 */
@ApplicationScoped
public class ReportFigures {
    private final Suppression suppression;
    private final IndicatorValueRepository values;
    private final Caller caller;

    public ReportFigures(Suppression suppression, IndicatorValueRepository values, Caller caller) {
        this.suppression = suppression;
        this.values = values;
        this.caller = caller;
    }

    /**
     * What the caller sees of figures of reports of one period and of the values stored under their keys:
     * {@code stored} by key, {@code storedHidden} by value id, {@code figures} by report value id.
     */
    public record Seen(Map<FigureKey, IndicatorValue> stored, Suppressed storedHidden, Suppressed figures) {
        public static final Seen NONE = new Seen(Map.of(), Suppressed.NONE, Suppressed.NONE);
    }

    /**
     * {@code figures}, all of reports of period {@code periodCode}, with the values stored under their keys among
     * those of {@code indicatorIds} and the figures' units (one select, and the rule's when an indicator is
     * sensitive).
     */
    public Seen of(Collection<ReportValue> figures, String periodCode, Collection<Long> indicatorIds) {
        if (figures.isEmpty()) {
            return Seen.NONE;
        }
        Map<FigureKey, IndicatorValue> stored = new HashMap<>();
        values.listFor(indicatorIds, figures.stream().map(v -> v.unit.id).distinct().toList(), periodCode)
                .forEach(v -> stored.put(FigureKey.of(v), v));
        Suppressed storedHidden = suppression.forIndicators(indicatorIds);
        List<ReportValue> judged = figures.stream().filter(v -> !caller.isOwnAgency(v.report.agency)).toList();
        Set<Long> given = new HashSet<>();
        List<Suppression.Figure> asFigures = judged.stream().map(v -> {
            IndicatorValue s = stored.get(FigureKey.of(v));
            if (s != null && storedHidden.hides(s.id)) {
                given.add(v.id);
            }
            return new Suppression.Figure(v.id, v.report.id, v.indicator.id, v.unit.id, v.unit.code,
                    v.unit.parentCode, v.report.period.type().name(), v.report.period.code(), v.breakdown.sex().name(),
                    v.breakdown.ageGroup(), v.breakdown.areaType().name(), v.value);
        }).toList();
        return new Seen(stored, storedHidden, suppression.forFigures(storedHidden, asFigures, given));
    }

    /** The figures of one report as the caller may see them. */
    public Suppressed of(Report r) {
        if (caller.maySeeSmallCounts() || caller.isOwnAgency(r.agency)) {
            return Suppressed.NONE;
        }
        return of(r.values, r.period.code(), r.values.stream().map(v -> v.indicator.id).distinct().toList()).figures();
    }
}
