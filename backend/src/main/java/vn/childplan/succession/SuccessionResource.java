package vn.childplan.succession;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.common.Answers;
import vn.childplan.common.ErrorCode;
import vn.childplan.security.Roles;
import vn.childplan.succession.SuccessionDtos.SuccessionCommit;
import vn.childplan.succession.SuccessionDtos.SuccessionDto;
import vn.childplan.succession.SuccessionDtos.SuccessionInput;

@Path("/api/v1/agencies/{id}/succession")
@Tag(name = "Agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
public class SuccessionResource {
    private final SuccessionService service;

    public SuccessionResource(SuccessionService service) {
        this.service = service;
    }

    @POST
    @Path("/preview")
    @Operation(operationId = "previewAgencySuccession", summary = "Preview ending an agency with its successor(s)",
            description = "What ending the agency on endOn would move, nothing written: each open assignment with the "
                    + "successor of its task (successorId, or the one taskSuccessors names for a split) and, where the "
                    + "successor already holds the task, the clash and the role kept (the stronger of the two); each "
                    + "report never submitted with its successor, or STAY when the successor already has one for that "
                    + "plan and period. Admins and the planners of the agency's unit. A successor unknown or outside "
                    + "scope is 422 INVALID_REFERENCE; one that is the agency itself or not in force the day after "
                    + "endOn, or a task the agency holds no open assignment on, 422 RULE_VIOLATED.")
    @Answers({ ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public SuccessionDto preview(@PathParam("id") long id, @Valid @NotNull SuccessionInput input) {
        return service.preview(id, input);
    }

    @POST
    @Operation(operationId = "commitAgencySuccession", summary = "End an agency and move its work to its successor(s)",
            description = "Carries out the preview whose previewToken it sends, in one transaction, audited: the "
                    + "assignments move (their history keeps who held them and when), clashes resolve as previewed, "
                    + "reports never submitted move, and the agency ends on endOn with successorId as its successor. "
                    + "409 SUCCESSION_STALE when anything the preview showed changed since; the 422s of the preview.")
    @Answers({ ErrorCode.SUCCESSION_STALE, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public SuccessionDto commit(@PathParam("id") long id, @Valid @NotNull SuccessionCommit input) {
        return service.commit(id, input);
    }
}
