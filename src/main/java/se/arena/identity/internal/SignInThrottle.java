package se.arena.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.ClusterJob;

/**
 * Slows down password and code guessing on the staff sign-in, across all nodes, without letting
 * a stranger lock anyone out and without telling whether an address has an account.
 *
 * <p><b>Design.</b> Accounts are never locked. Instead every attempt is counted in the database
 * ({@code sign_in_attempt}), under keys that are an HMAC of what they count, so the table holds
 * no address anyone typed. Which keys count an attempt depends on the browser:
 * <ul>
 *     <li>From a browser that is not trusted for the address: the normalised e-mail address
 *     (the same whether an account has it or not) and the client's network (its IPv4 address,
 *     or its IPv6 /64, since one IPv6 client holds a whole /64). At the second step also the
 *     account, over 24 hours, so a stolen password buys few code guesses a day.</li>
 *     <li>From a trusted browser, one that completed a sign-in for this address before and holds
 *     the signed cookie of {@link TrustedBrowsers} (OWASP's "device cookie"): that browser alone,
 *     with a limit of its own. Someone hammering the address, even from the same network, does
 *     not touch that count, so the owner still signs in from their usual browser.</li>
 * </ul>
 * When a key has used up its failures for its window, further attempts under it are refused
 * before the password or code is looked at, with one answer for every key (the caller's), until
 * old failures leave the window. The password and code steps share these counts, so the second
 * step answers no differently from the first.
 *
 * <p><b>Counting holds under concurrent attempts on any number of nodes.</b> An attempt first
 * commits one row per key, then counts the key's rows in the window, and goes ahead only when no
 * count exceeds its limit. The k-th attempt to commit sees at least k rows, so no more than the
 * limit can go ahead, however many requests arrive together. An attempt that is refused, or that
 * succeeds, removes its rows again: only failures stay counted, and a key holds at most its limit
 * of rows per window however hard it is hammered.
 */
@Component
class SignInThrottle {

    private static final Duration SECOND_FACTOR_WINDOW = Duration.ofDays(1);

    /** What a key counts, named for the audit log. */
    enum Kind {
        EMAIL("e-postadressen, från webbläsare som inte har loggat in på kontot förut"),
        CLIENT("klientens nätverk"),
        TRUSTED_BROWSER("en webbläsare som har loggat in på kontot förut"),
        SECOND_FACTOR("kontots koder, från webbläsare som inte har loggat in på kontot förut");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private record Counter(Kind kind, String key, int limit, Duration window) {
    }

    /**
     * An attempt that was let through, with its rows in the table.
     *
     * @param exhausting the keys whose last allowed attempt this is: if it fails, they wait
     */
    record Attempt(List<Long> rows, List<Kind> exhausting) {

        /** What a failure of this attempt stops for a while, for the audit log; empty when nothing. */
        Optional<String> stopsOnFailure() {
            return exhausting.isEmpty() ? Optional.empty()
                    : Optional.of("Gränsen för misslyckade inloggningar är nådd för "
                    + exhausting.stream().map(kind -> kind.label).collect(Collectors.joining(" och "))
                    + ". Fler försök därifrån väntar tills äldre misslyckanden har gått ut.");
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final TrustedBrowsers trustedBrowsers;
    private final SecurityProperties properties;
    private final SecretKeys keys;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, TrustedBrowsers trustedBrowsers,
                   SecretKeys keys, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.trustedBrowsers = trustedBrowsers;
        this.properties = properties;
        this.keys = keys;
        this.clock = clock;
    }

    /** @return the attempt to verify the password under, or empty when it must wait */
    Optional<Attempt> beginPasswordStep(String email, SignInClient client) {
        return begin(counters(email, client, null));
    }

    /** @return the attempt to verify the code under, or empty when it must wait */
    Optional<Attempt> beginSecondFactorStep(Account account, SignInClient client) {
        return begin(counters(account.email(), client, account.id()));
    }

    /** The attempt was not a failure: it no longer counts. */
    void forgive(Attempt attempt) {
        delete(attempt.rows());
    }

    /** Rows older than every window count for nothing; one node clears them now and then. */
    @ClusterJob(name = "sign-in-attempt-purge", cron = "0 23 * * * *")
    public void purgeExpired() {
        deleteExpired();
    }

