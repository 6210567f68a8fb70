package vn.childplan.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoint: the mistake the /api permission policy guards against — an operation someone marked
 * {@code @PermitAll} and hid from the contract, so that neither deny-unannotated-endpoints nor
 * {@link EveryPathNeedsATokenTest}'s walk of the contract would catch it.
 */
@Path("/api/v1/test-permit-all-decoy")
public class PermitAllDecoy {
    @GET
    @PermitAll
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        return "{\"open\": true}";
    }
}
