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

/** One predecessor → successor link of a reorganisation (a merge of three units is three links). */
@Entity
@Table(name = "unit_change")
public class UnitChange extends Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_change_seq")
    @SequenceGenerator(name = "unit_change_seq", sequenceName = "unit_change_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitChangeKind kind;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "predecessor_id")
    public AdminUnit predecessor;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "successor_id")
    public AdminUnit successor;
    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;
    public String basis;
}
