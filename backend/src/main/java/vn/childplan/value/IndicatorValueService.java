package vn.childplan.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Problem;
import vn.childplan.common.Text;
import vn.childplan.indicator.Indicator;
import vn.childplan.indicator.IndicatorRepository;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.AdminUnitRepository;
import vn.childplan.value.IndicatorValueDtos.IndicatorValueBatchResult;
import vn.childplan.value.IndicatorValueDtos.IndicatorValueDto;
import vn.childplan.value.IndicatorValueDtos.IndicatorValueInput;
import vn.childplan.value.IndicatorValueDtos.IndicatorValueRow;
import vn.childplan.security.Caller;
import vn.childplan.security.Roles;
import vn.childplan.period.Breakdown;
import vn.childplan.period.Period;
import vn.childplan.period.PeriodType;
import vn.childplan.period.StoredPeriod;

/**
 * Reported indicator values. Reads are scoped to the caller's units; writes need {@link Caller#requireValueWrite}.
 * Every write is audited with the value before and after, so a correction never loses the figure it replaced.
 */
@ApplicationScoped
public class IndicatorValueService {
    static final Map<String, String> SORTS = Map.of("periodStart", StoredPeriod.START, "id", "id");
    public static final int MAX_BATCH = 1000;
    public static final String ENTITY = "indicator-value";
    private static final String WHAT = "Indicator value";
    private static final String PERCENT = "%";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final String PERCENT_RANGE = "a percentage must lie between 0 and 100";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final IndicatorValueRepository values;
    private final IndicatorRepository indicators;
    private final AdminUnitRepository units;
    private final Caller caller;
    private final AuditedWrites.Kind<IndicatorValue, IndicatorValueDto> writes;
    private final Validator validator;
    private final Suppression suppression;

    public IndicatorValueService(IndicatorValueRepository values, IndicatorRepository indicators,
            AdminUnitRepository units, Caller caller, AuditedWrites audited, Validator validator,
            Suppression suppression) {
        this.suppression = suppression;
        this.values = values;
        this.indicators = indicators;
        this.units = units;
        this.caller = caller;
        this.writes = audited.of(ENTITY, IndicatorValueDto::of, v -> v.unit, v -> caller.requireValueWrite(v.unit));
        this.validator = validator;
    }

    public Page<IndicatorValueDto> list(Long indicatorId, Long unitId, String periodCode, PeriodType periodType,
            ValueStatus status, PageParams page) {
        String code = periodCode == null || periodCode.isBlank() ? null : Period.parse(periodCode, "periodCode").code();
        Filter f = new Filter()
                .and("indicator.id = :indicator", "indicator", indicatorId)
                .and("unit.id = :unit", "unit", unitId)
                .and(StoredPeriod.CODE + " = :code", "code", code)
                .and(StoredPeriod.TYPE + " = :type", "type", periodType)
                .and("status = :status", "status", status);
        caller.restrict(f, "unit");
        var query = values.findWithReferences(f.query(), page.toSort(SORTS, "periodStart"), f.params());
        return Page.ofAll(query, page, rows -> {
            Suppression.Suppressed hidden = suppression.forIndicators(rows.stream().map(v -> v.indicator.id).toList());
            return rows.stream().map(v -> IndicatorValueDto.of(v, hidden)).toList();
        });
    }

    /**
     * Outside a transaction on purpose: one select in auto-commit (the value with its references,
     * {@link #readable}) is one round trip, where a transaction would add its COMMIT.
     */
    public IndicatorValueDto get(long id) {
        IndicatorValue v = readable(id);
        return IndicatorValueDto.of(v, suppression.forValue(v));
    }

    @Transactional
    public IndicatorValueDto create(IndicatorValueInput in) {
        Resolved r = resolve(in, new Lookups());
        IndicatorValue v = new IndicatorValue();
        apply(v, r);
        return writes.create(v);
    }

    /** A correction: the value before it stays in the audit trail. */
    @Transactional
    public IndicatorValueDto update(long id, int expectedVersion, IndicatorValueInput in) {
        return writes.update(find(id), expectedVersion, v -> apply(v, resolve(in, new Lookups())));
    }

    @Transactional
    public void delete(long id, int expectedVersion) {
        writes.delete(find(id), expectedVersion);
    }

    /**
     * The audit entry of a value written and flushed with others in one go (a batch, an accepted report's figures);
     * {@code before} is null for a new one.
     */
    public IndicatorValueDto recorded(IndicatorValueDto before, IndicatorValue v) {
        return writes.record(before, v);
    }

