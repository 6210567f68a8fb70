package vn.childplan.valueimport;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.hibernate.Session;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.common.Spool;
import vn.childplan.security.Caller;
import vn.childplan.security.Roles;
import vn.childplan.value.SourceKind;
import vn.childplan.value.Suppression;
import vn.childplan.valueimport.ImportDtos.ImportMode;
import vn.childplan.valueimport.ImportDtos.ImportOutcome;
import vn.childplan.valueimport.ImportDtos.ImportSummary;

/**
 * One import in one transaction: read and stage (COPY), the stored values withheld from the caller (small-cell
 * suppression, read only when the file names a sensitive indicator), check (set-based), merge (one statement), audit
 * (one entry plus the replaced values). All or nothing by default; a dry run does everything and then rolls back, so it
 * answers exactly what the real run would.
 */
@ApplicationScoped
public class ValueImporter {
    /** The audit trail's name of an import; its entity id comes from value_import_seq. */
    public static final String ENTITY = "indicator-value-import";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final EntityManager em;
    private final Caller caller;
    private final AuditedWrites audited;
    private final TransactionManager transactions;
    private final ObjectMapper json;
    private final Suppression suppression;

    public ValueImporter(EntityManager em, Caller caller, AuditedWrites audited, TransactionManager transactions,
            ObjectMapper json, Suppression suppression) {
        this.suppression = suppression;
        this.em = em;
        this.caller = caller;
        this.audited = audited;
        this.transactions = transactions;
        this.json = json;
    }

    /** What an import was asked to do; {@code scope} null = every unit. */
    record Options(ImportFormat format, ImportMode mode, boolean dryRun, boolean overwriteFinal, Set<String> scope) {
    }

    /**
     * What a job learns of its import as it runs; the synchronous import passes {@link #NONE}. A hook that throws
     * (a job cancelled meanwhile) rolls the whole import back.
     */
    interface Progress {
        Progress NONE = new Progress() {
        };

        /** After each row read from the file, with the rows read so far. */
        default void read(long rows) {
        }

        /** After the set-based checks, with the rows checked. */
        default void checked(long rows) {
        }

        /** The last step inside the import's transaction, with its summary. */
        default void finishing(ImportSummary summary) {
        }
    }

    /** The rows of a file, counted for {@link Progress#read} as they pass. */
    private record CountedRows(RowSource rows, Progress progress, long[] read) implements RowSource {
        @Override
        public RawRow next() throws IOException {
            RawRow row = rows.next();
            if (row != null) {
                progress.read(++read[0]);
            }
            return row;
        }

        @Override
        public String column(Field field) {
            return rows.column(field);
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }

    /** What the audit entry says of an import (who, client and when are the entry's own). */
    record Audited(String sha256, ImportFormat format, ImportMode mode, boolean overwriteFinal, long rows,
            long imported, long updated, long unchanged, long rejected) {
    }

    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public ImportSummary run(Spool spool, Options o, Progress progress) {
        Connection connection = em.unwrap(Session.class).doReturningWork(c -> c);
        Staging staging = new Staging(connection);
        SourceKind source = caller.is(Roles.INTEGRATION) ? SourceKind.MACHINE_CLIENT : SourceKind.MANUAL;
        try (Reader in = spool.reader(); RowSource rows = new CountedRows(o.format().open(in,
                json.getFactory()), progress, new long[1])) {
            staging.create();
            StagedRows staged = new StagedRows(o.format() == ImportFormat.SDMX_CSV, source);
            staging.copy(rows, staged);
            Set<String> codes = staged.indicatorCodes();
            if (codes == null || !codes.isEmpty()) {
                staging.withhold(suppression.forIndicators(codes == null ? null : staging.indicators(codes))
                        .byValueId().keySet());
            }
            staging.check(o.scope(), LocalDate.now(VIETNAM), o.overwriteFinal());
            Staging.Counts checked = staging.counts();
            progress.checked(checked.rows());
            boolean rejectAll = o.mode() == ImportMode.ALL_OR_NOTHING && checked.rejected() > 0;
            if (!rejectAll) {
                staging.merge(caller.subject(), o.overwriteFinal());
            }
            Staging.Counts c = staging.counts();
            Long auditId = null;
            if (!rejectAll && !o.dryRun() && c.imported() + c.updated() > 0) {
                long id = ((Number) em.createNativeQuery("SELECT nextval('value_import_seq')").getSingleResult())
                        .longValue();
                String unit = caller.unitCode();
                auditId = audited.recordBulk(ENTITY, id, unit == null ? null : () -> unit, new Audited(spool.sha256(),
                        o.format(), o.mode(), o.overwriteFinal(), c.rows(), c.imported(), c.updated(), c.unchanged(),
                        c.rejected()));
                staging.keepPrevious(auditId);
            }
            ImportOutcome outcome = rejectAll ? ImportOutcome.REJECTED
                    : o.dryRun() ? ImportOutcome.DRY_RUN : ImportOutcome.COMMITTED;
            ImportSummary summary = new ImportSummary(outcome, o.mode(), o.dryRun(), o.format().name(),
                    spool.sha256(), c.rows(), c.imported(), c.updated(), rejectAll ? 0 : c.unchanged(), c.rejected(),
                    staging.rejected(rows), staging.replacedFinal(), auditId);
            progress.finishing(summary);
            if (o.dryRun()) {
                transactions.setRollbackOnly();
            }
            return summary;
        } catch (CharacterCodingException e) {
            throw CsvRows.unreadable("body", "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException | SystemException e) {
            throw new IllegalStateException("the import failed in the database", e);
        }
    }
}
