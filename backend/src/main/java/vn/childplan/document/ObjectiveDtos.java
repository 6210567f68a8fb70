package vn.childplan.document;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.VersionedDto;

public final class ObjectiveDtos {
    private ObjectiveDtos() {
    }

    @Schema(name = "Objective", description = "Mục tiêu tổng quát (GENERAL) or cụ thể (SPECIFIC) of a document")
    public record ObjectiveDto(long id, long documentId, ObjectiveKind kind,
            @Schema(description = "Order within the document", examples = "0") int position,
            @Schema(examples = "Giảm số lượng trẻ em có hoàn cảnh khó khăn trên địa bàn toàn tỉnh") String text,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {
        public static ObjectiveDto of(Objective o) {
            return new ObjectiveDto(o.id, o.document.id, o.kind, o.position, o.text, o.version);
        }
    }

    @Schema(name = "ObjectiveInput")
    public record ObjectiveInput(
            @NotNull Long documentId,
            @NotNull ObjectiveKind kind,
            @Min(0) @Max(10000) @Schema(description = "Order within the document; defaults to after the last one") Integer position,
            @NotBlank @Size(max = 20000) String text) {
    }
}
