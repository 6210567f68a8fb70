package vn.childplan.valueimport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import vn.childplan.change.ChangeType;
import vn.childplan.common.Numbers;
import vn.childplan.valueimport.ImportDtos.NaturalKey;
import vn.childplan.valueimport.ImportDtos.RejectedRow;
import vn.childplan.valueimport.ImportDtos.ReplacedFinal;

/**
 * The SQL of an import, on the transaction's own connection: the rows are loaded with COPY into a temporary
 * staging table (dropped at commit), checked with a fixed number of set-based statements whatever the file's size
 * (never one query per row), and merged into indicator_value with ONE statement ({@link #merge}).
 */
final class Staging {
    /** How many rejected rows, and replaced FINAL values, a summary lists (all are counted). */
    static final int LISTED = 1000;
    private static final String KEY = "indicator_id, unit_id, period_code, sex, age_group, area_type";

    private final Connection connection;
    private long imported;
    private long updated;

    Staging(Connection connection) {
        this.connection = connection;
    }

    void create() throws SQLException {
        // The server notices a client gone (a backend killed mid-import) only when it next reads from it: without
        // this check a long statement (the merge of a large file) would run to its end first, holding its locks and
        // keeping a re-sent file waiting, before the transaction rolls back.
        execute("SET LOCAL client_connection_check_interval = '1s'");
        execute("""
                CREATE TEMPORARY TABLE import_raw (
                    seq bigint NOT NULL, line bigint NOT NULL,
                    indicator_code text, unit_code text, unit_level text,
                    period_raw text, period_type text, period_code text, period_start date, period_end date,
                    sex text, age_group text, area_type text, value_raw text, value numeric(18, 4),
                    status text, source_kind text, source_name text, evidence text,
                    error text, error_column text, error_detail text
                ) ON COMMIT DROP""");
        execute("""
                CREATE TEMPORARY TABLE import_previous (
                    id bigint, seq bigint, line bigint, indicator_code text, unit_code text, period_code text, sex text,
                    age_group text, area_type text, new_value numeric, new_status text, was_final boolean,
                    old_value numeric, before jsonb
                ) ON COMMIT DROP""");
        execute("CREATE TEMPORARY TABLE import_withheld (id bigint PRIMARY KEY) ON COMMIT DROP");
    }

