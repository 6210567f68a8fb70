package vn.childplan.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE
}
