package vn.childplan.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpMethod;
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

/**
 * Checks the envelope of every request before any other handler reads it — the target's length, the headers'
 * size, the declared body length, and the characters of the path and query parameters — and answers a refusal as
 * problem+json. It runs ahead of the HTTP layer's own body limit, whose answer would be a bare 413.
 * <p>
 * Uploads of attachments ({@link #UPLOAD}) may be as large as {@link ApiConfig#maxAttachmentBytes()}, every other
 * body as {@link ApiConfig#maxBodyBytes()}. The HTTP layer's limit is set to the larger of the two
 * (quarkus.http.limits.max-body-size), and the limit of the request's route replaces it for a body sent without a
 * length, which the HTTP layer counts as it arrives.
 */
@ApplicationScoped
public class RequestLimits {
    private final ApiConfig config;
    private final ObjectMapper json;

    public RequestLimits(ApiConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** The routes that take a file: POST of a plan's, a report's or an indicator value's attachments. */
    static final Pattern UPLOAD = Pattern.compile("/api/v1/(plans|reports|indicator-values)/[^/]+/attachments/?");

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
        // after the HTTP layer's own handler, which sets its single limit for bodies without a length
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(rc -> {
            if (rc.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY) != null) {
                rc.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, maxBodyBytes(rc.request()));
            }
            rc.next();
        });
    }

    /** The body limit of the request's route. */
    private long maxBodyBytes(HttpServerRequest request) {
        return request.method() == HttpMethod.POST && UPLOAD.matcher(request.path()).matches()
                ? config.maxAttachmentBytes() : config.maxBodyBytes();
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
        long limit = maxBodyBytes(request);
        if (declaredLength(request) > limit) {
            // The body is not read: the connection closes after the answer, as the client may still be sending.
            refuse(rc, ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE.format(limit), List.of(), true);
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
