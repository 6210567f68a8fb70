package vn.childplan.value;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import java.util.Map;
import java.util.Optional;
import vn.childplan.period.AreaType;
import vn.childplan.period.Sex;

@ApplicationScoped
public class IndicatorValueRepository implements PanacheRepositoryBase<IndicatorValue, Long> {

    /** Values with their indicator and unit fetched in the same select (a fetch graph keeps sort keys unqualified). */
    public PanacheQuery<IndicatorValue> findWithReferences(String query, Sort sort, Map<String, Object> params) {
        EntityGraph<IndicatorValue> graph = getEntityManager().createEntityGraph(IndicatorValue.class);
        graph.addAttributeNodes("indicator", "unit");
        return find(query, sort, params).withHint("jakarta.persistence.fetchgraph", graph);
    }

    /** The value stored under a natural key, if any. */
    public Optional<IndicatorValue> findByKey(long indicatorId, long unitId, String periodCode, Sex sex, String ageGroup,
            AreaType areaType) {
        return find("indicator.id = ?1 and unit.id = ?2 and periodCode = ?3 and sex = ?4 and ageGroup = ?5"
                + " and areaType = ?6", indicatorId, unitId, periodCode, sex, ageGroup, areaType).firstResultOptional();
    }
}
