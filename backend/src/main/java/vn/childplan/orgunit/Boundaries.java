package vn.childplan.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrative units as they stood on one boundary date, and where a unit of another date lies among them.
 * Plain Java over the unit and change rows, no queries: the roll-ups load them once per request, and the
 * caller's scope ({@link AdminUnitRepository#unitsWithin}) the units that may have become its own.
 *
 * <p>The <b>image</b> of a unit on the boundary date is the unit itself when it was in force then; otherwise the
 * unit reached by following {@link UnitChange} links one at a time, forwards when the boundary date is after the
 * unit ended (predecessor → its only successor: MERGE, RENAME, UPGRADE, CONTINUATION) and backwards when it is
 * before the unit began (successor → its only predecessor, including the predecessor of a SPLIT, which covers the
 * part and more). There is no image, and the reason says why, when the territory would have to be apportioned: a
 * unit SPLIT into several (forwards) or a unit MERGED from several (backwards); or when no link continues the unit
 * (e.g. the district level, which ended on 2025-06-30).
 */
public final class Boundaries {
    /** Where a unit lies on the boundary date: {@code unit}, or null with the {@code reason}. */
    public record Image(AdminUnit unit, String reason) {
    }

    private final LocalDate boundary;
    private final Map<Long, AdminUnit> byId = new HashMap<>();
    private final Map<String, List<AdminUnit>> byCode = new HashMap<>();
    private final Map<String, List<AdminUnit>> byParentCode = new HashMap<>();
    private final Map<Long, List<UnitChange>> outgoing = new HashMap<>();
    private final Map<Long, List<UnitChange>> incoming = new HashMap<>();
    private final Map<Long, Image> images = new HashMap<>();

    public Boundaries(List<AdminUnit> units, List<UnitChange> changes, LocalDate boundary) {
        this.boundary = boundary;
        for (AdminUnit u : units) {
            byId.put(u.id, u);
            byCode.computeIfAbsent(u.code, k -> new ArrayList<>()).add(u);
            if (u.parentCode != null) {
                byParentCode.computeIfAbsent(u.parentCode, k -> new ArrayList<>()).add(u);
            }
        }
        for (UnitChange c : changes) {
            outgoing.computeIfAbsent(c.predecessor.id, k -> new ArrayList<>()).add(c);
            incoming.computeIfAbsent(c.successor.id, k -> new ArrayList<>()).add(c);
        }
    }

    public static boolean validOn(AdminUnit u, LocalDate day) {
        return (u.validFrom == null || !u.validFrom.isAfter(day)) && (u.validTo == null || !u.validTo.isBefore(day));
    }

    public AdminUnit unit(long id) {
        return byId.get(id);
    }

    /** The units in force on the boundary date whose parent is {@code parent} (the provinces when null), by code. */
    public List<AdminUnit> children(AdminUnit parent) {
        List<AdminUnit> candidates = parent == null ? byId.values().stream().filter(u -> u.parentCode == null).toList()
                : byParentCode.getOrDefault(parent.code, List.of());
        return candidates.stream().filter(u -> validOn(u, boundary))
                .sorted(java.util.Comparator.comparing((AdminUnit u) -> u.code)).toList();
    }

    /**
     * The unit whose code is {@code u}'s parent code (codes are unique across levels), in force on the boundary date,
     * or for a unit of another date on the day of its own validity nearest to it.
     */
    public AdminUnit parent(AdminUnit u) {
        if (u.parentCode == null) {
            return null;
        }
        LocalDate day = u.validTo != null && u.validTo.isBefore(boundary) ? u.validTo
                : u.validFrom != null && u.validFrom.isAfter(boundary) ? u.validFrom : boundary;
        return byCode.getOrDefault(u.parentCode, List.of()).stream().filter(p -> validOn(p, day)).findFirst()
                .orElse(null);
    }

    /** Whether {@code u} (in force on the boundary date) is {@code root} or lies below it; every unit lies below null. */
    public boolean within(AdminUnit u, AdminUnit root) {
        for (AdminUnit a = u; a != null; a = parent(a)) {
            if (root == null || a.id.equals(root.id)) {
                return true;
            }
        }
        return false;
    }

    /** The image of {@code u} on the boundary date (see the class comment). */
    public Image image(AdminUnit u) {
        return images.computeIfAbsent(u.id, k -> follow(u));
    }

    private Image follow(AdminUnit start) {
        AdminUnit u = start;
        // every step moves to a unit of another period, so a chain is as long as the reorganisations in between
        for (int step = 0; step <= byId.size(); step++) {
            if (validOn(u, boundary)) {
                return new Image(u, null);
            }
            boolean forwards = u.validTo != null && u.validTo.isBefore(boundary);
            List<UnitChange> links = (forwards ? outgoing : incoming).getOrDefault(u.id, List.of());
            if (links.isEmpty()) {
                return new Image(null, u.name + " has no " + (forwards ? "successor" : "predecessor")
                        + " in force on " + boundary);
            }
            if (links.size() > 1 || (forwards && links.get(0).kind == UnitChangeKind.SPLIT)) {
                return new Image(null, forwards
                        ? u.name + " was split into several units on " + links.get(0).effectiveOn
                                + "; its value cannot be apportioned among them"
                        : u.name + " was formed from several units on " + u.validFrom
                                + "; its value cannot be apportioned back among them");
            }
            // by id from the loaded units: the link's own references are lazy proxies
            u = byId.get(forwards ? links.get(0).successor.id : links.get(0).predecessor.id);
        }
        throw new IllegalStateException("unit changes form a cycle at unit " + start.id);
    }
}
