package vn.childplan.reporting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, Long> {
    /** Everything a report summary shows, in one select. */
    static final String FETCHED = "from Report r join fetch r.document d join fetch r.agency g";

    public Optional<Report> findFetched(long id) {
        return find(FETCHED + " where r.id = ?1", id).firstResultOptional();
    }

    public List<Report> findFor(long documentId, String periodCode) {
        return find(FETCHED + " where d.id = ?1 and r.periodCode = ?2", documentId, periodCode).list();
    }
}
