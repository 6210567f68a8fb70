package vn.childplan.valueimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.childplan.valueimport.ImportDtos.ImportMode;

/**
 * An import run in the background ({@link ImportJobService}). Created here; every later change of its row is a
 * native UPDATE guarded by its state (its progress, its end inside the import's own transaction, a cancel, the
 * sweep), so two writers never overwrite each other's state.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String subject;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportJobState state;
    @Column(nullable = false)
    public String format;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportMode mode;
    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;
    @Column(name = "overwrite_final", nullable = false)
    public boolean overwriteFinal;
    @Column(nullable = false)
    public String sha256;
    @Column(nullable = false)
    public int runner;
    @Column(name = "rows_read", nullable = false)
    public long rowsRead;
    @Column(name = "rows_checked", nullable = false)
    public long rowsChecked;
    @Column(name = "rows_written", nullable = false)
    public long rowsWritten;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "error_code")
    public String errorCode;
    @Column(name = "error_message")
    public String errorMessage;
    @JdbcTypeCode(SqlTypes.JSON)
    public String summary;
}
