package vn.childplan.indicator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import java.util.Map;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, Long> {

    public long countUsing(long indicatorId) {
        return count("indicator.id", indicatorId);
    }

    /**
     * Targets with their indicator, objective and document fetched in the same select, so a page of targets is one
     * query. A fetch graph rather than {@code join fetch}: explicit joins would make the unqualified sort keys and the
     * {@code id} tie-break of {@link vn.childplan.common.PageParams} ambiguous.
     */
    public PanacheQuery<Target> findWithReferences(String query, Sort sort, Map<String, Object> params) {
        EntityGraph<Target> graph = getEntityManager().createEntityGraph(Target.class);
        graph.addAttributeNodes("indicator");
        graph.addSubgraph("objective").addAttributeNodes("document");
        return find(query, sort, params).withHint("jakarta.persistence.fetchgraph", graph);
    }
}
