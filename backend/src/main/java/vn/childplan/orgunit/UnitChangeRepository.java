package vn.childplan.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class UnitChangeRepository implements PanacheRepositoryBase<UnitChange, Long> {

    public List<UnitChange> touching(long unitId) {
        return list("from UnitChange c join fetch c.predecessor join fetch c.successor"
                + " where c.predecessor.id = ?1 or c.successor.id = ?1 order by c.effectiveOn, c.id", unitId);
    }
}
