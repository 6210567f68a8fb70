-- An agency reports its progress on an assignment as a status with a short note and the day it refers to ("đã tổ
-- chức 3 lớp tập huấn", as of 30/5). The history of these reports is read from the audit trail, which records every
-- write of an assignment before and after, so it is not kept a second time here.
ALTER TABLE assignment
    ADD COLUMN progress_note varchar(500),
    ADD COLUMN status_on     date;
