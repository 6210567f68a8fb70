package vn.childplan.reportingcycle;

/**
 * Where a report stands: DRAFT → SUBMITTED (by its agency) → ACCEPTED or RETURNED (by the consolidating agency);
 * a RETURNED report is edited and SUBMITTED again.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED
}
