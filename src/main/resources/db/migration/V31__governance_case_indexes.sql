-- The overdue list counts every overdue case of a region subtree: let it do so from the index alone
-- (index-only scan of the open, overdue part, carrying the community and department it filters on).
drop index gov_case_overdue_idx;
create index gov_case_overdue_idx on gov_case (due_on, id) include (community_id, department_id)
    where status in ('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS');
-- A community's list filtered by status and category.
create index gov_case_community_category_idx on gov_case (community_id, category, status, submitted_at desc);
