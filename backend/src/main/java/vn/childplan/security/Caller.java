package vn.childplan.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Filter;
import vn.childplan.common.Problem;
import vn.childplan.common.SqlLiterals;

/**
 * Who is calling and what they may touch, from the access token: realm roles, the admin-unit code
 * ({@code unit_code}) and the agency code ({@code agency_code}). Scope is data: a planner, officer or viewer sees
 * their unit and every unit below it (by code, across reorganisations) plus national records; admins and machine
 * clients read everything. Reads outside scope answer 404 (existence is not confirmed); writes answer 403.
 * <p>
 * Every access rule lives here, beside the coarse {@code @RolesAllowed} gates of the resources: reading
 * ({@link #canRead}, {@link #restrict}, {@link #restrictByCode}, {@link #restrictSql}), editing a plan and what
 * belongs to it ({@link #requireEdit}), acting for one's own agency ({@link #isOwnAgency}, {@link #actsFor}) and what
 * follows from it for assignments ({@link #requireAssignmentUpdate}) and reports ({@link #requireReportCreate},
 * {@link #requireReportAuthor}, {@link #requireReportConsolidator}), and writing indicator values
 * ({@link #requireValueWrite}; in bulk {@link #valueWriteScope}, {@link #requireFinalOverwrite}), and seeing small
 * counts of sensitive indicators ({@link #maySeeSmallCounts}).
 */
@RequestScoped
public class Caller {
    public static final String UNIT_CLAIM = "unit_code";
    public static final String AGENCY_CLAIM = "agency_code";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SecurityIdentity identity;
    private final UnitTree units;
    /** The claims asked for so far, each read from the token once per request (absent: null or blank). */
    private final Map<String, Optional<String>> claims = new HashMap<>();
    private Set<String> unitCodes;
    private Set<Long> unitIds;

