package cn.xinjiuye.portal.common.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * A record with a database-generated identity key (column id). Column names follow the fields by Spring Boot's
 * naming strategy ({@code helpedOn} is {@code helped_on}), so entities name a column only where it differs.
 */
@MappedSuperclass
@Getter
public abstract class IdentifiedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
}
