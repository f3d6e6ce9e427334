-- SMS outbox (module sms): written in the transaction of the event that causes the message, delivered by the
-- sender once per cluster with retries and back-off.
create table sms_message (
    id                  bigserial primary key,
    recipient           varchar(20)  not null,
    kind                varchar(40)  not null,
    params              jsonb        not null default '{}'::jsonb,
    text                varchar(500),
    state               varchar(10)  not null check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts            integer      not null default 0,
    next_try_at         timestamptz  not null,
    provider            varchar(20),
    provider_message_id varchar(100),
    last_error          varchar(500),
    created_at          timestamptz  not null,
    sent_at             timestamptz
);
-- The sender's question: which pending messages are due?
create index sms_message_due_idx on sms_message (next_try_at) where state = 'PENDING';
-- The administrators' page: newest first.
create index sms_message_created_idx on sms_message (created_at desc, id desc);

-- Codes that prove a phone number (module account): registration and password recovery. The code itself is never
-- stored, only its hash; an empty hash (a taken number, a number without an account) matches no code.
create table phone_code (
    id            bigserial primary key,
    token         uuid         not null unique,
    purpose       varchar(20)  not null check (purpose in ('REGISTER', 'RESET_PASSWORD')),
    phone         varchar(20)  not null,
    code_hash     varchar(64)  not null,
    tries         integer      not null default 0,
    expires_at    timestamptz  not null,
    used_at       timestamptz,
    created_at    timestamptz  not null,
    account_id    bigint references account (id) on delete cascade,
    display_name  varchar(40),
    occupation    varchar(30),
    password_hash varchar(100)
);
create index phone_code_expires_idx on phone_code (expires_at);
