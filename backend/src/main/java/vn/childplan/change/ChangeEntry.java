package vn.childplan.change;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One row of the change feed as written; the transaction id and the time are the database's defaults
 * (pg_current_xact_id(), clock_timestamp()), so they are not mapped. Read by {@link ChangeFeedService} in SQL.
 */
@Entity
@Immutable
@Table(name = "change_log")
public class ChangeEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_log_seq")
    @SequenceGenerator(name = "change_log_seq", sequenceName = "change_log_seq", allocationSize = 50)
    public Long id;
    @Column(nullable = false)
    public String entity;
    @Column(name = "entity_id", nullable = false)
    public long entityId;
    @Column(nullable = false)
    public int version;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeOperation operation;
    @Column(name = "unit_code")
    public String unitCode;
}
