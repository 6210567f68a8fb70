package vn.childplan.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.childplan.common.ApiException;
import vn.childplan.common.Filter;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.AdminUnitRepository;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.analytics.ConsolidationDtos.LateReportDto;
import vn.childplan.analytics.ConsolidationDtos.LateReportsDto;
import vn.childplan.analytics.ConsolidationDtos.LateStatus;
import vn.childplan.reportingcycle.Obligations.Held;
import vn.childplan.reportingcycle.ReportDtos.ObligationDto;
import vn.childplan.reportingcycle.ReportDtos.Timeliness;
import vn.childplan.security.Caller;
import vn.childplan.task.AssignmentRole;
import vn.childplan.task.AssignmentRepository;
import vn.childplan.period.Period;
import vn.childplan.period.StoredPeriod;
import vn.childplan.reportingcycle.ReportRepository;
import vn.childplan.reportingcycle.ReportRepository.HeldReport;
import vn.childplan.reportingcycle.ReportingRegime;
import vn.childplan.reportingcycle.ReportingRegimeRepository;
import vn.childplan.reportingcycle.Obligations;

/**
 * Who is late, across plans: every obligation ({@link Obligations}) of every plan with a reporting regime in the
 * caller's scope, for every period its regime owes ({@link ReportingRegime#owed}) within the plan's years whose
 * deadline has passed on asOf, that is overdue (MISSING) or was submitted after its deadline (LATE), each report as
 * it stood at the end of asOf. Three statements whatever the number of plans (regimes with their plans, owing
 * assignments, reports with their history), read as values rather than entities (a province's plans hold thousands of
 * each); the periods are derived in memory.
 */
@ApplicationScoped
public class LateReportService {
    private final ReportingRegimeRepository regimes;
    private final AssignmentRepository assignments;
    private final ReportRepository reports;
    private final AdminUnitRepository units;
    private final Caller caller;

    public LateReportService(ReportingRegimeRepository regimes, AssignmentRepository assignments,
            ReportRepository reports, AdminUnitRepository units, Caller caller) {
        this.regimes = regimes;
        this.assignments = assignments;
        this.reports = reports;
        this.units = units;
        this.caller = caller;
    }

    @Transactional
    public LateReportsDto late(LocalDate asOf, Long agencyId, Long documentId, Long unitId, int page, int size) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(Obligations.VIETNAM);
        Filter f = new Filter().and("d.id = :doc", "doc", documentId);
        if (unitId != null) {
            AdminUnit unit = units.findByIdOptional(unitId).filter(caller::canRead)
                    .orElseThrow(() -> ApiException.invalidReference("Administrative unit", unitId, "unitId"));
            f.and("fk(d.unit) in (select u.id from AdminUnit u where u.code in :within)", "within",
                    units.codesWithin(unit.code, day));
        }
        caller.restrict(f, "d.unit");
        List<ReportingRegime> listed = regimes.list(ReportingRegimeRepository.FETCHED + " where " + f.query(), f.params());
        List<LateReportDto> late = new ArrayList<>();
        if (!listed.isEmpty()) {
            List<Long> docs = listed.stream().map(r -> r.document.id).distinct().toList();
            Map<Long, Map<Long, Agency>> owing = new HashMap<>();
            Map<String, Set<String>> roles = new HashMap<>();
            Filter a = new Filter().and("t.document.id in :docs", "docs", docs)
                    .and("a.role in :roles", "roles", Obligations.OWING_ROLES).and("g.id = :agency", "agency", agencyId);
            // the plan, role and agency of each assignment, not the assignments as entities (thousands in a province)
            var owingQuery = assignments.getEntityManager().createQuery("select t.document.id, a.role, g"
                    + " from Assignment a join a.agency g join a.task t where " + a.query() + " order by g.name, g.id",
                    Object[].class);
            a.params().forEach(owingQuery::setParameter);
            for (Object[] x : owingQuery.getResultList()) {
                long doc = (Long) x[0];
                Agency g = (Agency) x[2];
                owing.computeIfAbsent(doc, k -> new LinkedHashMap<>()).putIfAbsent(g.id, g);
                roles.computeIfAbsent(doc + "|" + g.id, k -> new TreeSet<>()).add(((AssignmentRole) x[1]).name());
            }
            Map<String, Held> byKey = new HashMap<>();
            Filter r = new Filter().and("r.document.id in :docs", "docs", docs).and("r." + StoredPeriod.START + " <= :asOf", "asOf", day)
                    .and("r.agency.id = :agency", "agency", agencyId);
            for (HeldReport x : reports.heldWhere(r.query(), r.params(), day)) {
                byKey.put(x.documentId() + "|" + x.agencyId() + "|" + x.periodCode(), x.held());
            }
            for (ReportingRegime regime : listed) {
                Map<Long, Agency> agencies = owing.getOrDefault(regime.document.id, Map.of());
                for (int year = regime.document.periodFromYear; year <= regime.document.periodToYear; year++) {
                    for (Period p : regime.owed(year)) {
                        LocalDate deadline = regime.deadline(p);
                        if (!day.isAfter(deadline)) {
                            continue;
                        }
                        for (Agency g : agencies.values()) {
                            if (!Obligations.owes(g, p)) {
                                continue;
                            }
                            Held report = byKey.get(regime.document.id + "|" + g.id + "|" + p.code());
                            List<String> its = List.copyOf(roles.get(regime.document.id + "|" + g.id));
                            ObligationDto o = Obligations.judge(g, its, report, deadline, day);
                            if (o.overdue() || o.timeliness() == Timeliness.LATE) {
                                late.add(item(regime, p, deadline, report, o, day));
                            }
                        }
                    }
                }
            }
        }
        late.sort(Comparator.comparing(LateReportDto::deadline)
                .thenComparing(x -> x.document().id()).thenComparing(x -> x.agency().name())
                .thenComparing(x -> x.agency().id()).thenComparing(LateReportDto::periodStart));
        int from = (int) Math.min((long) page * size, late.size());
        return new LateReportsDto(day, late.subList(from, Math.min(from + size, late.size())), page, size, late.size(),
                (late.size() + size - 1) / size);
    }

    private static LateReportDto item(ReportingRegime regime, Period p, LocalDate deadline, Held report,
            ObligationDto o, LocalDate asOf) {
        LocalDate until = o.overdue() ? asOf : o.submittedAt().atZone(Obligations.VIETNAM).toLocalDate();
        return new LateReportDto(DocumentRef.of(regime.document), o.agency(), o.roles(), p.type(), p.code(), p.start(),
                p.end(), deadline, AgencyRef.of(regime.consolidatingAgency),
                o.overdue() ? LateStatus.MISSING : LateStatus.LATE, o.reportId(),
                report == null ? null : report.status(), o.submittedAt(), ChronoUnit.DAYS.between(deadline, until));
    }
}
