package vn.childplan.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Text;
import vn.childplan.security.Caller;
import vn.childplan.search.SearchDtos.SearchHit;
import vn.childplan.search.SearchDtos.SearchType;

/**
 * One search over documents, tasks and agencies. Each branch compares the same {@code search_key(...)} expression
 * its trigram index is built on (V1__schema.sql), so PostgreSQL answers from the index; results are ranked by
 * trigram similarity to the whole query.
 */
@ApplicationScoped
public class SearchService {
    private static final String DOCUMENT_KEY = "search_key(coalesce(d.number, '') || ' ' || d.title)";
    private static final String TASK_KEY = "search_key(t.title || ' ' || coalesce(t.description, ''))";
    private static final String AGENCY_KEY = "search_key(a.name || ' ' || coalesce(a.short_name, ''))";

    private final EntityManager em;
    private final Caller caller;

    public SearchService(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    public Page<SearchHit> search(String q, Set<SearchType> types, PageParams page) {
        String cleaned = Text.clean(q);
        String[] words = cleaned.split("\\s+");
        int n = Math.min(words.length, 8);
        Set<SearchType> wanted = types == null || types.isEmpty() ? Set.of(SearchType.values()) : types;
        boolean scoped = !caller.readsEverything();
        List<String> branches = new ArrayList<>();
        if (wanted.contains(SearchType.DOCUMENT)) {
            branches.add("SELECT 'DOCUMENT' AS type, d.id, d.title, d.number AS subtitle, d.id AS document_id, "
                    + DOCUMENT_KEY + " AS k FROM document d WHERE " + matches(DOCUMENT_KEY, n) + visible("d", scoped));
        }
        if (wanted.contains(SearchType.TASK)) {
            branches.add("SELECT 'TASK' AS type, t.id, t.title, t.number || ' · ' || coalesce(d.number, d.title) AS subtitle,"
                    + " d.id AS document_id, " + TASK_KEY + " AS k FROM task t JOIN document d ON d.id = t.document_id"
                    + " WHERE " + matches(TASK_KEY, n) + visible("d", scoped));
        }
        if (wanted.contains(SearchType.AGENCY)) {
            branches.add("SELECT 'AGENCY' AS type, a.id, a.name AS title, u.name AS subtitle, NULL::bigint AS document_id, "
                    + AGENCY_KEY + " AS k FROM agency a LEFT JOIN admin_unit u ON u.id = a.unit_id WHERE "
                    + matches(AGENCY_KEY, n) + visible("a", scoped));
        }
        String sql = "SELECT h.type, h.id, h.title, h.subtitle, h.document_id, similarity(h.k, search_key(:q)) AS score,"
                + " count(*) OVER () AS total FROM (" + String.join(" UNION ALL ", branches) + ") h"
                + " ORDER BY score DESC, h.type, h.id LIMIT :limit OFFSET :offset";
        var query = em.createNativeQuery(sql, Tuple.class)
                .setParameter("q", cleaned)
                .setParameter("limit", page.size)
                .setParameter("offset", (long) page.page * page.size);
        for (int i = 0; i < n; i++) {
            query.setParameter("w" + i, Filter.escapeLike(words[i]));
        }
        if (scoped) {
            query.setParameter("scope", scope());
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        long total = rows.isEmpty() ? countOnly(sql, cleaned, words, n, scoped)
                : rows.get(0).get("total", Number.class).longValue();
        List<SearchHit> hits = rows.stream().map(r -> new SearchHit(SearchType.valueOf(r.get("type", String.class)),
                r.get("id", Number.class).longValue(), r.get("title", String.class), r.get("subtitle", String.class),
                r.get("document_id") == null ? null : r.get("document_id", Number.class).longValue(),
                r.get("score", Number.class).doubleValue())).toList();
        return new Page<>(hits, page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    /** A page past the end has no row to carry the window count; ask for the count alone. */
    private long countOnly(String sql, String q, String[] words, int n, boolean scoped) {
        var query = em.createNativeQuery("SELECT count(*) FROM (" + sql.replace(" LIMIT :limit OFFSET :offset", "")
                + ") c").setParameter("q", q);
        for (int i = 0; i < n; i++) {
            query.setParameter("w" + i, Filter.escapeLike(words[i]));
        }
        if (scoped) {
            query.setParameter("scope", scope());
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** National records and those of the caller's units (see Caller). */
    private static String visible(String alias, boolean scoped) {
        return scoped ? " AND (" + alias + ".unit_id IS NULL OR " + alias
                + ".unit_id IN (SELECT s.id FROM admin_unit s WHERE s.code IN (:scope)))" : "";
    }

    private List<String> scope() {
        // a code no unit has keeps "IN (:scope)" valid when the caller has no unit: then only national records
        return caller.unitCodes().isEmpty() ? List.of("-") : List.copyOf(caller.unitCodes());
    }

    private static String matches(String key, int words) {
        return java.util.stream.IntStream.range(0, words)
                .mapToObj(i -> key + " LIKE '%' || search_key(:w" + i + ") || '%'")
                .collect(Collectors.joining(" AND "));
    }
}
