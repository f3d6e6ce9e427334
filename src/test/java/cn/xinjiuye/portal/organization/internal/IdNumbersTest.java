package cn.xinjiuye.portal.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

public class IdNumbersTest {

    @Test
    void theGb11643CheckCharacterIsComputedAndChecked() {
        // The standard's own example: 11010519491231002X.
        assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.isValid("11010519491231002x")).isTrue();
        assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
        assertThat(IdNumbers.isValid("11010519491331002X")).as("month 13").isFalse();
        assertThat(IdNumbers.isValid("1101051949123100")).isFalse();
        assertThat(IdNumbers.withCheck("21030219900307001"))
                .hasSize(18)
                .satisfies(id -> assertThat(IdNumbers.isValid(id)).isTrue());
        assertThat(IdNumbers.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void idNumbersAreEncryptedWithARandomIvAndIndexedDeterministically() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        IdNumberProtector protector = new IdNumberProtector("", demo);
        byte[] a = protector.encrypt("11010519491231002X");
        byte[] b = protector.encrypt("11010519491231002X");
        assertThat(a).isNotEqualTo(b);
        assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("11010519491231002X");
        assertThat(protector.decrypt(a)).isEqualTo("11010519491231002X");
        assertThat(protector.blindIndex("11010519491231002X"))
                .isEqualTo(protector.blindIndex("11010519491231002X"))
                .hasSize(64)
                .isNotEqualTo(protector.blindIndex("110105194912310013"));
        IdNumberProtector otherKey = new IdNumberProtector("cHJvZHVjdGlvbi1rZXktZm9yLXRlc3RzLTAwMDAwMDA=", demo);
        assertThat(otherKey.blindIndex("11010519491231002X")).isNotEqualTo(protector.blindIndex("11010519491231002X"));
        assertThatThrownBy(() -> otherKey.decrypt(a)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void duringARotationValuesOfBothKeysReadAndNewOnesAreSealedWithTheNewKey() {
        String oldKey = "cHJvZHVjdGlvbi1rZXktZm9yLXRlc3RzLTAwMDAwMDA=";
        String newKey = "bmV3LWtleS1mb3ItaWQtbnVtYmVycy0wMDAwMDAwMDA=";
        IdNumberProtector before = new IdNumberProtector(oldKey, new MockEnvironment());
        IdNumberProtector rotating = new IdNumberProtector(newKey, oldKey, new MockEnvironment());
        IdNumberProtector.Sealed old = before.seal("11010519491231002X");
        IdNumberProtector.Sealed sealed = rotating.seal("11010519491231002X");

        assertThat(sealed.keyId()).hasSize(16).isNotEqualTo(old.keyId()).isEqualTo(rotating.keyId());
        assertThat(rotating.decrypt(old.cipher(), old.keyId())).isEqualTo("11010519491231002X");
        assertThat(rotating.decrypt(old.cipher())).as("a row without a key id").isEqualTo("11010519491231002X");
        assertThat(rotating.decrypt(sealed.cipher(), sealed.keyId())).isEqualTo("11010519491231002X");
        assertThat(rotating.blindIndexes("11010519491231002X")).containsExactly(sealed.blindIndex(), old.blindIndex());
        assertThatThrownBy(() -> before.decrypt(sealed.cipher(), sealed.keyId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(sealed.keyId());
        // The same key twice is one key; a previous key that is not a key stops the start.
        assertThat(new IdNumberProtector(oldKey, oldKey, new MockEnvironment()).blindIndexes("x"))
                .hasSize(1);
        assertThatThrownBy(() -> new IdNumberProtector(newKey, "c2hvcnQ=", new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("portal.id-key.previous");
    }

    @Test
    void productionRefusesToStartWithoutAKey() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new IdNumberProtector("", prod))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("portal.crypto.id-key");
        assertThatThrownBy(() -> new IdNumberProtector("c2hvcnQ=", prod)).isInstanceOf(IllegalStateException.class);
        assertThat(new IdNumberProtector("cHJvZHVjdGlvbi1rZXktZm9yLXRlc3RzLTAwMDAwMDA=", prod).blindIndex("x"))
                .hasSize(64);
    }

    @Test
    void outsideDemoModeTheBuiltInKeyIsRefusedEvenWhenNamed() {
        MockEnvironment noProfile = new MockEnvironment();
        assertThatThrownBy(() -> new IdNumberProtector("", noProfile))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PORTAL_CRYPTO_ID_KEY");
        assertThatThrownBy(() -> new IdNumberProtector(IdNumberProtector.DEV_KEY, noProfile))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo key is refused");
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        assertThat(new IdNumberProtector(IdNumberProtector.DEV_KEY, demo).blindIndex("x"))
                .isEqualTo(new IdNumberProtector("", demo).blindIndex("x"));
    }
}
