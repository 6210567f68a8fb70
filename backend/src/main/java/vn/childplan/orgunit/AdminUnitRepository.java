package vn.childplan.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class AdminUnitRepository implements PanacheRepositoryBase<AdminUnit, Long> {

    /** Units of {@code level} holding {@code code} at any time during [from, to] (nulls are open ends). */
    public List<AdminUnit> holdingCode(AdminLevel level, String code, LocalDate from, LocalDate to) {
        return list("level = ?1 and code = ?2 and (validTo is null or ?3 is null or validTo >= ?3)"
                + " and (validFrom is null or ?4 is null or validFrom <= ?4)", level, code, from, to);
    }
}
