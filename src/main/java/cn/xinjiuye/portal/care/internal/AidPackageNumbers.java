package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.region.Region;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Aid-package numbers ({@code KJ<community code>-0001}) from one counter row per community (aid_package_counter),
 * advanced by a single atomic upsert: two packages created at once in a community wait for each other on that row
 * and get two numbers, where "the highest number so far + 1" gave both the same.
 */
@Component
@RequiredArgsConstructor
class AidPackageNumbers {

    private final JdbcTemplate jdbc;

    /** The next number of the community; its first use starts after any number already on file there. */
    String next(Region community) {
        String prefix = prefix(community);
        Integer number = jdbc.queryForObject(
                """
                insert into aid_package_counter as c (community_id, last_number)
                select ?, coalesce(max(cast(substring(p.code from ?) as integer)), 0) + 1
                  from aid_package p where p.community_id = ? and p.code ~ ?
                on conflict (community_id) do update set last_number = c.last_number + 1
                returning last_number
                """,
                Integer.class,
                community.getId(),
                prefix.length() + 1,
                community.getId(),
                "^" + prefix + "[0-9]{1,9}$");
        return prefix + String.format("%04d", number);
    }

    /** After packages were written with their numbers by SQL (demo data), each counter goes on after the highest. */
    void catchUp() {
        jdbc.update("""
                insert into aid_package_counter as c (community_id, last_number)
                select p.community_id, max(cast(substring(p.code from length(r.code) + 4) as integer))
                  from aid_package p join region r on r.id = p.community_id
                 where p.code ~ ('^KJ' || r.code || '-[0-9]{1,9}$')
                 group by p.community_id
                on conflict (community_id) do update set last_number = greatest(c.last_number, excluded.last_number)
                """);
    }

    private static String prefix(Region community) {
        return "KJ" + community.getCode() + "-";
    }
}
