package vn.childplan.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of the public API, enforced by {@link RequestLimits} with problem+json answers. The HTTP layer's own limits
 * (quarkus.http.limits.*) sit far above these, so that a client's oversized request reaches the application and
 * gets an answer it can read instead of a bare status.
 */
@ConfigMapping(prefix = "childplan.api")
public interface ApiConfig {
    /** Largest accepted request body; larger ones get 413 before they are read. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /**
     * Largest accepted attachment (a file uploaded to a plan, report or value): the body limit of those uploads
     * alone, so that every other request keeps {@link #maxBodyBytes()}.
     */
    @WithDefault("20971520")
    long maxAttachmentBytes();

    /** Longest accepted request target (path and query, as sent); longer ones get 414. */
    @WithDefault("8192")
    int maxUriLength();

    /** Largest accepted header section (names and values); larger ones get 431. */
    @WithDefault("20480")
    int maxHeaderBytes();
}
