package vn.childplan.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.childplan.indicator.Aggregation;
import vn.childplan.indicator.Indicator;
import vn.childplan.security.Caller;

/**
 * Small-cell suppression of sensitive counts: the one mechanism every read of indicator values passes through
 * (the value list and get, the exports, roll-ups, plan progress and what is built from it, the consolidation and the
 * reports' figures, an import's summary, the audit trail).
 * <p>
 * For a caller without the sensitive-data grant ({@link Caller#maySeeSmallCounts}), a value of a sensitive SUM
 * indicator from 1 to k-1 is suppressed (primary, {@link Confidentiality#PRIMARY}); zero and k and more are shown.
 * Then, so that no suppressed value can be recovered by subtracting its siblings from a total, every additive group
 * (a total with its parts) holding exactly one suppressed value gets one more, its smallest non-zero shown value
 * ({@link Confidentiality#SECONDARY}), until no group holds exactly one. The groups of a value: its sex breakdown
 * (ALL = FEMALE + MALE), its area breakdown (ALL = URBAN + RURAL; ETHNIC_MINORITY is a subset, not a part), its age
 * groups (ALL and every age group), its unit (a unit with the units whose parent it is, by code), and its year (a
 * year with its halves, with its quarters, with its months). The groups are taken over every stored value of the
 * indicator, whatever a request's filter or page: the same value is suppressed on every path, so no two answers
 * combine into a recovery.
 * <p>
 * Rates: a value of a RATIO indicator whose numerator is a sensitive count is suppressed exactly when the
 * numerator's value under the same key is (rate × a public denominator would give it back); other rates, those of
 * NONE indicators included, are shown.
 * <p>
 * Figures that are not stored values — an agency report's ({@link #forFigures}) — follow the same rule over the
 * same groups, each report a table of its own, and a figure whose key holds a suppressed stored value is suppressed
 * with it. Past states of a value or a report (the audit trail, {@link #covered}) cannot be placed among the
 * siblings they had, so every figure of an indicator the rule covers is withheld there.
 */
@ApplicationScoped
public class Suppression {
    /** The indicators the rule covers: sensitive counts and their rates ({@link #covers} on a loaded indicator). */
    private static final String AFFECTED = """
            SELECT i.id, CASE WHEN i.aggregation = 'RATIO' THEN i.numerator_indicator_id END AS numerator
            FROM indicator i LEFT JOIN indicator n ON n.id = i.numerator_indicator_id
            WHERE (i.sensitive AND i.aggregation = 'SUM') OR (i.aggregation = 'RATIO' AND n.sensitive AND n.aggregation = 'SUM')
            """;
    private static final String CELLS = """
            SELECT v.id, v.indicator_id, v.unit_id, u.code, u.parent_code, v.period_type, v.period_code, v.sex,
                   v.age_group, v.area_type, v.value
            FROM indicator_value v JOIN admin_unit u ON u.id = v.unit_id WHERE v.indicator_id IN (:indicators)
            ORDER BY v.id
            """;
    /** The table of the stored values; a report's figures are each report's own ({@link Figure#table}). */
    public static final long STORED = 0;

    private final EntityManager em;
    private final Caller caller;
    private final SuppressionConfig config;

    public Suppression(EntityManager em, Caller caller, SuppressionConfig config) {
        this.em = em;
        this.caller = caller;
        this.config = config;
    }

    /**
     * What one caller may not see: the suppressed values (or figures) by id, the indicators whose values may be
     * among them, and of those the rates with their numerators (for {@link #forFigures}).
     */
    public record Suppressed(Map<Long, Confidentiality> byValueId, Set<Long> indicators, Map<Long, Long> rates) {
        public static final Suppressed NONE = new Suppressed(Map.of(), Set.of(), Map.of());

        public Confidentiality of(long valueId) {
            return byValueId.getOrDefault(valueId, Confidentiality.FREE);
        }

        public boolean hides(long valueId) {
            return byValueId.containsKey(valueId);
        }

        /** The value as the caller may see it: null when suppressed. */
        public BigDecimal shown(long valueId, BigDecimal value) {
            return hides(valueId) ? null : value;
        }
    }

    /**
     * A figure as the rule sees it: a stored value ({@code table} {@link #STORED}) or a figure of a report (its
     * table is the report), with its unit's code and parent code for the unit groups.
     */
    public record Figure(long id, long table, long indicatorId, long unitId, String unitCode, String parentCode,
            String periodType, String periodCode, String sex, String ageGroup, String areaType, BigDecimal value) {
        String key() {
            return table + "|" + unitId + "|" + periodCode + "|" + sex + "|" + ageGroup + "|" + areaType;
        }
    }

    /** The threshold k. */
    public int k() {
        return config.k();
    }

    /** Whether {@code value} is a small count (1 to k-1), suppressed by itself. */
    public boolean small(BigDecimal value) {
        return small(value, config.k());
    }

    private static boolean small(BigDecimal value, int k) {
        return value.signum() > 0 && value.compareTo(BigDecimal.valueOf(k)) < 0;
    }

