package vn.childplan.common;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Names every request, so that a user can quote it to support and support can find its log lines: the caller's
 * {@code X-Request-Id} when it is sane (a proxy or a client that already named the request), else a new UUID. It
 * goes back in the response's {@code X-Request-Id}, in problem+json bodies ({@link Problem#requestId}) and in the
 * logging MDC as {@code requestId}. A route ahead of every other handler, so that the HTTP layer's own refusals
 * (CORS, {@link RequestLimits}), the 401s, unknown paths and /q carry it too. Quarkus keeps the MDC in the
 * request's Vert.x context, which the worker thread of a blocking endpoint runs in as well.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Visible ASCII only and at most 128 characters: it is written into log lines and headers as it is. */
    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7E]{1,128}");

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(RequestIds::name);
    }

    private static void name(RoutingContext rc) {
        String given = rc.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    /** The id of the request being handled on this thread, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
