package vn.childplan.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with the stable {@code code} and field {@code violations} of this API. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. Clients key on `code`, never on `title` or `detail`.")
public record Problem(
        @Schema(description = "URI naming the problem type", examples = "https://childplan.vn/problems/validation-failed")
        String type,
        @Schema(description = "Short summary of the problem type", examples = "Validation failed")
        String title,
        @Schema(description = "HTTP status", examples = "400")
        int status,
        @Schema(description = "Explanation of this occurrence", examples = "The request has 1 invalid field(s).")
        String detail,
        @Schema(description = "The request path", examples = "/api/v1/documents")
        String instance,
        @Schema(description = "Stable machine-readable error code", examples = "VALIDATION_FAILED")
        String code,
        @Schema(description = "One entry per invalid field (validation and business-rule errors)")
        List<Violation> violations,
        @Schema(description = "The id of the request that produced this answer (as in the X-Request-Id response "
                + "header): quote it to support, who find the request's log lines by it",
                examples = "5f0c2a9e-3b1d-4c6e-9a7f-2d8b4e1c0a93")
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "Violation")
    public record Violation(
            @Schema(description = "JSON path of the offending field or parameter", examples = "title")
            String field,
            @Schema(description = "What is wrong with it", examples = "must not be blank")
            String message,
            @Schema(description = "Stable code of the rule", examples = "NotBlank")
            String code) {
    }

    public static Problem of(ErrorCode code, String detail, String instance, List<Violation> violations) {
        String slug = code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return new Problem("https://childplan.vn/problems/" + slug, code.title(), code.status(), detail, instance,
                code.name(), violations, RequestIds.current());
    }
}
