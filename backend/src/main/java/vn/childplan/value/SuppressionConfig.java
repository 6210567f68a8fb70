package vn.childplan.value;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Small-cell suppression of sensitive counts ({@link Suppression}). */
@ConfigMapping(prefix = "childplan.suppression")
public interface SuppressionConfig {
    /**
     * Counts from 1 to k-1 of a sensitive indicator are suppressed for callers without the sensitive-data grant; 10
     * is the threshold statistical offices commonly use for counts about children. 1 suppresses nothing.
     */
    @WithDefault("10")
    @Min(1)
    int k();
}
