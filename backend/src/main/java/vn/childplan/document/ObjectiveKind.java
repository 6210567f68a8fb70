package vn.childplan.document;

public enum ObjectiveKind {
    GENERAL, SPECIFIC
}
