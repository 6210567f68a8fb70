package vn.childplan.security;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** The unit hierarchy as the caller's scope needs it; the unit repository in orgunit answers it. */
public interface UnitTree {
    /**
     * The unit's code and the codes of every unit below it, across reorganisations, each with the ids of the units
     * that held it at any time (a code no unit holds maps to no id); with, transitively, the units that had become
     * one of them by {@code on} (through the unit changes, as the roll-ups follow them) and every unit below those.
     */
    Map<String, Set<Long>> unitsWithin(String code, LocalDate on);
}
