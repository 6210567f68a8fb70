package vn.childplan.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Text;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.indicator.IndicatorDtos.IndicatorDto;
import vn.childplan.indicator.IndicatorDtos.IndicatorInput;

@ApplicationScoped
public class IndicatorService {
    static final Map<String, String> SORTS = Map.of("code", "code", "nameVi", "nameVi", "nameEn", "nameEn");

    private final IndicatorRepository indicators;
    private final TargetRepository targets;
    private final AuditedWrites.Kind<Indicator, IndicatorDto> writes;

    /** The catalogue is national: its writes are the admins' alone (the resource's roles), with no unit to check. */
    public IndicatorService(IndicatorRepository indicators, TargetRepository targets, AuditedWrites audited) {
        this.indicators = indicators;
        this.targets = targets;
        this.writes = audited.of("indicator", IndicatorDto::of, i -> null, i -> {
        });
    }

    /** Filters by direction; {@code q} searches code and both names, ignoring diacritics, case and Unicode form. */
    public Page<IndicatorDto> list(Direction direction, String q, PageParams page) {
        Filter f = new Filter()
                .and("direction = :direction", "direction", direction)
                .search("concat(code, ' ', nameVi, ' ', nameEn)", q);
        return Page.of(indicators.find(f.query(), page.toSort(SORTS, "code"), f.params()), page, IndicatorDto::of);
    }

    public IndicatorDto get(long id) {
        return IndicatorDto.of(find(id));
    }

    /** The indicator or 404. */
    public Indicator find(long id) {
        return indicators.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Indicator", id));
    }

    @Transactional
    public IndicatorDto create(IndicatorInput in) {
        Indicator i = new Indicator();
        apply(i, in);
        return writes.create(i);
    }

    @Transactional
    public IndicatorDto update(long id, int expectedVersion, IndicatorInput in) {
        return writes.update(find(id), expectedVersion, i -> apply(i, in));
    }

    /** Refused while targets measure themselves by it or a RATIO indicator sums it (the foreign key refuses a concurrent one too). */
    @Transactional
    public void delete(long id, int expectedVersion) {
        writes.delete(find(id), expectedVersion, i -> {
            if (targets.countUsing(id) > 0 || indicators.count("numerator.id = ?1 or denominator.id = ?1", id) > 0) {
                throw new ApiException(ErrorCode.STILL_REFERENCED, "Indicator", id);
            }
        });
    }

    private void apply(Indicator i, IndicatorInput in) {
        Aggregation aggregation = in.aggregation() == null ? Aggregation.NONE : in.aggregation();
        if (i.id != null && aggregation != Aggregation.SUM
                && indicators.count("numerator.id = ?1 or denominator.id = ?1", i.id) > 0) {
            throw ApiException.rule("aggregation", "a RATIO indicator sums this one as its numerator or denominator; "
                    + "it must stay SUM");
        }
        i.aggregation = aggregation;
        if (aggregation == Aggregation.RATIO) {
            i.numerator = part(i, in.numeratorIndicatorId(), "numeratorIndicatorId");
            i.denominator = part(i, in.denominatorIndicatorId(), "denominatorIndicatorId");
            i.factor = in.factor() == null ? BigDecimal.ONE : in.factor();
        } else {
            if (in.numeratorIndicatorId() != null || in.denominatorIndicatorId() != null || in.factor() != null) {
                throw ApiException.rule("aggregation", "only a RATIO indicator has a numerator, a denominator and a "
                        + "factor");
            }
            i.numerator = null;
            i.denominator = null;
            i.factor = null;
        }
        i.code = in.code();
        i.nameVi = Text.clean(in.nameVi());
        i.nameEn = Text.clean(in.nameEn());
        i.unit = Text.clean(in.unit());
        i.direction = in.direction();
        i.definition = Text.clean(in.definition());
        i.sensitive = Boolean.TRUE.equals(in.sensitive());
    }

    /** The numerator or denominator of RATIO indicator {@code i}: required, another indicator, aggregated by SUM. */
    private Indicator part(Indicator i, Long id, String field) {
        if (id == null) {
            throw ApiException.rule(field, "a RATIO indicator needs a numerator and a denominator indicator");
        }
        if (id.equals(i.id)) {
            throw ApiException.rule(field, "an indicator cannot be its own numerator or denominator");
        }
        Indicator part = indicators.findByIdOptional(id)
                .orElseThrow(() -> ApiException.invalidReference("Indicator", id, field));
        if (part.aggregation != Aggregation.SUM) {
            throw ApiException.rule(field, "indicator " + part.code + " is " + part.aggregation
                    + "; the numerator and denominator of a rate must be SUM indicators");
        }
        return part;
    }
}