    /** The job's work without its cluster lock, which stays taken for minutes after each run. */
    void deleteExpired() {
        Duration longest = properties.signInFailureWindow().compareTo(SECOND_FACTOR_WINDOW) > 0
                ? properties.signInFailureWindow() : SECOND_FACTOR_WINDOW;
        jdbc.sql("DELETE FROM sign_in_attempt WHERE attempted_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(longest)))
                .update();
    }

    private List<Counter> counters(String email, SignInClient client, Long secondFactorOf) {
        Optional<String> trustedBrowser = trustedBrowsers.recognise(client.trustedBrowserCookie(), email);
        if (trustedBrowser.isPresent()) {
            return List.of(counter(Kind.TRUSTED_BROWSER, trustedBrowser.get(), properties.signInFailuresPerTrustedBrowser(),
                    properties.signInFailureWindow()));
        }
        List<Counter> counters = new ArrayList<>(List.of(
                counter(Kind.EMAIL, AccountRepository.normaliseEmail(email), properties.signInFailuresPerEmail(),
                        properties.signInFailureWindow()),
                counter(Kind.CLIENT, network(client.ipAddress()), properties.signInFailuresPerClient(),
                        properties.signInFailureWindow())));
        if (secondFactorOf != null) {
            counters.add(counter(Kind.SECOND_FACTOR, Long.toString(secondFactorOf), properties.secondFactorFailuresPerDay(),
                    SECOND_FACTOR_WINDOW));
        }
        return counters;
    }

    private Optional<Attempt> begin(List<Counter> counters) {
        Instant now = clock.instant();
        List<Long> rows = ownTransaction.execute(status -> counters.stream().map(counter -> insert(counter.key(), now)).toList());
        Map<String, Long> counts = ownTransaction.execute(status -> count(counters, now));
        List<Kind> exhausting = new ArrayList<>();
        for (Counter counter : counters) {
            long count = counts.getOrDefault(counter.key(), 0L);
            if (count > counter.limit()) {
                delete(rows);
                return Optional.empty();
            }
            if (count == counter.limit()) {
                exhausting.add(counter.kind());
            }
        }
        return Optional.of(new Attempt(rows, List.copyOf(exhausting)));
    }

    private long insert(String key, Instant now) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sign_in_attempt (throttle_key, attempted_at) VALUES (:key, :at)")
                .param("key", key).param("at", Timestamp.from(now))
                .update(id, "id");
        return id.getKeyAs(Long.class);
    }

    private Map<String, Long> count(List<Counter> counters, Instant now) {
        Map<String, Long> counts = new HashMap<>();
        for (Counter counter : counters) {
            counts.put(counter.key(), jdbc.sql("""
                            SELECT count(*) FROM sign_in_attempt WHERE throttle_key = :key AND attempted_at > :since
                            """)
                    .param("key", counter.key()).param("since", Timestamp.from(now.minus(counter.window())))
                    .query(Long.class).single());
        }
        return counts;
    }

    private void delete(List<Long> rows) {
        ownTransaction.executeWithoutResult(status ->
                jdbc.sql("DELETE FROM sign_in_attempt WHERE id IN (:ids)").param("ids", rows).update());
    }

    private Counter counter(Kind kind, String subject, int limit, Duration window) {
        return new Counter(kind, HexFormat.of().formatHex(keys.hmac(SecretKeys.Purpose.SIGN_IN_THROTTLE_KEY, kind + ":" + subject)),
                limit, window);
    }

    /**
     * The part of a client's address that one client controls: an IPv4 address, or the /64 of an
     * IPv6 address. Only IP literals reach {@link InetAddress}, so it never asks DNS.
     */
    static String network(String ipAddress) {
        if (ipAddress == null || ipAddress.indexOf(':') < 0 || !ipAddress.matches("[0-9A-Fa-f:.]{2,45}")) {
            return ipAddress == null ? "" : ipAddress;
        }
        try {
            byte[] address = InetAddress.getByName(ipAddress).getAddress();
            return address.length == 16 ? HexFormat.of().formatHex(address, 0, 8) + "::/64"
                    : InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException notALiteral) {
            return ipAddress;
        }
    }
}
