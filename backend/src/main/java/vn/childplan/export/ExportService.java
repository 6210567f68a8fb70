package vn.childplan.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Problem;
import vn.childplan.common.ReadReplica;
import vn.childplan.common.SqlLiterals;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentRepository;
import vn.childplan.indicator.IndicatorRepository;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.AdminUnitRepository;
import vn.childplan.plan.PlanService;
import vn.childplan.analytics.ProgressService;
import vn.childplan.reportingcycle.Obligations;
import vn.childplan.security.Caller;
import vn.childplan.value.Suppression;
import vn.childplan.value.ValueStatus;

/**
 * Exports of indicator values for statisticians and scripts. {@link #select} checks the filters, narrows them to
 * the caller's scope exactly as the value list does and counts the rows; {@link #write} then streams those rows in
 * the format asked for. CSV and SDMX-CSV are written by PostgreSQL itself ({@code COPY … TO STDOUT}), the fastest
 * path there is; NDJSON and XLSX read typed rows from a server-side cursor. Rows go out indicator by indicator (in
 * code order), so the database sorts one indicator's rows at a time and the first bytes leave at once, whatever the
 * size; memory stays flat. Values the caller may not see ({@link Suppression}) leave empty, with their
 * confidentiality (C or D), in every format.
 */
@ApplicationScoped
public class ExportService {
    static final int MAX_INDICATORS = 100;
    private static final int FETCH_SIZE = 1000;
    private static final int BUFFER = 1 << 16;
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final EntityManager em;
    private final IndicatorRepository indicators;
    private final AdminUnitRepository units;
    private final DocumentRepository documents;
    private final Caller caller;
    private final ObjectMapper json;
    private final PlanService plans;
    private final ProgressService progress;
    private final Suppression suppression;
    private final ReadReplica replica;
    private final ExportMetrics metrics;

    public ExportService(EntityManager em, IndicatorRepository indicators, AdminUnitRepository units,
            DocumentRepository documents, Caller caller, ObjectMapper json, PlanService plans,
            ProgressService progress, Suppression suppression, ReadReplica replica, ExportMetrics metrics) {
        this.suppression = suppression;
        this.replica = replica;
        this.metrics = metrics;
        this.em = em;
        this.indicators = indicators;
        this.units = units;
        this.documents = documents;
        this.caller = caller;
        this.json = json;
        this.plans = plans;
        this.progress = progress;
    }

    /** A whole plan as the API answers it (scope rules applied) and today's progress of its targets. */
    public record PlanTables(JsonNode plan, JsonNode progress) {
    }

    /** The plan (404 outside the caller's scope) as JSON trees, read in one transaction; a plan is small. */
    @Transactional
    public PlanTables plan(long documentId) {
        return new PlanTables(json.valueToTree(plans.view(documentId)),
                json.valueToTree(progress.progress(documentId, null, null)));
    }

    public void writePlan(PlanTables tables, OutputStream out) throws IOException {
        PlanWorkbook.write(tables.plan(), tables.progress(), out);
    }

    /**
     * The rows an export holds: its SQL condition over {@code iv} (ids, dates and constants written in, see
     * {@link SqlLiterals}), the indicators it may hold (null = any), how many rows there are now (null when not
     * asked for: counting millions of rows delays the first byte by seconds), whether a CSV is meant for Excel (a
     * byte order mark first, formulas neutralised), and the file's format.
     */
    public record Selection(String where, Set<Long> indicatorIds, Long count, boolean bom, ExportFormat format) {
    }

