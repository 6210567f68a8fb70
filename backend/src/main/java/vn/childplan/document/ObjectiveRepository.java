package vn.childplan.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ObjectiveRepository implements PanacheRepositoryBase<Objective, Long> {

    /** After the document's last objective. */
    public int nextPosition(long documentId) {
        return find("select coalesce(max(o.position) + 1, 0) from Objective o where o.document.id = ?1", documentId)
                .project(Integer.class).firstResult();
    }

    /** Targets hang on specific objectives; a kind change must not strand them. */
    public boolean hasTargets(long objectiveId) {
        return getEntityManager().createQuery("select count(t) from Target t where t.objective.id = :id", Long.class)
                .setParameter("id", objectiveId).getSingleResult() > 0;
    }
}
