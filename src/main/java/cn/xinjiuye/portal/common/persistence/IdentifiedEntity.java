package cn.xinjiuye.portal.common.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * A record with a database-generated identity key (column id). Table and column names follow the class and its
 * fields by Spring Boot's naming strategy ({@code AidHelp} is {@code aid_help}, {@code helpedOn} is
 * {@code helped_on}, a {@code @ManyToOne Region community} is {@code community_id}), so entities name a table or a
 * column only where it differs.
 */
@MappedSuperclass
@Getter
public abstract class IdentifiedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
}
