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

/**
 * One ID-number key (base64 of 32 bytes): AES-256-GCM for the value (a random 12-byte IV in front of the ciphertext)
 * and HMAC-SHA256 for the blind index, both derived from it. Its {@link #id()} is a fingerprint (HMAC of a fixed
 * label, 16 hex characters) that names the key in a person row without revealing it.
 */
final class IdKey {

    private static final int IV_LENGTH = 12;

    private final String id;
    private final SecretKeySpec encryption;
    private final SecretKeySpec index;

    private IdKey(byte[] master) {
        SecretKeySpec masterKey = new SecretKeySpec(master, "HmacSHA256");
        this.encryption = new SecretKeySpec(hmac(masterKey, "id-number-encryption"), "AES");
        this.index = new SecretKeySpec(hmac(masterKey, "id-number-blind-index"), "HmacSHA256");
        this.id = HexFormat.of().formatHex(hmac(masterKey, "id-number-key-id")).substring(0, 16);
    }

    /** The key of a setting; refuses, naming the setting, what is not the base64 of 32 bytes. */
    static IdKey parse(String base64, String setting) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(setting + " must decode to 32 bytes, not " + bytes.length);
        }
        return new IdKey(bytes);
    }

    String id() {
        return id;
    }

    byte[] encrypt(String plain, SecureRandom random) {
        try {
            byte[] iv = new byte[IV_LENGTH];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    /** The plain value; fails (the GCM tag does not match) when another key sealed it. */
    String decrypt(byte[] stored) throws GeneralSecurityException {
        if (stored == null || stored.length <= IV_LENGTH) {
            throw new GeneralSecurityException("not an ID-number ciphertext");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(128, stored, 0, IV_LENGTH));
        return new String(cipher.doFinal(stored, IV_LENGTH, stored.length - IV_LENGTH), StandardCharsets.UTF_8);
    }

    String blindIndex(String normalizedId) {
        return HexFormat.of().formatHex(hmac(index, normalizedId));
    }

    private static byte[] hmac(SecretKeySpec key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