    /** The sensitive counts and the rates of them among some indicators, each rate with its numerator. */
    private record Affected(Set<Long> counts, Map<Long, Long> rates) {
        Set<Long> all() {
            Set<Long> all = new HashSet<>(counts);
            all.addAll(rates.keySet());
            return all;
        }
    }

    /** The indicators among {@code indicatorIds} (null = every one) the rule covers; one small select. */
    private Affected affected(Collection<Long> indicatorIds) {
        @SuppressWarnings("unchecked")
        List<Tuple> affected = em.createNativeQuery(AFFECTED, Tuple.class).getResultList();
        Set<Long> counts = new HashSet<>();
        Map<Long, Long> rates = new HashMap<>();
        for (Tuple t : affected) {
            long id = t.get("id", Number.class).longValue();
            Number numerator = t.get("numerator", Number.class);
            if (indicatorIds == null || indicatorIds.contains(id)) {
                if (numerator == null) {
                    counts.add(id);
                } else {
                    rates.put(id, numerator.longValue());
                    counts.add(numerator.longValue());
                }
            }
        }
        return new Affected(counts, rates);
    }

    /**
     * The values the caller may not see among those of {@code indicatorIds} (null = every indicator); nothing for a
     * caller with the grant, and no statement beyond one small select when none of the indicators is sensitive.
     */
    public Suppressed forIndicators(Collection<Long> indicatorIds) {
        if (caller.maySeeSmallCounts() || (indicatorIds != null && indicatorIds.isEmpty())) {
            return Suppressed.NONE;
        }
        Affected affected = affected(indicatorIds);
        if (affected.counts().isEmpty()) {
            return Suppressed.NONE;
        }
        Set<Long> read = affected.all();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(CELLS, Tuple.class).setParameter("indicators", read).getResultList();
        List<Figure> cells = new ArrayList<>();
        for (Tuple r : rows) {
            cells.add(new Figure(r.get("id", Number.class).longValue(), STORED,
                    r.get("indicator_id", Number.class).longValue(), r.get("unit_id", Number.class).longValue(),
                    r.get("code", String.class), r.get("parent_code", String.class), r.get("period_type", String.class),
                    r.get("period_code", String.class), r.get("sex", String.class), r.get("age_group", String.class),
                    r.get("area_type", String.class), r.get("value", BigDecimal.class)));
        }
        return new Suppressed(judge(affected, cells, Set.of()), Set.copyOf(read), Map.copyOf(affected.rates()));
    }

    /**
     * {@link #forIndicators} of one value's indicator, read with it ({@link IndicatorValueRepository#findForReading}):
     * no statement at all when the rule cannot cover it, which its indicator (and a rate's numerator) tell.
     */
    public Suppressed forValue(IndicatorValue v) {
        if (caller.maySeeSmallCounts() || !covers(v.indicator)) {
            return Suppressed.NONE;
        }
        return forIndicators(List.of(v.indicator.id));
    }

    /** {@link #AFFECTED}'s condition on a loaded indicator: a sensitive count, or a rate of one. */
    private static boolean covers(Indicator i) {
        return sensitiveCount(i) || (i.aggregation == Aggregation.RATIO && sensitiveCount(i.numerator));
    }

    private static boolean sensitiveCount(Indicator i) {
        return i != null && i.sensitive && i.aggregation == Aggregation.SUM;
    }

    /**
     * The figures the caller may not see among {@code figures}, which are not stored values: the figures of agency
     * reports of one period, each report a table of its own (its groups never meet another's, as reports are never
     * added up). The rule is the stored values' over the same groups; a figure in {@code given} — one whose key
     * holds a value suppressed in {@code stored} — is suppressed from the start, so a report never shows what the
     * stored values withhold. {@code stored} is {@link #forIndicators} of the figures' indicators; nothing is read.
     */
    public Suppressed forFigures(Suppressed stored, List<Figure> figures, Set<Long> given) {
        if (stored.indicators().isEmpty() || figures.isEmpty()) {
            return Suppressed.NONE;
        }
        Set<Long> counts = new HashSet<>(stored.indicators());
        counts.removeAll(stored.rates().keySet());
        List<Figure> covered = figures.stream().filter(f -> stored.indicators().contains(f.indicatorId())).toList();
        return new Suppressed(judge(new Affected(counts, stored.rates()), covered, given), stored.indicators(),
                stored.rates());
    }

    /** The rule over {@code cells} of the affected indicators, {@code given} (ids) suppressed from the start. */
    private Map<Long, Confidentiality> judge(Affected affected, List<Figure> cells, Set<Long> given) {
        Map<Long, List<Figure>> byIndicator = new LinkedHashMap<>();
        cells.forEach(c -> byIndicator.computeIfAbsent(c.indicatorId(), k -> new ArrayList<>()).add(c));
        Map<Long, Confidentiality> out = new HashMap<>();
        Map<String, Confidentiality> byKey = new HashMap<>();
        for (long count : affected.counts()) {
            List<Figure> its = byIndicator.getOrDefault(count, List.of());
            Set<Figure> withheld = new HashSet<>();
            its.stream().filter(c -> given.contains(c.id())).forEach(withheld::add);
            apply(its, Figure::value, Suppression::groups, withheld).forEach((c, conf) -> {
                out.put(c.id(), conf);
                byKey.put(c.indicatorId() + "|" + c.key(), conf);
            });
        }
        affected.rates().forEach((rate, numerator) -> byIndicator.getOrDefault(rate, List.of()).forEach(c -> {
            Confidentiality conf = byKey.get(numerator + "|" + c.key());
            if (conf != null) {
                out.put(c.id(), conf);
            } else if (given.contains(c.id())) {
                out.put(c.id(), Confidentiality.SECONDARY);
            }
        }));
        return Map.copyOf(out);
    }