    /** The ids of the indicators of {@code codes} (unknown codes are left out; {@link #check} rejects them). */
    Set<Long> indicators(Set<String> codes) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id FROM indicator WHERE code = ANY (?)")) {
            s.setArray(1, connection.createArrayOf("text", codes.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * The stored values whose figures are withheld from the caller (small-cell suppression, value.Suppression): a
     * row replacing one is judged without its figure ({@link #check}), so the summary never tells it.
     */
    void withhold(Collection<Long> valueIds) throws SQLException {
        if (valueIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO import_withheld SELECT unnest(?)")) {
            s.setArray(1, connection.createArrayOf("bigint", valueIds.toArray()));
            s.executeUpdate();
        }
    }

    /** Streams every row of {@code rows} into the staging table with COPY. */
    void copy(RowSource rows, StagedRows staged) throws SQLException, IOException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg, """
                COPY import_raw (seq, line, indicator_code, unit_code, unit_level, period_raw, period_type, period_code,
                    period_start, period_end, sex, age_group, area_type, value_raw, value, status, source_kind,
                    source_name, evidence, error, error_column, error_detail) FROM STDIN""", 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            for (RawRow row = rows.next(); row != null; row = rows.next()) {
                staged.write(row, out);
            }
        }
    }

    /**
     * Resolves codes and checks the rules, set-based, marking each failing row with its first error: indicator by
     * code; unit by code (and level when given) as it stood in the period — the unit holding the code on the
     * period's last day, else the last one holding it during the period, so 46 names Thừa Thiên Huế in 2016 and
     * the city of Huế in 2025-Q1 —; the caller's scope ({@code scope} null: every unit); percentages within 0–100;
     * FINAL only for ended periods; a stored FINAL value replaced only when {@code overwriteFinal}; each key once per
     * file. A row over a stored value withheld from the caller ({@link #withhold}) is blind: it is never unchanged
     * (it replaces the value, or is refused when the value is FINAL and locked, whatever its figure), and a refusal
     * does not quote the stored figure, so an import cannot be used to test guesses of it. Every staged row is read twice whatever the file's size: once to list its distinct units and periods,
     * once to write import_row; the duplicates are then found by one hash aggregate, and only failing rows are
     * rewritten.
     */
    void check(Set<String> scope, LocalDate today, boolean overwriteFinal) throws SQLException {
        // sorts and hash tables over a million staged rows stay in memory (the default 4 MB spills them to disk);
        // SET LOCAL ends with this transaction
        execute("SET LOCAL work_mem = '256MB'");
        execute("ANALYZE import_raw");
        // a file names few units and periods: each (code, level, period) is resolved once, not once per row
        execute("""
                CREATE TEMPORARY TABLE import_unit ON COMMIT DROP AS
                SELECT k.*, EXISTS (SELECT 1 FROM admin_unit u WHERE u.code = k.unit_code) AS known,
                    (SELECT u.id FROM admin_unit u
                     WHERE u.code = k.unit_code AND (k.unit_level IS NULL OR u.level = k.unit_level)
                       AND (u.valid_from IS NULL OR u.valid_from <= k.period_end)
                       AND (u.valid_to IS NULL OR u.valid_to >= k.period_start)
                     ORDER BY (u.valid_to IS NULL OR u.valid_to >= k.period_end) DESC, u.valid_to DESC NULLS FIRST
                     LIMIT 1) AS unit_id
                FROM (SELECT DISTINCT unit_code, coalesce(unit_level, '') AS level_key, unit_level, period_start,
                          period_end
                      FROM import_raw WHERE error IS NULL) k""");
        execute("ANALYZE import_unit");
        // the stored value of each key is joined here, once: whether the row changes it (unchanged rows never reach
        // the merge) and whether it is a FINAL value the row may not replace
        try (PreparedStatement s = connection.prepareStatement("""
                CREATE TEMPORARY TABLE import_row ON COMMIT DROP AS
                WITH resolved AS (
                    SELECT r.*, i.id AS indicator_id, un.unit_id, w.id IS NOT NULL AS blind,
                        v.id IS NOT NULL AND w.id IS NULL AND NOT (%2$s) AS unchanged,
                        CASE WHEN r.error IS NOT NULL THEN r.error
                            WHEN i.id IS NULL THEN 'UNKNOWN_INDICATOR'
                            WHEN NOT un.known THEN 'UNKNOWN_UNIT'
                            WHEN un.unit_id IS NULL THEN 'UNIT_NOT_IN_PERIOD'
                            WHEN ? AND NOT r.unit_code = ANY (?) THEN 'OUT_OF_SCOPE'
                            WHEN i.unit = '%%' AND (r.value < 0 OR r.value > 100) THEN 'VALUE_OUT_OF_RANGE'
                            WHEN r.status = 'FINAL' AND r.period_end >= ? THEN 'FINAL_BEFORE_PERIOD_END'
                            WHEN NOT ? AND v.status = 'FINAL' AND (%2$s OR w.id IS NOT NULL) THEN 'FINAL_VALUE_LOCKED'
                        END AS failure,
                        v.value AS stored_value
                    FROM import_raw r
                    LEFT JOIN indicator i ON i.code = r.indicator_code AND r.error IS NULL
                    LEFT JOIN import_unit un ON un.unit_code = r.unit_code AND un.period_start = r.period_start
                        AND un.period_end = r.period_end AND un.level_key = coalesce(r.unit_level, '')
                        AND r.error IS NULL
                    LEFT JOIN indicator_value v ON (%1$s) = (i.id, un.unit_id, r.period_code, r.sex, r.age_group,
                        r.area_type)
                    LEFT JOIN import_withheld w ON w.id = v.id)
                SELECT seq, line, indicator_code, unit_code, unit_level, period_raw, period_type, period_code,
                    period_start, period_end, sex, age_group, area_type, value_raw, value, status, source_kind,
                    source_name, evidence, indicator_id, unit_id, unchanged, blind, failure AS error,
                    CASE WHEN error IS NOT NULL THEN error_column WHEN failure IS NULL THEN NULL
                        WHEN failure = 'UNKNOWN_INDICATOR' THEN 'INDICATOR'
                        WHEN failure IN ('VALUE_OUT_OF_RANGE', 'FINAL_VALUE_LOCKED') THEN 'VALUE'
                        WHEN failure = 'FINAL_BEFORE_PERIOD_END' THEN 'STATUS' ELSE 'UNIT' END AS error_column,
                    CASE WHEN error IS NOT NULL THEN error_detail
                        WHEN failure = 'UNIT_NOT_IN_PERIOD' THEN 'no unit held code ' || unit_code || ' between '
                            || period_start || ' and ' || period_end
                        WHEN failure = 'FINAL_BEFORE_PERIOD_END' THEN period_code || ' ends on ' || period_end
                        WHEN failure = 'FINAL_VALUE_LOCKED' AND blind THEN 'a FINAL value is stored; its figure is '
                            || 'withheld from you (small-cell suppression of a sensitive indicator)'
                        WHEN failure = 'FINAL_VALUE_LOCKED' THEN 'the stored FINAL value is ' || stored_value::text
                    END AS error_detail
                FROM resolved""".formatted("v." + KEY.replace(", ", ", v."), changed("v", "r")))) {
            s.setBoolean(1, scope != null);
            s.setArray(2, connection.createArrayOf("text", scope == null ? new String[0] : scope.toArray()));
            s.setDate(3, Date.valueOf(today));
            s.setBoolean(4, overwriteFinal);
            s.executeUpdate();
        }
        // a key given twice: every row after the first is rejected, also when the first replaces a locked FINAL value
        // (lines grow with seq, so the first row's line is the least); the keys are found first, so a file without
        // any (the usual case) is not read again to mark none
        try (Statement s = connection.createStatement()) {
            int keys = s.executeUpdate("""
                    CREATE TEMPORARY TABLE import_duplicate ON COMMIT DROP AS
                    SELECT %1$s, min(seq) AS first_seq, min(line) AS first_line FROM import_row
                    WHERE error IS NULL OR error = 'FINAL_VALUE_LOCKED'
                    GROUP BY %1$s HAVING count(*) > 1""".formatted(KEY));
            if (keys > 0) {
                s.executeUpdate("""
                        UPDATE import_row r SET error = 'DUPLICATE_IN_FILE', error_column = 'PERIOD',
                            error_detail = 'first given on line ' || d.first_line
                        FROM import_duplicate d
                        WHERE (%s) = (%s) AND r.seq > d.first_seq
                            AND (r.error IS NULL OR r.error = 'FINAL_VALUE_LOCKED')""".formatted(
                        "r." + KEY.replace(", ", ", r."), "d." + KEY.replace(", ", ", d.")));
            }
        }
    }

    /** Rows read, rejected, and (after {@link #merge}) imported, updated and unchanged. */
    record Counts(long rows, long rejected, long imported, long updated, long unchanged) {
    }

    Counts counts() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE error IS NOT NULL) FROM import_row")) {
            r.next();
            long rows = r.getLong(1);
            long rejected = r.getLong(2);
            return new Counts(rows, rejected, imported, updated, rows - rejected - imported - updated);
        }
    }

    /**
     * THE write of imported values: one INSERT … ON CONFLICT on the natural key (uq_indicator_value_key) that
     * inserts new values and updates only those that differ (value, status, source, evidence), counting what it
     * inserted and updated from what it returns; the values it replaced go to import_previous (for the audit and
     * the summary). A stored FINAL value is never replaced unless {@code overwriteFinal} (re-checked here, so a
     * value made FINAL since {@link #check} stays). A value withheld from the caller is replaced even by its own
     * figure: whether the row changed it would tell the figure. The change feed gets a row per value inserted or updated, in the
     * same statement (an unchanged row is neither, so a re-import adds nothing to the feed).
     */
    void merge(String subject, boolean overwriteFinal) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                WITH previous AS (
                    SELECT v.id, r.seq, r.line, r.indicator_code, r.unit_code, r.period_code, r.sex, r.age_group,
                        r.area_type, r.value AS new_value, r.status AS new_status, v.status = 'FINAL' AS was_final,
                        v.value AS old_value, jsonb_build_object('id', v.id, 'indicatorId', v.indicator_id,
                        'unitId', v.unit_id, 'periodCode', v.period_code, 'sex', v.sex, 'ageGroup', v.age_group,
                        'areaType', v.area_type, 'value', v.value, 'status', v.status, 'sourceKind', v.source_kind,
                        'sourceName', v.source_name, 'evidence', v.evidence, 'enteredBy', v.entered_by,
                        'reportId', v.report_id, 'version', v.version, 'updatedAt', v.updated_at) AS before
                    FROM indicator_value v JOIN import_row r USING (%1$s)
                    WHERE r.error IS NULL AND NOT r.unchanged AND (%3$s OR r.blind)),
                m AS (
                    INSERT INTO indicator_value AS v (id, indicator_id, unit_id, period_type, period_code, period_start,
                        period_end, sex, age_group, area_type, value, status, source_kind, source_name, evidence,
                        entered_by)
                    SELECT nextval('indicator_value_seq'), indicator_id, unit_id, period_type, period_code,
                        period_start, period_end, sex, age_group, area_type, value, status, source_kind, source_name,
                        evidence, ?
                    FROM import_row WHERE error IS NULL AND NOT unchanged ORDER BY seq -- new values' ids follow the file
                    ON CONFLICT (%1$s) DO UPDATE SET value = EXCLUDED.value, status = EXCLUDED.status,
                        source_kind = EXCLUDED.source_kind, source_name = EXCLUDED.source_name,
                        evidence = EXCLUDED.evidence, entered_by = EXCLUDED.entered_by, report_id = NULL,
                        version = v.version + 1, updated_at = now()
                    WHERE (%2$s OR EXISTS (SELECT 1 FROM import_withheld w WHERE w.id = v.id))
                        AND (v.status <> 'FINAL' OR ?)
                    RETURNING v.id, v.version, v.unit_id, xmax = 0 AS inserted),
                kept AS (
                    INSERT INTO import_previous SELECT p.* FROM previous p JOIN m ON m.id = p.id AND NOT m.inserted),
                fed AS (
                    INSERT INTO change_log (entity, entity_id, version, operation, unit_code)
                    SELECT '%4$s', m.id, m.version, CASE WHEN m.inserted THEN 'CREATED' ELSE 'UPDATED' END, au.code
                    FROM m JOIN admin_unit au ON au.id = m.unit_id ORDER BY m.id)
                SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM m""".formatted(KEY,
                changed("v", "EXCLUDED"), changed("v", "r"), ChangeType.INDICATOR_VALUE.entity()))) {
            s.setString(1, subject);
            s.setBoolean(2, overwriteFinal);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                imported = r.getLong(1);
                updated = r.getLong(2);
            }
        }
    }

    /** The values the import replaced, beside its one audit entry. */
    void keepPrevious(long auditId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO audit_previous_value (audit_id, indicator_value_id, before)
                SELECT ?, id, before FROM import_previous""")) {
            s.setLong(1, auditId);
            s.executeUpdate();
        }
    }

    /** The first {@link #LISTED} rejected rows in file order; {@code source} names their columns. */
    List<RejectedRow> rejected(RowSource source) throws SQLException {
        List<RejectedRow> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("""
                SELECT seq, line, error, error_column, error_detail, indicator_code, unit_code, unit_level, period_raw,
                    sex, age_group, area_type, value_raw, status, source_kind, source_name, evidence
                FROM import_row WHERE error IS NOT NULL ORDER BY seq LIMIT\s""" + LISTED)) {
            while (r.next()) {
                RowError code = RowError.valueOf(r.getString("error"));
                Field field = Field.valueOf(r.getString("error_column"));
                String value = switch (field) {
                    case INDICATOR -> r.getString("indicator_code");
                    case UNIT -> r.getString("unit_code");
                    case UNIT_LEVEL -> r.getString("unit_level");
                    case PERIOD -> r.getString("period_raw");
                    case SEX -> r.getString("sex");
                    case AGE_GROUP -> r.getString("age_group");
                    case AREA_TYPE -> r.getString("area_type");
                    case VALUE -> r.getString("value_raw");
                    case STATUS -> r.getString("status");
                    case SOURCE_KIND -> r.getString("source_kind");
                    case SOURCE_NAME -> r.getString("source_name");
                    case EVIDENCE -> r.getString("evidence");
                    case ACTION -> null;
                };
                out.add(new RejectedRow(r.getLong("seq"), r.getLong("line"), source.column(field), value, code,
                        code.vi(), code.en(), r.getString("error_detail"), key(r, "period_raw")));
            }
        }
        return out;
    }

    /** The first {@link #LISTED} FINAL values the merge replaced; a withheld one without its figure. */
    List<ReplacedFinal> replacedFinal() throws SQLException {
        List<ReplacedFinal> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("""
                SELECT p.seq, p.line, p.id, p.indicator_code, p.unit_code, p.period_code, p.sex, p.age_group,
                    p.area_type, CASE WHEN w.id IS NULL THEN p.old_value END AS old_value, w.id IS NOT NULL AS withheld,
                    p.new_value, p.new_status
                FROM import_previous p LEFT JOIN import_withheld w ON w.id = p.id
                WHERE p.was_final ORDER BY p.seq LIMIT\s""" + LISTED)) {
            while (r.next()) {
                out.add(new ReplacedFinal(r.getLong("seq"), r.getLong("line"), r.getLong("id"),
                        key(r, "period_code"), Numbers.plain(r.getBigDecimal("old_value")),
                        r.getBoolean("withheld"), Numbers.plain(r.getBigDecimal("new_value")),
                        r.getString("new_status")));
            }
        }
        return out;
    }

    private static NaturalKey key(ResultSet r, String period) throws SQLException {
        return new NaturalKey(r.getString("indicator_code"), r.getString("unit_code"), r.getString(period),
                r.getString("sex"), r.getString("age_group"), r.getString("area_type"));
    }

    /** Whether a stored value {@code a} differs from the new one {@code b} in what an import writes. */
    private static String changed(String a, String b) {
        return "(%1$s.value, %1$s.status, %1$s.source_kind, %1$s.source_name, %1$s.evidence) IS DISTINCT FROM "
                .formatted(a) + "(%1$s.value, %1$s.status, %1$s.source_kind, %1$s.source_name, %1$s.evidence)"
                .formatted(b);
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
