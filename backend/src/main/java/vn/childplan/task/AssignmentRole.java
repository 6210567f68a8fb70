package vn.childplan.task;

/** What an agency does for a task (Phân công thực hiện). */
public enum AssignmentRole {
    /** Chủ trì: the lead agency, accountable for the task; at most one per task (the database enforces it). */
    LEAD,
    /** Phối hợp: an agency that works with the lead. */
    COORDINATE,
    /**
     * Đề nghị … tham gia: a body the committee cannot order (Ủy ban Mặt trận Tổ quốc, the political-social
     * organisations, the press) and can only ask to take part.
     */
    REQUESTED
}