    /**
     * Parses and checks the filters and the format ({@code format}, else {@code negotiated} from Accept; malformed
     * → 400 naming the parameter; an indicator, unit or plan that does not
     * exist or lies outside the caller's scope → 422), restricts them to the caller's units and, when {@code count},
     * counts the rows.
     */
    @Transactional
    public Selection select(List<String> indicatorIds, String unitId, String descendants, String documentId,
            String periodFrom, String periodTo, String status, String bom, String format, ExportFormat negotiated,
            boolean count) {
        List<Problem.Violation> malformed = new ArrayList<>();
        Set<Long> indicatorSet = new LinkedHashSet<>();
        for (String id : indicatorIds) {
            Long parsed = parseId(id, "indicatorId", malformed);
            if (parsed != null) {
                indicatorSet.add(parsed);
            }
        }
        if (indicatorSet.size() > MAX_INDICATORS) {
            malformed.add(new Problem.Violation("indicatorId", "at most " + MAX_INDICATORS + " indicators", "Size"));
        }
        Long unit = parseId(unitId, "unitId", malformed);
        Boolean below = parseBoolean(descendants, "descendants", malformed);
        if (below != null && (unitId == null || unitId.isBlank())) {
            malformed.add(new Problem.Violation("descendants", "applies to unitId; give unitId too", "Requires"));
        }
        Long document = parseId(documentId, "documentId", malformed);
        LocalDate from = parse(periodFrom, "periodFrom", LocalDate::parse, "a date yyyy-MM-dd", malformed);
        LocalDate to = parse(periodTo, "periodTo", LocalDate::parse, "a date yyyy-MM-dd", malformed);
        if (from != null && to != null && to.isBefore(from)) {
            malformed.add(new Problem.Violation("periodTo", "must not be before periodFrom", "Range"));
        }
        ValueStatus valueStatus = parse(status, "status", ValueStatus::valueOf,
                "one of " + Arrays.toString(ValueStatus.values()), malformed);
        boolean withBom = Boolean.TRUE.equals(parseBoolean(bom, "bom", malformed));
        ExportFormat chosen = parse(format, "format", c -> ExportFormat.ofCode(c).orElseThrow(),
                "one of csv, xlsx, ndjson, sdmx-csv", malformed);
        if (!malformed.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, malformed, malformed.size());
        }

