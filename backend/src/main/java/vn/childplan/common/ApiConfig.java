package vn.childplan.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * Limits of the public API, enforced by {@link RequestLimits} with problem+json answers. The HTTP layer's own limits
 * (quarkus.http.limits.*) sit far above these, so that a client's oversized request reaches the application and
 * gets an answer it can read instead of a bare status.
 */
@ConfigMapping(prefix = "childplan.api")
public interface ApiConfig {
    /** Largest accepted request body outside the upload routes; larger ones get 413 before they are read. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /**
     * The routes that take files (value imports, plan documents…), by name, each with its own body limit instead of
     * {@link #maxBodyBytes}. Set in application.properties; the HTTP layer's cut (quarkus.http.limits.max-body-size)
     * must be at least the largest of them.
     */
    Map<String, Upload> uploads();

    interface Upload {
        /** A regular expression the whole request path matches. */
        String path();

        /** Largest accepted body on these routes. */
        long maxBytes();
    }

    /** Longest accepted request target (path and query, as sent); longer ones get 414. */
    @WithDefault("8192")
    int maxUriLength();

    /** Largest accepted header section (names and values); larger ones get 431. */
    @WithDefault("20480")
    int maxHeaderBytes();
}
