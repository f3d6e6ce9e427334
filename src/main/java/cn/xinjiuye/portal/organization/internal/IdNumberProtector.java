package cn.xinjiuye.portal.organization.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Keeps ID numbers out of the database in plain text: AES-256-GCM for the value (a random 12-byte IV in front of the
 * ciphertext) and an HMAC-SHA256 blind index (unique, for duplicates and exact search). Both keys derive from the
 * setting {@code portal.crypto.id-key} (base64 of 32 bytes). Demo mode uses a fixed key; any other start refuses
 * to begin without a key of its own, or with the demo key.
 */
@Component
public class IdNumberProtector {

    /** The fixed demo/development key: never use it for real data. */
    static final String DEV_KEY = "ZGVtby1rZXktZm9yLWlkLW51bWJlcnMtMDAwMDAwMDA=";

    private static final int IV_LENGTH = 12;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    IdNumberProtector(@Value("${portal.crypto.id-key:}") String configured, Environment environment) {
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
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("portal.crypto.id-key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("portal.crypto.id-key must decode to 32 bytes, not " + bytes.length);
        }
        this.encryptionKey = new SecretKeySpec(derive(bytes, "id-number-encryption"), "AES");
        this.indexKey = new SecretKeySpec(derive(bytes, "id-number-blind-index"), "HmacSHA256");
    }

    public byte[] encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_LENGTH];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, stored, 0, IV_LENGTH));
            return new String(cipher.doFinal(stored, IV_LENGTH, stored.length - IV_LENGTH), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt an ID number (wrong portal.crypto.id-key?)", e);
        }
    }

    /** The same ID number always gives the same index, which reveals nothing without the key. */
    public String blindIndex(String normalizedId) {
        return HexFormat.of().formatHex(hmac(indexKey, normalizedId.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] derive(byte[] master, String purpose) {
        return hmac(new SecretKeySpec(master, "HmacSHA256"), purpose.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
