package vn.childplan.export;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import vn.childplan.common.ApiException;
import vn.childplan.period.Breakdown;
import vn.childplan.period.StoredPeriod;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Filter;
import vn.childplan.common.Problem;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentRepository;
import vn.childplan.indicator.IndicatorRepository;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.AdminUnitRepository;
import vn.childplan.value.ValueStatus;
import vn.childplan.security.Caller;

/**
 * Exports of indicator values for statisticians and scripts. {@link #select} checks the filters, narrows them to
 * the caller's scope exactly as the value list does and counts the rows; {@link #write} then streams those rows
 * from a server-side cursor ({@link #FETCH_SIZE} rows at a time, scalar projections that never enter the
 * persistence context) through a small buffer into the response, so memory stays flat whatever the size.
 */
@ApplicationScoped
public class ExportService {
    static final int MAX_INDICATORS = 100;
    private static final int FETCH_SIZE = 1000;
    private static final String FROM = " from IndicatorValue iv join iv.indicator ind join iv.unit au where ";
    /** Reproducible: the same data exports the same file (id last, as unit codes repeat across reorganisations). */
    private static final String ORDER = " order by ind.code, au.code, iv." + StoredPeriod.START + ", iv."
            + StoredPeriod.END + ", " + Breakdown.paths("iv") + ", iv.id";
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final EntityManager em;
    private final IndicatorRepository indicators;
    private final AdminUnitRepository units;
    private final DocumentRepository documents;
    private final Caller caller;

    public ExportService(EntityManager em, IndicatorRepository indicators, AdminUnitRepository units,
            DocumentRepository documents, Caller caller) {
        this.em = em;
        this.indicators = indicators;
        this.units = units;
        this.documents = documents;
        this.caller = caller;
    }

    /** The rows an export holds (its where-clause with parameters), how many there are now, and whether a BOM leads. */
    public record Selection(String where, Map<String, Object> params, long count, boolean bom) {
    }

    /**
     * Parses and checks the filters (malformed → 400 naming the parameter; an indicator, unit or plan that does not
     * exist or lies outside the caller's scope → 422), restricts them to the caller's units and counts the rows.
     */
    @Transactional
    public Selection select(List<String> indicatorIds, String unitId, String descendants, String documentId,
            String periodFrom, String periodTo, String status, String bom) {
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
        if (!malformed.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, malformed, malformed.size());
        }

        Filter f = new Filter();
        if (!indicatorSet.isEmpty()) {
            // one select for all of them (up to MAX_INDICATORS), the first unknown id named
            Set<Long> known = indicators.list("id in ?1", indicatorSet).stream().map(i -> i.id)
                    .collect(Collectors.toSet());
            for (Long id : indicatorSet) {
                if (!known.contains(id)) {
                    throw ApiException.invalidReference("Indicator", id, "indicatorId");
                }
            }
            f.and("fk(iv.indicator) in :indicators", "indicators", indicatorSet);
        }
        if (unit != null) {
            AdminUnit u = units.findByIdOptional(unit).filter(caller::canRead)
                    .orElseThrow(() -> ApiException.invalidReference("Administrative unit", unit, "unitId"));
            if (Boolean.TRUE.equals(below)) {
                f.and("fk(iv.unit) in (select w.id from AdminUnit w where w.code in :within)", "within",
                        units.codesWithin(u.code));
            } else {
                f.and("fk(iv.unit) = :unit", "unit", unit);
            }
        }
        if (document != null) {
            Document d = documents.findByIdOptional(document).filter(x -> caller.canRead(x.unit))
                    .orElseThrow(() -> ApiException.invalidReference("Document", document, "documentId"));
            f.and("fk(iv.indicator) in (select t.indicator.id from Target t where t.objective.document.id = :document)",
                    "document", document);
            if (d.unit != null) {
                f.and("fk(iv.unit) in (select du.id from AdminUnit du where du.code in :planUnits)", "planUnits",
                        units.codesWithin(d.unit.code));
            }
        }
        f.and("iv." + StoredPeriod.END + " >= :periodFrom", "periodFrom", from)
                .and("iv." + StoredPeriod.START + " <= :periodTo", "periodTo", to)
                .and("iv.status = :status", "status", valueStatus);
        caller.restrict(f, "iv.unit");
        var count = em.createQuery("select count(iv)" + FROM + f.query(), Long.class);
        f.params().forEach(count::setParameter);
        return new Selection(f.query(), f.params(), count.getSingleResult(), withBom);
    }

    /**
     * Streams the selected rows as CSV into {@code out}, a UTF-8 byte order mark first when asked (Excel needs it to
     * read UTF-8). Runs in its own read-only transaction: PostgreSQL keeps a cursor open only inside one. Its
     * timeout is long because the client's reading speed sets the pace.
     */
    @Transactional
    @TransactionConfiguration(timeout = 4 * 3600)
    public void write(Selection selection, OutputStream out) throws IOException {
        if (selection.bom()) {
            out.write(BOM);
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        IndicatorValueCsv.writeHeader(writer);
        var query = em.createQuery(IndicatorValueCsv.PROJECTION + FROM + selection.where() + ORDER,
                IndicatorValueCsv.class);
        selection.params().forEach(query::setParameter);
        try (Stream<IndicatorValueCsv> rows = query.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream()) {
            for (var it = rows.iterator(); it.hasNext();) {
                it.next().write(writer);
            }
        }
        writer.flush();
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
