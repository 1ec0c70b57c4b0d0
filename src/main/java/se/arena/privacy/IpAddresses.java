package se.arena.privacy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP address literals in one canonical text form, without ever asking DNS. */
final class IpAddresses {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");

    private IpAddresses() {
    }

    /** @return the canonical form of an IPv4 or IPv6 literal, or empty when the text is not one */
    static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        if (IPV4.matcher(candidate).matches()) {
            return Optional.of(candidate);
        }
        // Only text that starts like a literal and has a colon reaches InetAddress: it then parses
        // an IPv6 literal or fails, and never falls back to a name lookup.
        if (candidate.indexOf(':') < 0 || !IPV6_CHARACTERS.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate).getHostAddress());
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
