package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-seals every person's ID number (ciphertext and blind index) with the current key, portal.crypto.id-key, while
 * the previous key, portal.id-key.previous, still reads (docs/organization.md, "Rotating the ID-number key"). Rows go
 * in batches by person id, each batch in a transaction of its own with its audit line, so that a run that stops half
 * way keeps what it finished and the next run goes on; rows already on the current key are skipped, so a second run
 * changes nothing. A row that neither key opens stops the run, naming the person, and nothing of its batch is kept.
 */
@Component
public class IdKeyRotation {

    /** Who the audit log names: the command runs without a signed-in user. */
    static final String ACTOR = "id-key-rotation";

    private static final Logger log = LoggerFactory.getLogger(IdKeyRotation.class);

    private final JdbcTemplate jdbc;
    private final IdNumberProtector protector;
    private final AuditService audit;
    private final TransactionTemplate transaction;

    IdKeyRotation(
            JdbcTemplate jdbc,
            IdNumberProtector protector,
            AuditService audit,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * What a run did: rows re-sealed, batches committed, and rows still not on the current key afterwards (written
     * back by an edit that started before the run reached them; run again).
     */
    public record Outcome(int rotated, int batches, int remaining) {}

    private record Row(long id, byte[] cipher, String keyId) {}

    private record Batch(int rows, long lastId) {}

    public Outcome rotate(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("portal.id-key.batch-size must be at least 1, not " + batchSize);
        }
        log.info("ID-key rotation to key {}: {} rows to re-seal", protector.keyId(), remaining());
        long after = 0;
        int rotated = 0;
        int batches = 0;
        while (true) {
            long from = after;
            Batch batch = transaction.execute(status -> rotateBatch(from, batchSize));
            if (batch == null || batch.rows() == 0) {
                break;
            }
            rotated += batch.rows();
            batches++;
            after = batch.lastId();
            log.info("ID-key rotation: {} rows re-sealed (up to person {})", rotated, after);
        }
        Outcome outcome = new Outcome(rotated, batches, remaining());
        log.info(
                "ID-key rotation to key {} done: {} rows in {} batches, {} left",
                protector.keyId(),
                outcome.rotated(),
                outcome.batches(),
                outcome.remaining());
        return outcome;
    }

    /** Rows not on the current key. */
    public int remaining() {
        Integer n = jdbc.queryForObject(
                "select count(*) from person where id_key is distinct from ?", Integer.class, protector.keyId());
        return n == null ? 0 : n;
    }

    /** The next rows after {@code after} not on the current key, locked, re-sealed and audited in one transaction. */
    private Batch rotateBatch(long after, int size) {
        String key = protector.keyId();
        List<Row> rows = jdbc.query(
                "select id, id_cipher, id_key from person where id > ? and id_key is distinct from ? "
                        + "order by id limit ? for update",
                (rs, n) -> new Row(rs.getLong("id"), rs.getBytes("id_cipher"), rs.getString("id_key")),
                after,
                key,
                size);
        for (Row row : rows) {
            String idNumber;
            try {
                idNumber = IdNumbers.normalize(protector.decrypt(row.cipher(), row.keyId()));
            } catch (IllegalStateException e) {
                throw new IllegalStateException("person " + row.id() + ": " + e.getMessage(), e);
            }
            IdNumberProtector.Sealed sealed = protector.seal(idNumber);
            jdbc.update(
                    "update person set id_cipher = ?, id_blind_index = ?, id_key = ? where id = ?",
                    sealed.cipher(),
                    sealed.blindIndex(),
                    sealed.keyId(),
                    row.id());
        }
        if (rows.isEmpty()) {
            return new Batch(0, after);
        }
        long first = rows.get(0).id();
        long last = rows.get(rows.size() - 1).id();
        audit.recordAs(
                ACTOR,
                AuditAction.UPDATE,
                "IdNumberKey",
                key,
                "ID numbers of " + rows.size() + " people re-sealed with key " + key + " (person ids " + first + "-"
                        + last + ")");
        return new Batch(rows.size(), last);
    }
}
