-- A task's yearly recurrence is counted on the solar (dương lịch) or the lunar (âm lịch) calendar: Tháng hành động
-- vì trẻ em runs 1/6–30/6 solar, the Tết Trung thu festivities a plan organises fall on 15/8 lunar, a different
-- solar day each year. Every existing recurrence is solar; the column is set on every task (meaningful only with a
-- recurrence) so that rows inserted without it, as the demo data's, stay solar.
ALTER TABLE task ADD COLUMN recurrence_calendar varchar(5) NOT NULL DEFAULT 'SOLAR'
    CONSTRAINT ck_task_recurrence_calendar CHECK (recurrence_calendar IN ('SOLAR', 'LUNAR'));
