package vn.childplan.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.search.SearchDtos.SearchHit;
import vn.childplan.search.SearchDtos.SearchType;
import vn.childplan.security.Roles;

@Path("/api/v1/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class SearchResource {
    private final SearchService service;

    public SearchResource(SearchService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "search", summary = "Search plans, tasks and agencies",
            description = "Every word must occur; diacritics, case and Unicode form (NFC/NFD) are ignored, so "
                    + "\"tre em\", \"TRẺ EM\" and a combining-form \"trẻ em\" all find \"trẻ em\". Ranked by similarity; "
                    + "the `sort` parameter is not used here.")
    public Page<SearchHit> search(
            @QueryParam("q") @NotBlank @Size(max = 200) @Parameter(description = "Words to find", required = true, example = "tre em") String q,
            @QueryParam("type") @Parameter(description = "Limit to these kinds (repeatable); default all") Set<SearchType> type,
            @Valid @BeanParam PageParams page) {
        return service.search(q, type, page);
    }
}
