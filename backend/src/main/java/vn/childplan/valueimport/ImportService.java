package vn.childplan.valueimport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Spool;
import vn.childplan.common.Problem;
import vn.childplan.security.Caller;
import vn.childplan.valueimport.ImportDtos.ImportMode;
import vn.childplan.valueimport.ImportDtos.ImportOutcome;
import vn.childplan.valueimport.ImportDtos.ImportSummary;
import vn.childplan.valueimport.ValueImporter.Options;

/**
 * Imports of indicator values: checks the request (parameters, the caller's right to write values, 403 before
 * anything is read), spools the body (its SHA-256), honours an Idempotency-Key, and runs the import
 * ({@link ValueImporter}). Answers 200 with the summary, or 422 IMPORT_REJECTED — problem+json that carries the
 * same summary — when all or nothing was asked and some rows were rejected.
 */
@ApplicationScoped
public class ImportService {
    static final String OPERATION = "importIndicatorValues";

    private final ValueImporter importer;
    private final IdempotencyKeys keys;
    private final Caller caller;
    private final ObjectMapper json;

    public ImportService(ValueImporter importer, IdempotencyKeys keys, Caller caller, ObjectMapper json) {
        this.importer = importer;
        this.keys = keys;
        this.caller = caller;
        this.json = json;
    }

    /** The answer: its status, media type and body (JSON text, as stored for an Idempotency-Key's replays). */
    public record Answer(int status, String contentType, String body) {
    }

    /** The 422 of a rejected all-or-nothing import: problem details with the summary as an extension member. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Rejection(String type, String title, int status, String detail, String instance, String code,
            List<Problem.Violation> violations, String requestId, ImportSummary summary) {
    }

    /**
     * An import's parameters, checked before anything is read: 400 for a malformed one (or Idempotency-Key), 415
     * for a format no import reads, 403 for a caller who may not write values or not overwrite FINAL ones.
     */
    Options options(MediaType mediaType, ImportParams params) {
        List<Problem.Violation> malformed = new ArrayList<>();
        boolean dry = flag(params.dryRun(), "dryRun", malformed);
        boolean overwrite = flag(params.overwriteFinal(), "overwriteFinal", malformed);
        ImportMode importMode = ImportMode.ALL_OR_NOTHING;
        if (params.mode() != null) {
            try {
                importMode = ImportMode.valueOf(params.mode().strip());
            } catch (IllegalArgumentException e) {
                malformed.add(new Problem.Violation("mode", "must be ALL_OR_NOTHING or PER_ROW", "Type"));
            }
        }
        if (!malformed.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, malformed, malformed.size());
        }
        if (params.idempotencyKey() != null) {
            IdempotencyKeys.check(params.idempotencyKey());
        }
        ImportFormat format = ImportFormat.of(mediaType.getType(), mediaType.getSubtype())
                .orElseThrow(() -> new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE));
        Set<String> scope = caller.valueWriteScope();
        if (overwrite) {
            caller.requireFinalOverwrite();
        }
        return new Options(format, importMode, dry, overwrite, scope);
    }

    /**
     * What an Idempotency-Key is held for: the operation and its parameters, so a dry run's answer is never
     * replayed for the real run, nor a synchronous import's for a job.
     */
    static String request(String operation, Options o) {
        return operation + " " + o.format() + " " + o.mode() + (o.dryRun() ? " dryRun" : "")
                + (o.overwriteFinal() ? " overwriteFinal" : "");
    }

    public Answer importValues(InputStream body, MediaType mediaType, ImportParams params, String path) {
        Options options = options(mediaType, params);
        String idempotencyKey = params.idempotencyKey();
        // no count here: the HTTP layer cuts a value import's body at its route's limit (max-body-size)
        try (Spool spool = Spool.of(body, Long.MAX_VALUE)) {
            if (idempotencyKey == null) {
                return answer(importer.run(spool, options, ValueImporter.Progress.NONE), path);
            }
            String subject = caller.subject();
            Optional<IdempotencyKeys.Answer> stored = keys.hold(subject, idempotencyKey, request(OPERATION, options),
                    spool.sha256());
            if (stored.isPresent()) {
                IdempotencyKeys.Answer a = stored.get();
                return new Answer(a.status(), a.contentType(), a.body());
            }
            try {
                Answer a = answer(importer.run(spool, options, ValueImporter.Progress.NONE), path);
                keys.complete(subject, idempotencyKey, new IdempotencyKeys.Answer(a.status(), a.contentType(), a.body()));
                return a;
            } catch (ApiException e) {
                // a client mistake is the answer to this body: a retry gets it again
                keys.complete(subject, idempotencyKey, new IdempotencyKeys.Answer(e.code().status(),
                        Problem.MEDIA_TYPE, write(Problem.of(e.code(), e.getMessage(), path, e.violations()))));
                throw e;
            } catch (RuntimeException e) {
                keys.release(subject, idempotencyKey);
                throw e;
            }
        }
    }

    private Answer answer(ImportSummary summary, String path) {
        if (summary.outcome() != ImportOutcome.REJECTED) {
            return new Answer(200, MediaType.APPLICATION_JSON, write(summary));
        }
        ErrorCode code = ErrorCode.IMPORT_REJECTED;
        List<Problem.Violation> violations = summary.rejectedRows().stream()
                .map(r -> new Problem.Violation("rows[" + r.row() + "]." + r.column(),
                        "line " + r.line() + ": " + r.messageEn() + (r.detail() == null ? "" : " (" + r.detail() + ")"),
                        r.code().name()))
                .toList();
        Problem p = Problem.of(code, code.format(summary.rejected(), summary.rows()), path, violations);
        return new Answer(code.status(), Problem.MEDIA_TYPE, write(new Rejection(p.type(), p.title(), p.status(),
                p.detail(), p.instance(), p.code(), p.violations(), p.requestId(), summary)));
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer", e);
        }
    }

    private static boolean flag(String raw, String name, List<Problem.Violation> malformed) {
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        malformed.add(new Problem.Violation(name, "must be true or false, not '" + raw + "'", "Type"));
        return false;
    }
}
