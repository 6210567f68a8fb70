package vn.childplan.document;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.childplan.common.Versioned;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.Agency;

/** An official text; a plan is a document of kind PLAN. */
@Entity
@Table(name = "document")
public class Document extends Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    public Long id;

    /** Số hiệu, e.g. 26/KH-UBND; null while a draft has none. */
    public String number;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentKind kind;
    @Column(nullable = false)
    public String title;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id")
    public Agency issuer;
    /** The unit the document governs; null for national documents. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public AdminUnit unit;
    @Column(name = "signer_name")
    public String signerName;
    @Column(name = "signer_title")
    public String signerTitle;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    public String field;
    @Column(name = "period_from_year", nullable = false)
    public short periodFromYear;
    @Column(name = "period_to_year", nullable = false)
    public short periodToYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentStatus status;
    public String purpose;
    public String requirements;
    @Column(name = "funding_note")
    public String fundingNote;

    @ElementCollection
    @CollectionTable(name = "document_funding", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    public List<Funding> funding = new ArrayList<>();

    /** The higher documents this one carries out ("Thực hiện …"); the database refuses cycles. */
    @ManyToMany
    @JoinTable(name = "document_link", joinColumns = @JoinColumn(name = "child_id"),
            inverseJoinColumns = @JoinColumn(name = "parent_id"))
    public Set<Document> implementsDocuments = new LinkedHashSet<>();
}
