package se.arena.notification;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A link in an e-mail that lets whoever holds it in: a sign-in, a staff set-up, a registration's
 * own page. Put it in a mail model where the address would go: the outbox stores the message with
 * the link masked, keeps the address apart only until the message is sent, and shows staff the
 * mask, so reading the message log never hands anyone a working link.
 *
 * @param url       the working address
 * @param kind      the {@link PersonalLinkIssuer} that can issue a fresh one when staff send the
 *                  message again, e.g. "registration"
 * @param reference what the link opens, in that issuer's terms, e.g. the registration's id
 */
public record PersonalLink(String url, String kind, String reference) {

    private static final Pattern KIND = Pattern.compile("[a-z]+(-[a-z]+)*");

    public PersonalLink {
        URI address = URI.create(url);
        if (!address.isAbsolute() || !"http".equals(address.getScheme().toLowerCase(Locale.ROOT))
                && !"https".equals(address.getScheme().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("A personal link is an absolute http(s) address");
        }
        if (kind == null || kind.length() > 40 || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Not a link kind: " + kind);
        }
        if (reference == null || reference.isBlank() || reference.length() > 64) {
            throw new IllegalArgumentException("A link's reference has 1 to 64 characters");
        }
    }

    /** Never the address: a link that ends up somewhere it was not meant for shows only this. */
    @Override
    public String toString() {
        return MaskedLinks.STAFF_TEXT;
    }
}
