package vn.childplan.observability;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.childplan.security.Roles;

/**
 * Test-only endpoint: a bug, which the problem mappers log and answer 500, so {@link RequestIdTest} can find the
 * request's id on that error log line. Hidden from the contract.
 */
@Path("/api/v1/test-failing-probe")
public class FailingProbe {
    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("a bug");
    }
}
