package vn.childplan.succession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.orgunit.AgencyService;
import vn.childplan.reportingcycle.Report;
import vn.childplan.reportingcycle.ReportService;
import vn.childplan.security.Caller;
import vn.childplan.succession.SuccessionDtos.AssignmentMove;
import vn.childplan.succession.SuccessionDtos.Outcome;
import vn.childplan.succession.SuccessionDtos.ReportMove;
import vn.childplan.succession.SuccessionDtos.SuccessionCommit;
import vn.childplan.succession.SuccessionDtos.SuccessionDto;
import vn.childplan.succession.SuccessionDtos.SuccessionInput;
import vn.childplan.succession.SuccessionDtos.TaskSuccessor;
import vn.childplan.task.Assignment;
import vn.childplan.task.AssignmentRole;
import vn.childplan.task.AssignmentService;
import vn.childplan.task.TaskDtos.TaskRef;

/**
 * Ending an agency and moving its work to its successor(s) (the Sở LĐTBXH's child-care duties to the Sở Y tế in
 * 2025): one to one, or split by task. Its open assignments (neither DONE nor CANCELLED) go to the successor of their
 * task; where the successor already holds the task, the successor keeps its own assignment with the stronger role
 * (LEAD > COORDINATE > REQUESTED, so the one lead of the task stays one) and the agency's ends. Its reports never
 * submitted go to the successor of their plan's tasks (when the agency's open tasks in that plan go to one successor,
 * else the main one), unless the successor already has a report for that plan and period; submitted reports stay with
 * the agency that submitted them, and so do its closed assignments.
 * <p>
 * The same computation answers the preview and the commit; the commit carries the preview's token, a digest of every
 * record the plan touches with its version, so a change in between is 409 SUCCESSION_STALE rather than a move nobody
 * saw. Every write goes through the features' audited writes, in one transaction: the assignments' history keeps who
 * held them and when.
 */
@ApplicationScoped
public class SuccessionService {
    private final AgencyService agencies;
    private final AssignmentService assignments;
    private final ReportService reports;
    private final Caller caller;

    public SuccessionService(AgencyService agencies, AssignmentService assignments, ReportService reports,
            Caller caller) {
        this.agencies = agencies;
        this.assignments = assignments;
        this.reports = reports;
        this.caller = caller;
    }

    @Transactional
    public SuccessionDto preview(long agencyId, SuccessionInput in) {
        return plan(agencyId, in).dto(false);
    }

    @Transactional
    public SuccessionDto commit(long agencyId, SuccessionCommit in) {
        Plan plan = plan(agencyId, in.input());
        if (!plan.token.equals(in.previewToken())) {
            throw new ApiException(ErrorCode.SUCCESSION_STALE);
        }
        // the agency's assignment ends before the successor's takes the stronger role: one lead per task throughout
        for (Step s : plan.steps) {
            if (s.held != null) {
                assignments.remove(s.assignment);
            }
        }
        for (Step s : plan.steps) {
            if (s.held == null) {
                assignments.reassign(s.assignment, s.to, s.assignment.role);
            } else if (s.held.role != s.role) {
                assignments.reassign(s.held, s.to, s.role);
            }
        }
        for (ReportStep r : plan.reportSteps) {
            if (!r.clash) {
                reports.reassign(r.report, r.to);
            }
        }
        agencies.end(plan.agency, in.endOn(), plan.main);
        return plan.dto(true);
    }

    /** One open assignment: to whom it goes, the successor's own assignment on the task if any, the role after. */
    private record Step(Assignment assignment, Agency to, Assignment held, AssignmentRole role) {
    }

    private record ReportStep(Report report, Agency to, boolean clash) {
    }

    private final class Plan {
        Agency agency;
        Agency main;
        LocalDate endOn;
        final List<Step> steps = new ArrayList<>();
        final List<ReportStep> reportSteps = new ArrayList<>();
        String token;

        SuccessionDto dto(boolean committed) {
            List<AssignmentMove> moves = steps.stream().map(s -> new AssignmentMove(s.assignment.id,
                    DocumentRef.of(s.assignment.task.document), TaskRef.of(s.assignment.task), s.assignment.role,
                    s.assignment.status, AgencyRef.of(s.to), s.held == null ? Outcome.MOVE : Outcome.MERGE,
                    s.held != null, s.role, s.held == null ? s.assignment.id : s.held.id)).toList();
            List<ReportMove> reportMoves = reportSteps.stream().map(r -> new ReportMove(r.report.id,
                    DocumentRef.of(r.report.document), r.report.period.code(), r.report.status, AgencyRef.of(r.to),
                    r.clash ? Outcome.STAY : Outcome.MOVE, r.clash)).toList();
            return new SuccessionDto(AgencyRef.of(agency), endOn, AgencyRef.of(main), moves, reportMoves, token,
                    committed);
        }
    }

