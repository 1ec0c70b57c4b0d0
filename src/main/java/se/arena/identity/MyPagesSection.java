package se.arena.identity;

import java.util.Optional;

/**
 * A part of "Mina sidor" that another module contributes (its registrations, its activities),
 * so that identity shows a person everything that is theirs without depending on those modules.
 * Sections appear in {@link org.springframework.core.annotation.Order} order.
 */
public interface MyPagesSection {

    /** The template whose fragment {@code section(content)} renders this part, e.g. "registration/my-registrations". */
    String template();

    /** What this part shows the person, or empty to leave it out. */
    Optional<?> content(SignedInUser user);

    /** A section as "Mina sidor" renders it. */
    record Shown(String template, Object content) {
    }
}
