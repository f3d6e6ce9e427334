package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.images.CleanImage;
import cn.xinjiuye.portal.common.images.PhotoCleaner;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos of a refused report form, kept for an hour under a random token that the re-shown form carries in a
 * hidden field: the courier does not have to pick them again. Only cleaned photos are kept ({@link PhotoCleaner});
 * one the cleaner refuses is not kept and its reason goes on the form. Whoever holds the token sees the photos (as
 * whoever holds the form does). Expired drafts are never read and are deleted whenever a draft is written.
 */
@Service
@RequiredArgsConstructor
public class ReportDrafts {

    static final Duration KEPT = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final PhotoCleaner cleaner;
    private final Clock clock;

    /** A draft: its token and the ids of its photos, oldest first; refused: why an upload was not kept. */
    public record Draft(String token, List<Long> photoIds, List<FieldRuleException> refused) {}

    /**
     * Keeps the draft's photos but the removed ones and adds the new uploads (cleaned) while there are fewer than
     * {@link Photos#MAX_COUNT}; returns the draft, under a new token when none (or an unknown one) was given.
     */
    @Transactional
    public Draft keep(String token, List<Long> removed, List<byte[]> uploads) {
        jdbc.update("delete from report_draft_photo where created_at < ?", Timestamp.from(expiry()));
        UUID id = parse(token).orElseGet(UUID::randomUUID);
        remove(id, removed);
        List<FieldRuleException> refused = new ArrayList<>();
        int count = ids(id).size();
        for (byte[] upload : uploads) {
            if (count >= Photos.MAX_COUNT) {
                refused.add(new FieldRuleException("photos", "case.error.photoCount"));
                break;
            }
            try {
                CleanImage clean = cleaner.clean("photos", upload);
                jdbc.update(
                        "insert into report_draft_photo (token, content_type, bytes, created_at) values (?, ?, ?, ?)",
                        id,
                        clean.contentType(),
                        clean.bytes(),
                        Timestamp.from(clock.instant()));
                count++;
            } catch (FieldRuleException e) {
                refused.add(e);
            }
        }
        return new Draft(id.toString(), ids(id), refused);
    }

    /** The draft's photos that were not removed, to file with the report; none for an unknown or expired token. */
    @Transactional(readOnly = true)
    public List<byte[]> photos(String token, List<Long> removed) {
        return parse(token)
                .map(id -> jdbc
                        .query(
                                "select id, bytes from report_draft_photo where token = ? and created_at >= ? order by id",
                                (rs, i) -> removed.contains(rs.getLong(1)) ? null : rs.getBytes(2),
                                id,
                                Timestamp.from(expiry()))
                        .stream()
                        .filter(b -> b != null)
                        .toList())
                .orElse(List.of());
    }

    /** One photo of a draft, for its thumbnail. */
    @Transactional(readOnly = true)
    public Optional<CleanImage> photo(String token, long photoId) {
        return parse(token)
                .flatMap(id -> jdbc
                        .query(
                                "select content_type, bytes from report_draft_photo where token = ? and id = ? and created_at >= ?",
                                (rs, i) -> new CleanImage(rs.getString(1), rs.getBytes(2)),
                                id,
                                photoId,
                                Timestamp.from(expiry()))
                        .stream()
                        .findFirst());
    }

    /** The report was filed: its draft goes. */
    @Transactional
    public void discard(String token) {
        parse(token).ifPresent(id -> jdbc.update("delete from report_draft_photo where token = ?", id));
    }

    private void remove(UUID id, List<Long> removed) {
        for (Long photoId : removed) {
            jdbc.update("delete from report_draft_photo where token = ? and id = ?", id, photoId);
        }
    }

    private List<Long> ids(UUID id) {
        return jdbc.queryForList(
                "select id from report_draft_photo where token = ? and created_at >= ? order by id",
                Long.class,
                id,
                Timestamp.from(expiry()));
    }

    private java.time.Instant expiry() {
        return clock.instant().minus(KEPT);
    }

    private static Optional<UUID> parse(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(token.trim()));
        } catch (IllegalArgumentException notAToken) {
            return Optional.empty();
        }
    }
}
