package vn.childplan.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an oversized body from its declared length with problem+json. Bodies sent without a length are cut by
 * the HTTP layer's own limit (quarkus.http.limits.max-body-size), set a little higher.
 */
public class BodySizeFilter {
    private final ApiConfig config;

    public BodySizeFilter(ApiConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext ctx, UriInfo uri) {
        if (ctx.getLength() > config.maxBodyBytes()) {
            return ProblemMappers.problem(ErrorCode.PAYLOAD_TOO_LARGE,
                    ErrorCode.PAYLOAD_TOO_LARGE.format(config.maxBodyBytes()), uri, List.of());
        }
        return null;
    }
}
