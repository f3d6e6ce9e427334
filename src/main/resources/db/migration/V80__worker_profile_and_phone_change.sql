-- A worker's own profile (module account): the employer they name themselves (not the organization module's record,
-- which staff keep), and a phone change proved by a code sent to the new number.
alter table account add column employer_name varchar(80);

alter table phone_code drop constraint phone_code_purpose_check;
alter table phone_code add constraint phone_code_purpose_check
    check (purpose in ('REGISTER', 'RESET_PASSWORD', 'CHANGE_PHONE'));
