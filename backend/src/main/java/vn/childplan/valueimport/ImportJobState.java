package vn.childplan.valueimport;

/** Where an import job stands; the last three are final. */
public enum ImportJobState {
    /** Accepted, its file spooled, waiting for a worker. */
    QUEUED,
    /** Its import runs (one transaction): rowsRead, rowsChecked and rowsWritten move. */
    RUNNING,
    /** The import ran to its end: committed, or a dry run rolled back; the summary says which. */
    SUCCEEDED,
    /** Nothing was written: the file is unreadable, rows were rejected all or nothing, or the backend stopped. */
    FAILED,
    /** Cancelled before its import committed: nothing was written. */
    CANCELLED
}
