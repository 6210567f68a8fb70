package vn.childplan.security;

import java.util.Set;

/** The unit hierarchy as the caller's scope needs it; the unit repository in orgunit answers it. */
public interface UnitTree {
    /** The unit's code and the codes of every unit below it, across reorganisations. */
    Set<String> codesWithin(String code);
}
