package vn.childplan.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Access tokens verified once, not on every request: the SPA and machine clients send the same token for its whole
 * life (minutes), and quarkus-oidc parses and checks it again each time (signature, claims, roles: most of what a
 * simple read costs). The identity quarkus-oidc built for a token is kept, by the token's exact text, until the
 * token expires; a request bearing that token again gets it back, with this request's own routing context. Only a
 * token quarkus-oidc accepted is kept (it is {@link #augment}ed after the verification), so a kept token answers
 * exactly as a verification would until its exp — the signing keys are cached by quarkus-oidc already and nothing
 * revokes a JWT before its exp here either. Expired entries are dropped when the cache is full
 * ({@link SecurityConfig#verifiedTokens}); when it is still full, a new token is simply verified every time.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private record Verified(SecurityIdentity identity, long expiresAt) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final int capacity;

    public VerifiedTokens(SecurityConfig config) {
        this.capacity = config.verifiedTokens();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Asked before quarkus-oidc's provider; null (not kept, or expired) lets that one verify the token. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        Verified v = verified.get(request.getToken().getToken());
        if (v == null) {
            return Uni.createFrom().nullItem();
        }
        if (v.expiresAt() <= Instant.now().getEpochSecond()) {
            verified.remove(request.getToken().getToken(), v);
            return Uni.createFrom().nullItem();
        }
        // the attributes quarkus-oidc gives an identity that belong to one request: this request's
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(v.identity());
        if (rc != null) {
            identity.addAttribute(ROUTING_CONTEXT, rc);
            Object runner = rc.get(REQUEST_CONTEXT);
            identity.addAttribute(REQUEST_CONTEXT, runner != null ? runner : context);
        }
        return Uni.createFrom().item(identity.build());
    }

    /** Keeps the identity of a bearer token quarkus-oidc has just accepted. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0
                && !verified.containsKey(token.getToken()) && room()) {
            // kept without the request it was verified in (a later request sets its own)
            SecurityIdentity kept = QuarkusSecurityIdentity.builder(identity).addAttribute(ROUTING_CONTEXT, null)
                    .addAttribute(REQUEST_CONTEXT, null).build();
            verified.put(token.getToken(), new Verified(kept, jwt.getExpirationTime()));
        }
        return Uni.createFrom().item(identity);
    }

    /** Whether one more token fits, after dropping the expired ones when the cache is full. */
    private boolean room() {
        if (verified.size() < capacity) {
            return true;
        }
        long now = Instant.now().getEpochSecond();
        verified.values().removeIf(v -> v.expiresAt() <= now);
        return verified.size() < capacity;
    }
}
