package vn.childplan.reportingcycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Text;
import vn.childplan.reportingcycle.ReportDtos.ReportDto;
import vn.childplan.security.Caller;
import vn.childplan.value.IndicatorValue;
import vn.childplan.value.IndicatorValueRepository;
import vn.childplan.value.IndicatorValueService;
import vn.childplan.value.SourceKind;
import vn.childplan.value.ValueStatus;

/**
 * The workflow of a report: DRAFT or RETURNED → SUBMITTED by an author; SUBMITTED → ACCEPTED (publishing its
 * figures) or RETURNED by the consolidating agency of the plan's regime or a planner of the plan. Each move is one
 * audited write of the report ({@link ReportService#writes()}), also recorded in report_transition. The record keeping
 * (create, edit, values, narratives) is {@link ReportService}.
 */
@ApplicationScoped
public class ReportWorkflow {
    private final ReportService reports;
    private final ReportingRegimeRepository regimes;
    private final IndicatorValueRepository values;
    private final IndicatorValueService valueWrites;
    private final Caller caller;

    public ReportWorkflow(ReportService reports, ReportingRegimeRepository regimes, IndicatorValueRepository values,
            IndicatorValueService valueWrites, Caller caller) {
        this.reports = reports;
        this.regimes = regimes;
        this.values = values;
        this.valueWrites = valueWrites;
        this.caller = caller;
    }

    /** DRAFT or RETURNED → SUBMITTED, by an author. */
    @Transactional
    public ReportDto submit(long id, int expectedVersion, String comment) {
        Report report = reports.find(id);
        reports.writes().update(report, expectedVersion,
                r -> move(r, ReportStatus.SUBMITTED, comment, ReportStatus.DRAFT, ReportStatus.RETURNED));
        return reports.seen(report);
    }

    /**
     * SUBMITTED → ACCEPTED, by the consolidating agency or a planner of the plan. Accepting publishes the report's
     * figures into the indicator values, in the same transaction: each becomes a value of the report's period with
     * source AGENCY_REPORT, source name the agency, status ESTIMATE (the agency's figure, not yet the final
     * statistic), evidence and reportId naming the report, entered by the accepting caller, audited as any value.
     * A figure whose natural key already holds a value (entered by hand, by a machine client or from another
     * agency's accepted report) leaves that value alone: nothing submitted is silently overwritten, and the
     * consolidation shows the two as a conflict for someone to settle.
     */
    @Transactional
    public ReportDto accept(long id, int expectedVersion, String comment) {
        Report report = reports.find(id);
        reports.writes().update(report, this::requireConsolidator, expectedVersion,
                r -> move(r, ReportStatus.ACCEPTED, comment, ReportStatus.SUBMITTED));
        publish(report);
        return reports.seen(report);
    }

    /** SUBMITTED → RETURNED with the reason, by the consolidating agency or a planner of the plan. */
    @Transactional
    public ReportDto giveBack(long id, int expectedVersion, String comment) {
        Report report = reports.find(id);
        reports.writes().update(report, this::requireConsolidator, expectedVersion,
                r -> move(r, ReportStatus.RETURNED, comment, ReportStatus.SUBMITTED));
        return reports.seen(report);
    }

    private void move(Report r, ReportStatus to, String comment, ReportStatus... from) {
        if (Arrays.stream(from).noneMatch(s -> s == r.status)) {
            throw new ApiException(ErrorCode.INVALID_TRANSITION, "A " + r.status + " report cannot become " + to
                    + "; allowed from " + Arrays.toString(from) + ".");
        }
        Instant now = Instant.now();
        ReportTransition t = new ReportTransition();
        t.report = r;
        t.fromStatus = r.status;
        t.toStatus = to;
        t.bySubject = caller.subject();
        t.byName = caller.name();
        t.at = now;
        t.comment = Text.clean(comment);
        r.transitions.add(t);
        r.status = to;
        if (to == ReportStatus.SUBMITTED) {
            r.submittedAt = now;
        }
    }

    private void publish(Report r) {
        if (r.values.isEmpty()) {
            return;
        }
        Set<FigureKey> taken = new HashSet<>();
        values.listFor(r.values.stream().map(v -> v.indicator.id).distinct().toList(),
                r.values.stream().map(v -> v.unit.id).distinct().toList(), r.period.code())
                .forEach(v -> taken.add(FigureKey.of(v)));
        List<IndicatorValue> published = new ArrayList<>();
        for (ReportValue rv : r.values) {
            if (taken.contains(FigureKey.of(rv))) {
                continue;
            }
            IndicatorValue v = new IndicatorValue();
            v.indicator = rv.indicator;
            v.unit = rv.unit;
            v.period = r.period;
            v.breakdown = rv.breakdown;
            v.value = rv.value;
            v.status = ValueStatus.ESTIMATE;
            v.sourceKind = SourceKind.AGENCY_REPORT;
            v.sourceName = r.agency.name.length() > 300 ? r.agency.name.substring(0, 300) : r.agency.name;
            v.evidence = "Báo cáo " + r.period.code() + " (report " + r.id + ")" + (rv.note == null ? "" : ": " + rv.note);
            v.reportId = r.id;
            v.enteredBy = caller.subject();
            values.persist(v);
            published.add(v);
        }
        values.flush();
        for (IndicatorValue v : published) {
            valueWrites.recorded(null, v);
        }
    }

    private void requireConsolidator(Report r) {
        caller.requireReportConsolidator(r.document.unit, () -> regimes.findFor(r.document.id, r.period.type())
                .map(x -> x.consolidatingAgency).orElse(null));
    }
}
