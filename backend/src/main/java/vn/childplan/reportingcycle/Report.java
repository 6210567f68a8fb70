package vn.childplan.reportingcycle;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.childplan.common.Versioned;
import vn.childplan.document.Document;
import vn.childplan.orgunit.Agency;
import vn.childplan.period.StoredPeriod;

/**
 * Báo cáo kết quả: one agency's report on one plan for one period (unique per document, agency and period code),
 * with a narrative per task, figures for the plan's indicators ({@link ReportValue}), difficulties and proposals. Its moves through {@link ReportStatus} are kept in
 * {@link #transitions} (append-only).
 */
@Entity
@Table(name = "report")
public class Report extends Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public Document document;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    public Agency agency;
    @Embedded
    public StoredPeriod period;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;
    public String difficulties;
    public String proposals;
    /** The last submission; null while the report was never submitted. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ReportTaskNarrative> narratives = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ReportValue> values = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    public List<ReportTransition> transitions = new ArrayList<>();
}
