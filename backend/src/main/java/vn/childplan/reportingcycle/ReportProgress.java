package vn.childplan.reportingcycle;

/** How far a task has come, as the reporting agency tells it in its report. */
public enum ReportProgress {
    NOT_STARTED, IN_PROGRESS, DONE
}
