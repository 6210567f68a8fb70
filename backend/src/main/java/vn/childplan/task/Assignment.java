package vn.childplan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.childplan.common.Versioned;
import vn.childplan.orgunit.Agency;

/**
 * Phân công thực hiện: one agency's part in one task. An agency appears at most once per task, and a task has at
 * most one {@link AssignmentRole#LEAD} (partial unique index uq_assignment_one_lead).
 */
@Entity
@Table(name = "assignment")
public class Assignment extends Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    public Agency agency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentRole role;
    /** What this agency is asked to do, when the plan says more than the task itself. */
    public String duty;
    /** The agency's own deadline; null = the task's. */
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkStatus status;
    /** The agency's short word on its progress, sent with the status. */
    @Column(name = "progress_note")
    public String progressNote;
    /** The day the status and note refer to. */
    @Column(name = "status_on")
    public LocalDate statusOn;
}
