package vn.childplan.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.childplan.task.TaskDtos.TaskDto;
import vn.childplan.task.TaskDtos.TaskInput;

@Path("/api/v1/tasks")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class TaskResource {
    private final TaskService service;

    public TaskResource(TaskService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listTasks", summary = "List tasks (Nhiệm vụ, giải pháp)",
            description = "Tasks of documents, nested by parentId (II, II.1, II.1.a). Sort keys: position (default), "
                    + "number, dueOn, title.")
    public Page<TaskDto> list(
            @QueryParam("documentId") @Parameter(description = "Only tasks of this document", example = "51") Long documentId,
            @QueryParam("parentId") @Parameter(description = "Only the tasks directly under this task", example = "100") Long parentId,
            @QueryParam("status") @Parameter(description = "Only tasks in this status") WorkStatus status,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Words of the title or description; diacritics, case and Unicode form are ignored", example = "tre em") String q,
            @Valid @BeanParam PageParams page) {
        return service.list(documentId, parentId, status, q, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTask", summary = "Get a task",
            description = "One task of a plan's task tree (number, title, parent, scope), with its ETag. Its agencies "
                    + "are listed by GET /api/v1/assignments?taskId=….")
    public RestResponse<TaskDto> get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "createTask", summary = "Create a task",
            description = "The parent must be a task of the same document; the number is unique within the document (409).")
    @Creates
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<TaskDto> create(@Valid @NotNull TaskInput input, UriInfo uri) {
        return Responses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "replaceTask", summary = "Replace a task",
            description = "Requires If-Match with the ETag you read. The document cannot change; a new parent that "
                    + "lies under the task itself is refused with 422 TASK_CYCLE.")
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.TASK_CYCLE, ErrorCode.RULE_VIOLATED })
    public RestResponse<TaskDto> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TaskInput input) {
        return Responses.changed(ifMatch, v -> service.update(id, v, input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "deleteTask", summary = "Delete a task",
            description = "Requires If-Match with the ETag you read. Deletes its subtasks and the assignments of all of them.")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Responses.deleted(ifMatch, v -> service.delete(id, v));
    }
}
