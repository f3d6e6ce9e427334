-- The years whose holiday arrangement is complete (imported by an administrator or shipped as published by the
-- State Council); a deadline that runs into any other year is counted on weekends only and shown as provisional.
create table calendar_year (
    year        integer      primary key,
    source      varchar(60)  not null,
    recorded_by varchar(40)  not null,
    recorded_at timestamptz  not null,
    constraint calendar_year_range_ck check (year between 2000 and 2100)
);
-- 2026 was shipped in V30 (国务院办公厅关于2026年部分节假日安排的通知).
insert into calendar_year (year, source, recorded_by, recorded_at)
values (2026, 'V30: 国务院办公厅关于2026年部分节假日安排的通知', 'flyway', now());

-- Automatic supervision (督办) of overdue cases, one row per case and level, so the daily job escalates once.
create table case_escalation (
    case_id      bigint      not null references gov_case (id),
    level        varchar(12) not null,
    escalated_on date        not null,
    overdue_days integer     not null,
    primary key (case_id, level),
    constraint case_escalation_level_ck check (level in ('STREET', 'DISTRICT'))
);
