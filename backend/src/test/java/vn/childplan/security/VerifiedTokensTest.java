package vn.childplan.security;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** What the cache of verified tokens gives back, and what it never does: a token past its exp. */
class VerifiedTokensTest {

    private static SecurityIdentity identity(String token, long exp) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return "exp".equals(name) ? (T) Long.valueOf(exp) : null;
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole(Roles.VIEWER)
                .addCredential(new AccessTokenCredential(token)).build();
    }

    private static SecurityIdentity ask(VerifiedTokens tokens, String token) {
        return tokens.authenticate(new TokenAuthenticationRequest(new AccessTokenCredential(token)), null).await()
                .indefinitely();
    }

    private static VerifiedTokens cache(int capacity) {
        return new VerifiedTokens(() -> capacity);
    }

    @Test
    void a_verified_token_is_given_back_with_its_roles_until_its_exp_and_never_after() {
        VerifiedTokens tokens = cache(10);
        long future = Instant.now().getEpochSecond() + 300;
        tokens.augment(identity("good", future), null);
        assertTrue(ask(tokens, "good").hasRole(Roles.VIEWER));
        assertNull(ask(tokens, "other"), "a token never verified is left to quarkus-oidc");

        tokens.augment(identity("expired", Instant.now().getEpochSecond() - 1), null);
        assertNull(ask(tokens, "expired"), "an expired token is verified again (and refused there)");
    }

    @Test
    void a_full_cache_makes_room_from_expired_tokens_only() {
        VerifiedTokens tokens = cache(1);
        long now = Instant.now().getEpochSecond();
        tokens.augment(identity("first", now + 300), null);
        tokens.augment(identity("second", now + 300), null);
        assertNull(ask(tokens, "second"), "no room: verified every time");
        assertTrue(ask(tokens, "first").hasRole(Roles.VIEWER));

        VerifiedTokens stale = cache(1);
        stale.augment(identity("old", now - 1), null);
        stale.augment(identity("new", now + 300), null);
        assertTrue(ask(stale, "new").hasRole(Roles.VIEWER));
        assertNull(ask(stale, "old"));
    }

    @Test
    void nothing_is_kept_with_no_room_at_all() {
        VerifiedTokens tokens = cache(0);
        tokens.augment(identity("good", Instant.now().getEpochSecond() + 300), null);
        assertNull(ask(tokens, "good"));
    }
}
