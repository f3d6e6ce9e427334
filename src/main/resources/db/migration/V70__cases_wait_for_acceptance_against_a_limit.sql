-- A submitted case runs against its acceptance limit (portal.governance.acceptance-working-days, default 1): until
-- it is accepted, started_on is the day it was filed and due_on the last day to accept it, so that an item nobody
-- accepts turns red and appears on the overdue list and the dashboard like any other overdue case.

-- The overdue list and figure now include submitted cases: one covering partial index for the four open states
-- (gov_case_overdue_idx of V31 and V50 stays for the running ones).
create index gov_case_overdue_open_idx on gov_case (due_on, id) include (community_id, department_id)
    where status in ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS');

-- Cases submitted before this migration get the default limit: the first working day after the day they were filed
-- (in the district's zone, on the holiday calendar, weekends off where it has no entry).
update gov_case c
   set started_on = f.filed_on,
       due_on = (select min(d)::date
                   from generate_series(f.filed_on + 1, f.filed_on + 30, interval '1 day') d
                  where coalesce((select h.kind = 'WORKDAY' from holiday h where h.day = d::date),
                                 extract(isodow from d) < 6))
  from (select id, (submitted_at at time zone 'Asia/Shanghai')::date as filed_on from gov_case) f
 where f.id = c.id and c.status = 'SUBMITTED' and c.due_on is null;
