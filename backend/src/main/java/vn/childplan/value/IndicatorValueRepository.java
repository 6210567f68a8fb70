package vn.childplan.value;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.childplan.period.Breakdown;
import vn.childplan.period.StoredPeriod;

@ApplicationScoped
public class IndicatorValueRepository implements PanacheRepositoryBase<IndicatorValue, Long> {

    /** Values with their indicator and unit fetched in the same select (a fetch graph keeps sort keys unqualified). */
    public PanacheQuery<IndicatorValue> findWithReferences(String query, Sort sort, Map<String, Object> params) {
        EntityGraph<IndicatorValue> graph = getEntityManager().createEntityGraph(IndicatorValue.class);
        graph.addAttributeNodes("indicator", "unit");
        return find(query, sort, params).withHint("jakarta.persistence.fetchgraph", graph);
    }

    /**
     * One value with what a reader needs of it in the same select: its indicator (with the numerator, which decides
     * whether {@link Suppression} covers a rate) and its unit (scope, answer).
     */
    public Optional<IndicatorValue> findForReading(long id) {
        return find("from IndicatorValue v join fetch v.indicator i left join fetch i.numerator join fetch v.unit"
                + " where v.id = ?1", id).firstResultOptional();
    }

    /** The value stored under a natural key, if any. */
    public Optional<IndicatorValue> findByKey(long indicatorId, long unitId, String periodCode, Breakdown breakdown) {
        Map<String, Object> params = new HashMap<>(breakdown.parameters());
        params.put("indicator", indicatorId);
        params.put("unit", unitId);
        params.put("code", periodCode);
        return find("indicator.id = :indicator and unit.id = :unit and " + StoredPeriod.CODE + " = :code and "
                + Breakdown.matches(null), params).firstResultOptional();
    }

    /** The values of {@code periodCode} of any of {@code indicatorIds} at any of {@code unitIds}, in any breakdown. */
    public List<IndicatorValue> listFor(Collection<Long> indicatorIds, Collection<Long> unitIds, String periodCode) {
        return list("indicator.id in ?1 and unit.id in ?2 and " + StoredPeriod.CODE + " = ?3", indicatorIds, unitIds,
                periodCode);
    }
}
