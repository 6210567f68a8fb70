package vn.childplan.attachment;

/** What a file is to its owner: a plan's signed text or another file of it; a report's or a value's evidence. */
public enum AttachmentKind {
    SIGNED_PLAN, OTHER, EVIDENCE
}
