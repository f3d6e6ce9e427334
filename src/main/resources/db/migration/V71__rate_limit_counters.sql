-- Fixed-window counters for abuse limits (sign-ins, registrations, reports, tracking look-ups, API keys).
-- One row per bucket, key and window; a hit is one atomic upsert, so parallel requests can never overshoot a limit.
create table rate_limit_hit (
    bucket       varchar(40)  not null,
    limit_key    varchar(200) not null,
    window_start timestamptz  not null,
    hits         integer      not null,
    primary key (bucket, limit_key, window_start)
);
create index rate_limit_hit_window_idx on rate_limit_hit (window_start);
