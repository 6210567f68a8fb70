package vn.childplan.me;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.security.Caller;
import vn.childplan.security.Roles;

/**
 * Who the caller is, as the web app's header shows it: the token's names and roles, with its unit_code and
 * agency_code resolved to records (officers need their agency's id to list their assignments and reports).
 */
@Path("/api/v1/me")
@Tag(name = "Security")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class MeResource {
    private static final List<String> ROLES = List.of(Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER,
            Roles.INTEGRATION);

    private final Caller caller;
    private final SecurityIdentity identity;
    private final JsonWebToken jwt;
    private final MeService me;

    public MeResource(Caller caller, SecurityIdentity identity, JsonWebToken jwt, MeService me) {
        this.caller = caller;
        this.identity = identity;
        this.jwt = jwt;
        this.me = me;
    }

    @GET
    @Operation(operationId = "getMe", summary = "The caller: user name, display name, roles, unit and agency",
            description = "The unit is the one holding the token's unit_code today (Vietnam's calendar); null when "
                    + "the token names none or no such unit exists. The agency is the one whose code is the token's "
                    + "agency_code; null likewise. displayName is family name + \" \" + given name, as Vietnamese "
                    + "names are written.")
    public Me me() {
        List<String> roles = ROLES.stream().filter(caller::is).toList();
        return me.me(caller.name(), displayName(), roles, text(Caller.UNIT_CLAIM), caller.agencyCode());
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
