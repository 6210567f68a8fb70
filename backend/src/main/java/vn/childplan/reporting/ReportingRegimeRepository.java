package vn.childplan.reporting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ReportingRegimeRepository implements PanacheRepositoryBase<ReportingRegime, Long> {
    /** Everything a {@link ReportingRegimeDtos.ReportingRegimeDto} shows, in one select. */
    static final String FETCHED = "from ReportingRegime r join fetch r.document d join fetch r.consolidatingAgency g";

    public Optional<ReportingRegime> findFetched(long id) {
        return find(FETCHED + " where r.id = ?1", id).firstResultOptional();
    }

    public Optional<ReportingRegime> findFor(long documentId, PeriodType type) {
        return find(FETCHED + " where d.id = ?1 and r.periodType = ?2", documentId, type).firstResultOptional();
    }
}
