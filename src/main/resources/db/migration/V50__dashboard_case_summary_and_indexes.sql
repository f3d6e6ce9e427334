-- The dashboard's case figures, kept current by the writes: per community, month (China time) and category, how
-- many cases were found (submitted and not rejected), how many of them came from concern lists, and how many were
-- solved (resolved) that month, on time or not. A district's or a city's year is then a few thousand rows instead of
-- a scan of every case.

create table case_month_stats (
    community_id   bigint  not null references region (id),
    month          date    not null,
    category       varchar(24) not null,
    found          integer not null default 0,
    concerns       integer not null default 0,
    solved         integer not null default 0,
    solved_on_time integer not null default 0,
    primary key (community_id, month, category)
);

-- Adds (sign 1) or takes back (sign -1) one case's contribution.
create function case_month_stats_apply(c gov_case, sign integer) returns void
    language plpgsql as
$$
begin
    if c.status <> 'REJECTED' then
        insert into case_month_stats as s (community_id, month, category, found, concerns)
        values (c.community_id, date_trunc('month', c.submitted_at at time zone 'Asia/Shanghai')::date, c.category,
                sign, case when c.source = 'RECEPTION' then sign else 0 end)
        on conflict (community_id, month, category)
            do update set found = s.found + excluded.found, concerns = s.concerns + excluded.concerns;
    end if;
    if c.resolved_at is not null then
        insert into case_month_stats as s (community_id, month, category, solved, solved_on_time)
        values (c.community_id, date_trunc('month', c.resolved_at at time zone 'Asia/Shanghai')::date, c.category, sign,
                case when c.due_on is null or (c.resolved_at at time zone 'Asia/Shanghai')::date <= c.due_on
                     then sign else 0 end)
        on conflict (community_id, month, category)
            do update set solved = s.solved + excluded.solved, solved_on_time = s.solved_on_time + excluded.solved_on_time;
    end if;
end
$$;

create function case_month_stats_track() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform case_month_stats_apply(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform case_month_stats_apply(new, 1);
    end if;
    return null;
end
$$;

create trigger case_month_stats_on_insert_delete after insert or delete on gov_case
    for each row execute function case_month_stats_track();
-- Only changes that move a figure touch the summary.
create trigger case_month_stats_on_update after update on gov_case
    for each row
    when (old.status is distinct from new.status or old.resolved_at is distinct from new.resolved_at
          or old.due_on is distinct from new.due_on or old.submitted_at is distinct from new.submitted_at
          or old.community_id is distinct from new.community_id or old.category is distinct from new.category
          or old.source is distinct from new.source)
    execute function case_month_stats_track();

-- Recomputes the whole summary from the cases: for the cases already there, and after bulk loads that ran with the
-- triggers disabled.
create function case_month_stats_rebuild() returns void
    language sql as
$$
delete from case_month_stats;
insert into case_month_stats (community_id, month, category, found, concerns, solved, solved_on_time)
select community_id, month, category, sum(found), sum(concerns), sum(solved), sum(on_time)
  from (select community_id, date_trunc('month', submitted_at at time zone 'Asia/Shanghai')::date as month, category,
               1 found, case when source = 'RECEPTION' then 1 else 0 end concerns, 0 solved, 0 on_time
          from gov_case where status <> 'REJECTED'
        union all
        select community_id, date_trunc('month', resolved_at at time zone 'Asia/Shanghai')::date, category, 0, 0, 1,
               case when due_on is null or (resolved_at at time zone 'Asia/Shanghai')::date <= due_on then 1 else 0 end
          from gov_case where resolved_at is not null) x
 group by community_id, month, category;
$$;

select case_month_stats_rebuild();

-- The dashboard's live counts read these without visiting the tables' rows.
-- (Cases overdue today use V31's gov_case_overdue_idx, which carries the community.)
-- Full members per enterprise, for the 应建未建 rule.
create index person_full_member_enterprise_idx on person (enterprise_id) where political_status = 'FULL_MEMBER';
