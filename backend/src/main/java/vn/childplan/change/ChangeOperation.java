package vn.childplan.change;

/** What happened to the record; DELETED entries are tombstones. */
public enum ChangeOperation {
    CREATED,
    UPDATED,
    DELETED
}
