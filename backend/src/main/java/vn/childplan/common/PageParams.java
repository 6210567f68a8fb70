package vn.childplan.common;

import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging and sorting of every list: bounded page size, sort keys from a per-resource whitelist. */
public class PageParams {
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(1_000_000)
    @Parameter(description = "Zero-based page number", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0"))
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Page size (1–100)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    public int size;

    @QueryParam("sort")
    @Pattern(regexp = "^-?[a-zA-Z]+(,-?[a-zA-Z]+){0,3}$", message = "must be field names separated by commas, each optionally prefixed by '-' for descending")
    @Parameter(description = "Sort keys separated by commas; prefix '-' for descending, e.g. `-issuedOn,title`. "
            + "Each list documents the keys it accepts.", example = "-issuedOn")
    public String sort;

    /**
     * Translates the requested sort into entity fields. {@code allowed} maps API keys to entity paths (aliased
     * when the list query joins, e.g. {@code "id" -> "d.id"}); the id is always the last key so paging is stable.
     */
    public Sort toSort(Map<String, String> allowed, String defaultSort) {
        String spec = sort == null ? defaultSort : sort;
        Sort result = null;
        for (String key : spec.split(",")) {
            boolean desc = key.startsWith("-");
            String name = desc ? key.substring(1) : key;
            String field = allowed.get(name);
            if (field == null) {
                throw new ApiException(ErrorCode.INVALID_PARAMETER,
                        List.of(new Problem.Violation("sort", "unknown sort key '" + name + "'; allowed: "
                                + String.join(", ", allowed.keySet().stream().sorted().toList()), "SortKey")),
                        "sort", "unknown sort key '" + name + "'");
            }
            Sort.Direction dir = desc ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(field, dir) : result.and(field, dir);
        }
        return result.and(allowed.getOrDefault("id", "id"));
    }
}
