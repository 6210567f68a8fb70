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
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One move of a report from one status to another: who, when, why. Append-only (a database trigger refuses changes). */
@Entity
@Immutable
@Table(name = "report_transition")
public class ReportTransition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_transition_seq")
    @SequenceGenerator(name = "report_transition_seq", sequenceName = "report_transition_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public Report report;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public ReportStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ReportStatus toStatus;
    @Column(name = "by_subject", nullable = false)
    public String bySubject;
    @Column(name = "by_name")
    public String byName;
    @Column(nullable = false)
    public Instant at;
    public String comment;
}
