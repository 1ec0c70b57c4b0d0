package se.arena.identity.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.arena.SecretTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the application's secret key comes from, on each kind of database. */
class SecretKeysTest {

    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/arena";

    @TempDir
    Path data;

    @Test
    void theConfiguredKeyIsUsedOnAnyDatabase() {
        byte[] key = SecretTokens.randomBytes(32);
        assertThat(SecretKeys.resolve(Base64.getEncoder().encodeToString(key), POSTGRESQL).key()).isEqualTo(key);
    }

    @Test
    void postgresqlWithoutAKeyRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> SecretKeys.resolve("", POSTGRESQL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("arena.security.secret-key")
                .hasMessageContaining("ARENA_SECURITY_SECRET_KEY")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> SecretKeys.resolve(null, "jdbc:h2:tcp://localhost/~/arena"))
                .hasMessageContaining("arena.security.secret-key");
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> SecretKeys.resolve("hemligt lösenord", POSTGRESQL))
                .hasMessageContaining("arena.security.secret-key").hasMessageNotContaining("hemligt");
        assertThatThrownBy(() -> SecretKeys.resolve(Base64.getEncoder().encodeToString(new byte[16]), POSTGRESQL))
                .hasMessageContaining("16 bytes");
    }

    @Test
    void theEmbeddedDatabaseGetsAKeyOnceAndKeepsItBesideTheDatabase() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("arena") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        byte[] first = SecretKeys.resolve(" ", url).key();
        Path keyFile = data.resolve("arena.secret-key");
        assertThat(keyFile).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).isEqualTo(first).hasSize(32);
        if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        }
        assertThat(SecretKeys.resolve(null, url).key()).as("the next start reads the same key").isEqualTo(first);
    }

    @Test
    void anInMemoryDatabaseGetsAKeyForThisRunOnly() {
        byte[] one = SecretKeys.resolve(null, "jdbc:h2:mem:arena;MODE=PostgreSQL").key();
        assertThat(one).hasSize(32).isNotEqualTo(SecretKeys.resolve(null, "jdbc:h2:mem:arena;MODE=PostgreSQL").key());
    }

    @Test
    void findsTheEmbeddedDatabaseInTheUrlsH2Accepts() {
        assertThat(SecretKeys.keyFileBesideEmbeddedDatabase("jdbc:h2:file:./data/arena;MODE=PostgreSQL"))
                .contains(Path.of("./data/arena.secret-key"));
        assertThat(SecretKeys.keyFileBesideEmbeddedDatabase("jdbc:h2:./data/arena")).contains(Path.of("./data/arena.secret-key"));
        assertThat(SecretKeys.keyFileBesideEmbeddedDatabase("jdbc:h2:~/arena"))
                .contains(Path.of(System.getProperty("user.home") + "/arena.secret-key"));
        assertThat(SecretKeys.keyFileBesideEmbeddedDatabase("jdbc:h2:tcp://localhost/~/arena")).isEmpty();
        assertThat(SecretKeys.keyFileBesideEmbeddedDatabase(POSTGRESQL)).isEmpty();
    }
}
