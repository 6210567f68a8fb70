package vn.childplan.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the envelope of every request before any other handler reads it — the target's length, the headers'
 * size, the declared body length, and the characters of the path and query parameters — and answers a refusal as
 * problem+json. It runs ahead of the HTTP layer's own body limit, whose answer would be a bare 413.
 */
@ApplicationScoped
public class RequestLimits {
    private final ApiConfig config;
    private final ObjectMapper json;
    /** The upload routes' patterns with their limits. */
    private final Map<Pattern, Long> uploads;

    public RequestLimits(ApiConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.uploads = config.uploads().values().stream()
                .collect(Collectors.toMap(u -> Pattern.compile(u.path()), ApiConfig.Upload::maxBytes));
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.uri().length() > config.maxUriLength()) {
            refuse(rc, ErrorCode.URI_TOO_LONG, ErrorCode.URI_TOO_LONG.format(config.maxUriLength()), List.of(), true);
            return;
        }
        if (headerBytes(request) > config.maxHeaderBytes()) {
            refuse(rc, ErrorCode.HEADERS_TOO_LARGE, ErrorCode.HEADERS_TOO_LARGE.format(config.maxHeaderBytes()),
                    List.of(), true);
            return;
        }
        Long upload = uploadLimit(request.path());
        long limit = upload == null ? config.maxBodyBytes() : upload;
        long declared = declaredLength(request);
        if (declared > limit) {
            // The body is not read: the connection closes after the answer, as the client may still be sending.
            refuse(rc, ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE.format(limit), List.of(), true);
            return;
        }
        if (upload == null && declared < 0 && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // A body without a length is only cut by the HTTP layer, at the largest upload's limit: a JSON body
            // must declare its length, so that 1 MiB holds. (Uploads are streamed to disk or bounded by their use.)
            refuse(rc, ErrorCode.LENGTH_REQUIRED, ErrorCode.LENGTH_REQUIRED.format(limit), List.of(), true);
            return;
        }
        Problem.Violation bad = badParameter(rc);
        if (bad != null) {
            refuse(rc, ErrorCode.INVALID_PARAMETER, ErrorCode.INVALID_PARAMETER.format(bad.field(), bad.message()),
                    List.of(bad), false);
            return;
        }
        rc.next();
    }

    /** The body limit of the upload route at {@code path}, or null when it takes no files. */
    private Long uploadLimit(String path) {
        for (Map.Entry<Pattern, Long> upload : uploads.entrySet()) {
            if (upload.getKey().matcher(path).matches()) {
                return upload.getValue();
            }
        }
        return null;
    }

    /**
     * The first path or query parameter that is not well percent-encoded, or holds a character
     * {@link Text#unstorable} refuses. (A target the HTTP server itself finds malformed never gets here.)
     */
    private static Problem.Violation badParameter(RoutingContext rc) {
        try {
            return unstorableParameter(rc);
        } catch (RuntimeException e) { // "%ZZ", a "%" at the end: URLDecoder and the query decoder refuse them
            return new Problem.Violation("path", "is not well percent-encoded", "PercentEncoding");
        }
    }

    private static Problem.Violation unstorableParameter(RoutingContext rc) {
        String reason = Text.unstorable(URLDecoder.decode(rc.request().path(), StandardCharsets.UTF_8));
        if (reason != null) {
            return new Problem.Violation("path", reason, ProblemMappers.INVALID_CHARACTER);
        }
        for (Map.Entry<String, String> p : rc.queryParams()) {
            reason = Text.unstorable(p.getKey());
            if (reason != null) {
                return new Problem.Violation("query", "a parameter name " + reason, ProblemMappers.INVALID_CHARACTER);
            }
            reason = Text.unstorable(p.getValue());
            if (reason != null) {
                return new Problem.Violation(p.getKey(), reason, ProblemMappers.INVALID_CHARACTER);
            }
        }
        return null;
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            bytes += h.getKey().length() + h.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    /** Content-Length, or -1 when the body has no declared length (the HTTP layer then counts it as it arrives). */
    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void refuse(RoutingContext rc, ErrorCode code, String detail, List<Problem.Violation> violations,
            boolean close) {
        String body;
        try {
            body = json.writeValueAsString(Problem.of(code, detail, rc.request().path(), violations));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = rc.response().setStatusCode(code.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
