package vn.childplan.document;

/** A draft may have no number yet ("Số: /KH-UBND"); every other status needs a number and an issue date. */
public enum DocumentStatus {
    DRAFT, ISSUED, SUPERSEDED, EXPIRED
}