    /**
     * All or nothing: every row is checked first (structure, references, rules, scope, the natural key against the
     * store and against the other rows), and only when all pass are they written, in this one transaction. A row
     * whose key is stored already corrects that value when it gives its version. Failing rows are all reported,
     * each violation's field prefixed by {@code rows[i].}: 403 when a row's unit is outside the caller's scope,
     * otherwise 422.
     */
    @Transactional
    public IndicatorValueBatchResult batch(List<IndicatorValueRow> rows) {
        if (rows.size() > MAX_BATCH) {
            throw ApiException.rule("rows", "a batch holds at most " + MAX_BATCH + " rows");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        List<Problem.Violation> forbidden = new ArrayList<>();
        List<Planned> plan = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        Lookups lookups = new Lookups();
        int failing = 0;
        for (int i = 0; i < rows.size(); i++) {
            String at = "rows[" + i + "]";
            int before = violations.size() + forbidden.size();
            check(rows.get(i), i, at, lookups, keys, violations, forbidden, plan);
            if (violations.size() + forbidden.size() > before) {
                failing++;
            }
        }
        if (!forbidden.isEmpty()) {
            throw new ApiException(ErrorCode.FORBIDDEN, forbidden);
        }
        if (!violations.isEmpty()) {
            throw new ApiException(ErrorCode.RULE_VIOLATED, violations,
                    failing + " of " + rows.size() + " rows are invalid; nothing was written.");
        }
        List<IndicatorValueDto> befores = new ArrayList<>();
        for (Planned p : plan) {
            befores.add(p.target.id == null ? null : IndicatorValueDto.of(p.target));
            apply(p.target, p.resolved);
            if (p.target.id == null) {
                values.persist(p.target);
            }
        }
        values.flush();
        List<IndicatorValueDto> items = new ArrayList<>();
        int created = 0;
        for (int i = 0; i < plan.size(); i++) {
            items.add(recorded(befores.get(i), plan.get(i).target));
            if (befores.get(i) == null) {
                created++;
            }
        }
        return new IndicatorValueBatchResult(created, plan.size() - created, items);
    }

    private void check(IndicatorValueRow row, int index, String at, Lookups lookups, Map<String, Integer> keys,
            List<Problem.Violation> violations, List<Problem.Violation> forbidden, List<Planned> plan) {
        if (row == null) {
            violations.add(new Problem.Violation(at, "must not be null", "NotNull"));
            return;
        }
        List<Problem.Violation> structural = validator.validate(row).stream()
                .map(v -> new Problem.Violation(at + "." + v.getPropertyPath(), v.getMessage(), ruleOf(v)))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        if (!structural.isEmpty()) {
            violations.addAll(structural);
            return;
        }
        Resolved r;
        try {
            r = resolve(row.input(), lookups);
        } catch (ApiException e) {
            if (e.code() == ErrorCode.FORBIDDEN) {
                forbidden.add(new Problem.Violation(at + ".unitId", "you may not write values of this unit", "Forbidden"));
            } else {
                e.violations().forEach(v -> violations.add(new Problem.Violation(at + "." + v.field(), v.message(), v.code())));
            }
            return;
        }
        Integer first = keys.putIfAbsent(r.key(), index);
        if (first != null) {
            violations.add(new Problem.Violation(at + ".periodCode", "repeats the indicator, unit, period, sex, age group "
                    + "and area type of rows[" + first + "]; a batch holds each value once", "UniqueInBatch"));
            return;
        }
        Optional<IndicatorValue> stored = values.findByKey(r.indicator.id, r.unit.id, r.period.code(),
                r.breakdown);
        if (stored.isPresent()) {
            IndicatorValue existing = stored.get();
            if (row.version() == null) {
                violations.add(new Problem.Violation(at + ".version", "a value is already stored under this key (id "
                        + existing.id + ", version " + existing.version + "); give its version to correct it", "Duplicate"));
            } else if (row.version() != existing.version) {
                violations.add(new Problem.Violation(at + ".version", "the stored value (id " + existing.id
                        + ") has version " + existing.version + ", not " + row.version() + "; reload it and apply your "
                        + "change again", "PRECONDITION_FAILED"));
            } else {
                plan.add(new Planned(existing, r));
            }
        } else if (row.version() != null) {
            violations.add(new Problem.Violation(at + ".version",
                    "no value is stored under this key; omit version to create it", "NotFound"));
        } else {
            plan.add(new Planned(new IndicatorValue(), r));
        }
    }

    /**
     * The value if the caller may read it, with its indicator and unit read in the same select; 404 otherwise,
     * whether it exists or not.
     */
    public IndicatorValue readable(long id) {
        IndicatorValue v = values.findForReading(id).orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireRead(v.unit, WHAT, id);
        return v;
    }

    /**
     * Whether small-cell suppression withholds {@code v}'s figure from the caller (a small count of a sensitive
     * indicator, or a value that would give one away): what stands behind the figure, its evidence, is withheld too.
     */
    public boolean withheld(IndicatorValue v) {
        return suppression.forValue(v).hides(v.id);
    }

    /** 403 unless the caller may write {@code v}: the very check of the value's own writes. */
    public void requireEdit(IndicatorValue v) {
        writes.requireEdit(v);
    }

    IndicatorValue find(long id) {
        return values.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(WHAT, id));
    }

