package vn.childplan.attachment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import vn.childplan.attachment.AttachmentDtos.AttachmentDto;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.common.ApiConfig;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Problem;
import vn.childplan.common.Spool;
import vn.childplan.common.Text;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentService;
import vn.childplan.document.DocumentStatus;
import vn.childplan.reportingcycle.Report;
import vn.childplan.reportingcycle.ReportService;
import vn.childplan.reportingcycle.ReportStatus;
import vn.childplan.security.Caller;
import vn.childplan.value.IndicatorValue;
import vn.childplan.value.IndicatorValueService;
import vn.childplan.value.ValueStatus;

/**
 * Files of plans, reports and indicator values. A file is read and written under exactly the rules of the record
 * it belongs to, asked of that record's own service: its read check (404 outside the caller's scope) and the edit
 * check of its own writes (403). Uploads and deletions are audited ({@code attachment}, with the SHA-256) through
 * {@link AuditedWrites}; a file is deleted only while its owner is a draft (a plan in DRAFT, a report in DRAFT or
 * RETURNED, an ESTIMATE value), else 409 ATTACHMENT_LOCKED; a report takes new files only while its agency may
 * still edit it. The files of an indicator value or a report whose figures small-cell suppression withholds from the
 * caller (any of them, for a report) are withheld too (403).
 */
@ApplicationScoped
public class AttachmentService {
    static final String ENTITY = "attachment";
    /**
     * The upload route of attachments in {@code childplan.api.uploads}: its path and its limit, which
     * {@code common.RequestLimits} holds a declared length to, and {@link #spool} a body sent without a length.
     */
    static final String UPLOAD_ROUTE = "attachments";
    private static final int MAX_NAME = 255;

    /** The kinds of record that have files. */
    public enum Owner {
        PLAN, REPORT, INDICATOR_VALUE
    }

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final DocumentService documents;
    private final ReportService reports;
    private final IndicatorValueService values;
    private final Caller caller;
    /** The largest file accepted: the limit of the upload route {@link #UPLOAD_ROUTE}. */
    private final long maxBytes;
    private final AuditedWrites.Kind<Attachment, AttachmentDto> writes;

    public AttachmentService(AttachmentRepository attachments, AttachmentStore store, DocumentService documents,
            ReportService reports, IndicatorValueService values, Caller caller, ApiConfig config,
            AuditedWrites audited) {
        this.attachments = attachments;
        this.store = store;
        this.documents = documents;
        this.reports = reports;
        this.values = values;
        this.caller = caller;
        ApiConfig.Upload route = config.uploads().get(UPLOAD_ROUTE);
        if (route == null) {
            throw new IllegalStateException("childplan.api.uploads." + UPLOAD_ROUTE + " is not configured");
        }
        this.maxBytes = route.maxBytes();
        this.writes = audited.of(ENTITY, AttachmentDto::of, Attachment::unit, a -> holder(a).requireEdit().run());
    }

    /**
     * The record a file belongs to, as its own service sees it for this caller: how to refuse an edit, whether it
     * is still a draft, and how a new file is attached to it.
     */
    private record Holder(String what, Runnable requireEdit, boolean draft, boolean takesFiles,
            Consumer<Attachment> attach, String column, long id) {
    }

    /** The owner if the caller may read it (404 otherwise). */
    private Holder holder(Owner owner, long id) {
        return switch (owner) {
            case PLAN -> plan(documents.find(id));
            case REPORT -> report(reports.readable(id));
            case INDICATOR_VALUE -> value(values.readable(id));
        };
    }

    /** The owner of a file, readable by the caller (else 404 for the file, as if it did not exist). */
    private Holder holder(Attachment a) {
        try {
            return a.document != null ? holder(Owner.PLAN, a.document.id)
                    : a.report != null ? holder(Owner.REPORT, a.report.id)
                    : holder(Owner.INDICATOR_VALUE, a.indicatorValue.id);
        } catch (ApiException e) {
            throw e.code() == ErrorCode.NOT_FOUND ? ApiException.notFound("Attachment", a.id) : e;
        }
    }

    private Holder plan(Document d) {
        // the signed plan exists only once the plan is issued: plans take files whatever their status
        return new Holder("plan", () -> documents.requireEdit(d), d.status == DocumentStatus.DRAFT, true,
                a -> a.document = d, "document", d.id);
    }

