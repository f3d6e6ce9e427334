package cn.xinjiuye.portal.organization.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Keeps ID numbers out of the database in plain text: AES-256-GCM for the value and an HMAC-SHA256 blind index
 * (unique, for duplicates and exact search), both from the key {@code portal.crypto.id-key} ({@link IdKey}); each
 * row names the key that sealed it (column id_key). Demo mode uses a fixed key; any other start
 * refuses to begin without a key of its own, or with the demo key.
 *
 * <p>Rotation: set the new key as {@code portal.crypto.id-key} and the old one as {@code portal.id-key.previous}.
 * New values are sealed with the new key, while values sealed with either key read, and look-ups by ID number try
 * both blind indexes; {@link IdKeyRotation} then moves every row to the new key, after which the old one goes.
 */
@Component
public class IdNumberProtector {

    /** The fixed demo/development key: never use it for real data. */
    static final String DEV_KEY = "ZGVtby1rZXktZm9yLWlkLW51bWJlcnMtMDAwMDAwMDA=";

    /** What to store for one ID number: ciphertext, blind index and the id of the key that made both. */
    public record Sealed(byte[] cipher, String blindIndex, String keyId) {}

    private final IdKey current;
    private final IdKey previous;
    private final SecureRandom random = new SecureRandom();

    IdNumberProtector(String configured, Environment environment) {
        this(configured, "", environment);
    }

    @Autowired
    IdNumberProtector(
            @Value("${portal.crypto.id-key:}") String configured,
            @Value("${portal.id-key.previous:}") String previousKey,
            Environment environment) {
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        String key = configured == null ? "" : configured.trim();
        if (!demo && (key.isEmpty() || key.equals(DEV_KEY))) {
            throw new IllegalStateException("portal.crypto.id-key (PORTAL_CRYPTO_ID_KEY) must be set to a key of this "
                    + "installation outside demo mode (the built-in demo key is refused): the base64 of 32 random "
                    + "bytes, e.g. `openssl rand -base64 32`");
        }
        if (key.isEmpty()) {
            key = DEV_KEY;
        }
        this.current = IdKey.parse(key, "portal.crypto.id-key");
        IdKey old = previousKey == null || previousKey.isBlank()
                ? null
                : IdKey.parse(previousKey, "portal.id-key.previous");
        this.previous = old == null || old.id().equals(current.id()) ? null : old;
    }

    /** The id of the key new values are sealed with. */
    public String keyId() {
        return current.id();
    }

    public Sealed seal(String normalizedId) {
        return new Sealed(encrypt(normalizedId), blindIndex(normalizedId), current.id());
    }

    public byte[] encrypt(String plain) {
        return current.encrypt(plain, random);
    }

    /** A value sealed by a key of unknown id (a row from before key ids): each configured key is tried. */
    public String decrypt(byte[] stored) {
        return decrypt(stored, null);
    }

    /** A value sealed by the key {@code keyId} (null: unknown, each configured key is tried). */
    public String decrypt(byte[] stored, String keyId) {
        for (IdKey key : keys()) {
            if (keyId == null || keyId.equals(key.id())) {
                try {
                    return key.decrypt(stored);
                } catch (GeneralSecurityException e) {
                    // not sealed by this key: try the next
                }
            }
        }
        throw new IllegalStateException("cannot decrypt an ID number sealed by key "
                + (keyId == null ? "(unnamed)" : keyId)
                + " with portal.crypto.id-key or portal.id-key.previous (wrong or missing key?)");
    }

    /** The same ID number always gives the same index under one key, which reveals nothing without the key. */
    public String blindIndex(String normalizedId) {
        return current.blindIndex(normalizedId);
    }

    /** The ID number's blind index under each configured key, current first: what look-ups match during a rotation. */
    public List<String> blindIndexes(String normalizedId) {
        return keys().stream().map(k -> k.blindIndex(normalizedId)).toList();
    }

    private List<IdKey> keys() {
        List<IdKey> keys = new ArrayList<>(2);
        keys.add(current);
        if (previous != null) {
            keys.add(previous);
        }
        return keys;
    }
}
