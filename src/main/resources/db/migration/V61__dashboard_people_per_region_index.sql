-- The dashboard counts a region's Party members, members with a branch and activists per region (OrganizationFigures):
-- with this covering index PostgreSQL reads them from the index, region by region, instead of the whole person table.
create index person_region_status_idx on person (region_id, political_status) include (branch_id);
-- It serves every lookup by region as well.
drop index person_region_idx;
