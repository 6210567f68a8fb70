package vn.childplan.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, Long> {

    /**
     * What a list row shows (issuer, unit), loaded in the list's own select. A fetch graph rather than join fetch:
     * the count query and the scope filter (Caller.restrict) then see plain paths.
     */
    public EntityGraph<Document> listGraph() {
        EntityGraph<Document> graph = getEntityManager().createEntityGraph(Document.class);
        graph.addAttributeNodes("issuer", "unit");
        return graph;
    }
}
