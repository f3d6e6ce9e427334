-- Events between modules are kept until their listeners have run (Spring Modulith's JDBC publication registry,
-- schema v2 as shipped with spring-modulith-events-jdbc 2.0), so that an event is not lost when the process dies
-- after the commit.
create table event_publication
(
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- The credit of a reported case to the reporter's branch and enterprise belongs to the organization module, which
-- keeps it from the CaseFiled and CaseRejected events instead of columns on another module's table.
create table case_credit
(
    case_id       bigint primary key,
    branch_id     bigint references party_organization (id),
    enterprise_id bigint references enterprise (id),
    rejected      boolean not null default false
);
create index case_credit_branch_idx on case_credit (branch_id) where not rejected;
create index case_credit_enterprise_idx on case_credit (enterprise_id) where not rejected;

insert into case_credit (case_id, branch_id, enterprise_id, rejected)
select id, branch_org_id, enterprise_id, status = 'REJECTED'
from gov_case
where branch_org_id is not null or enterprise_id is not null;

alter table gov_case drop column branch_org_id, drop column enterprise_id;
