package vn.childplan.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.common.Answers;
import vn.childplan.common.Creates;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Responses;
import org.jboss.resteasy.reactive.RestResponse;
import vn.childplan.security.Roles;
import vn.childplan.task.AssignmentDtos.AssignmentChange;
import vn.childplan.task.AssignmentDtos.AssignmentDto;
import vn.childplan.task.AssignmentDtos.AssignmentInput;

@Path("/api/v1/assignments")
@Tag(name = "Assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class AssignmentResource {
    private final AssignmentService service;

    public AssignmentResource(AssignmentService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listAssignments", summary = "List assignments (Phân công thực hiện)",
            description = "Who does what: each item names the task, its document and the agency with its role "
                    + "(LEAD = chủ trì, COORDINATE = phối hợp, REQUESTED = đề nghị tham gia). With `agencyId` this is "
                    + "an agency's assignments across plans with their due dates; `sort=dueOn` orders them by the "
                    + "effective due date (the assignment's own, else the task's), and `dueBefore` keeps those due by "
                    + "a day. Sort keys: dueOn (default), role, id.")
    public Page<AssignmentDto> list(
            @QueryParam("documentId") @Parameter(description = "Only assignments of tasks of this document", example = "51") Long documentId,
            @QueryParam("taskId") @Parameter(description = "Only assignments of this task", example = "101") Long taskId,
            @QueryParam("agencyId") @Parameter(description = "Only assignments of this agency, across all documents", example = "12") Long agencyId,
            @QueryParam("role") @Parameter(description = "Only this role") AssignmentRole role,
            @QueryParam("status") @Parameter(description = "Only this status") WorkStatus status,
            @QueryParam("dueBefore") @Parameter(description = "Only assignments whose effective due date is on or before this day (yyyy-MM-dd)", example = "2025-06-30") LocalDate dueBefore,
            @Valid @BeanParam PageParams page) {
        return service.list(documentId, taskId, agencyId, role, status, dueBefore, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssignment", summary = "Get an assignment",
            description = "The task, the agency and its role (lead, coordinating, requested), the status and due "
                    + "date, and the ETag to send back in If-Match.")
    public RestResponse<AssignmentDto> get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listAssignmentHistory", summary = "An assignment's progress history",
            description = "Every change of the assignment's status, progress note or date, newest first: what it "
                    + "became, who made it (user name) and when; the first entry is the assignment's creation. Read "
                    + "from the audit trail, so it holds the changes made since the audit trail began. Readable by "
                    + "whoever may read the assignment.")
    public List<AssignmentChange> history(@PathParam("id") long id) {
        return service.history(id);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "createAssignment", summary = "Assign an agency to a task",
            description = "A task has at most one LEAD (409 LEAD_ALREADY_ASSIGNED) and names an agency once (409 DUPLICATE). "
                    + "A statusOn after today is refused with 422 RULE_VIOLATED.")
    @Creates
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.LEAD_ALREADY_ASSIGNED, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<AssignmentDto> create(@Valid @NotNull AssignmentInput input, UriInfo uri) {
        return Responses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER })
    @Operation(operationId = "replaceAssignment", summary = "Replace an assignment",
            description = "Requires If-Match with the ETag you read. The task cannot change; becoming LEAD of a task "
                    + "that has one is refused with 409 LEAD_ALREADY_ASSIGNED. The status, its progress note and its "
                    + "date (statusOn, not after today) are the agency's progress report and are replaced together: "
                    + "sent with a status, the note and date are taken as written (omitted = none); without a status "
                    + "all three stay, and a note or date sent alone is refused with 422 RULE_VIOLATED. An officer "
                    + "may update only their own agency's assignments and only their progress report; any other "
                    + "field sent with a new value is refused with 403 naming it.")
    @Answers({ ErrorCode.LEAD_ALREADY_ASSIGNED, ErrorCode.RULE_VIOLATED })
    public RestResponse<AssignmentDto> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AssignmentInput input) {
        return Responses.changed(ifMatch, v -> service.update(id, v, input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "deleteAssignment",
            summary = "Delete an assignment", description = "Requires If-Match with the ETag you read.")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Responses.deleted(ifMatch, v -> service.delete(id, v));
    }
}