    /**
     * The indicators among {@code indicatorIds} whose figures a past state may not show the caller (none for a
     * caller with the grant): one small select, no value read.
     */
    public Covered covered(Collection<Long> indicatorIds) {
        if (caller.maySeeSmallCounts() || indicatorIds.isEmpty()) {
            return new Covered(Set.of(), Set.of(), config.k());
        }
        Affected affected = affected(indicatorIds);
        Set<Long> counts = new HashSet<>(affected.counts());
        counts.retainAll(indicatorIds);
        return new Covered(Set.copyOf(counts), Set.copyOf(affected.rates().keySet()), config.k());
    }

    /**
     * The indicators whose figures are withheld from the caller in past states (the audit trail): a past figure's
     * siblings of its time are not at hand, so whether it could be recovered cannot be judged; each is withheld,
     * PRIMARY when it is a count from 1 to k-1.
     */
    public record Covered(Set<Long> counts, Set<Long> rates, int k) {
        public Confidentiality of(long indicatorId, BigDecimal value) {
            if (counts.contains(indicatorId)) {
                return value != null && small(value, k) ? Confidentiality.PRIMARY : Confidentiality.SECONDARY;
            }
            return rates.contains(indicatorId) ? Confidentiality.SECONDARY : Confidentiality.FREE;
        }

        public boolean isEmpty() {
            return counts.isEmpty() && rates.isEmpty();
        }
    }

    /**
     * The rule, for any cells: {@code given} are suppressed already (as SECONDARY, e.g. a sum holding a suppressed
     * value), a cell whose value is a small count is PRIMARY, then one more shown cell (non-zero first, smallest
     * first) of every group with exactly one suppressed cell is SECONDARY, until no group has exactly one. A cell
     * without a value takes no part. The order of {@code cells} decides ties, so the same cells give the same answer.
     */
    public <C> Map<C, Confidentiality> apply(List<C> cells, Function<C, BigDecimal> value,
            Function<C, List<String>> groupsOf, Set<C> given) {
        Map<C, Confidentiality> out = new LinkedHashMap<>();
        Map<String, List<C>> groups = new LinkedHashMap<>();
        for (C c : cells) {
            BigDecimal v = value.apply(c);
            if (v == null) {
                continue;
            }
            if (small(v)) {
                out.put(c, Confidentiality.PRIMARY);
            } else if (given.contains(c)) {
                out.put(c, Confidentiality.SECONDARY);
            }
            for (String g : groupsOf.apply(c)) {
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(c);
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        Comparator<C> next = Comparator.<C, Boolean>comparing(c -> value.apply(c).signum() == 0)
                .thenComparing(value);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<C> members : groups.values()) {
                if (members.size() < 2 || members.stream().filter(out::containsKey).count() != 1) {
                    continue;
                }
                C pick = members.stream().filter(c -> !out.containsKey(c)).min(next).orElseThrow();
                out.put(pick, Confidentiality.SECONDARY);
                changed = true;
            }
        }
        return out;
    }

    /**
     * The additive groups a figure belongs to (see the class comment) within its table; each named so that members
     * meet.
     */
    private static List<String> groups(Figure c) {
        List<String> g = new ArrayList<>();
        String at = c.table() + "|" + c.periodCode();
        g.add("sex|" + c.unitId() + "|" + at + "|" + c.ageGroup() + "|" + c.areaType());
        if (!"ETHNIC_MINORITY".equals(c.areaType())) {
            g.add("area|" + c.unitId() + "|" + at + "|" + c.sex() + "|" + c.ageGroup());
        }
        g.add("age|" + c.unitId() + "|" + at + "|" + c.sex() + "|" + c.areaType());
        String breakdown = c.sex() + "|" + c.ageGroup() + "|" + c.areaType();
        g.add("unit|" + c.unitCode() + "|" + at + "|" + breakdown);
        if (c.parentCode() != null) {
            g.add("unit|" + c.parentCode() + "|" + at + "|" + breakdown);
        }
        String year = c.table() + "|" + c.periodCode().substring(0, 4) + "|" + c.unitId() + "|" + breakdown;
        switch (c.periodType()) {
            case "YEAR" -> {
                g.add("half|" + year);
                g.add("quarter|" + year);
                g.add("month|" + year);
            }
            case "HALF_YEAR" -> g.add("half|" + year);
            case "QUARTER" -> g.add("quarter|" + year);
            case "MONTH" -> g.add("month|" + year);
            default -> {
                // statistical months, school years and custom periods do not partition a calendar year
            }
        }
        return g;
    }
}
