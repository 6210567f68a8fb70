package vn.childplan.value;

/** Report deadlines fall before the period ends, so a value is an estimate (ước thực hiện) first and final later. */
public enum ValueStatus {
    ESTIMATE, FINAL
}
