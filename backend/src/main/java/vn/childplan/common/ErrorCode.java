package vn.childplan.common;

import java.text.MessageFormat;

/**
 * Stable error codes of the API. Clients key on {@link #name()}; the HTTP status and the English message template
 * travel with the code so every place that raises it answers the same way. Templates use {@link MessageFormat}.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400, "Validation failed", "The request has {0} invalid field(s)."),
    MALFORMED_JSON(400, "Malformed JSON", "The request body is not valid JSON: {0}"),
    INVALID_VALUE(400, "Invalid value", "Field ''{0}'' has an invalid value: {1}"),
    UNKNOWN_FIELD(400, "Unknown field", "Field ''{0}'' is not part of this request."),
    INVALID_PARAMETER(400, "Invalid parameter", "Parameter ''{0}'' is invalid: {1}"),
    IMPORT_UNREADABLE(400, "Unreadable file", "The file cannot be read: {0}"),
    UNREADABLE_DOCUMENT(400, "Unreadable document", "The document cannot be read: {0}"),
    UNAUTHENTICATED(401, "Authentication required", "A valid bearer token is required."),
    FORBIDDEN(403, "Forbidden", "You may not perform this operation."),
    NOT_FOUND(404, "Not found", "{0} {1} does not exist."),
    ROUTE_NOT_FOUND(404, "Not found", "No resource at this path."),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "This resource does not support this method."),
    NOT_ACCEPTABLE(406, "Not acceptable", "The request accepts none of the media types this resource answers in (JSON; CSV for exports)."),
    DUPLICATE(409, "Duplicate", "{0}"),
    LEAD_ALREADY_ASSIGNED(409, "Lead already assigned",
            "This task already has a lead agency (chủ trì); a task has at most one."),
    INVALID_TRANSITION(409, "Invalid transition", "{0}"),
    SUCCESSION_STALE(409, "Succession preview stale",
            "The agency's open work or its successors changed since the preview; preview the succession again."),
    STILL_REFERENCED(409, "Still referenced", "{0} {1} is still referenced by other records and cannot be deleted."),
    ATTACHMENT_LOCKED(409, "Attachment locked",
            "The {0} this file belongs to is no longer a draft: its files are kept as they were."),
    IDEMPOTENCY_KEY_IN_USE(409, "Idempotency key in use",
            "A request with this Idempotency-Key is still being processed; retry once it has finished."),
    LENGTH_REQUIRED(411, "Length required", "This route takes at most {0} bytes: send the body with a Content-Length."),
    CONCURRENT_UPDATE(412, "Concurrent update", "The record was changed by someone else while this request ran; reload and retry."),
    PRECONDITION_FAILED(412, "Precondition failed",
            "The record has changed since you read it (your version {0}, current {1}); reload it and apply your change again."),
    PAYLOAD_TOO_LARGE(413, "Payload too large", "The request body exceeds {0} bytes."),
    URI_TOO_LONG(414, "URI too long", "The request target exceeds {0} characters; send long filters in fewer parameters."),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type",
            "The operation does not accept the media type of this body: records are sent as application/json, plan "
                    + "documents as text/plain, text/markdown or DOCX."),
    UNSUPPORTED_ATTACHMENT_TYPE(415, "Unsupported file type",
            "The file''s content is {0}; attachments are PDF, PNG, JPEG, DOCX, XLSX, ODT, CSV or plain text."),
    CASCADE_CYCLE(422, "Cascade cycle",
            "The cascade would form a cycle: a document cannot implement itself or a document that implements it."),
    TASK_CYCLE(422, "Task cycle", "Task {0} cannot be placed under task {1}: the task tree would form a cycle."),
    INVALID_REFERENCE(422, "Invalid reference", "{0} {1} referenced by ''{2}'' does not exist."),
    NOT_AGGREGATABLE(422, "Not aggregatable",
            "Indicator {0} is catalogued with aggregation NONE: its values cannot be combined over several units."),
    RULE_VIOLATED(422, "Business rule violated", "{0}"),
    IMPORT_REJECTED(422, "Import rejected", "{0} of {1} rows are rejected; nothing was written."),
    DRAFT_REJECTED(422, "Draft rejected",
            "The reviewed draft cannot be saved: {0} problem(s), each named in violations; nothing was written."),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused",
            "This Idempotency-Key was sent with another request body; a new request needs a new key."),
    PRECONDITION_REQUIRED(428, "Precondition required",
            "Send If-Match with the ETag you read, so a concurrent change cannot be overwritten."),
    HEADERS_TOO_LARGE(431, "Request headers too large", "The request headers exceed {0} bytes."),
    /** An import job's failure, never an HTTP answer: its backend stopped (kill -9, a crash) while it ran. */
    IMPORT_INTERRUPTED(500, "Import interrupted",
            "The backend stopped while this import job ran; nothing of it was written. Send the file again."),
    INTERNAL_ERROR(500, "Internal error", "An unexpected error occurred; it has been logged."),
    /** Any operation, while the database is away (stopped, restarting, unreachable) or has no connection to spare. */
    DATABASE_UNAVAILABLE(503, "Database unavailable",
            "The database cannot be reached at the moment. Retry after the seconds in Retry-After; if this was a "
                    + "change, read the record first: it may or may not have been saved."),
    /** A backend that has not yet fetched the login server's keys (it started while Keycloak was down). */
    IDENTITY_PROVIDER_UNAVAILABLE(503, "Login server unavailable",
            "The login server cannot be reached to check your token; nothing was done. Retry after the seconds in "
                    + "Retry-After.");

    private final int status;
    private final String title;
    private final String template;

    ErrorCode(int status, String title, String template) {
        this.status = status;
        this.title = title;
        this.template = template;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** Numbers are ids and versions here: written as-is, never grouped ("1481", not "1,481"). */
    public String format(Object... args) {
        Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return new MessageFormat(template, java.util.Locale.ROOT).format(plain);
    }
}
