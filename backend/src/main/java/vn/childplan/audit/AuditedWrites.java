package vn.childplan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.childplan.change.ChangeLog;
import vn.childplan.common.Versioned;
import vn.childplan.common.VersionedDto;
import vn.childplan.common.Versions;
import vn.childplan.security.GoverningUnit;

/**
 * The one write path of audited, versioned records. A service describes its kind of record once ({@link #of}: the
 * audit name, the response DTO, the governing unit and who may change one) and then states only what differs: its
 * fields and its extra rules. Every step runs in the caller's transaction, in this order: the edit check (403 before
 * 412), the If-Match version check ({@link Versions#check}), the "before" DTO, the change, the flush, the "after" DTO,
 * the audit entry ({@link AuditService#record}) and the change feed's row ({@link ChangeLog#record}).
 */
@ApplicationScoped
public class AuditedWrites {
    private final AuditService audit;
    private final ChangeLog changes;
    private final EntityManager em;

    public AuditedWrites(AuditService audit, ChangeLog changes, EntityManager em) {
        this.audit = audit;
        this.changes = changes;
        this.em = em;
    }

    /**
     * A kind of record: {@code entity} names it in the audit trail, {@code toDto} gives its answer (and snapshot),
     * {@code unitOf} its governing unit (null = national), {@code mayEdit} refuses a caller who may not change or
     * delete an existing one.
     */
    public <E extends Versioned, D extends VersionedDto> Kind<E, D> of(String entity, Function<E, D> toDto,
            Function<E, ? extends GoverningUnit> unitOf, Consumer<E> mayEdit) {
        return new Kind<>(entity, toDto, unitOf, mayEdit);
    }

    /** The writes of one kind of record. */
    public final class Kind<E extends Versioned, D extends VersionedDto> {
        private final String entity;
        private final Function<E, D> toDto;
        private final Function<E, ? extends GoverningUnit> unitOf;
        private final Consumer<E> mayEdit;

        private Kind(String entity, Function<E, D> toDto, Function<E, ? extends GoverningUnit> unitOf,
                Consumer<E> mayEdit) {
            this.entity = entity;
            this.toDto = toDto;
            this.unitOf = unitOf;
            this.mayEdit = mayEdit;
        }

        /**
         * Stores a new record, already filled and checked by the service; flushing here turns a unique key's breach
         * into 409 (the feature's ConstraintAnswers) rather than a failure at commit.
         */
        public D create(E e) {
            em.persist(e);
            em.flush();
            return record(null, e);
        }

        /**
         * The kind's own edit check ({@code mayEdit}) for what belongs to a record and is written with it: an
         * attachment is written under exactly the rule of its owner (403).
         */
        public void requireEdit(E e) {
            mayEdit.accept(e);
        }

        /** Changes a record the caller may edit ({@code mayEdit}); {@code apply} holds the rules and the fields. */
        public D update(E e, int expectedVersion, Consumer<E> apply) {
            return update(e, mayEdit, expectedVersion, apply);
        }

        /** As {@link #update(Versioned, int, Consumer)} with another edit check than the kind's own (a workflow's). */
        public D update(E e, Consumer<E> check, int expectedVersion, Consumer<E> apply) {
            check.accept(e);
            Versions.check(expectedVersion, e.version);
            D before = toDto.apply(e);
            apply.accept(e);
            em.flush();
            return record(before, e);
        }

        /** Deletes a record the caller may edit. */
        public void delete(E e, int expectedVersion) {
            delete(e, expectedVersion, x -> {
            });
        }

        /** Deletes a record the caller may edit; {@code check} holds the rules refusing it (e.g. still referenced). */
        public void delete(E e, int expectedVersion, Consumer<E> check) {
            mayEdit.accept(e);
            Versions.check(expectedVersion, e.version);
            check.accept(e);
            D before = toDto.apply(e);
            GoverningUnit unit = unitOf.apply(e);
            changes.deleting(entity, unit);
            em.remove(e);
            em.flush();
            audit.record(entity, before.id(), unit, before, null);
            changes.record(entity, before, null, unit);
        }

        /**
         * The audit entry of a record the service wrote and flushed itself, for writes of many rows in one flush
         * (batches); {@code before} is null for a new one. Returns the "after" DTO.
         */
        public D record(D before, E e) {
            D after = toDto.apply(e);
            GoverningUnit unit = unitOf.apply(e);
            audit.record(entity, after.id(), unit, before, after);
            changes.record(entity, before, after, unit);
            return after;
        }
    }

    /**
     * The one audit entry of a write of many records by set-based SQL (an import of values), which answers for
     * its own access checks; returns the entry's id, for the records' previous states kept beside it.
     */
    public long recordBulk(String entity, long id, GoverningUnit unit, Object summary) {
        return audit.recordBulk(entity, id, unit, summary);
    }
}
