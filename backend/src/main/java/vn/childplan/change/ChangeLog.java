package vn.childplan.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.childplan.common.VersionedDto;
import vn.childplan.security.GoverningUnit;

/**
 * Writes the change feed's rows, called by {@code audit.AuditedWrites} inside the change's own transaction
 * ({@code MANDATORY}), so a row commits or rolls back with its change and carries that transaction's id.
 */
@ApplicationScoped
public class ChangeLog {
    private final EntityManager em;

    public ChangeLog(EntityManager em) {
        this.em = em;
    }

    /**
     * The change of a record between two of its response DTOs: {@code before} null for a creation, {@code after}
     * null for a deletion (its tombstone carries the last version). A write that left the version as it was
     * changed nothing in the database (Hibernate wrote no row), so partners are not told of it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entity, VersionedDto before, VersionedDto after, GoverningUnit unit) {
        if (ChangeType.ofEntity(entity).isEmpty() || (before != null && after != null
                && before.version() == after.version())) {
            return;
        }
        ChangeEntry e = new ChangeEntry();
        e.entity = entity;
        e.entityId = after == null ? before.id() : after.id();
        e.version = after == null ? before.version() : after.version();
        e.operation = before == null ? ChangeOperation.CREATED
                : after == null ? ChangeOperation.DELETED : ChangeOperation.UPDATED;
        e.unitCode = unit == null ? null : unit.code();
        em.persist(e);
    }

    /**
     * Names, for the rest of the transaction, the governing unit of the record about to be deleted, which the
     * database's cascade gives to the tombstones of the children it deletes with it (V11__change_log.sql). Call it
     * just before the deletion.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleting(String entity, GoverningUnit unit) {
        if (ChangeType.ofEntity(entity).isPresent()) {
            em.createNativeQuery("SELECT set_config('childplan.deleting_unit', :unit, true)")
                    .setParameter("unit", "unit:" + (unit == null ? "" : unit.code())).getSingleResult();
        }
    }
}
