package vn.childplan.reportingcycle;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.childplan.period.StoredPeriod;
import vn.childplan.reportingcycle.Obligations.Held;
import vn.childplan.reportingcycle.Obligations.Move;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, Long> {
    /** Everything a report summary shows, in one select. */
    static final String FETCHED = "from Report r join fetch r.document d join fetch r.agency g";

    public Optional<Report> findFetched(long id) {
        return find(FETCHED + " where r.id = ?1", id).firstResultOptional();
    }

    public List<Report> findFor(long documentId, String periodCode) {
        return find(FETCHED + " where d.id = ?1 and r." + StoredPeriod.CODE + " = ?2", documentId, periodCode).list();
    }

    /**
     * Where {@code reports} stood at the end of {@code asOf} ({@link Obligations#held}), keyed by report id; their
     * history up to then is read in one statement.
     */
    public Map<Long, Held> heldOn(List<Report> reports, LocalDate asOf) {
        if (reports.isEmpty()) {
            return Map.of();
        }
        List<Move> moves = getEntityManager().createQuery("select t.report.id as report, t.toStatus as status, t.at as at"
                + " from ReportTransition t where t.report.id in :ids and t.at < :end order by t.at, t.id", Tuple.class)
                .setParameter("ids", reports.stream().map(r -> r.id).toList())
                .setParameter("end", Obligations.endOf(asOf)).getResultStream()
                .map(x -> new Move(x.get("report", Long.class), x.get("status", ReportStatus.class),
                        x.get("at", Instant.class))).toList();
        return Obligations.held(reports.stream().collect(Collectors.toMap(r -> r.id, r -> r.createdAt)), moves, asOf);
    }
}
