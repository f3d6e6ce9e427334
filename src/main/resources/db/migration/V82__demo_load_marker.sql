-- Issue 12: the demo is loaded once per database. This row says it was (and when, over which days, how fast); the
-- demo loader writes it in the same transaction as the demo itself, so a load that failed part-way leaves neither.
create table demo_load (
    id         smallint primary key default 1 check (id = 1),
    loaded_at  timestamptz not null default now(),
    first_day  date not null,
    last_day   date not null,
    steps      integer not null check (steps >= 0),
    took_ms    bigint not null check (took_ms >= 0)
);
