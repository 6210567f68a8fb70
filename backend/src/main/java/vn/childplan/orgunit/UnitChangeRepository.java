package vn.childplan.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class UnitChangeRepository implements PanacheRepositoryBase<UnitChange, Long> {

    public List<UnitChange> touching(long unitId) {
        return list("from UnitChange c join fetch c.predecessor join fetch c.successor"
                + " where c.predecessor.id = ?1 or c.successor.id = ?1 order by c.effectiveOn, c.id", unitId);
    }

    /**
     * The links effective on or before {@code on} that lead, one or more steps back, to one of the units
     * {@code ids}, together with every other link leaving their predecessors by then (a unit that left in several
     * directions was split), both ends fetched: what {@link Boundaries} needs to tell which units became them.
     */
    public List<UnitChange> leadingBackTo(Collection<Long> ids, LocalDate on) {
        @SuppressWarnings("unchecked")
        List<Number> predecessors = getEntityManager().createNativeQuery("""
                WITH RECURSIVE back(id) AS (
                    SELECT c.predecessor_id FROM unit_change c
                    WHERE c.successor_id = ANY (CAST(:ids AS bigint[])) AND c.effective_on <= :on
                    UNION SELECT c.predecessor_id FROM unit_change c JOIN back b ON c.successor_id = b.id
                    WHERE c.effective_on <= :on)
                SELECT id FROM back""").setParameter("ids", ids.toArray(Long[]::new)).setParameter("on", on)
                .getResultList();
        if (predecessors.isEmpty()) {
            return List.of();
        }
        return list("from UnitChange c join fetch c.predecessor join fetch c.successor"
                + " where c.predecessor.id in ?1 and c.effectiveOn <= ?2",
                predecessors.stream().map(Number::longValue).toList(), on);
    }
}
