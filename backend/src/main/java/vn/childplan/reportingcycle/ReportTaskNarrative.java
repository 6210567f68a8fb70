package vn.childplan.reportingcycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import vn.childplan.task.Task;

/** What a report says about one task of the plan (one per report and task); versioned with its report. */
@Entity
@Table(name = "report_task_narrative")
public class ReportTaskNarrative extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_task_narrative_seq")
    @SequenceGenerator(name = "report_task_narrative_seq", sequenceName = "report_task_narrative_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public Report report;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;
    public String narrative;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportProgress progress;
}
