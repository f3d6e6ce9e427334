-- Open311 (issue 14): what readers without a key may see of a case, what a client sends besides the description,
-- and API keys administered per client (district scope, an optional department, a rate limit, last use, revocation).

-- Moderation: only cases marked public are read without a key, and then only their public text (staff may shorten
-- or redact it). A concern-list item or a text with a phone number in it starts not public.
alter table gov_case
    add column public_visible boolean       not null default false,
    add column public_text    varchar(1000),
    -- A link the client sent (GeoReport media_url): shown to staff as a link, never fetched by the server.
    add column media_url      varchar(500),
    -- GeoReport address_id: the client's own address reference, kept as given.
    add column address_id     varchar(100);
update gov_case
   set public_text = description,
       public_visible = source <> 'RECEPTION'
           and description !~ '1[3-9][0-9]{9}' and description !~ '0[0-9]{2,3}-?[0-9]{7,8}';
-- The keyless list: public cases newest first.
create index gov_case_public_idx on gov_case (submitted_at desc, id desc) where public_visible;

alter table api_key
    add column district_ids  bigint[]    not null default '{}',
    -- A department's key may push updates (servicerequestupdates) for the cases assigned to that department.
    add column department_id bigint      references department (id),
    add column per_minute    integer     not null default 60,
    add column issued_by     varchar(40),
    add column last_used_at  timestamptz,
    add column revoked_at    timestamptz,
    add constraint api_key_per_minute_ck check (per_minute between 1 and 10000);
-- Keys issued before scopes existed keep reading what they read: every district.
update api_key set district_ids = coalesce((select array_agg(id order by id) from region where level = 'DISTRICT'), '{}');
