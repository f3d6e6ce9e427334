-- Reporters hear back (issue 11, point 4): a report's opt-in to SMS about its progress, with when it was given and
-- the version of the privacy notice it was given under (PIPL); none on cases filed before.
alter table gov_case
    add column sms_consent_at      timestamptz,
    add column sms_consent_version varchar(20),
    add constraint gov_case_sms_consent_ck check ((sms_consent_at is null) = (sms_consent_version is null));

-- Numbers that asked for no more notices (回T退订): SmsOutbox queues nothing of a kind that offers the opt-out to
-- them. Verification codes, which the person asked for, are still sent.
create table sms_opt_out (
    phone       varchar(20)  primary key,
    opted_out_at timestamptz not null,
    recorded_by varchar(100) not null
);
