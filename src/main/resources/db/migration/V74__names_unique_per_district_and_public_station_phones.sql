-- Issue 9: organization and enterprise names are unique within a district (区县), not across the province, so that a
-- name taken in another district is no clash (and no hint of that district's records); and a station manager's phone
-- is shown to the public only when the station says so.

-- The district a region lies in: the fourth element of its path ("/province/city/district/..."), or the region
-- itself above district level. Mirrors Region.districtId() in Java.
create function region_district_id(region bigint) returns bigint
    language sql stable as
$$
select coalesce(nullif(split_part(r.path, '/', 4), '')::bigint, r.id)
  from region r
 where r.id = region
$$;

-- The district of the row's region, set by the triggers below.
create function set_district_id() returns trigger
    language plpgsql as
$$
begin
    new.district_id := region_district_id(new.region_id);
    return new;
end
$$;

-- Kept on the row by set_district_id (before insert and before a change of region), held by a unique constraint.
do
$$
    declare
        t text;
    begin
        foreach t in array array ['party_organization', 'enterprise']
            loop
                execute format('alter table %I add column district_id bigint references region (id)', t);
                execute format('update %I set district_id = region_district_id(region_id)', t);
                execute format('alter table %I alter column district_id set not null', t);
                execute format('alter table %I drop constraint %I', t, t || '_name_uq');
                execute format('alter table %I add constraint %I unique (district_id, name)', t, t || '_district_name_uq');
                execute format('create trigger %I before insert or update of region_id on %I '
                                   || 'for each row execute function set_district_id()', t || '_district', t);
            end loop;
    end
$$;

-- A street moved to another district takes its organizations and enterprises along (RegionService.move rewrites
-- the paths of the subtree; these rows follow in the same statement). A name that the new district already has
-- makes the move fail rather than leave two of one name in a district.
create function region_moved_follow_district() returns trigger
    language plpgsql as
$$
begin
    update party_organization set district_id = region_district_id(region_id) where region_id = new.id;
    update enterprise set district_id = region_district_id(region_id) where region_id = new.id;
    return null;
end
$$;
create trigger region_district_follows after update of path on region
    for each row when (old.path is distinct from new.path) execute function region_moved_follow_district();

-- 公开联系电话: the public station page and the nearby API show the manager's phone only when this is set.
alter table station add column public_phone boolean not null default false;
