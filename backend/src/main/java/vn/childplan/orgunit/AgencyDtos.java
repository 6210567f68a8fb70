package vn.childplan.orgunit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.VersionedDto;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.security.ScopedRef;

public final class AgencyDtos {
    private AgencyDtos() {
    }

    @Schema(name = "Agency", description = "A body that issues documents or is assigned tasks")
    public record AgencyDto(
            @Schema(examples = "12") long id,
            @Schema(description = "Stable code, carried in officers' tokens as agency_code", examples = "HUE-SYT") String code,
            @Schema(examples = "Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế") String name,
            @Schema(examples = "Sở LĐTBXH") String shortName,
            AgencyKind kind,
            @Schema(description = "The unit it belongs to; null for central (national) bodies") UnitRef unit,
            LocalDate validFrom,
            @Schema(examples = "2025-02-28") LocalDate validTo,
            @Schema(description = "The agency that took over its work") AgencyRef successor,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        public static AgencyDto of(Agency a) {
            return new AgencyDto(a.id, a.code, a.name, a.shortName, a.kind, UnitRef.of(a.unit), a.validFrom, a.validTo,
                    AgencyRef.of(a.successor), a.version);
        }
    }

    /** Reads the unit's id only, so the unit is not loaded; {@link ScopedRef}: the caller's scope decides if it shows. */
    @Schema(name = "AgencyRef", description = "An agency named by id and name")
    public record AgencyRef(long id, @Schema(examples = "Sở Y tế tỉnh Thừa Thiên Huế") String name,
            @Schema(examples = "Sở Y tế") String shortName, AgencyKind kind,
            @JsonIgnore @Schema(hidden = true) Long scopeUnitId) implements ScopedRef {
        public static AgencyRef of(Agency a) {
            return a == null ? null
                    : new AgencyRef(a.id, a.name, a.shortName, a.kind, a.unit == null ? null : a.unit.id);
        }
    }

    @Schema(name = "AgencyInput", description = "An agency to create or the full new state of one to update")
    public record AgencyInput(
            @Size(max = 40) @Pattern(regexp = "^[A-Z0-9]+(-[A-Z0-9]+)*$", message = "must be upper-case letters and digits in groups joined by '-'")
            @Schema(examples = "HD-SYT") String code,
            @NotBlank @Size(max = 300) @Schema(examples = "Sở Y tế tỉnh Hải Dương") String name,
            @Size(max = 100) @Schema(examples = "Sở Y tế") String shortName,
            @NotNull AgencyKind kind,
            @Schema(description = "Administrative unit id; omit for a central body") Long unitId,
            LocalDate validFrom,
            LocalDate validTo,
            @Schema(description = "Agency that takes over its work; requires validTo") Long successorId) {
    }
}
