package vn.childplan.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.childplan.common.Versioned;
import vn.childplan.security.GoverningUnit;

/** One administrative unit as it stood between validFrom and validTo (null = open-ended). */
@Entity
@Table(name = "admin_unit")
public class AdminUnit extends Versioned implements GoverningUnit {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_unit_seq")
    @SequenceGenerator(name = "admin_unit_seq", sequenceName = "admin_unit_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String code;
    @Column(nullable = false)
    public String name;
    @Column(name = "short_name")
    public String shortName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdminLevel level;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdminUnitType type;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String basis;

    @Override
    public String code() {
        return code;
    }
}
