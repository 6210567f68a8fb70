package vn.childplan.attachment;

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
import vn.childplan.common.Versioned;
import vn.childplan.document.Document;
import vn.childplan.reportingcycle.Report;
import vn.childplan.security.GoverningUnit;
import vn.childplan.value.IndicatorValue;

/**
 * A file of exactly one owner — a plan ({@link #document}), a report or an indicator value — described here; its
 * bytes are in the {@link AttachmentStore}. Never changed once uploaded: a wrong file is deleted and sent again.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    public Document document;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    public Report report;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_value_id")
    public IndicatorValue indicatorValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttachmentKind kind;
    /** The file's name as uploaded (NFC), for the download's Content-Disposition. */
    @Column(nullable = false)
    public String name;
    /** Detected from the content, never taken from the name or the request's Content-Type. */
    @Column(name = "media_type", nullable = false)
    public String mediaType;
    @Column(name = "size_bytes", nullable = false)
    public long size;
    @Column(nullable = false)
    public String sha256;
    /** Token subject of the uploader. */
    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;
    @Column(name = "uploaded_by_name", nullable = false)
    public String uploadedByName;

    /** The governing unit of the owner: the scope of the audit entry. */
    GoverningUnit unit() {
        return document != null ? document.unit : report != null ? report.document.unit : indicatorValue.unit;
    }
}
