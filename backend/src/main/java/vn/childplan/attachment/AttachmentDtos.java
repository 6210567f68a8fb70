package vn.childplan.attachment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.VersionedDto;

public final class AttachmentDtos {
    private AttachmentDtos() {
    }

    /**
     * A file as listed: its owner (one of documentId, reportId, indicatorValueId), what it is, and the facts read
     * from its content when it was uploaded.
     */
    @Schema(name = "Attachment")
    public record AttachmentDto(long id, int version,
            @Schema(description = "The plan it belongs to") Long documentId,
            @Schema(description = "The report it belongs to") Long reportId,
            @Schema(description = "The indicator value it belongs to") Long indicatorValueId,
            AttachmentKind kind,
            @Schema(description = "The file's name as uploaded", example = "Kế hoạch 26-KH-UBND (bản ký).pdf") String name,
            @Schema(description = "Detected from the content", example = "application/pdf") String mediaType,
            @Schema(description = "Size in bytes") long size,
            @Schema(description = "SHA-256 of the content, hex; the download's ETag") String sha256,
            @Schema(description = "User name of the uploader") String uploadedBy,
            Instant uploadedAt) implements VersionedDto {
        static AttachmentDto of(Attachment a) {
            return new AttachmentDto(a.id, a.version, a.document == null ? null : a.document.id,
                    a.report == null ? null : a.report.id, a.indicatorValue == null ? null : a.indicatorValue.id,
                    a.kind, a.name, a.mediaType, a.size, a.sha256, a.uploadedByName, a.createdAt);
        }
    }
}
