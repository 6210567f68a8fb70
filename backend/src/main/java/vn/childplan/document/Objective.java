package vn.childplan.document;

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

/** Mục tiêu tổng quát (GENERAL) or cụ thể (SPECIFIC); specific objectives carry targets. */
@Entity
@Table(name = "objective")
public class Objective extends Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objective_seq")
    @SequenceGenerator(name = "objective_seq", sequenceName = "objective_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public Document document;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObjectiveKind kind;
    @Column(nullable = false)
    public int position;
    @Column(nullable = false)
    public String text;
}