        List<String> where = new ArrayList<>();
        if (!indicatorSet.isEmpty()) {
            // one select for all of them (up to MAX_INDICATORS), the first unknown id named
            Set<Long> known = indicators.list("id in ?1", indicatorSet).stream().map(i -> i.id)
                    .collect(Collectors.toSet());
            for (Long id : indicatorSet) {
                if (!known.contains(id)) {
                    throw ApiException.invalidReference("Indicator", id, "indicatorId");
                }
            }
            where.add("iv.indicator_id IN (" + SqlLiterals.ids(indicatorSet) + ")");
        }
        if (unit != null) {
            AdminUnit u = units.findByIdOptional(unit).filter(caller::canRead)
                    .orElseThrow(() -> ApiException.invalidReference("Administrative unit", unit, "unitId"));
            where.add("iv.unit_id IN (" + SqlLiterals.ids(Boolean.TRUE.equals(below) ? idsWithin(u) : Set.of(unit)) + ")");
        }
        if (document != null) {
            Document d = documents.findByIdOptional(document).filter(x -> caller.canRead(x.unit))
                    .orElseThrow(() -> ApiException.invalidReference("Document", document, "documentId"));
            where.add("iv.indicator_id IN (SELECT t.indicator_id FROM target t JOIN objective o ON o.id = t.objective_id"
                    + " WHERE o.document_id = " + document + ")");
            if (d.unit != null) {
                where.add("iv.unit_id IN (" + SqlLiterals.ids(idsWithin(d.unit)) + ")");
            }
        }
        if (from != null) {
            where.add("iv.period_end >= " + SqlLiterals.date(from));
        }
        if (to != null) {
            where.add("iv.period_start <= " + SqlLiterals.date(to));
        }
        if (valueStatus != null) {
            where.add("iv.status = " + SqlLiterals.name(valueStatus));
        }
        String scope = caller.restrictSql("iv.unit_id");
        if (scope != null) {
            where.add(scope);
        }
        String condition = where.isEmpty() ? "true" : String.join(" AND ", where);
        Long rows = count ? ((Number) em.createNativeQuery("SELECT count(*) FROM indicator_value iv WHERE "
                + condition).getSingleResult()).longValue() : null;
        return new Selection(condition, indicatorSet.isEmpty() ? null : indicatorSet, rows, withBom,
                chosen == null ? negotiated : chosen);
    }

    /** The ids of {@code unit} and of every unit below it, by code across reorganisations. */
    private Set<Long> idsWithin(AdminUnit unit) {
        return units.unitsWithin(unit.code, LocalDate.now(Obligations.VIETNAM)).values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    }

    /**
     * Streams the selected rows into {@code out} in {@code format}. The values the caller may not see are read first,
     * in a short transaction on the primary; the rows then come from the read datasource ({@link ReadReplica}: the
     * replicas in production), in one read-only transaction (PostgreSQL keeps a cursor open only inside one) that
     * lasts as long as the client takes to read, holding no connection of the primary meanwhile. One indicator's
     * rows are sorted in memory (work_mem), not on disk.
     */
    public void write(Selection selection, OutputStream out) throws IOException {
        Masks masks = Masks.of(QuarkusTransaction.requiringNew()
                .call(() -> suppression.forIndicators(selection.indicatorIds())));
        ExportFormat format = selection.format();
        OutputStream buffered = new BufferedOutputStream(out, BUFFER);
        if (selection.bom() && format == ExportFormat.CSV) {
            buffered.write(BOM);
        }
        try {
            long rows = replica.read(session -> session.doReturningWork(connection -> {
                try (Statement s = connection.createStatement()) {
                    s.execute("SET LOCAL work_mem = '64MB'");
                }
                List<Long> order = indicatorOrder(connection, selection);
                return switch (format) {
                    case CSV -> copy(connection, ValueColumns.VALUES, selection.bom(), selection, order, masks, buffered);
                    case SDMX_CSV -> copy(connection, ValueColumns.SDMX, false, selection, order, masks, buffered);
                    case NDJSON -> typed(connection, selection, order, masks, new NdjsonRows(json, buffered));
                    case XLSX -> typed(connection, selection, order, masks, new XlsxRows(buffered));
                };
            }));
            buffered.flush();
            metrics.exported(format, rows);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The indicators whose rows may hold values the caller may not see, and those values as SQL. */
    private record Masks(Set<Long> indicators, String suppressed) {
        static Masks of(Suppression.Suppressed hidden) {
            return hidden.byValueId().isEmpty() ? new Masks(Set.of(), null)
                    : new Masks(hidden.indicators(), ValueColumns.suppressed(hidden.byValueId()));
        }

        boolean masks(long indicator) {
            return indicators.contains(indicator);
        }
    }

    /** The indicators to walk, in code order. */
    private static List<Long> indicatorOrder(Connection connection, Selection selection) throws SQLException {
        String sql = "SELECT id FROM indicator" + (selection.indicatorIds() == null ? ""
                : " WHERE id IN (" + SqlLiterals.ids(selection.indicatorIds()) + ")") + " ORDER BY code";
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static String rowsOf(String select, long indicator, Masks masks, Selection selection) {
        return select + ValueColumns.from(masks.masks(indicator) ? masks.suppressed() : null) + "iv.indicator_id = " + indicator + " AND " + selection.where()
                + ValueColumns.ORDER;
    }

    /**
     * The header, then one COPY per indicator: PostgreSQL writes the CSV; CRLF ends each record (RFC 4180). Answers
     * the rows written.
     */
    private static long copy(Connection connection, List<ValueColumns.Column> columns, boolean forExcel,
            Selection selection, List<Long> order, Masks masks, OutputStream out) throws SQLException {
        try {
            CrlfRecords records = new CrlfRecords(out);
            records.write(columns.stream().map(ValueColumns.Column::name).collect(Collectors.joining(",", "", "\n"))
                    .getBytes(StandardCharsets.UTF_8));
            CopyManager copier = connection.unwrap(PGConnection.class).getCopyAPI();
            long rows = 0;
            for (long indicator : order) {
                boolean masking = masks.masks(indicator);
                String select = ValueColumns.csvSelect(columns, forExcel, masking);
                rows += copier.copyOut("COPY (" + rowsOf(select, indicator, masks, selection) + ") TO STDOUT (FORMAT csv)",
                        records);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Typed rows from a server-side cursor, indicator by indicator, into {@code rows}; answers how many. */
    private static long typed(Connection connection, Selection selection, List<Long> order, Masks masks,
            TypedRows rows) throws SQLException {
        long written = 0;
        try (rows) {
            rows.start(ValueColumns.VALUES);
            for (long indicator : order) {
                boolean masking = masks.masks(indicator);
                String select = ValueColumns.typedSelect(ValueColumns.VALUES, masking);
                try (Statement s = connection.createStatement()) {
                    s.setFetchSize(FETCH_SIZE);
                    try (ResultSet rs = s.executeQuery(rowsOf(select, indicator, masks, selection))) {
                        while (rs.next()) {
                            rows.row(rs);
                            written++;
                        }
                    }
                }
            }
            rows.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** The parameter's value, or null when absent; a malformed one is added to {@code malformed} (as null). */
    private static <T> T parse(String raw, String name, Function<String, T> parser, String expected,
            List<Problem.Violation> malformed) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw.strip());
        } catch (RuntimeException e) {
            malformed.add(new Problem.Violation(name, "must be " + expected + ", not '" + raw + "'", "Type"));
            return null;
        }
    }

    private static Long parseId(String raw, String name, List<Problem.Violation> malformed) {
        return parse(raw, name, Long::valueOf, "a whole number (an id)", malformed);
    }

    private static Boolean parseBoolean(String raw, String name, List<Problem.Violation> malformed) {
        return parse(raw, name, s -> switch (s) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(s);
        }, "true or false", malformed);
    }
}
