-- Issue 9: no lost writes (supervision replies, aid-package numbers, station names) and ID-number keys that can be
-- rotated.

-- A supervision note (督办) carries a version like every record people edit: of two replies sent at once one wins,
-- the other gets the "someone else changed this record" page instead of overwriting it.
alter table case_supervision
    add column version    bigint      not null default 0,
    add column updated_at timestamptz not null default now();

-- Aid-package numbers (KJ<community code>-0001) come from one counter per community, advanced by a single atomic
-- upsert, instead of "the highest number so far + 1", which two people creating a package at once both read.
create table aid_package_counter (
    community_id bigint  primary key references region (id),
    last_number  integer not null,
    constraint aid_package_counter_number_ck check (last_number >= 0)
);
insert into aid_package_counter (community_id, last_number)
select p.community_id, max(cast(substring(p.code from length(r.code) + 4) as integer))
  from aid_package p
  join region r on r.id = p.community_id
 where p.code ~ ('^KJ' || r.code || '-[0-9]{1,9}$')
 group by p.community_id;

-- Station names are unique among the active stations of a community (a deleted station is deactivated and frees its
-- name). Existing duplicates are renamed first, deterministically: the oldest station (lowest id) keeps the name,
-- each later one gets the first free suffix " (2)", " (3)", ... within the 80 characters.
do $$
declare
    d         record;
    suffix    text;
    candidate text;
    n         integer;
begin
    for d in
        select s.id, s.region_id, s.name,
               row_number() over (partition by s.region_id, s.name order by s.id) as rank
          from station s
         where s.active
         order by s.region_id, s.name, s.id
    loop
        if d.rank > 1 then
            n := d.rank;
            loop
                suffix := ' (' || n || ')';
                candidate := left(d.name, 80 - length(suffix)) || suffix;
                exit when not exists (select 1 from station t
                                       where t.active and t.region_id = d.region_id and t.name = candidate);
                n := n + 1;
            end loop;
            update station set name = candidate, version = version + 1, updated_at = now() where id = d.id;
        end if;
    end loop;
end
$$;
create unique index station_community_name_uq on station (region_id, name) where active;

-- Which ID-number key made a person's ciphertext and blind index (IdNumberProtector's key id, a fingerprint of the
-- key, never the key). Null: written before key ids existed, read by trying the configured keys. The rotation
-- command (docs/organization.md) moves every row to the current key.
alter table person add column id_key varchar(16);
