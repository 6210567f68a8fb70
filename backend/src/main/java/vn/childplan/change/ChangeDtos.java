package vn.childplan.change;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ChangeDtos {
    private ChangeDtos() {
    }

    @Schema(name = "Change", description = "One created, updated or deleted record; read the record itself for its "
            + "content (a DELETED entry is a tombstone: the record is gone)")
    public record ChangeDto(
            ChangeType type,
            @Schema(description = "Id of the changed record", examples = "101") long id,
            @Schema(description = "The record's version after the change (its ETag); for DELETED, the last version "
                    + "it had", examples = "3") int version,
            ChangeOperation operation,
            @Schema(description = "When the change was written (it became readable when its transaction committed)")
            Instant changedAt) {
    }

    @Schema(name = "Changes", description = "A page of the change feed, oldest first")
    public record ChangesPage(
            @Schema(description = "The changes after the cursor, in the order they became final") List<ChangeDto> items,
            @Schema(description = "Opaque cursor to send as `since` next time; always present, also when `items` "
                    + "is empty", examples = "YzE6Nzg0OjE1MDE") String next,
            @Schema(description = "True when more changes can be read right away with `next`") boolean more) {
    }
}
