package vn.childplan.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Numbers;
import vn.childplan.common.Problem;
import vn.childplan.indicator.Aggregation;
import vn.childplan.indicator.Indicator;
import vn.childplan.indicator.IndicatorDtos.IndicatorRef;
import vn.childplan.indicator.IndicatorService;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.orgunit.AdminUnitRepository;
import vn.childplan.orgunit.Boundaries;
import vn.childplan.orgunit.UnitChange;
import vn.childplan.analytics.RollupDtos.RollupDto;
import vn.childplan.analytics.RollupDtos.RollupRow;
import vn.childplan.analytics.RollupDtos.RollupStatus;
import vn.childplan.analytics.RollupDtos.UnplacedValue;
import vn.childplan.security.Caller;
import vn.childplan.period.Period;
import vn.childplan.value.Suppression;

/**
 * Roll-ups of one indicator and period up the admin-unit hierarchy, answered on the units in force on any boundary
 * date (the 63 provinces of 2016 or the 34 of 2025-07-01 for the same 2024 values). Only total values count (sex,
 * age group and area type ALL). The rule, in two steps:
 * <ol>
 * <li><b>In the period's own units</b> (those in force on the period's last day; a value on a unit that ended
 * earlier in the period is moved to its {@link Boundaries image} on that day): a unit's figure is the value reported
 * on it when there is one (the most aggregated figure wins, so a province's own total is never added to its
 * districts'), else the sum of its child units' figures, PARTIAL when some children have none, MISSING when none has.
 * </li>
 * <li><b>On the boundary date</b>: a unit's figure is the sum of the figures of the period's units whose image it is
 * (a 2025 province = the 2024 provinces merged into it; a 2016 province = itself, or its predecessor), PARTIAL when
 * some of them have no figure (listed in missing). A unit that is the image of none of them (a level that did not
 * exist in the period) sums its own child units the same way. A unit of the period without an image (split, or a
 * level since abolished) cannot be apportioned: its values are listed in unplaced and counted nowhere below the
 * units that still contain it.</li>
 * </ol>
 * SUM indicators add values; a RATIO indicator is recomputed as factor × Σnumerator / Σdenominator from the
 * figures of its two SUM indicators (rounded to 4 decimals; no rate when the denominator is missing or zero); a NONE
 * indicator is refused with 422 NOT_AGGREGATABLE. A fixed number of statements: the indicator, the units, the unit
 * changes and one select of the values, and value.Suppression's (one when nothing is sensitive). For a caller
 * without the sensitive-data grant, rows of a sensitive count (or of a rate of one) are withheld by its rule.
 */
@ApplicationScoped
public class RollupService {
    private static final String VALUES = """
            SELECT v.id, v.indicator_id, v.unit_id, v.value FROM indicator_value v
            WHERE v.indicator_id IN (:indicators) AND v.period_code = :period
              AND v.sex = 'ALL' AND v.age_group = 'ALL' AND v.area_type = 'ALL'
            """;

    private final IndicatorService indicators;
    private final AdminUnitRepository units;
    private final Caller caller;
    private final EntityManager em;
    private final Suppression suppression;

    public RollupService(IndicatorService indicators, AdminUnitRepository units, Caller caller, EntityManager em,
            Suppression suppression) {
        this.suppression = suppression;
        this.indicators = indicators;
        this.units = units;
        this.caller = caller;
        this.em = em;
    }

    /**
     * Indicator {@code indicatorId} in period {@code periodCode} for unit {@code unitId} (the whole country when
     * null, for admins and integration clients only) and its child units, on the units in force on
     * {@code boundaryDate} (the period's last day when null).
     */
    @Transactional
    public RollupDto rollup(long indicatorId, String periodCode, Long unitId, LocalDate boundaryDate) {
        Indicator indicator = indicators.find(indicatorId);
        if (indicator.aggregation == Aggregation.NONE) {
            throw new ApiException(ErrorCode.NOT_AGGREGATABLE, indicator.code);
        }
        Period period = Period.parse(periodCode, "periodCode");
        LocalDate boundary = boundaryDate != null ? boundaryDate : period.end();
        AdminUnit root = root(unitId, boundary);
        List<AdminUnit> all = units.listAll();
        List<UnitChange> changes = em.createQuery("from UnitChange", UnitChange.class).getResultList();
        Boundaries inPeriod = new Boundaries(all, changes, period.end());
        Boundaries onBoundary = new Boundaries(all, changes, boundary);

        boolean ratio = indicator.aggregation == Aggregation.RATIO;
        List<Long> measureIds = ratio ? List.of(indicator.numerator.id, indicator.denominator.id) : List.of(indicator.id);
        Map<Long, Map<Long, Stored>> values = values(measureIds, period);
        Suppression.Suppressed hidden = suppression.forIndicators(measureIds);
        // the units of the period grouped under their image on the boundary date
        Map<Long, List<AdminUnit>> sources = new HashMap<>();
        for (AdminUnit u : all) {
            AdminUnit image = Boundaries.validOn(u, period.end()) ? onBoundary.image(u).unit() : null;
            if (image != null) {
                sources.computeIfAbsent(image.id, k -> new ArrayList<>()).add(u);
            }
        }
        List<UnplacedValue> unplaced = new ArrayList<>();
        List<Measure> measures = measureIds.stream()
                .map(id -> new Measure(id, values.getOrDefault(id, Map.of()), hidden, inPeriod, onBoundary, sources,
                        root, unplaced))
                .toList();

        List<AdminUnit> rowUnits = new ArrayList<>();
        rowUnits.add(root);
        rowUnits.addAll(onBoundary.children(root));
        List<RollupRow> rows = new ArrayList<>(rowUnits.stream().map(c -> row(c, measures, ratio, indicator.factor))
                .toList());
        long counted = measureIds.get(0);
        if (hidden.indicators().contains(counted)) {
            withhold(rows, rowUnits, measures.get(0));
        }
        return new RollupDto(IndicatorRef.of(indicator), indicator.aggregation, period.code(), period.start(),
                period.end(), boundary, rows.get(0), rows.subList(1, rows.size()), unplaced);
    }

