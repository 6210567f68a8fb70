package vn.childplan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.MonthDay;
import vn.childplan.common.Versioned;
import vn.childplan.document.Document;

/**
 * Nhiệm vụ, giải pháp: one numbered item of a document (II, II.1, II.1.a). Tasks form a tree inside one document;
 * the composite foreign key (parent_id, document_id) keeps a parent in the same document and deletes subtasks with
 * their parent.
 */
@Entity
@Table(name = "task")
public class Task extends Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public Document document;
    /** Mapped on parent_id alone: document_id is written once, by {@link #document}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Task parent;
    /** The number as printed, e.g. II.1.a; unique within the document. */
    @Column(nullable = false)
    public String number;
    /** Order among the siblings. */
    @Column(nullable = false)
    public int position;
    @Column(nullable = false)
    public String title;
    public String description;
    /** Địa bàn thực hiện, e.g. "trên phạm vi toàn Thành phố". */
    public String scope;
    /** First day of a yearly recurrence (Tháng hành động vì trẻ em: --06-01); null when the task does not recur. */
    @Convert(converter = MonthDayConverter.class)
    @Column(name = "recurrence_from")
    public MonthDay recurrenceFrom;
    /** Last day of the yearly recurrence (--06-30); set together with {@link #recurrenceFrom}. */
    @Convert(converter = MonthDayConverter.class)
    @Column(name = "recurrence_to")
    public MonthDay recurrenceTo;
    /** The calendar both ends are counted on; a lunar --08-15 is the 15th of the eighth lunar month. */
    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence_calendar", nullable = false)
    public RecurrenceCalendar recurrenceCalendar = RecurrenceCalendar.SOLAR;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkStatus status;
}