    public Caller(SecurityIdentity identity, UnitTree units) {
        this.identity = identity;
        this.units = units;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** Admins and integration clients read every unit's records. */
    public boolean readsEverything() {
        return is(Roles.ADMIN) || is(Roles.INTEGRATION);
    }

    /**
     * Whether the caller sees counts of sensitive indicators from 1 to k-1 (value.Suppression hides them from
     * everyone else): only with the sensitive-data grant. Being an admin or a machine client is not enough, as a
     * statistical office separates running the system from access to child-abuse microdata.
     */
    public boolean maySeeSmallCounts() {
        return is(Roles.SENSITIVE_DATA);
    }

    /** The token's subject; the principal name when a token carries none. */
    public String subject() {
        String sub = jwt() == null ? null : jwt().getSubject();
        return sub != null ? sub : identity.getPrincipal().getName();
    }

    /** A readable name for the audit trail. */
    public String name() {
        String username = claim("preferred_username");
        return username != null ? username : identity.getPrincipal().getName();
    }

    /** The OAuth2 client the token was issued to (azp), e.g. childplan-spa or childplan-integration. */
    public String client() {
        return claim("azp");
    }

    /** The code of the caller's own unit (unit_code), or null when the token names none. */
    public String unitCode() {
        return claim(UNIT_CLAIM);
    }

    public String agencyCode() {
        return claim(AGENCY_CLAIM);
    }

    /**
     * The caller's unit code and the codes of every unit below it and of the units that became one of them by today
     * in Vietnam, with theirs ({@link UnitTree#unitsWithin}); empty when the token names no unit.
     */
    public Set<String> unitCodes() {
        loadScope();
        return unitCodes;
    }

    /** The ids of the units holding {@link #unitCodes()} at any time; read by the same one statement. */
    private Set<Long> unitIds() {
        loadScope();
        return unitIds;
    }

    private void loadScope() {
        if (unitCodes != null) {
            return;
        }
        String code = unitCode();
        if (code == null) {
            unitCodes = Set.of();
            unitIds = Set.of();
        } else {
            Map<String, Set<Long>> within = units.unitsWithin(code, LocalDate.now(VIETNAM));
            unitCodes = Set.copyOf(within.keySet());
            unitIds = within.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** Whether a record governed by {@code unit} (null = national) is visible to the caller. */
    public boolean canRead(GoverningUnit unit) {
        return readsEverything() || unit == null || unitCodes().contains(unit.code());
    }

    /**
     * {@link #canRead(GoverningUnit)} by the unit's id, for what holds only the foreign key (a reference in an answer,
     * see {@link ScopedRef}): reads no unit.
     */
    public boolean canReadUnit(Long unitId) {
        return readsEverything() || unitId == null || unitIds().contains(unitId);
    }

    /**
     * Restricts a list to visible records; {@code unitPath} is the HQL path of the governing unit (e.g. d.unit). It
     * compares the foreign key only (HQL fk()), so no join is added and national records (no unit) stay in the count too.
     */
    public Filter restrict(Filter filter, String unitPath) {
        if (readsEverything()) {
            return filter;
        }
        String fk = "fk(" + unitPath + ")";
        if (unitCodes().isEmpty()) {
            return filter.and(fk + " is null");
        }
        return filter.and("(" + fk + " is null or " + fk + " in (select u.id from AdminUnit u where u.code in :scope))",
                "scope", unitCodes());
    }

    /**
     * {@link #restrict} for rows that keep the code of the governing unit they were written under instead of a
     * reference to it (the change feed): {@code codeColumn} is that column in SQL or HQL, e.g. {@code c.unit_code}.
     * The rule of {@link #canRead}: national rows and those of the caller's units.
     */
    public Filter restrictByCode(Filter filter, String codeColumn) {
        if (readsEverything()) {
            return filter;
        }
        if (unitCodes().isEmpty()) {
            return filter.and(codeColumn + " is null");
        }
        return filter.and("(" + codeColumn + " is null or " + codeColumn + " in (:scope))", "scope", unitCodes());
    }

    /**
     * {@link #restrict} as a native SQL condition on {@code unitIdColumn}, for statements that cannot take bind
     * parameters (PostgreSQL's COPY): the ids are numbers read from the database, written in as literals. Null when
     * the caller reads everything.
     */
    public String restrictSql(String unitIdColumn) {
        if (readsEverything()) {
            return null;
        }
        if (unitIds().isEmpty()) {
            return unitIdColumn + " IS NULL";
        }
        return "(" + unitIdColumn + " IS NULL OR " + unitIdColumn + " IN (" + SqlLiterals.ids(unitIds()) + "))";
    }

    /** 404 for a record outside the caller's scope, as if it did not exist. */
    public void requireRead(GoverningUnit unit, String what, Object id) {
        if (!canRead(unit)) {
            throw ApiException.notFound(what, id);
        }
    }

    /**
     * 404 for a record that belongs to another caller (an import job: it holds that caller's file), as if it did not
     * exist; admins reach every one.
     */
    public void requireOwn(String ownerSubject, String what, Object id) {
        if (!is(Roles.ADMIN) && !subject().equals(ownerSubject)) {
            throw ApiException.notFound(what, id);
        }
    }

    /**
     * Planners edit the records of their unit and the units below it; admins edit everything. National records
     * (no unit) are the admins' alone.
     */
    public void requireEdit(GoverningUnit unit) {
        if (!canEdit(unit)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
    }

    /**
     * The indicator catalogue is national reference data: only administrators add to it (the indicators' resource
     * admits no other role). For operations open to planners that may add one, e.g. saving an imported plan;
     * {@code field} names the request's field that asks for it.
     */
    public void requireCatalogueEdit(String field) {
        if (!is(Roles.ADMIN)) {
            throw new ApiException(ErrorCode.FORBIDDEN, List.of(new Problem.Violation(field,
                    "only an administrator adds an indicator to the catalogue; choose one of the catalogue", "Role")));
        }
    }

    /** Whether {@link #requireEdit} would let the caller change a record governed by {@code unit}. */
    public boolean canEdit(GoverningUnit unit) {
        return is(Roles.ADMIN) || (is(Roles.PLANNER) && unit != null && unitCodes().contains(unit.code()));
    }

    /**
     * Ending an agency and moving its open work to its successors: admins, and the planners of the agency's unit (or
     * of a unit it lies below or became part of); a national agency is the admins' alone. Each moved assignment and
     * report passes its own edit rule besides.
     */
    public void requireSuccession(GoverningUnit agencyUnit) {
        requireEdit(agencyUnit);
    }

    /**
     * Whether the caller is an officer of {@code agency}: their token's agency_code is the agency's code. The one
     * answer to "is this the caller's own agency" (assignments' progress, reports' authors and consolidators).
     */
    public boolean isOwnAgency(ActingAgency agency) {
        return is(Roles.OFFICER) && agency != null && agency.code() != null && agency.code().equals(agencyCode());
    }

    /**
     * Whether the caller may act on a record of the plan governed by {@code unit} on behalf of {@code agency}: a
     * planner of the unit or an admin ({@link #canEdit}), or an officer of that agency who can read the plan. The
     * agency is asked for only when the caller does not edit the plan.
     */
    public boolean actsFor(GoverningUnit unit, Supplier<? extends ActingAgency> agency) {
        return canEdit(unit) || (isOwnAgency(agency.get()) && canRead(unit));
    }

    /**
     * Assignments: admins and planners change them within their scope ({@link #requireEdit}); an officer of the
     * assigned agency reports progress only (the status with its note and date). {@code otherChanges} names each
     * other field the request would change, every one refused by name, never silently applied or dropped.
     */
    public void requireAssignmentUpdate(GoverningUnit planUnit, ActingAgency agency,
            Supplier<List<Problem.Violation>> otherChanges) {
        if (is(Roles.ADMIN) || is(Roles.PLANNER)) {
            requireEdit(planUnit);
            return;
        }
        if (!isOwnAgency(agency)) {
            throw forbidden("agencyId", "officers update only their own agency's assignments", "OwnAgency");
        }
        List<Problem.Violation> refused = otherChanges.get();
        if (!refused.isEmpty()) {
            throw new ApiException(ErrorCode.FORBIDDEN, refused);
        }
    }

    /**
     * Creating a report of {@code agency} on a plan: a planner of the plan or an admin, or an officer of that agency
     * when it has an assignment in the plan ({@code assigned}, asked for only then).
     */
    public void requireReportCreate(GoverningUnit planUnit, ActingAgency agency, BooleanSupplier assigned) {
        if (canEdit(planUnit)) {
            return;
        }
        if (!isOwnAgency(agency)) {
            throw forbidden("agencyId", "officers create reports of their own agency only", "OwnAgency");
        }
        if (!assigned.getAsBoolean()) {
            throw forbidden("agencyId", "your agency has no assignment in this plan", "Assigned");
        }
    }

    /** Editing and submitting a report: its agency's officers, planners of the plan and admins. */
    public void requireReportAuthor(GoverningUnit planUnit, ActingAgency agency) {
        if (!actsFor(planUnit, () -> agency)) {
            throw forbidden("agencyId", "only the reporting agency or a planner of the plan may edit or submit it",
                    "OwnAgency");
        }
    }

    /**
     * Accepting and returning a report: officers of the consolidating agency of the plan's regime (asked for only
     * when the caller does not edit the plan), planners of the plan and admins.
     */
    public void requireReportConsolidator(GoverningUnit planUnit, Supplier<? extends ActingAgency> consolidating) {
        if (!actsFor(planUnit, consolidating)) {
            throw forbidden("status", "only the consolidating agency of the plan's reporting regime or a planner of "
                    + "the plan may accept or return a report", "Consolidator");
        }
    }

    private static ApiException forbidden(String field, String message, String rule) {
        return new ApiException(ErrorCode.FORBIDDEN, List.of(new Problem.Violation(field, message, rule)));
    }

    /**
     * Reported indicator values: admins and machine clients (integration) write any unit's values; planners and
     * officers write the values of their unit and the units below it, since assigned agencies report their own
     * figures. Viewers, and callers whose token names no unit, never write values. Refusal is 403.
     */
    public void requireValueWrite(GoverningUnit unit) {
        if (is(Roles.ADMIN) || is(Roles.INTEGRATION)) {
            return;
        }
        if (!(is(Roles.PLANNER) || is(Roles.OFFICER)) || unit == null || !unitCodes().contains(unit.code())) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
    }

    /**
     * The units whose values the caller may write in bulk (an import), as {@link #requireValueWrite} decides for one:
     * null for admins and machine clients (every unit), else the codes of the caller's unit and every unit below it.
     * Refusal (viewers, callers whose token names no unit) is 403.
     */
    public Set<String> valueWriteScope() {
        if (is(Roles.ADMIN) || is(Roles.INTEGRATION)) {
            return null;
        }
        if (!(is(Roles.PLANNER) || is(Roles.OFFICER)) || unitCodes().isEmpty()) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        return unitCodes();
    }

    /**
     * Replacing a stored FINAL value by an import (overwriteFinal=true): admins and planners only, within the scope
     * of their writes; machine clients and officers report estimates and new figures, they never replace a final
     * one. Refusal is 403 naming the parameter.
     */
    public void requireFinalOverwrite() {
        if (!is(Roles.ADMIN) && !is(Roles.PLANNER)) {
            throw forbidden("overwriteFinal", "only admins and planners may replace FINAL values", "OverwriteFinal");
        }
    }

    private JsonWebToken jwt() {
        return identity.getPrincipal() instanceof JsonWebToken t ? t : null;
    }

    private String claim(String name) {
        return claims.computeIfAbsent(name, this::readClaim).orElse(null);
    }

    private Optional<String> readClaim(String name) {
        JsonWebToken t = jwt();
        Object value = t == null ? null : t.getClaim(name);
        String s = value instanceof jakarta.json.JsonString js ? js.getString().strip()
                : value == null ? null : value.toString().strip();
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
