package vn.childplan.me;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.childplan.me.Preferences.PreferencesDto;
import vn.childplan.me.Preferences.PreferencesUpdate;
import vn.childplan.me.TokenClaims.Claims;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;

/** The token's unit_code and agency_code resolved to records, for GET /me; the caller's profile and settings. */
@ApplicationScoped
public class MeService {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** How long a profile written with the same claims is not written again by GET /me (its seen_at's precision). */
    private static final Duration REWRITE_AFTER = Duration.ofDays(1);

    private final EntityManager em;
    /**
     * The claims this process last wrote per subject, and when: GET /me writes a profile again only when its claims
     * changed or a day passed, so that the call the web app makes on every page is no write (a commit to disk) each
     * time. One small entry per user who called this process.
     */
    private final Map<String, Written> written = new ConcurrentHashMap<>();

    private record Written(Claims claims, Instant at) {
    }

    public MeService(EntityManager em) {
        this.em = em;
    }

    /**
     * The unit is the one holding unitCode today (Vietnam's calendar), the agency the one with agencyCode. Outside a
     * transaction when nothing is written: each lookup a statement of its own, none at all for a token naming
     * neither.
     */
    public Me me(Claims claims) {
        Written last = written.get(claims.subject());
        if (last == null || !last.claims().equals(claims) || last.at().plus(REWRITE_AFTER).isBefore(Instant.now())) {
            QuarkusTransaction.requiringNew().run(() -> keep(claims));
            written.put(claims.subject(), new Written(claims, Instant.now()));
        }
        LocalDate today = LocalDate.now(VIETNAM);
        AdminUnit unit = claims.unitCode() == null ? null : AdminUnit.<AdminUnit>find("code = ?1"
                + " and (validFrom is null or validFrom <= ?2) and (validTo is null or validTo >= ?2)",
                claims.unitCode(), today).firstResult();
        Agency agency = claims.agencyCode() == null ? null
                : Agency.<Agency>find("code", claims.agencyCode()).firstResult();
        return new Me(claims.username(), claims.displayName(), claims.roles(), UnitRef.of(unit), AgencyRef.of(agency));
    }

    @Transactional
    public PreferencesDto preferences(Claims claims) {
        return dto(keep(claims));
    }

    @Transactional
    public PreferencesDto updatePreferences(Claims claims, PreferencesUpdate update) {
        UserProfile profile = keep(claims);
        profile.emailEnabled = update.emailEnabled();
        return dto(profile);
    }

    /**
     * The caller's profile as their token names them now, in one statement (concurrent first calls of one user
     * meet in ON CONFLICT); the e-mail setting is the user's own and is kept.
     */
    private UserProfile keep(Claims c) {
        em.createNativeQuery("INSERT INTO user_profile (subject, username, display_name, email, unit_code, agency_code,"
                + " roles, seen_at) VALUES (:subject, :username, :name, cast(:email as varchar), cast(:unit as varchar),"
                + " cast(:agency as varchar),"
                + " string_to_array(:roles, ','), :now) ON CONFLICT (subject) DO UPDATE SET username = excluded.username,"
                + " display_name = excluded.display_name, email = excluded.email, unit_code = excluded.unit_code,"
                + " agency_code = excluded.agency_code, roles = excluded.roles, seen_at = excluded.seen_at")
                .setParameter("subject", c.subject()).setParameter("username", c.username())
                .setParameter("name", c.displayName()).setParameter("email", c.email())
                .setParameter("unit", c.unitCode()).setParameter("agency", c.agencyCode())
                .setParameter("roles", String.join(",", c.roles())).setParameter("now", Instant.now())
                .executeUpdate();
        UserProfile profile = em.find(UserProfile.class, c.subject());
        em.refresh(profile);
        return profile;
    }

    private static PreferencesDto dto(UserProfile p) {
        return new PreferencesDto(p.emailEnabled, p.email);
    }
}
