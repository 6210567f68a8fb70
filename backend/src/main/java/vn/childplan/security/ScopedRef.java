package vn.childplan.security;

/**
 * A reference inside an answer to a record governed by an administrative unit (a document, an agency, a task…). It
 * passes the same scope rule as reading that record by itself ({@link Caller#canRead}); {@link ScopedReferences}
 * applies the rule to every answer, so no service repeats it.
 */
public interface ScopedRef {
    /** The id of the unit governing the referenced record; null for a national record. Never part of an answer. */
    Long scopeUnitId();
}