    private Holder report(Report r) {
        // as for a value: the evidence of withheld figures would give them away
        if (reports.withheld(r)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        // what was submitted stays as submitted: a report takes and gives up files only while it is being written
        boolean open = r.status == ReportStatus.DRAFT || r.status == ReportStatus.RETURNED;
        return new Holder("report", () -> reports.requireEdit(r), open, open, a -> a.report = r, "report", r.id);
    }

    private Holder value(IndicatorValue v) {
        // the evidence of a withheld figure would give it away: closed, like the figure, to who may not see it
        if (values.withheld(v)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        return new Holder("indicator value", () -> values.requireEdit(v), v.status == ValueStatus.ESTIMATE, true,
                a -> a.indicatorValue = v, "indicatorValue", v.id);
    }

    @Transactional
    public List<AttachmentDto> list(Owner owner, long id) {
        Holder h = holder(owner, id);
        return attachments.list(h.column() + ".id = ?1 order by createdAt, id", h.id()).stream()
                .map(AttachmentDto::of).toList();
    }

    /** One file's description, under the read rule of its owner (404 outside it). */
    @Transactional
    public AttachmentDto get(long id) {
        return AttachmentDto.of(readable(id));
    }

    /** Writes the bytes of a file the caller has been given by {@link #get}. */
    @Transactional
    public void copy(long id, OutputStream out) throws IOException {
        store.copy(id, out);
    }

    /**
     * Stores a file: the owner's rules first (404, 403, 409), before a byte is read; then the body is copied to a
     * temporary file ({@link Spool}), counted (413 past the limit of the upload route {@link #UPLOAD_ROUTE}) and hashed, its type detected from
     * the content (415), and only then, in a transaction of its own, the owner checked again and the file stored
     * and audited. No transaction stays open while a client sends.
     */
    public AttachmentDto upload(Owner owner, long ownerId, String fileName, AttachmentKind kind, InputStream body) {
        String name = name(fileName);
        AttachmentKind k = kind(owner, kind);
        QuarkusTransaction.requiringNew().run(() -> writable(owner, ownerId));
        try (Spool spool = Spool.of(body, maxBytes)) {
            long size = spool.size();
            if (size == 0) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED,
                        List.of(new Problem.Violation("body", "the file is empty", "NotEmpty")), 1);
            }
            String mediaType = ContentTypes.detect(spool.file(), name);
            return QuarkusTransaction.requiringNew().call(() -> {
                Holder h = writable(owner, ownerId);
                Attachment a = new Attachment();
                h.attach().accept(a);
                a.kind = k;
                a.name = name;
                a.mediaType = mediaType;
                a.size = size;
                a.sha256 = spool.sha256();
                a.uploadedBy = caller.subject();
                a.uploadedByName = caller.name();
                AttachmentDto created = writes.create(a);
                try (InputStream in = Files.newInputStream(spool.file())) {
                    store.put(a.id, in);
                }
                return created;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded file", e);
        }
    }

    /** Deletes a file while its owner is a draft; 409 ATTACHMENT_LOCKED after. */
    @Transactional
    public void delete(long id, int expectedVersion) {
        Attachment a = readable(id);
        writes.delete(a, expectedVersion, x -> {
            Holder h = holder(x);
            if (!h.draft()) {
                throw new ApiException(ErrorCode.ATTACHMENT_LOCKED, h.what());
            }
            // the bytes go first: the row that names them is removed right after, in the same transaction
            store.delete(x.id);
        });
    }

    /** A file under the read rule of its owner. */
    private Attachment readable(long id) {
        Attachment a = attachments.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Attachment", id));
        holder(a);
        return a;
    }

    /** The owner, readable (404) and editable (403) by the caller, that takes files now (409). */
    private Holder writable(Owner owner, long id) {
        Holder h = holder(owner, id);
        h.requireEdit().run();
        if (!h.takesFiles()) {
            throw new ApiException(ErrorCode.ATTACHMENT_LOCKED, h.what());
        }
        return h;
    }

    /** The file's name: its last path segment, NFC, at most 255 characters; 400 when missing. */
    private static String name(String fileName) {
        String raw = fileName == null ? null : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1);
        String name = Text.clean(raw);
        String problem = name == null ? "is required" : name.length() > MAX_NAME ? "at most " + MAX_NAME
                + " characters" : null;
        if (problem != null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, List.of(new Problem.Violation("name", problem,
                    name == null ? "NotBlank" : "Size")), 1);
        }
        return name;
    }

    /** A plan's file is SIGNED_PLAN or OTHER (default); a report's or a value's is EVIDENCE. */
    private static AttachmentKind kind(Owner owner, AttachmentKind kind) {
        if (owner == Owner.PLAN) {
            if (kind == AttachmentKind.EVIDENCE) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, List.of(new Problem.Violation("kind",
                        "a plan's file is SIGNED_PLAN or OTHER", "Kind")), 1);
            }
            return kind == null ? AttachmentKind.OTHER : kind;
        }
        if (kind != null && kind != AttachmentKind.EVIDENCE) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, List.of(new Problem.Violation("kind",
                    "a report's or an indicator value's file is EVIDENCE", "Kind")), 1);
        }
        return AttachmentKind.EVIDENCE;
    }
}
