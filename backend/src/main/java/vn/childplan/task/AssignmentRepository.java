package vn.childplan.task;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, Long> {
    /** Everything an {@link AssignmentDtos.AssignmentDto} shows, in one select. */
    static final String FETCHED = "from Assignment a join fetch a.task t join fetch t.document d join fetch a.agency g";

    public Optional<Assignment> findFetched(long id) {
        return find(FETCHED + " where a.id = ?1", id).firstResultOptional();
    }
}
