package vn.childplan.reportingcycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Problem;
import vn.childplan.document.DocumentRepository;
import vn.childplan.orgunit.AgencyRepository;
import vn.childplan.reportingcycle.ReportingRegimeDtos.ReportingRegimeDto;
import vn.childplan.reportingcycle.ReportingRegimeDtos.ReportingRegimeInput;
import vn.childplan.security.Caller;
import vn.childplan.period.Period;
import vn.childplan.period.PeriodType;
import vn.childplan.period.StoredPeriod;

/** Reporting regimes of plans: read within scope, written by planners of the plan's unit and admins, audited. */
@ApplicationScoped
public class ReportingRegimeService {
    static final String ENTITY = "reporting-regime";
    private static final String WHAT = "Reporting regime";
    private static final Map<String, String> SORTS = Map.of("periodType", "r.periodType", "id", "r.id");

    private final ReportingRegimeRepository regimes;
    private final ReportRepository reports;
    private final DocumentRepository documents;
    private final AgencyRepository agencies;
    private final Caller caller;
    private final AuditedWrites.Kind<ReportingRegime, ReportingRegimeDto> writes;

    public ReportingRegimeService(ReportingRegimeRepository regimes, ReportRepository reports,
            DocumentRepository documents, AgencyRepository agencies, Caller caller, AuditedWrites audited) {
        this.regimes = regimes;
        this.reports = reports;
        this.documents = documents;
        this.agencies = agencies;
        this.caller = caller;
        this.writes = audited.of(ENTITY, ReportingRegimeDto::of, r -> r.document.unit,
                r -> caller.requireEdit(r.document.unit));
    }

    public Page<ReportingRegimeDto> list(Long documentId, PeriodType periodType, PageParams page) {
        Filter f = new Filter()
                .and("d.id = :doc", "doc", documentId)
                .and("r.periodType = :type", "type", periodType);
        caller.restrict(f, "d.unit");
        return Page.of(regimes.find(ReportingRegimeRepository.FETCHED + " where " + f.query(),
                page.toSort(SORTS, "id"), f.params()), page, ReportingRegimeDto::of);
    }

    public ReportingRegimeDto get(long id) {
        ReportingRegime r = regimes.findFetched(id).orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireRead(r.document.unit, WHAT, id);
        return ReportingRegimeDto.of(r);
    }

    @Transactional
    public ReportingRegimeDto create(ReportingRegimeInput in) {
        ReportingRegime r = new ReportingRegime();
        r.document = documents.findByIdOptional(in.documentId()).filter(d -> caller.canRead(d.unit))
                .orElseThrow(() -> ApiException.invalidReference("Document", in.documentId(), "documentId"));
        caller.requireEdit(r.document.unit);
        apply(r, in);
        // uq_reporting_regime_period → 409 DUPLICATE (ReportingCycleConstraints) here rather than at commit
        return writes.create(r);
    }

    @Transactional
    public ReportingRegimeDto update(long id, int expectedVersion, ReportingRegimeInput in) {
        return writes.update(find(id), expectedVersion, r -> {
            if (!r.document.id.equals(in.documentId())) {
                throw ApiException.rule("documentId", "a reporting regime cannot move to another document; delete it "
                        + "and create one there");
            }
            apply(r, in);
            // a report of a period the regime no longer owes would lose its deadline and consolidating agency
            long orphaned = reports.list("document.id = ?1 and " + StoredPeriod.TYPE + " = ?2", r.document.id, r.periodType).stream()
                    .filter(x -> !r.owes(x.period.toPeriod())).count();
            if (orphaned > 0) {
                throw new ApiException(ErrorCode.STILL_REFERENCED, List.of(new Problem.Violation("periodNumbers",
                        orphaned + " report(s) of this plan exist for periods these numbers leave out; keep their "
                                + "periods", "HasReports")), WHAT, id);
            }
        });
    }

    @Transactional
    public void delete(long id, int expectedVersion) {
        writes.delete(find(id), expectedVersion, r -> {
            // the regime gives those reports their deadline and their consolidating agency
            long written = reports.count("document.id = ?1 and " + StoredPeriod.TYPE + " = ?2", r.document.id, r.periodType);
            if (written > 0) {
                throw new ApiException(ErrorCode.STILL_REFERENCED, List.of(new Problem.Violation("periodType", written
                        + " report(s) of this plan for " + r.periodType + " periods exist; a regime with reports "
                        + "stays (change its deadline or consolidating agency instead)", "HasReports")), WHAT, id);
            }
        });
    }

    private ReportingRegime find(long id) {
        return regimes.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(WHAT, id));
    }

    private void apply(ReportingRegime r, ReportingRegimeInput in) {
        if (in.periodType() == PeriodType.CUSTOM) {
            throw ApiException.rule("periodType", "a reporting regime recurs over periods of a named type; CUSTOM has none");
        }
        if (in.deadlineDay() == null && in.offsetDays() == null) {
            throw ApiException.rule("deadlineDay", "give the deadline as deadlineDay (with or without deadlineMonth) "
                    + "or as offsetDays after the period's end");
        }
        if (in.deadlineDay() != null && in.offsetDays() != null) {
            throw ApiException.rule("offsetDays", "give the deadline either as deadlineDay/deadlineMonth or as "
                    + "offsetDays, not both");
        }
        if (in.deadlineMonth() != null && in.deadlineDay() == null) {
            throw ApiException.rule("deadlineMonth", "a deadline month needs a deadline day");
        }
        if (in.deadlineDay() != null && in.deadlineMonth() != null) {
            try {
                MonthDay.of(in.deadlineMonth(), in.deadlineDay());
            } catch (DateTimeException e) {
                throw ApiException.rule("deadlineDay", in.deadlineDay() + "/" + in.deadlineMonth()
                        + " is not a day of the year");
            }
        }
        r.periodNumbers = periodNumbers(in.periodType(), in.periodNumbers());
        r.consolidatingAgency = agencies.findByIdOptional(in.consolidatingAgencyId()).filter(g -> caller.canRead(g.unit))
                .orElseThrow(() -> ApiException.invalidReference("Agency", in.consolidatingAgencyId(),
                        "consolidatingAgencyId"));
        r.periodType = in.periodType();
        r.deadlineDay = in.deadlineDay() == null ? null : in.deadlineDay().shortValue();
        r.deadlineMonth = in.deadlineMonth() == null ? null : in.deadlineMonth().shortValue();
        r.offsetDays = in.offsetDays();
    }

    /**
     * The owed periods' numbers, sorted without repeats; null when every period is owed (none given). 422 for a
     * YEAR or SCHOOL_YEAR regime (it owes its one period) and on each number outside its type's year.
     */
    private static Integer[] periodNumbers(PeriodType type, List<Integer> numbers) {
        if (numbers == null) {
            return null;
        }
        int perYear = Period.perYear(type);
        if (perYear == 1) {
            throw ApiException.rule("periodNumbers", "a " + type + " regime owes its one period each year; leave "
                    + "periodNumbers out");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            Integer n = numbers.get(i);
            if (n == null || n < 1 || n > perYear) {
                violations.add(new Problem.Violation("periodNumbers[" + i + "]", "a " + type + " period of the year "
                        + "is numbered 1 to " + perYear, "RULE_VIOLATED"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(ErrorCode.RULE_VIOLATED, violations, violations.get(0).message());
        }
        return numbers.isEmpty() ? null : new TreeSet<>(numbers).toArray(Integer[]::new);
    }
}
