package vn.childplan.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AuditDtos {
    private AuditDtos() {
    }

    @Schema(name = "AuditEntry", description = "One change: who, when, what, and the record before and after")
    public record AuditEntryDto(
            long id,
            Instant occurredAt,
            @Schema(description = "Token subject of the caller") String subject,
            @Schema(examples = "planner.hue") String userName,
            @Schema(description = "OAuth2 client the caller used", examples = "childplan-spa") String clientId,
            @Schema(examples = "document") String entity,
            long entityId,
            AuditAction action,
            @Schema(description = "Unit whose records changed; null = national", examples = "46") String unitCode,
            @Schema(type = SchemaType.OBJECT, implementation = Object.class, description = "The record before the change (null on CREATE)") JsonNode before,
            @Schema(type = SchemaType.OBJECT, implementation = Object.class, description = "The record after the change (null on DELETE)") JsonNode after) {
    }
}