    /** Checks one input against references, scope and rules; throws the first failure. */
    private Resolved resolve(IndicatorValueInput in, Lookups lookups) {
        Indicator indicator = lookups.indicators.computeIfAbsent(in.indicatorId(), indicators::findByIdOptional)
                .orElseThrow(() -> ApiException.invalidReference("Indicator", in.indicatorId(), "indicatorId"));
        AdminUnit unit = lookups.units.computeIfAbsent(in.unitId(), units::findByIdOptional)
                .orElseThrow(() -> ApiException.invalidReference("Administrative unit", in.unitId(), "unitId"));
        caller.requireValueWrite(unit);
        Period period;
        try {
            period = Period.parse(in.periodCode(), "periodCode");
        } catch (ApiException e) {
            String message = e.violations().isEmpty() ? e.getMessage() : e.violations().get(0).message();
            throw new ApiException(ErrorCode.INVALID_VALUE,
                    List.of(new Problem.Violation("periodCode", message, "PeriodCode")), "periodCode", message);
        }
        if (!existedDuring(unit, period)) {
            throw ApiException.rule("unitId", notExisting(unit, period));
        }
        if (!withinRange(indicator, in.value())) {
            throw ApiException.rule("value", PERCENT_RANGE);
        }
        ValueStatus status = in.status() == null ? ValueStatus.ESTIMATE : in.status();
        LocalDate today = LocalDate.now(VIETNAM);
        if (status == ValueStatus.FINAL && !period.end().isBefore(today)) {
            throw ApiException.rule("status", "a value becomes final only after its period has ended (" + period.code()
                    + " ends on " + period.end() + "); report it as ESTIMATE until then");
        }
        SourceKind source = in.sourceKind() != null ? in.sourceKind()
                : caller.is(Roles.INTEGRATION) ? SourceKind.MACHINE_CLIENT : SourceKind.MANUAL;
        return new Resolved(indicator, unit, period, Breakdown.of(in.sex(), in.ageGroup(), in.areaType()), in.value(),
                status, source, Text.clean(in.sourceName()), Text.clean(in.evidence()));
    }

    private void apply(IndicatorValue v, Resolved r) {
        v.indicator = r.indicator;
        v.unit = r.unit;
        v.period = StoredPeriod.of(r.period);
        v.breakdown = r.breakdown;
        v.value = r.value;
        v.status = r.status;
        v.sourceKind = r.sourceKind;
        v.sourceName = r.sourceName;
        v.evidence = r.evidence;
        v.enteredBy = caller.subject();
    }

    /** Whether {@code unit} stood at some time during {@code period} (old figures keep their old units). */
    public static boolean existedDuring(AdminUnit unit, Period period) {
        return (unit.validFrom == null || !period.end().isBefore(unit.validFrom))
                && (unit.validTo == null || !period.start().isAfter(unit.validTo));
    }

    public static String notExisting(AdminUnit unit, Period period) {
        return "unit " + unit.code + " (" + unit.name + ") did not exist during " + period.code() + "; it stood from "
                + (unit.validFrom == null ? "the start" : unit.validFrom) + " to "
                + (unit.validTo == null ? "today" : unit.validTo);
    }

    /** A value of an indicator in % lies between 0 and 100; other units take any value. */
    public static boolean withinRange(Indicator indicator, BigDecimal value) {
        return !PERCENT.equals(indicator.unit) || (value.signum() >= 0 && value.compareTo(HUNDRED) <= 0);
    }

    private static String ruleOf(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** Indicators and units looked up once per request, however many rows name them. */
    private static final class Lookups {
        final Map<Long, Optional<Indicator>> indicators = new HashMap<>();
        final Map<Long, Optional<AdminUnit>> units = new HashMap<>();
    }

    private record Resolved(Indicator indicator, AdminUnit unit, Period period, Breakdown breakdown, BigDecimal value,
            ValueStatus status, SourceKind sourceKind, String sourceName, String evidence) {
        String key() {
            return indicator.id + "|" + unit.id + "|" + period.code() + "|" + breakdown;
        }
    }

    private record Planned(IndicatorValue target, Resolved resolved) {
    }
}
