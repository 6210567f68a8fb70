package vn.childplan.document;

/** Chỉ thị, Nghị quyết, Quyết định, Kế hoạch, Chương trình, Công văn. */
public enum DocumentKind {
    DIRECTIVE, RESOLUTION, DECISION, PLAN, PROGRAMME, LETTER
}
