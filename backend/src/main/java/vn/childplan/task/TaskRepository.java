package vn.childplan.task;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, Long> {

    /** The position after the last sibling: children of {@code parentId}, or top-level tasks when it is null. */
    public int nextPosition(long documentId, Long parentId) {
        Integer max = parentId == null
                ? getEntityManager().createQuery(
                        "select max(t.position) from Task t where t.document.id = :doc and t.parent is null", Integer.class)
                        .setParameter("doc", documentId).getSingleResult()
                : getEntityManager().createQuery(
                        "select max(t.position) from Task t where t.document.id = :doc and t.parent.id = :parent",
                        Integer.class)
                        .setParameter("doc", documentId).setParameter("parent", parentId).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    /**
     * Serialises changes of the task tree of one document until the transaction ends, so two concurrent moves
     * cannot each close half of a cycle.
     */
    public void lockTree(long documentId) {
        getEntityManager()
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext('task_tree'), hashtext(CAST(:doc AS text)))")
                .setParameter("doc", Long.toString(documentId))
                .getSingleResult();
    }

    /** True when {@code taskId} is {@code startId} or one of its ancestors, read from the committed tree. */
    public boolean isSelfOrAncestor(long taskId, long startId) {
        Number n = (Number) getEntityManager().createNativeQuery("""
                WITH RECURSIVE up(id, parent_id) AS (
                    SELECT id, parent_id FROM task WHERE id = :start
                    UNION
                    SELECT t.id, t.parent_id FROM task t JOIN up ON t.id = up.parent_id)
                SELECT count(*) FROM up WHERE id = :task""")
                .setParameter("start", startId)
                .setParameter("task", taskId)
                .getSingleResult();
        return n.longValue() > 0;
    }
}
