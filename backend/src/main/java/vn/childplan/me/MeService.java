package vn.childplan.me;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;

/** The token's unit_code and agency_code resolved to records, for GET /me. */
@ApplicationScoped
public class MeService {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The unit is the one holding unitCode today (Vietnam's calendar), the agency the one with agencyCode. */
    @Transactional
    public Me me(String username, String displayName, List<String> roles, String unitCode, String agencyCode) {
        LocalDate today = LocalDate.now(VIETNAM);
        AdminUnit unit = unitCode == null ? null : AdminUnit.<AdminUnit>find("code = ?1"
                + " and (validFrom is null or validFrom <= ?2) and (validTo is null or validTo >= ?2)"
               , unitCode, today).firstResult();
        Agency agency = agencyCode == null ? null : Agency.<Agency>find("code", agencyCode).firstResult();
        return new Me(username, displayName, roles, UnitRef.of(unit), AgencyRef.of(agency));
    }
}
