package vn.childplan.me;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A user as their last token named them (users live in Keycloak): copied on GET /me so that reminders can be
 * addressed to the officers of an agency and the planners of a unit, with the user's own e-mail preference.
 */
@Entity
@Table(name = "user_profile")
public class UserProfile extends PanacheEntityBase {
    @Id
    public String subject;
    @Column(nullable = false)
    public String username;
    @Column(name = "display_name", nullable = false)
    public String displayName;
    public String email;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "agency_code")
    public String agencyCode;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] roles;
    @Column(name = "email_enabled", nullable = false)
    public boolean emailEnabled;
    @Column(name = "seen_at", nullable = false)
    public Instant seenAt;
}
