-- Sign-in lockouts per user name and client address (the failures themselves are counted in rate_limit_hit).
-- One row per locked key: until when it is locked and how many lockouts it had lately, so each lockout lasts longer
-- (portal.limits.sign-in.lockout-backoff). A success deletes the row; rows of keys not locked for a day are purged.
create table sign_in_lockout (
    limit_key    varchar(200) primary key,
    lockouts     integer      not null,
    locked_at    timestamptz  not null,
    locked_until timestamptz  not null
);
create index sign_in_lockout_locked_at_idx on sign_in_lockout (locked_at);
