package vn.childplan.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Text;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.security.Caller;
import vn.childplan.orgunit.AgencyDtos.AgencyDto;
import vn.childplan.orgunit.AgencyDtos.AgencyInput;

@ApplicationScoped
public class AgencyService {
    private static final Map<String, String> SORTS = Map.of("name", "a.name", "kind", "a.kind", "validFrom", "a.validFrom",
            "id", "a.id");

    private final AgencyRepository agencies;
    private final AdminUnitRepository units;
    private final Caller caller;
    private final AuditedWrites.Kind<Agency, AgencyDto> writes;

    public AgencyService(AgencyRepository agencies, AdminUnitRepository units, Caller caller, AuditedWrites audited) {
        this.agencies = agencies;
        this.units = units;
        this.caller = caller;
        this.writes = audited.of("agency", AgencyDto::of, a -> a.unit, a -> caller.requireEdit(a.unit));
    }

    public Page<AgencyDto> list(Long unitId, AgencyKind kind, LocalDate validOn, String q, PageParams page) {
        Filter f = new Filter()
                .and("a.unit.id = :unit", "unit", unitId)
                .and("a.kind = :kind", "kind", kind)
                .and("(a.validFrom is null or a.validFrom <= :on) and (a.validTo is null or a.validTo >= :on)", "on", validOn)
                .search("concat(a.name, ' ', coalesce(a.shortName, ''))", q);
        caller.restrict(f, "a.unit");
        var query = agencies.find("from Agency a where " + f.query(), page.toSort(SORTS, "name"), f.params())
                .withHint("jakarta.persistence.fetchgraph", agencies.listGraph());
        return Page.of(query, page, AgencyDto::of);
    }

    public AgencyDto get(long id) {
        Agency a = find(id);
        caller.requireRead(a.unit, "Agency", id);
        return AgencyDto.of(a);
    }

    /** The agency {@code id} as an entity, 404 when absent or outside the caller's scope (for a succession). */
    public Agency readable(long id) {
        Agency a = find(id);
        caller.requireRead(a.unit, "Agency", id);
        return a;
    }

    /** An agency a request names as {@code field}: 422 INVALID_REFERENCE when absent or outside the caller's scope. */
    public Agency reference(long id, String field) {
        return agencies.findByIdOptional(id).filter(s -> caller.canRead(s.unit))
                .orElseThrow(() -> ApiException.invalidReference("Agency", id, field));
    }

    /** Ends {@code a} on {@code endOn} with {@code successor} taking over its work, audited. */
    public AgencyDto end(Agency a, LocalDate endOn, Agency successor) {
        return writes.update(a, a.version, x -> {
            x.validTo = endOn;
            x.successor = successor;
        });
    }

    private Agency find(long id) {
        return agencies.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Agency", id));
    }

    @Transactional
    public AgencyDto create(AgencyInput in) {
        Agency a = new Agency();
        apply(a, in);
        return writes.create(a);
    }

    @Transactional
    public AgencyDto update(long id, int expectedVersion, AgencyInput in) {
        return writes.update(find(id), expectedVersion, a -> apply(a, in));
    }

    @Transactional
    public void delete(long id, int expectedVersion) {
        writes.delete(find(id), expectedVersion);
    }

    private void apply(Agency a, AgencyInput in) {
        if (in.validFrom() != null && in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            throw ApiException.rule("validTo", "must not be before validFrom");
        }
        if (in.successorId() != null && in.validTo() == null) {
            throw ApiException.rule("validTo", "an agency with a successor must have an end date");
        }
        if (in.successorId() != null && in.successorId().equals(a.id)) {
            throw ApiException.rule("successorId", "an agency cannot succeed itself");
        }
        a.code = Text.clean(in.code());
        a.name = Text.clean(in.name());
        a.shortName = Text.clean(in.shortName());
        a.kind = in.kind();
        a.unit = in.unitId() == null ? null
                : units.findByIdOptional(in.unitId())
                        .orElseThrow(() -> ApiException.invalidReference("Administrative unit", in.unitId(), "unitId"));
        caller.requireEdit(a.unit);
        a.validFrom = in.validFrom();
        a.validTo = in.validTo();
        a.successor = in.successorId() == null ? null
                : agencies.findByIdOptional(in.successorId()).filter(s -> caller.canRead(s.unit))
                        .orElseThrow(() -> ApiException.invalidReference("Agency", in.successorId(), "successorId"));
    }
}
