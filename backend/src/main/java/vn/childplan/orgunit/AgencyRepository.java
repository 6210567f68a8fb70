package vn.childplan.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, Long> {

    /** What a list row shows (unit, successor), loaded in the list's own select; see DocumentRepository#listGraph. */
    public EntityGraph<Agency> listGraph() {
        EntityGraph<Agency> graph = getEntityManager().createEntityGraph(Agency.class);
        graph.addAttributeNodes("unit", "successor");
        return graph;
    }
}
