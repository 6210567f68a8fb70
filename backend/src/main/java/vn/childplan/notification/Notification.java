package vn.childplan.notification;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.childplan.document.Document;
import vn.childplan.orgunit.Agency;
import vn.childplan.task.Task;

/**
 * One reminder to one user (by token subject) about one obligation on one day; written only by the daily job
 * ({@link ReminderService}, one native INSERT … ON CONFLICT DO NOTHING per recipient), read and marked read by its
 * recipient.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "recipient_subject", nullable = false)
    public String recipient;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;
    @Column(name = "obligation_key", nullable = false)
    public String obligationKey;
    @Column(nullable = false)
    public LocalDate day;
    /** Sent to the consolidating agency or the planners because the obligation's agency is late. */
    @Column(nullable = false)
    public boolean escalated;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public Document document;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    public Agency agency;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    public Task task;
    @Column(name = "period_code")
    public String periodCode;
    @Column(nullable = false)
    public LocalDate deadline;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;
    @Column(name = "emailed_at")
    public Instant emailedAt;
}
