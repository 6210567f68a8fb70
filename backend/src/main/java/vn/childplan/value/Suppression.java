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
import vn.childplan.security.Caller;

/**
 * Small-cell suppression of sensitive counts: the one mechanism every read of indicator values passes through
 * (the value list and get, the exports, roll-ups, plan progress and what is built from it).
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
 */
@ApplicationScoped
public class Suppression {
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

    private final EntityManager em;
    private final Caller caller;
    private final SuppressionConfig config;

    public Suppression(EntityManager em, Caller caller, SuppressionConfig config) {
        this.em = em;
        this.caller = caller;
        this.config = config;
    }

    /** What one caller may not see: the suppressed values by id, and the indicators whose values may be among them. */
    public record Suppressed(Map<Long, Confidentiality> byValueId, Set<Long> indicators) {
        public static final Suppressed NONE = new Suppressed(Map.of(), Set.of());

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

    /** The suppression threshold k. */
    public int k() {
        return config.k();
    }

    /** Whether {@code value} is a small count (1 to k-1), suppressed by itself. */
    public boolean small(BigDecimal value) {
        return value.signum() > 0 && value.compareTo(BigDecimal.valueOf(config.k())) < 0;
    }

    /**
     * The values the caller may not see among those of {@code indicatorIds} (null = every indicator); nothing for a
     * caller with the grant, and no statement beyond one small select when none of the indicators is sensitive.
     */
    public Suppressed forIndicators(Collection<Long> indicatorIds) {
        if (caller.maySeeSmallCounts() || (indicatorIds != null && indicatorIds.isEmpty())) {
            return Suppressed.NONE;
        }
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
        if (counts.isEmpty()) {
            return Suppressed.NONE;
        }
        Set<Long> read = new HashSet<>(counts);
        read.addAll(rates.keySet());
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(CELLS, Tuple.class).setParameter("indicators", read).getResultList();
        Map<Long, List<Cell>> byIndicator = new LinkedHashMap<>();
        for (Tuple r : rows) {
            Cell c = new Cell(r.get("id", Number.class).longValue(), r.get("indicator_id", Number.class).longValue(),
                    r.get("unit_id", Number.class).longValue(), r.get("code", String.class),
                    r.get("parent_code", String.class), r.get("period_type", String.class),
                    r.get("period_code", String.class), r.get("sex", String.class), r.get("age_group", String.class),
                    r.get("area_type", String.class), r.get("value", BigDecimal.class));
            byIndicator.computeIfAbsent(c.indicatorId, k -> new ArrayList<>()).add(c);
        }
        Map<Long, Confidentiality> out = new HashMap<>();
        Map<String, Confidentiality> byKey = new HashMap<>();
        for (long count : counts) {
            List<Cell> cells = byIndicator.getOrDefault(count, List.of());
            apply(cells, Cell::value, Suppression::groups, Set.of()).forEach((c, conf) -> {
                out.put(c.id, conf);
                byKey.put(c.indicatorId + "|" + c.key(), conf);
            });
        }
        rates.forEach((rate, numerator) -> byIndicator.getOrDefault(rate, List.of()).forEach(c -> {
            Confidentiality conf = byKey.get(numerator + "|" + c.key());
            if (conf != null) {
                out.put(c.id, conf);
            }
        }));
        return new Suppressed(Map.copyOf(out), Set.copyOf(read));
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

    /** A stored value as the rule sees it. */
    private record Cell(long id, long indicatorId, long unitId, String unitCode, String parentCode, String periodType,
            String periodCode, String sex, String ageGroup, String areaType, BigDecimal value) {
        String key() {
            return unitId + "|" + periodCode + "|" + sex + "|" + ageGroup + "|" + areaType;
        }
    }

    /** The additive groups a stored value belongs to (see the class comment); each named so that members meet. */
    private static List<String> groups(Cell c) {
        List<String> g = new ArrayList<>();
        String period = c.periodCode;
        g.add("sex|" + c.unitId + "|" + period + "|" + c.ageGroup + "|" + c.areaType);
        if (!"ETHNIC_MINORITY".equals(c.areaType)) {
            g.add("area|" + c.unitId + "|" + period + "|" + c.sex + "|" + c.ageGroup);
        }
        g.add("age|" + c.unitId + "|" + period + "|" + c.sex + "|" + c.areaType);
        String breakdown = c.sex + "|" + c.ageGroup + "|" + c.areaType;
        g.add("unit|" + c.unitCode + "|" + period + "|" + breakdown);
        if (c.parentCode != null) {
            g.add("unit|" + c.parentCode + "|" + period + "|" + breakdown);
        }
        String year = period.substring(0, 4) + "|" + c.unitId + "|" + breakdown;
        switch (c.periodType) {
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
