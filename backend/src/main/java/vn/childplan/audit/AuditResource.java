package vn.childplan.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.audit.AuditDtos.AuditEntryDto;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.security.Roles;

@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
public class AuditResource {
    private final AuditService service;

    public AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "The audit trail",
            description = "Every write, newest first (sort keys: occurredAt, id). An object's history is "
                    + "`?entity=<entity>&entityId=<id>`, e.g. `?entity=document&entityId=101`. Admins read all; "
                    + "planners read the changes of their unit and the units below it.")
    public Page<AuditEntryDto> list(
            @QueryParam("entity") @Size(max = 40) @Parameter(description = "document, objective, target, task, assignment, agency, indicator, indicator-value, admin-unit, unit-change", example = "document") String entity,
            @QueryParam("entityId") @Parameter(description = "Id of the changed record") Long entityId,
            @QueryParam("subject") @Size(max = 200) @Parameter(description = "Token subject of the person or client") String subject,
            @QueryParam("from") @Parameter(description = "From this instant (inclusive), ISO-8601", example = "2026-01-01T00:00:00Z") Instant from,
            @QueryParam("to") @Parameter(description = "Up to this instant (exclusive), ISO-8601") Instant to,
            @Valid @BeanParam PageParams page) {
        return service.list(entity, entityId, subject, from, to, page);
    }
}
