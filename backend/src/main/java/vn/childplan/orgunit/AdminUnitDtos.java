package vn.childplan.orgunit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.VersionedDto;

/** Request and response shapes of administrative units and their reorganisations. */
public final class AdminUnitDtos {
    private AdminUnitDtos() {
    }

    @Schema(name = "AdminUnit", description = "An administrative unit as it stood between validFrom and validTo")
    public record AdminUnitDto(
            @Schema(examples = "1") long id,
            @Schema(description = "Official GSO code; re-used across reorganisations", examples = "46") String code,
            @Schema(examples = "Tỉnh Thừa Thiên Huế") String name,
            @Schema(examples = "Thừa Thiên Huế") String shortName,
            AdminLevel level,
            AdminUnitType type,
            @Schema(description = "Code of the unit above (resolved at the same date)", examples = "46") String parentCode,
            @Schema(description = "First day in force; null = before the period covered") LocalDate validFrom,
            @Schema(description = "Last day in force; null = still in force", examples = "2024-12-31") LocalDate validTo,
            @Schema(description = "Legal basis of the unit's creation or change", examples = "1314/NQ-UBTVQH15") String basis,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        static AdminUnitDto of(AdminUnit u) {
            return new AdminUnitDto(u.id, u.code, u.name, u.shortName, u.level, u.type, u.parentCode, u.validFrom,
                    u.validTo, u.basis, u.version);
        }
    }

    @Schema(name = "AdminUnitDetail", description = "A unit with the reorganisations that created or replaced it")
    public record AdminUnitDetail(
            AdminUnitDto unit,
            @Schema(description = "Changes in which this unit is the successor") List<UnitChangeDto> predecessors,
            @Schema(description = "Changes in which this unit is the predecessor") List<UnitChangeDto> successors)
            implements VersionedDto {
        @Override
        public long id() {
            return unit.id();
        }

        @Override
        public int version() {
            return unit.version();
        }
    }

    @Schema(name = "AdminUnitInput", description = "A unit to create or the full new state of one to update")
    public record AdminUnitInput(
            @NotBlank @Pattern(regexp = "^[0-9]{2,5}$", message = "must be 2 to 5 digits") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "Thị xã Phong Điền") String name,
            @Size(max = 100) String shortName,
            @NotNull AdminUnitType type,
            @Pattern(regexp = "^[0-9]{2,5}$", message = "must be 2 to 5 digits") String parentCode,
            LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 200) String basis) {
    }

    @Schema(name = "UnitChange", description = "One predecessor → successor link of a reorganisation")
    public record UnitChangeDto(
            long id,
            UnitChangeKind kind,
            UnitRef predecessor,
            UnitRef successor,
            @Schema(examples = "2025-07-01") LocalDate effectiveOn,
            @Schema(examples = "202/2025/QH15") String basis,
            int version) implements VersionedDto {

        static UnitChangeDto of(UnitChange c) {
            return new UnitChangeDto(c.id, c.kind, UnitRef.of(c.predecessor), UnitRef.of(c.successor), c.effectiveOn,
                    c.basis, c.version);
        }
    }

    @Schema(name = "UnitRef", description = "A unit named by id, code and name")
    public record UnitRef(long id, @Schema(examples = "46") String code, @Schema(examples = "Thành phố Huế") String name,
            LocalDate validFrom, LocalDate validTo) {
        public static UnitRef of(AdminUnit u) {
            return u == null ? null : new UnitRef(u.id, u.code, u.name, u.validFrom, u.validTo);
        }
    }

    @Schema(name = "UnitChangeInput")
    public record UnitChangeInput(
            @NotNull UnitChangeKind kind,
            @NotNull Long predecessorId,
            @NotNull Long successorId,
            @NotNull LocalDate effectiveOn,
            @Size(max = 200) String basis) {
    }
}
