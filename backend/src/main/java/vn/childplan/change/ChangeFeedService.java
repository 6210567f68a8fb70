package vn.childplan.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.hibernate.query.NativeQuery;
import vn.childplan.change.ChangeDtos.ChangeDto;
import vn.childplan.change.ChangeDtos.ChangesPage;
import vn.childplan.common.Filter;
import vn.childplan.security.Caller;

/**
 * Reads the change feed (V11__change_log.sql): the rows after the cursor, in the caller's scope, of transactions
 * older than every transaction still running, so that a transaction committing late is read after the others
 * rather than skipped.
 */
@ApplicationScoped
public class ChangeFeedService {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /**
     * One statement, one snapshot: the horizon (pg_snapshot_xmin: every transaction below it has ended, and what
     * they committed is in this statement's snapshot) and the rows below it, ordered as the cursor counts. The
     * horizon comes in every row, and alone when no change is readable.
     */
    private static final String READ = """
            SELECT CAST(h.horizon AS text) AS horizon, CAST(c.txid AS text) AS txid, c.id, c.entity, c.entity_id,
                   c.version, c.operation, c.changed_at
            FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon) h
            LEFT JOIN LATERAL (
                SELECT * FROM change_log c
                WHERE (c.txid, c.id) > (CAST(:txid AS xid8), :id) AND c.txid < h.horizon AND %s
                ORDER BY c.txid, c.id
                LIMIT :limit) c ON true
            ORDER BY c.txid, c.id""";

    private final EntityManager em;
    private final Caller caller;

    public ChangeFeedService(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /** At most {@code limit} changes after {@code since} (null: from the first), and the cursor to go on from. */
    public ChangesPage read(String since, int limit) {
        ChangeCursor from = ChangeCursor.parse(since);
        Filter scope = caller.restrictByCode(new Filter(), "c.unit_code");
        NativeQuery<?> query = em.createNativeQuery(READ.formatted(scope.query()))
                .unwrap(NativeQuery.class)
                .addScalar("horizon", String.class).addScalar("txid", String.class).addScalar("id", Long.class)
                .addScalar("entity", String.class).addScalar("entity_id", Long.class)
                .addScalar("version", Integer.class).addScalar("operation", String.class)
                .addScalar("changed_at", Instant.class)
                .setParameter("txid", from.xid()).setParameter("id", from.id())
                // one more than asked tells whether more can be read at once
                .setParameter("limit", limit + 1);
        scope.params().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList().stream().map(Object[].class::cast).toList();
        List<Object[]> changes = rows.stream().filter(r -> r[2] != null).toList();
        boolean more = changes.size() > limit;
        List<Object[]> page = more ? changes.subList(0, limit) : changes;
        ChangeCursor next;
        if (more) {
            Object[] last = page.get(page.size() - 1);
            next = new ChangeCursor(Long.parseUnsignedLong((String) last[1]), (Long) last[2]);
        } else {
            // every readable change after the cursor is in this page: go on from the horizon, past the rows of
            // other scopes below it, whose transactions have all ended
            ChangeCursor horizon = new ChangeCursor(Long.parseUnsignedLong((String) rows.get(0)[0]), 0);
            next = horizon.isAfter(from) ? horizon : from;
        }
        List<ChangeDto> items = page.stream().map(r -> new ChangeDto(ChangeType.ofEntity((String) r[3]).orElseThrow(),
                (Long) r[4], (Integer) r[5], ChangeOperation.valueOf((String) r[6]), (Instant) r[7])).toList();
        return new ChangesPage(items, next.text(), more);
    }
}
