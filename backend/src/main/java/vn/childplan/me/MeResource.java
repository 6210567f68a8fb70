package vn.childplan.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.me.Preferences.PreferencesDto;
import vn.childplan.me.Preferences.PreferencesUpdate;
import vn.childplan.security.Roles;

/**
 * Who the caller is, as the web app's header shows it: the token's names and roles, with its unit_code and
 * agency_code resolved to records (officers need their agency's id to list their assignments and reports); and the
 * caller's own settings.
 */
@Path("/api/v1/me")
@Tag(name = "Security")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class MeResource {
    private final TokenClaims token;
    private final MeService me;

    public MeResource(TokenClaims token, MeService me) {
        this.token = token;
        this.me = me;
    }

    @GET
    @Operation(operationId = "getMe", summary = "The caller: user name, display name, roles, unit and agency",
            description = "The unit is the one holding the token's unit_code today (Vietnam's calendar); null when "
                    + "the token names none or no such unit exists. The agency is the one whose code is the token's "
                    + "agency_code; null likewise. displayName is family name + \" \" + given name, as Vietnamese "
                    + "names are written. Each call also keeps the caller's profile (names, e-mail, unit, agency, "
                    + "roles) up to date: reminders are addressed by it.")
    public Me me() {
        return me.me(token.claims());
    }

    @GET
    @Path("/preferences")
    @Operation(operationId = "getMyPreferences", summary = "The caller's reminder settings",
            description = "Whether reminders also go by e-mail (on unless turned off), and the address they go to: "
                    + "the e-mail of the caller's account in the identity provider.")
    public PreferencesDto preferences() {
        return me.preferences(token.claims());
    }

    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMyPreferences", summary = "Turn reminder e-mail on or off",
            description = "The caller's own setting; in-app notifications are kept whatever it says. Answers the "
                    + "settings as stored.")
    public PreferencesDto updatePreferences(@Valid @NotNull PreferencesUpdate update) {
        return me.updatePreferences(token.claims(), update);
    }
}
