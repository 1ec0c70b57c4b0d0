package se.arena.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.arena.SecretTokens;

/**
 * The application's secret key, {@value #PROPERTY}: 32 random bytes, base64. Each use gets its
 * own subkey, derived with HKDF-SHA256 (Bouncy Castle) under the use's label, so that no two
 * uses ever share a key and one subkey tells nothing about another.
 *
 * <p>Where the key comes from:
 * <ul>
 *     <li>the property, when it is set (every node of a cluster must have the same);</li>
 *     <li>else, on the embedded H2 file database, a key generated at the first start and kept in
 *     a file beside the database ({@code ./data/arena.secret-key} by default), so the demo needs
 *     no configuration and a restart still reads what it encrypted;</li>
 *     <li>else, on an in-memory H2 database, a key for this process only, which dies with the data;</li>
 *     <li>else (PostgreSQL) the application refuses to start and says which property to set.</li>
 * </ul>
 *
 * <p>The first node to start writes a check value derived from the key into the database; a node
 * whose key gives another value refuses to start, rather than failing every second factor and
 * writing secrets that the other nodes cannot read.
 */
@Component
class SecretKeys {

    static final String PROPERTY = "arena.security.secret-key";
    static final int KEY_BYTES = 32;

    private static final String HMAC = "HmacSHA256";

    private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);

    /** What a subkey is for; the label is part of the derivation and must never change. */
    enum Purpose {
        TOTP_SECRET_ENCRYPTION("arena/totp-secret-encryption/v1"),
        TRUSTED_BROWSER_COOKIE("arena/trusted-browser-cookie/v1"),
        SIGN_IN_THROTTLE_KEY("arena/sign-in-throttle-key/v1"),
        KEY_CHECK("arena/key-check/v1");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }
    }

    /** The key and, for messages, where it came from. */
    record Source(byte[] key, String description) {
    }

    private final byte[] key;

    SecretKeys(@Value("${" + PROPERTY + ":}") String configured,
               @Value("${spring.datasource.url:}") String datasourceUrl,
               JdbcClient jdbc) {
        Source source = resolve(configured, datasourceUrl);
        this.key = source.key();
        checkAgainstDatabase(jdbc, source);
    }

    /** HMAC-SHA256 of the text under the purpose's subkey. */
    byte[] hmac(Purpose purpose, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(derive(purpose), HMAC));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    byte[] derive(Purpose purpose) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(key, null, purpose.label.getBytes(StandardCharsets.UTF_8)));
        byte[] subkey = new byte[KEY_BYTES];
        hkdf.generateBytes(subkey, 0, subkey.length);
        return subkey;
    }

    static Source resolve(String configured, String datasourceUrl) {
        if (configured != null && !configured.isBlank()) {
            return new Source(decode(configured, PROPERTY), PROPERTY);
        }
        String url = datasourceUrl == null ? "" : datasourceUrl.strip();
        if (url.startsWith("jdbc:h2:mem:")) {
            log.info("No {} is set: using a key for this run only, as the in-memory database ends with it", PROPERTY);
            return new Source(SecretTokens.randomBytes(KEY_BYTES), "a key for this run only");
        }
        Optional<Path> keyFile = keyFileBesideEmbeddedDatabase(url);
        if (keyFile.isEmpty()) {
            throw new IllegalStateException(PROPERTY + " (environment variable ARENA_SECURITY_SECRET_KEY) is not set. "
                    + "Arena needs it on PostgreSQL to encrypt the staff's authenticator secrets and to sign the "
                    + "cookies of trusted browsers, and every node must have the same key. Generate one with "
                    + "'openssl rand -base64 32', set it on every node and keep a copy with the database backups.");
        }
        return fromKeyFile(keyFile.get());
    }

    /** "jdbc:h2:file:./data/arena;MODE=…" and "jdbc:h2:./data/arena" keep the key in ./data/arena.secret-key. */
    static Optional<Path> keyFileBesideEmbeddedDatabase(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String location = url.substring("jdbc:h2:".length());
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (location.matches("(?i)(tcp|ssl|mem|zip|split|nio\\w*|async|memfs|memlzf|retry):.*")) {
            return Optional.empty();
        }
        int options = location.indexOf(';');
        String database = options < 0 ? location : location.substring(0, options);
        if (database.isBlank()) {
            return Optional.empty();
        }
        if (database.startsWith("~")) {
            database = System.getProperty("user.home") + database.substring(1);
        }
        return Optional.of(Path.of(database + ".secret-key"));
    }

    private static Source fromKeyFile(Path file) {
        String description = "the key file " + file;
        try {
            if (Files.notExists(file)) {
                byte[] generated = SecretTokens.randomBytes(KEY_BYTES);
                if (writeNew(file, generated)) {
                    log.warn("No {} is set: generated a secret key and stored it in {}, beside the embedded database. "
                            + "Keep the file with the database: without it the staff's authenticator apps must be set up anew.",
                            PROPERTY, file.toAbsolutePath().normalize());
                    return new Source(generated, description);
                }
            }
            log.info("No {} is set: using the secret key stored in {}", PROPERTY, file.toAbsolutePath().normalize());
            return new Source(decode(Files.readString(file, StandardCharsets.US_ASCII), description), description);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + description + "; set " + PROPERTY + " instead", e);
        }
    }

    /** @return false when another process created the file first */
    private static boolean writeNew(Path file, byte[] key) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null) {
            Files.createDirectories(directory);
        }
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return false;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        return true;
    }

    private static byte[] decode(String base64, String description) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(description + " is not base64; it must be 32 random bytes in base64, "
                    + "for example from 'openssl rand -base64 32'");
        }
        if (decoded.length != KEY_BYTES) {
            throw new IllegalStateException(description + " is " + decoded.length + " bytes; it must be " + KEY_BYTES
                    + " random bytes in base64, for example from 'openssl rand -base64 32'");
        }
        return decoded;
    }

    private void checkAgainstDatabase(JdbcClient jdbc, Source source) {
        String expected = HexFormat.of().formatHex(derive(Purpose.KEY_CHECK));
        Optional<String> stored = storedCheck(jdbc);
        if (stored.isEmpty()) {
            try {
                jdbc.sql("INSERT INTO secret_key_check (id, key_check) VALUES (1, :check)").param("check", expected).update();
                return;
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                stored = storedCheck(jdbc);
            }
        }
        if (stored.isPresent() && !MessageDigest.isEqual(stored.get().getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalStateException("The secret key from " + source.description() + " is not the key this "
                    + "database was set up with, so the stored authenticator secrets cannot be read. Give every node "
                    + "the same " + PROPERTY + " as the node that first started on this database"
                    + " (on the embedded database: restore its .secret-key file).");
        }
    }

    private static Optional<String> storedCheck(JdbcClient jdbc) {
        return jdbc.sql("SELECT key_check FROM secret_key_check WHERE id = 1").query(String.class).optional();
    }
}
