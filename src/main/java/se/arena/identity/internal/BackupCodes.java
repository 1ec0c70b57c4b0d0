package se.arena.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.arena.SecretTokens;

/** One-time codes for the day a staff member's phone is lost; shown once, stored as digests. */
@Repository
class BackupCodes {

    static final int COUNT = 10;

    private final JdbcClient jdbc;
    private final Clock clock;

    BackupCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Replaces all of the account's codes with new ones and returns them for showing once. */
    List<String> regenerate(long accountId) {
        jdbc.sql("DELETE FROM backup_code WHERE account_id = :id").param("id", accountId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = Secrets.newBackupCode();
            codes.add(code);
            jdbc.sql("INSERT INTO backup_code (account_id, code_hash) VALUES (:id, :hash)")
                    .param("id", accountId).param("hash", SecretTokens.digest(code)).update();
        }
        return codes;
    }

    /** Uses a code up; people type them with or without the hyphen, in either case. */
    boolean consume(long accountId, String typed) {
        String code = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (code.length() == 10) {
            code = code.substring(0, 5) + "-" + code.substring(5);
        }
        return jdbc.sql("""
                UPDATE backup_code SET used_at = :now
                WHERE account_id = :id AND code_hash = :hash AND used_at IS NULL
                """)
                .param("now", Timestamp.from(clock.instant())).param("id", accountId)
                .param("hash", SecretTokens.digest(code))
                .update() == 1;
    }

    int remaining(long accountId) {
        return jdbc.sql("SELECT count(*) FROM backup_code WHERE account_id = :id AND used_at IS NULL")
                .param("id", accountId).query(Integer.class).single();
    }
}
