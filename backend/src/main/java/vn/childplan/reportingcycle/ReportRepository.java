package vn.childplan.reportingcycle;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** Which report a {@link Held} is: its plan, agency and period code. */
    public record HeldReport(long documentId, long agencyId, String periodCode, Held held) {
    }

    /**
     * Where the reports matching {@code where} (an HQL condition on report {@code r} with its parameters) stood at the
     * end of {@code asOf} ({@link Obligations#held}), with their plan, agency and period; reports created later are
     * absent. One statement, reports joined with their history and read as values, not entities: the late list and
     * the reminders read every report of many plans (a province's: thousands), and loading them as entities (each with
     * its collections, dirty-checked at every later query), then passing their ids back as a list parameter of
     * thousands of values, made the late list take about four times as long as its SQL
     * (scripts/benchmark-late-reports.sh).
     */
    public List<HeldReport> heldWhere(String where, Map<String, Object> params, LocalDate asOf) {
        var query = getEntityManager().createQuery("select r.id as id, r.document.id as document, r.agency.id as agency,"
                + " r." + StoredPeriod.CODE + " as period, r.createdAt as created, t.toStatus as status, t.at as at"
                + " from Report r left join r.transitions t on t.at < :end where " + where
                + " order by t.at nulls first, t.id", Tuple.class).setParameter("end", Obligations.endOf(asOf));
        params.forEach(query::setParameter);
        Map<Long, Instant> created = new HashMap<>();
        Map<Long, Tuple> reports = new HashMap<>();
        List<Move> moves = new ArrayList<>();
        for (Tuple x : query.getResultList()) {
            long id = x.get("id", Long.class);
            created.putIfAbsent(id, x.get("created", Instant.class));
            reports.putIfAbsent(id, x);
            if (x.get("status") != null) {
                moves.add(new Move(id, x.get("status", ReportStatus.class), x.get("at", Instant.class)));
            }
        }
        return Obligations.held(created, moves, asOf).values().stream().map(h -> {
            Tuple x = reports.get(h.reportId());
            return new HeldReport(x.get("document", Long.class), x.get("agency", Long.class),
                    x.get("period", String.class), h);
        }).toList();
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
