-- The dashboard's default period is now the last twelve months, whose partial months at either end are counted from
-- gov_case itself (the whole months come from case_month_stats), and its 绿色通道 figure is counted from gov_case too.
-- Without indexes that cover those counts, each dashboard read every case of the table (DashboardBenchmark at
-- 1,000,000 cases: a district's dashboard 63 ms before the period changed, 331 ms after, a parallel seq scan).
-- Cases found in the period, reception cases among them, and green-channel ones: per community, by submission.
create index gov_case_community_submitted_idx on gov_case (community_id, submitted_at)
    include (status, source, green_channel);
-- Cases solved in the period, on time or not: per community, by resolution.
create index gov_case_community_resolved_idx on gov_case (community_id, resolved_at) include (due_on)
    where resolved_at is not null;
