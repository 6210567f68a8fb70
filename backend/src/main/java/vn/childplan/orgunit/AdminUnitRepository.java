package vn.childplan.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.childplan.security.UnitTree;

@ApplicationScoped
public class AdminUnitRepository implements PanacheRepositoryBase<AdminUnit, Long>, UnitTree {

    /** Open ends of a validity period, as dates every unit's own dates fall between. */
    static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);
    static final LocalDate END = LocalDate.of(9999, 12, 31);

    /** s(code): :code and every code below it, following parent codes of any time. */
    private static final String WITHIN = "WITH RECURSIVE s(code) AS (SELECT CAST(:code AS varchar)"
            + " UNION SELECT u.code FROM admin_unit u JOIN s ON u.parent_code = s.code)";

    /** Units of {@code level} holding {@code code} at any time during [from, to] (nulls are open ends). */
    public List<AdminUnit> holdingCode(AdminLevel level, String code, LocalDate from, LocalDate to) {
        return list("level = ?1 and code = ?2 and (validTo is null or validTo >= ?3) and (validFrom is null or validFrom <= ?4)",
                level, code, from == null ? BEGINNING : from, to == null ? END : to);
    }

    /**
     * {@code code} and the codes of every unit below it, following parent codes of any time (so across
     * reorganisations).
     */
    public Set<String> codesWithin(String code) {
        @SuppressWarnings("unchecked")
        List<String> codes = getEntityManager().createNativeQuery(WITHIN + " SELECT code FROM s")
                .setParameter("code", code).getResultList();
        return Set.copyOf(codes);
    }

    /** {@link #codesWithin} with the ids of the units holding those codes at any time, from the same one statement. */
    @Override
    public Map<String, Set<Long>> unitsWithin(String code) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = getEntityManager().createNativeQuery(WITHIN + " SELECT s.code, u.id FROM s"
                + " LEFT JOIN admin_unit u ON u.code = s.code", Tuple.class).setParameter("code", code).getResultList();
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
