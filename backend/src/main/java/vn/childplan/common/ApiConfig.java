package vn.childplan.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the public API. */
@ConfigMapping(prefix = "childplan.api")
public interface ApiConfig {
    /** Largest accepted request body; larger ones get 413 problem+json before they are read. */
    @WithDefault("1048576")
    long maxBodyBytes();
}
