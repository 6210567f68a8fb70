package vn.childplan.task;

/** Progress of a task or of one agency's assignment: chưa thực hiện, đang thực hiện, hoàn thành, hủy bỏ. */
public enum WorkStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED
}
