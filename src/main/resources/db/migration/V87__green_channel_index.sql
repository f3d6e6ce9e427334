-- The dashboard's 绿色通道 figure counts the green-channel cases found in the period. They are few (11 of the
-- benchmark's 1,000,000), yet the count read every case of each community of the period through
-- gov_case_community_submitted_idx (10 ms for a district's year, warm): a partial index holds only them.
create index gov_case_green_channel_idx on gov_case (community_id, submitted_at)
    where green_channel and status <> 'REJECTED';
