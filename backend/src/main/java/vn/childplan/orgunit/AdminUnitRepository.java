package vn.childplan.orgunit;

import io.quarkus.cache.CacheResult;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.childplan.security.UnitTree;

@ApplicationScoped
public class AdminUnitRepository implements PanacheRepositoryBase<AdminUnit, Long>, UnitTree {
    private final UnitChangeRepository changes;

    public AdminUnitRepository(UnitChangeRepository changes) {
        this.changes = changes;
    }

    /**
     * The cache of {@link #unitsWithin}: every scoped request asks it (the caller's scope), and units change only by
     * an admin's reorganisation. This replica's writes empty it ({@link AdminUnitService}); another replica's reach
     * it within the expiry of {@code quarkus.cache.caffeine."unit-scopes".expire-after-write}.
     */
    public static final String SCOPES = "unit-scopes";

    /** Open ends of a validity period, as dates every unit's own dates fall between. */
    static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);
    static final LocalDate END = LocalDate.of(9999, 12, 31);

    /** s(code): the :codes and every code below them, following parent codes of any time. */
    private static final String WITHIN = "WITH RECURSIVE s(code) AS (SELECT unnest(CAST(:codes AS varchar[]))"
            + " UNION SELECT u.code FROM admin_unit u JOIN s ON u.parent_code = s.code)";

    /** Units of {@code level} holding {@code code} at any time during [from, to] (nulls are open ends). */
    public List<AdminUnit> holdingCode(AdminLevel level, String code, LocalDate from, LocalDate to) {
        return list("level = ?1 and code = ?2 and (validTo is null or validTo >= ?3) and (validFrom is null or validFrom <= ?4)",
                level, code, from == null ? BEGINNING : from, to == null ? END : to);
    }

    /**
     * {@code code} and the codes of every unit below it, following parent codes of any time (so across
     * reorganisations), with the units that became them by {@code on}: see {@link #unitsWithin}.
     */
    public Set<String> codesWithin(String code, LocalDate on) {
        return unitsWithin(code, on).keySet();
    }

    /**
     * {@code code} and the codes of every unit below it, following parent codes of any time, each with the ids of the
     * units that held it at any time; and, transitively, the units that became one of those units by {@code on} with
     * every unit below them (a 2025 Hải Phòng holds the Hải Dương merged into it, and its districts). "Became" is the
     * roll-ups' notion ({@link Boundaries#image}: a unit whose image on {@code on} is one of them), asked of the unit
     * changes effective on or before {@code on} that lead back to them; a unit split into several became none of them.
     * One statement for each round of predecessors found, and one for their links: a fixed number whatever the size;
     * none when the answer is in the cache ({@link #SCOPES}), which is why it is immutable.
     */
    @Override
    @CacheResult(cacheName = SCOPES)
    public Map<String, Set<Long>> unitsWithin(String code, LocalDate on) {
        Map<String, Set<Long>> out = within(List.of(code));
        while (true) {
            Set<Long> ids = new HashSet<>();
            out.values().forEach(ids::addAll);
            List<UnitChange> links = changes.leadingBackTo(ids, on);
            Map<Long, AdminUnit> linked = new HashMap<>();
            links.forEach(c -> {
                linked.put(c.predecessor.id, c.predecessor);
                linked.put(c.successor.id, c.successor);
            });
            Boundaries boundaries = new Boundaries(List.copyOf(linked.values()), links, on);
            List<String> became = links.stream().map(c -> c.predecessor).filter(p -> !out.containsKey(p.code))
                    .filter(p -> {
                        AdminUnit image = boundaries.image(p).unit();
                        return image != null && ids.contains(image.id);
                    }).map(p -> p.code).distinct().toList();
            if (became.isEmpty()) {
                return out.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        e -> Set.copyOf(e.getValue())));
            }
            within(became).forEach((c, held) -> out.merge(c, held, (a, b) -> {
                Set<Long> both = new HashSet<>(a);
                both.addAll(b);
                return both;
            }));
        }
    }

    private Map<String, Set<Long>> within(List<String> codes) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = getEntityManager().createNativeQuery(WITHIN + " SELECT s.code, u.id FROM s"
                + " LEFT JOIN admin_unit u ON u.code = s.code", Tuple.class)
                .setParameter("codes", codes.toArray(String[]::new)).getResultList();
        Map<String, Set<Long>> out = new HashMap<>();
        for (Tuple r : rows) {
            Set<Long> ids = out.computeIfAbsent(r.get("code", String.class), c -> new HashSet<>());
            Number id = r.get("id", Number.class);
            if (id != null) {
                ids.add(id.longValue());
            }
        }
        return out;
    }

    /** Units naming {@code code} as their parent at any time during [from, to] (nulls are open ends). */
    public long countChildren(String code, LocalDate from, LocalDate to) {
        return count("parentCode = ?1 and (validTo is null or validTo >= ?2) and (validFrom is null or validFrom <= ?3)",
                code, from == null ? BEGINNING : from, to == null ? END : to);
    }
}
