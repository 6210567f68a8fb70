package vn.childplan.me;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.security.Caller;
import vn.childplan.security.Roles;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;

/**
 * Who the caller is, as the web app's header shows it: the token's names and roles, with its unit_code and
 * agency_code resolved to records (officers need their agency's id to list their assignments and reports).
 */
@Path("/api/v1/me")
@Tag(name = "Security")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class MeResource {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> ROLES = List.of(Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER,
            Roles.INTEGRATION);

    private final Caller caller;
    private final SecurityIdentity identity;
    private final JsonWebToken jwt;

    public MeResource(Caller caller, SecurityIdentity identity, JsonWebToken jwt) {
        this.caller = caller;
        this.identity = identity;
        this.jwt = jwt;
    }

    @GET
    @Transactional
    @Operation(summary = "The caller: user name, display name, roles, unit and agency",
            description = "The unit is the one holding the token's unit_code today (Vietnam's calendar); null when "
                    + "the token names none or no such unit exists. The agency is the one whose code is the token's "
                    + "agency_code; null likewise. displayName is family name + \" \" + given name, as Vietnamese "
                    + "names are written.")
    public Me me() {
        String unitCode = text(Caller.UNIT_CLAIM);
        String agencyCode = caller.agencyCode();
        LocalDate today = LocalDate.now(VIETNAM);
        AdminUnit unit = unitCode == null ? null : AdminUnit.<AdminUnit>find("code = ?1"
                + " and (validFrom is null or validFrom <= ?2) and (validTo is null or validTo >= ?2)"
               , unitCode, today).firstResult();
        Agency agency = agencyCode == null ? null : Agency.<Agency>find("code", agencyCode).firstResult();
        List<String> roles = ROLES.stream().filter(caller::is).toList();
        return new Me(caller.name(), displayName(), roles, UnitRef.of(unit), AgencyRef.of(agency));
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
