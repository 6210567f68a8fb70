package vn.childplan.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. */
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Zero-based page number", examples = "0") int page,
        @Schema(description = "Requested page size", examples = "20") int size,
        @Schema(description = "Number of items matching the filters", examples = "42") long totalItems,
        @Schema(description = "Number of pages", examples = "3") int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageParams params, Function<E, T> mapper) {
        return ofAll(query, params, list -> list.stream().map(mapper).toList());
    }

    /** {@link #of} with a mapper of the whole page, for answers that depend on the page's rows together. */
    public static <E, T> Page<T> ofAll(PanacheQuery<E> query, PageParams params, Function<List<E>, List<T>> mapper) {
        long total = query.count();
        List<T> items = mapper.apply(query.page(params.page, params.size).list());
        return new Page<>(items, params.page, params.size, total, (int) ((total + params.size - 1) / params.size));
    }
}
