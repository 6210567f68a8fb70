package vn.childplan.security;

import java.util.Map;
import java.util.Set;

/** The unit hierarchy as the caller's scope needs it; the unit repository in orgunit answers it. */
public interface UnitTree {
    /**
     * The unit's code and the codes of every unit below it, across reorganisations, each with the ids of the units
     * that held it at any time (a code no unit holds maps to no id).
     */
    Map<String, Set<Long>> unitsWithin(String code);
}
