package vn.childplan.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Settings of the request's security beyond quarkus-oidc's own. */
@ConfigMapping(prefix = "childplan.security")
public interface SecurityConfig {
    /**
     * How many verified access tokens {@link VerifiedTokens} keeps at most (each a few kilobytes, until its exp):
     * room for every user active within a token's life; 0 verifies every request's token.
     */
    @WithDefault("20000")
    @Min(0)
    int verifiedTokens();
}