    private Plan plan(long agencyId, SuccessionInput in) {
        Plan plan = new Plan();
        plan.agency = agencies.readable(agencyId);
        caller.requireSuccession(plan.agency.unit);
        plan.endOn = in.endOn();
        if (plan.agency.validFrom != null && in.endOn().isBefore(plan.agency.validFrom)) {
            throw ApiException.rule("endOn", "the agency cannot end before it began (" + plan.agency.validFrom + ")");
        }
        plan.main = successor(plan.agency, in.successorId(), in.endOn(), "successorId");
        Map<Long, Agency> byTask = new LinkedHashMap<>();
        List<TaskSuccessor> split = in.taskSuccessors() == null ? List.of() : in.taskSuccessors();
        for (int i = 0; i < split.size(); i++) {
            TaskSuccessor ts = split.get(i);
            String at = "taskSuccessors[" + i + "].";
            if (byTask.put(ts.taskId(), successor(plan.agency, ts.successorId(), in.endOn(), at + "successorId")) != null) {
                throw ApiException.rule(at + "taskId", "this task is named twice");
            }
        }

        List<Assignment> open = assignments.openOf(plan.agency.id);
        Set<Long> tasks = new LinkedHashSet<>();
        open.forEach(a -> tasks.add(a.task.id));
        for (int i = 0; i < split.size(); i++) {
            if (!tasks.contains(split.get(i).taskId())) {
                throw ApiException.rule("taskSuccessors[" + i + "].taskId", "the agency has no open assignment on this task");
            }
        }
        Set<Long> successors = new LinkedHashSet<>();
        successors.add(plan.main.id);
        byTask.values().forEach(s -> successors.add(s.id));
        Map<String, Assignment> held = new HashMap<>();
        assignments.onTasks(tasks, successors).forEach(a -> held.put(a.task.id + "/" + a.agency.id, a));
        Map<Long, Set<Agency>> successorsByPlan = new HashMap<>();
        for (Assignment a : open) {
            caller.requireEdit(a.task.document.unit);
            Agency to = byTask.getOrDefault(a.task.id, plan.main);
            Assignment theirs = held.get(a.task.id + "/" + to.id);
            AssignmentRole role = theirs == null || a.role.compareTo(theirs.role) < 0 ? a.role : theirs.role;
            plan.steps.add(new Step(a, to, theirs, role));
            successorsByPlan.computeIfAbsent(a.task.document.id, d -> new LinkedHashSet<>()).add(to);
        }

        List<Report> owed = reports.unsubmittedOf(plan.agency.id);
        Set<Long> documents = new LinkedHashSet<>();
        owed.forEach(r -> documents.add(r.document.id));
        Set<Long> reportSuccessors = new LinkedHashSet<>(successors);
        Set<String> taken = new HashSet<>();
        reports.ofAgencies(documents, reportSuccessors)
                .forEach(r -> taken.add(r.document.id + "/" + r.agency.id + "/" + r.period.code()));
        for (Report r : owed) {
            caller.requireEdit(r.document.unit);
            Set<Agency> inPlan = successorsByPlan.getOrDefault(r.document.id, Set.of());
            Agency to = inPlan.size() == 1 ? inPlan.iterator().next() : plan.main;
            plan.reportSteps.add(new ReportStep(r, to, taken.contains(r.document.id + "/" + to.id + "/" + r.period.code())));
        }
        plan.token = token(plan);
        return plan;
    }

    /** A successor named as {@code field}: readable, not the agency itself, in force the day after {@code endOn}. */
    private Agency successor(Agency agency, long id, LocalDate endOn, String field) {
        Agency s = agencies.reference(id, field);
        if (s.id.equals(agency.id)) {
            throw ApiException.rule(field, "an agency cannot succeed itself");
        }
        LocalDate next = endOn.plusDays(1);
        if ((s.validTo != null && s.validTo.isBefore(next)) || (s.validFrom != null && s.validFrom.isAfter(next))) {
            throw ApiException.rule(field, s.name + " is not in force on " + next + ", the day after the agency ends");
        }
        return s;
    }

    /** A digest of everything the plan reads and writes, with each record's version. */
    private static String token(Plan plan) {
        StringBuilder b = new StringBuilder().append(plan.agency.id).append('v').append(plan.agency.version)
                .append(':').append(plan.endOn).append(':').append(plan.main.id);
        for (Step s : plan.steps) {
            b.append("|a").append(s.assignment.id).append('v').append(s.assignment.version).append(s.assignment.role)
                    .append('>').append(s.to.id);
            if (s.held != null) {
                b.append('+').append(s.held.id).append('v').append(s.held.version).append(s.held.role);
            }
        }
        for (ReportStep r : plan.reportSteps) {
            b.append("|r").append(r.report.id).append('v').append(r.report.version).append('>').append(r.to.id)
                    .append(r.clash);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
