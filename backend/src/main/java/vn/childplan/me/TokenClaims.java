package vn.childplan.me;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.childplan.security.Caller;
import vn.childplan.security.Roles;

/** What the caller's token says about them, read once for GET /me and the profile the reminders are sent by. */
@RequestScoped
public class TokenClaims {
    private static final List<String> ROLES = List.of(Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER,
            Roles.INTEGRATION);

    /** The claims a profile is copied from. */
    public record Claims(String subject, String username, String displayName, String email, String unitCode,
            String agencyCode, List<String> roles) {
    }

    private final Caller caller;
    private final SecurityIdentity identity;
    private final JsonWebToken jwt;

    public TokenClaims(Caller caller, SecurityIdentity identity, JsonWebToken jwt) {
        this.caller = caller;
        this.identity = identity;
        this.jwt = jwt;
    }

    public Claims claims() {
        return new Claims(caller.subject(), caller.name(), displayName(), text("email"), text(Caller.UNIT_CLAIM),
                caller.agencyCode(), ROLES.stream().filter(caller::is).toList());
    }

    /** "Nguyễn Văn An" from family "Nguyễn Văn" and given "An"; the user name when the token has neither. */
    private String displayName() {
        String name = String.join(" ", Stream.of(text("family_name"), text("given_name"))
                .filter(s -> s != null).toList());
        return name.isEmpty() ? caller.name() : name;
    }

    private String text(String claim) {
        Object value = identity.isAnonymous() ? null : jwt.getClaim(claim);
        String s = value instanceof jakarta.json.JsonString js ? js.getString().strip()
                : value == null ? null : value.toString().strip();
        return s == null || s.isEmpty() ? null : s;
    }
}