    /**
     * Suppression of the answer's rows by the one rule (value.Suppression): a row whose sum holds a suppressed
     * value is withheld, so is a small sum, and the total with its child rows is one additive group. The counted
     * measure is the indicator itself or, for a rate, its numerator: a rate is withheld with its numerator.
     */
    private void withhold(List<RollupRow> rows, List<AdminUnit> rowUnits, Measure counted) {
        List<Integer> cells = new ArrayList<>();
        Set<Integer> holding = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            cells.add(i);
            if (counted.onBoundary(rowUnits.get(i)).hides()) {
                holding.add(i);
            }
        }
        suppression.apply(cells, i -> counted.onBoundary(rowUnits.get(i)).sum(), i -> List.of("rollup"), holding)
                .keySet().forEach(i -> rows.set(i, rows.get(i).withheld()));
    }

    private AdminUnit root(Long unitId, LocalDate boundary) {
        if (unitId == null) {
            if (!caller.readsEverything()) {
                String message = "give the unit to roll up; only administrators and integration clients read the "
                        + "whole country";
                throw new ApiException(ErrorCode.INVALID_PARAMETER,
                        List.of(new Problem.Violation("unitId", message, "Required")), "unitId", message);
            }
            return null;
        }
        AdminUnit u = units.findByIdOptional(unitId).filter(caller::canRead)
                .orElseThrow(() -> ApiException.invalidReference("Administrative unit", unitId, "unitId"));
        if (!Boundaries.validOn(u, boundary)) {
            throw ApiException.rule("unitId", u.name + " was not in force on " + boundary
                    + "; give a unit of that date (see /api/v1/unit-changes for its predecessors and successors)");
        }
        return u;
    }

    private Map<Long, Map<Long, Stored>> values(List<Long> measureIds, Period period) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(VALUES, Tuple.class).setParameter("indicators", measureIds)
                .setParameter("period", period.code()).getResultList();
        Map<Long, Map<Long, Stored>> byMeasure = new HashMap<>();
        for (Tuple r : rows) {
            byMeasure.computeIfAbsent(r.get("indicator_id", Number.class).longValue(), k -> new HashMap<>())
                    .put(r.get("unit_id", Number.class).longValue(),
                            new Stored(r.get("id", Number.class).longValue(), r.get("value", BigDecimal.class)));
        }
        return byMeasure;
    }

    /** A stored total value: its id (for suppression) and figure. */
    private record Stored(long id, BigDecimal value) {
    }

    private static RollupRow row(AdminUnit unit, List<Measure> measures, boolean ratio, BigDecimal factor) {
        Map<Long, AdminUnit> missing = new LinkedHashMap<>();
        List<Figure> figures = measures.stream().map(m -> m.onBoundary(unit)).toList();
        figures.forEach(f -> f.missing().forEach(u -> missing.putIfAbsent(u.id, u)));
        boolean partial = figures.stream().anyMatch(Figure::partial);
        List<UnitRef> missingRefs = missing.values().stream().map(UnitRef::of).toList();
        if (!ratio) {
            BigDecimal sum = figures.get(0).sum();
            return new RollupRow(UnitRef.of(unit), status(sum, partial), Numbers.plain(sum), null, null, missingRefs,
                    false);
        }
        BigDecimal numerator = figures.get(0).sum();
        BigDecimal denominator = figures.get(1).sum();
        BigDecimal rate = numerator == null || denominator == null || denominator.signum() == 0 ? null
                : factor.multiply(numerator).divide(denominator, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
        return new RollupRow(UnitRef.of(unit), status(rate, partial), Numbers.plain(rate), Numbers.plain(numerator),
                Numbers.plain(denominator), missingRefs, false);
    }

    private static RollupStatus status(BigDecimal value, boolean partial) {
        return value == null ? RollupStatus.MISSING : partial ? RollupStatus.PARTIAL : RollupStatus.COMPLETE;
    }

    /**
     * A sum with the parts that had none (a part with no value is named itself; a partial part passes on the names
     * of its own missing parts); sum null = no part had a value. {@code hides}: a value the caller may not see is
     * in the sum.
     */
    private record Figure(BigDecimal sum, boolean partial, List<AdminUnit> missing, boolean hides) {
        static Figure of(List<AdminUnit> parts, List<Figure> figures) {
            BigDecimal sum = null;
            boolean partial = false;
            boolean hides = false;
            List<AdminUnit> missing = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Figure f = figures.get(i);
                if (f.sum() == null) {
                    missing.add(parts.get(i));
                } else {
                    sum = sum == null ? f.sum() : sum.add(f.sum());
                    missing.addAll(f.missing());
                    hides |= f.hides();
                }
                partial |= f.partial() || f.sum() == null;
            }
            return new Figure(sum, partial && sum != null, missing, hides);
        }
    }

    /** The figures of one SUM indicator (the indicator itself, or a rate's numerator or denominator). */
    private static final class Measure {
        private final Boundaries inPeriod;
        private final Boundaries onBoundary;
        private final Map<Long, List<AdminUnit>> sources;
        /** Values placed on the period's units, by unit id. */
        private final Map<Long, BigDecimal> own = new HashMap<>();
        /** The period's units whose value holds one the caller may not see. */
        private final Set<Long> ownHidden = new HashSet<>();
        private final Map<Long, Figure> periodFigures = new HashMap<>();
        private final Map<Long, Figure> boundaryFigures = new HashMap<>();

        Measure(long indicatorId, Map<Long, Stored> values, Suppression.Suppressed hidden, Boundaries inPeriod,
                Boundaries onBoundary, Map<Long, List<AdminUnit>> sources, AdminUnit root, List<UnplacedValue> unplaced) {
            this.inPeriod = inPeriod;
            this.onBoundary = onBoundary;
            this.sources = sources;
            values.forEach((unitId, stored) -> {
                AdminUnit u = inPeriod.unit(unitId);
                Boundaries.Image image = inPeriod.image(u);
                if (image.unit() != null) {
                    own.merge(image.unit().id, stored.value(), BigDecimal::add);
                    if (hidden.hides(stored.id())) {
                        ownHidden.add(image.unit().id);
                    }
                }
            });
            // values of the period's units that have no place on the boundary date, under the requested unit
            values.forEach((unitId, stored) -> {
                AdminUnit u = inPeriod.image(inPeriod.unit(unitId)).unit();
                if (u == null) {
                    u = inPeriod.unit(unitId);
                }
                Boundaries.Image image = onBoundary.image(u);
                if (image.unit() == null && contains(root, u)) {
                    unplaced.add(new UnplacedValue(indicatorId, UnitRef.of(inPeriod.unit(unitId)),
                            Numbers.plain(hidden.shown(stored.id(), stored.value())), hidden.hides(stored.id()),
                            image.reason()));
                }
            });
        }

        /** Whether the period's unit {@code u} lies in {@code root}: its nearest ancestor with an image does. */
        private boolean contains(AdminUnit root, AdminUnit u) {
            for (AdminUnit a = u; a != null; a = inPeriod.parent(a)) {
                AdminUnit image = onBoundary.image(a).unit();
                if (image != null) {
                    return onBoundary.within(image, root);
                }
            }
            return root == null;
        }

        /** Step 1 of the rule: a unit of the period, its own value or the sum of its children's figures. */
        Figure inPeriod(AdminUnit u) {
            Figure f = periodFigures.get(u.id);
            if (f == null) {
                BigDecimal value = own.get(u.id);
                if (value != null) {
                    f = new Figure(value, false, List.of(), ownHidden.contains(u.id));
                } else {
                    List<AdminUnit> children = inPeriod.children(u);
                    f = Figure.of(children, children.stream().map(this::inPeriod).toList());
                }
                periodFigures.put(u.id, f);
            }
            return f;
        }

        /** Step 2: a unit of the boundary date (null = the country), from the period's units mapped onto it. */
        Figure onBoundary(AdminUnit u) {
            long key = u == null ? 0 : u.id;
            Figure f = boundaryFigures.get(key);
            if (f == null) {
                List<AdminUnit> from = u == null ? List.of() : sources.getOrDefault(u.id, List.of());
                if (!from.isEmpty()) {
                    f = Figure.of(from, from.stream().map(this::inPeriod).toList());
                } else {
                    List<AdminUnit> children = onBoundary.children(u);
                    f = Figure.of(children, children.stream().map(this::onBoundary).toList());
                }
                boundaryFigures.put(key, f);
            }
            return f;
        }
    }
}
