package vn.childplan.orgunit;

import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Text;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.orgunit.AdminUnitDtos.AdminUnitDetail;
import vn.childplan.orgunit.AdminUnitDtos.AdminUnitDto;
import vn.childplan.orgunit.AdminUnitDtos.AdminUnitInput;
import vn.childplan.orgunit.AdminUnitDtos.UnitChangeDto;
import vn.childplan.orgunit.AdminUnitDtos.UnitChangeInput;

@ApplicationScoped
public class AdminUnitService {
    static final Map<String, String> SORTS = Map.of("code", "code", "name", "name", "validFrom", "validFrom",
            "validTo", "validTo", "level", "level");

    private final AdminUnitRepository units;
    private final UnitChangeRepository changes;
    private final AuditedWrites.Kind<AdminUnit, AdminUnitDto> unitWrites;
    private final AuditedWrites.Kind<UnitChange, UnitChangeDto> changeWrites;

    /** Units and their reorganisations are national: the admins' alone (the resources' roles), no unit to check. */
    public AdminUnitService(AdminUnitRepository units, UnitChangeRepository changes, AuditedWrites audited) {
        this.units = units;
        this.changes = changes;
        this.unitWrites = audited.of("admin-unit", AdminUnitDto::of, u -> null, u -> {
        });
        this.changeWrites = audited.of("unit-change", UnitChangeDto::of, c -> null, c -> {
        });
    }

    /** Filters by level, code, parent code and the date the unit must be in force on; {@code q} searches names. */
    public Page<AdminUnitDto> list(AdminLevel level, String code, String parentCode, LocalDate validOn, String q,
            PageParams page) {
        Filter f = new Filter()
                .and("level = :level", "level", level)
                .and("code = :code", "code", Text.clean(code))
                .and("parentCode = :parent", "parent", Text.clean(parentCode))
                .and("(validFrom is null or validFrom <= :on) and (validTo is null or validTo >= :on)", "on", validOn)
                .search("name", q);
        return Page.of(units.find(f.query(), page.toSort(SORTS, "code,validFrom"), f.params()), page, AdminUnitDto::of);
    }

    public AdminUnitDetail get(long id) {
        AdminUnit u = find(id);
        var touching = changes.touching(id);
        return new AdminUnitDetail(AdminUnitDto.of(u),
                touching.stream().filter(c -> c.successor.id.equals(u.id)).map(UnitChangeDto::of).toList(),
                touching.stream().filter(c -> c.predecessor.id.equals(u.id)).map(UnitChangeDto::of).toList());
    }

    @Transactional
    @CacheInvalidateAll(cacheName = AdminUnitRepository.SCOPES)
    public AdminUnitDto create(AdminUnitInput in) {
        AdminUnit u = new AdminUnit();
        apply(u, in);
        return unitWrites.create(u);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = AdminUnitRepository.SCOPES)
    public AdminUnitDto update(long id, int expectedVersion, AdminUnitInput in) {
        return unitWrites.update(find(id), expectedVersion, u -> apply(u, in));
    }

    @Transactional
    @CacheInvalidateAll(cacheName = AdminUnitRepository.SCOPES)
    public void delete(long id, int expectedVersion) {
        unitWrites.delete(find(id), expectedVersion, u -> {
            // Children name their parent by code; refuse while one of them is in force beside this unit.
            if (units.countChildren(u.code, u.validFrom, u.validTo) > 0) {
                throw new ApiException(ErrorCode.STILL_REFERENCED, "Administrative unit", id);
            }
        });
    }

    public Page<UnitChangeDto> listChanges(Long unitId, UnitChangeKind kind, PageParams page) {
        Filter f = new Filter()
                .and("(predecessor.id = :unit or successor.id = :unit)", "unit", unitId)
                .and("kind = :kind", "kind", kind);
        return Page.of(changes.find(f.query(), page.toSort(Map.of("effectiveOn", "effectiveOn", "kind", "kind"),
                "effectiveOn"), f.params()), page, UnitChangeDto::of);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = AdminUnitRepository.SCOPES)
    public UnitChangeDto createChange(UnitChangeInput in) {
        UnitChange c = new UnitChange();
        c.kind = in.kind();
        c.predecessor = units.findByIdOptional(in.predecessorId())
                .orElseThrow(() -> ApiException.invalidReference("Administrative unit", in.predecessorId(), "predecessorId"));
        c.successor = units.findByIdOptional(in.successorId())
                .orElseThrow(() -> ApiException.invalidReference("Administrative unit", in.successorId(), "successorId"));
        if (c.predecessor == c.successor) {
            throw ApiException.rule("successorId", "a unit cannot succeed itself");
        }
        c.effectiveOn = in.effectiveOn();
        c.basis = Text.clean(in.basis());
        return changeWrites.create(c);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = AdminUnitRepository.SCOPES)
    public void deleteChange(long id, int expectedVersion) {
        changeWrites.delete(changes.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Unit change", id)),
                expectedVersion);
    }

    AdminUnit find(long id) {
        return units.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Administrative unit", id));
    }

    private void apply(AdminUnit u, AdminUnitInput in) {
        if (in.validFrom() != null && in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            throw ApiException.rule("validTo", "must not be before validFrom");
        }
        AdminLevel level = in.type().level;
        String parentCode = Text.clean(in.parentCode());
        if (level == AdminLevel.PROVINCE && parentCode != null) {
            throw ApiException.rule("parentCode", "a province has no parent");
        }
        if (level != AdminLevel.PROVINCE) {
            if (parentCode == null) {
                throw ApiException.rule("parentCode", "a " + level.name().toLowerCase() + " needs the code of its parent");
            }
            boolean parentExists = Arrays.stream(AdminLevel.values()).filter(level::mayHaveParent)
                    .anyMatch(p -> !units.holdingCode(p, parentCode, in.validFrom(), in.validTo()).isEmpty());
            if (!parentExists) {
                throw ApiException.rule("parentCode", "no unit of a higher level holds code " + parentCode
                        + " while this unit is in force");
            }
        }
        u.code = in.code();
        u.name = Text.clean(in.name());
        u.shortName = Text.clean(in.shortName());
        u.type = in.type();
        u.level = level;
        u.parentCode = parentCode;
        u.validFrom = in.validFrom();
        u.validTo = in.validTo();
        u.basis = Text.clean(in.basis());
    }
}
