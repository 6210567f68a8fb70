package vn.childplan.change;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.change.ChangeDtos.ChangesPage;
import vn.childplan.security.Roles;

@Path("/api/v1/changes")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class ChangeResource {
    private final ChangeFeedService service;

    public ChangeResource(ChangeFeedService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "What changed since a cursor",
            description = "The change feed for synchronising: every document, objective, target, task, assignment, "
                    + "indicator value and report that was created, updated or deleted (a tombstone), oldest first, "
                    + "as `type`, `id`, `version`, `operation` and `changedAt`, limited to what the caller may read "
                    + "(as the records themselves: national records and those of the caller's unit and below; "
                    + "admins and machine clients everything). Start without `since`; every answer carries `next`, "
                    + "an opaque cursor to store and send as `since` next time, and `more` = true when more changes "
                    + "can be read right away. Nothing is skipped: a change appears once no transaction that could "
                    + "still commit an earlier one is running, so a change that commits late is read after the "
                    + "others, never passed over (a long write delays the feed while it runs). A save that changed "
                    + "nothing is not in the feed. Deleting a document, objective or task also lists the records "
                    + "deleted with it (objectives, targets, subtasks, assignments). A `since` that is not a cursor "
                    + "of this feed is 400 INVALID_PARAMETER.")
    public ChangesPage list(
            @QueryParam("since") @Size(max = 200) @Parameter(description = "The `next` of your last answer; omit "
                    + "to read from the first change", example = "YzE6Nzg0OjE1MDE") String since,
            @QueryParam("limit") @DefaultValue("" + ChangeFeedService.DEFAULT_LIMIT) @Min(1)
            @Max(ChangeFeedService.MAX_LIMIT) @Parameter(description = "Most changes to answer (1–1000, default 100)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000",
                            defaultValue = "100")) int limit) {
        return service.read(since, limit);
    }
}
