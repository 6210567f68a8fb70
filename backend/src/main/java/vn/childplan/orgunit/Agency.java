package vn.childplan.orgunit;

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
import vn.childplan.security.ActingAgency;

/** A body that issues documents or is assigned tasks. No unit = a central (national) body. */
@Entity
@Table(name = "agency")
public class Agency extends Versioned implements ActingAgency {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    public Long id;

    /** Stable code (HUE-SYT) carried in officers' tokens as agency_code; optional. */
    public String code;
    @Column(nullable = false)
    public String name;
    @Column(name = "short_name")
    public String shortName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public AdminUnit unit;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    /** The agency that took over this one's work (Sở LĐTBXH → Sở Y tế in 2025). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    public Agency successor;

    @Override
    public String code() {
        return code;
    }
}
