package se.arena.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.ArenaProperties;
import se.arena.ClusterJob;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.notification.IssuedLink;
import se.arena.notification.Outbox;
import se.arena.notification.PersonalLink;
import se.arena.notification.PersonalLinkIssuer;
import se.arena.notification.PersonalLinks;

/**
 * The room's e-mail: a mail per post to those who chose every post, a mail to whoever a post
 * mentions, and the daily digest to the rest (the default). Each carries a personal link that
 * turns the room's mail off without signing in.
 */
@Component
public class RoomMail {

    static final String UNSUBSCRIBE_LINK = "room-unsubscribe";
    static final String UNSUBSCRIBE_PATH = "/rum/avsluta-bevakning/";
    static final Duration UNSUBSCRIBE_VALIDITY = Duration.ofDays(365);
    /** A digest lists at most this many posts; a busier day's rest comes the next day. */
    static final int DIGEST_POSTS = 200;

    private final RoomRepository rooms;
    private final RoomAccess access;
    private final SubGroupMembership subGroups;
    private final NetworkCatalogue networks;
    private final Outbox outbox;
    private final PersonalLinks links;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String baseUrl;

    RoomMail(RoomRepository rooms, RoomAccess access, SubGroupMembership subGroups, NetworkCatalogue networks, Outbox outbox,
             PersonalLinks links, PlatformTransactionManager transactions, Clock clock, ArenaProperties arena) {
        this.rooms = rooms;
        this.access = access;
        this.subGroups = subGroups;
        this.networks = networks;
        this.outbox = outbox;
        this.links = links;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.baseUrl = arena.baseUrl();
    }

    /**
     * A new post: mail to those it mentions and to those who chose every post, never to its author;
     * in a sub-group's thread, only to the group's members, and only they can be mentioned.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void announce(RoomMember author, long threadId, Long subgroupId, String threadTitle, long postId, String body, boolean newThread) {
        List<RoomPerson> people = readers(author.networkId(), subgroupId);
        Set<String> mentioned = Mentions.in(body, people);
        Map<String, NotificationChoice> choices = rooms.choices(author.networkId());
        for (RoomPerson person : people) {
            if (person.email().equals(author.email())) {
                continue;
            }
            NotificationChoice choice = choices.getOrDefault(person.email(), NotificationChoice.DEFAULT);
            boolean isMentioned = mentioned.contains(person.email());
            if (choice == NotificationChoice.NONE || !isMentioned && choice != NotificationChoice.EVERY_POST) {
                continue;
            }
            Map<String, Object> model = model(author.network(), person);
            model.put("author", author.name());
            model.put("threadTitle", threadTitle);
            model.put("newThread", newThread);
            model.put("body", body);
            model.put("postLink", baseUrl + "/rum/" + author.networkId() + "/tradar/" + threadId + "#inlagg-" + postId);
            String subject = isMentioned ? author.name() + " nämnde dig i " + threadTitle : (newThread ? "Ny tråd: " : "Nytt inlägg: ") + threadTitle;
            outbox.enqueue(person.email(), oneLine(subject), isMentioned ? "room-mention" : "room-post", model);
        }
    }

    /** Each morning, one mail per member who keeps the default, with what was posted since the last digest. */
    @ClusterJob(name = "room-digest", cron = "${arena.room.digest-cron:0 0 7 * * *}")
    public void sendDigests() {
        digestNewPosts();
    }

    /** The job's work without its cluster lock, which stays taken for minutes after each run. */
    void digestNewPosts() {
        for (long networkId : rooms.roomsWithUndigestedPosts()) {
            transaction.executeWithoutResult(status -> digest(networkId));
        }
    }

    /** The room's people who may read a thread of this sub-group (null: the whole room). */
    private List<RoomPerson> readers(long networkId, Long subgroupId) {
        List<RoomPerson> people = access.people(networkId);
        if (subgroupId == null) {
            return people;
        }
        Map<String, Set<Long>> groups = subGroups.membersOf(networkId);
        return people.stream().filter(person -> groups.getOrDefault(person.email(), Set.of()).contains(subgroupId)).toList();
    }

    private void digest(long networkId) {
        Optional<Network> network = networks.find(networkId);
        long from = rooms.digestedThrough(networkId);
        List<RecentPost> posts = rooms.postsAfter(networkId, from, DIGEST_POSTS);
        if (network.isEmpty() || posts.isEmpty() || !rooms.advanceDigest(networkId, from, posts.getLast().id())) {
            return;
        }
        Map<String, NotificationChoice> choices = rooms.choices(networkId);
        Map<String, Set<Long>> groups = subGroups.membersOf(networkId);
        for (RoomPerson person : access.people(networkId)) {
            if (choices.getOrDefault(person.email(), NotificationChoice.DEFAULT) != NotificationChoice.DIGEST) {
                continue;
            }
            Set<Long> own = groups.getOrDefault(person.email(), Set.of());
            List<DigestThread> threads = digestThreads(networkId, posts.stream()
                    .filter(post -> post.subgroupId() == null || own.contains(post.subgroupId())).toList(), person.email());
            if (threads.isEmpty()) {
                continue;
            }
            Map<String, Object> model = model(network.get(), person);
            model.put("threads", threads);
            model.put("roomLink", baseUrl + "/rum/" + networkId);
            outbox.enqueue(person.email(), oneLine("Nytt i samarbetsrummet: " + network.get().title()), "room-digest", model);
        }
    }

    /** A thread in a digest with the number of new posts by others, and a link to it. */
    public record DigestThread(String title, int posts, String link) {
    }

    private List<DigestThread> digestThreads(long networkId, List<RecentPost> posts, String reader) {
        Map<Long, List<RecentPost>> byThread = new LinkedHashMap<>();
        posts.stream().filter(post -> !post.authorEmail().equals(reader))
                .forEach(post -> byThread.computeIfAbsent(post.threadId(), unused -> new ArrayList<>()).add(post));
        return byThread.entrySet().stream()
                .map(entry -> new DigestThread(entry.getValue().getFirst().threadTitle(), entry.getValue().size(),
                        baseUrl + "/rum/" + networkId + "/tradar/" + entry.getKey()))
                .toList();
    }

    /** The mail's common parts: whom it greets, the room, and the link that turns the room's mail off. */
    private Map<String, Object> model(Network network, RoomPerson person) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", person.name());
        model.put("network", network.title());
        model.put("settingsLink", baseUrl + "/rum/" + network.id() + "/installningar");
        model.put(Outbox.LIST_UNSUBSCRIBE, unsubscribeLink(network.id(), person.email()));
        return model;
    }

    private PersonalLink unsubscribeLink(long networkId, String email) {
        return links.issue(UNSUBSCRIBE_LINK, Unsubscribe.reference(networkId, email), UNSUBSCRIBE_PATH,
                clock.instant().plus(UNSUBSCRIBE_VALIDITY));
    }

    @Transactional(readOnly = true)
    public NotificationChoice choiceOf(RoomMember member) {
        return rooms.choice(member.networkId(), member.email()).orElse(NotificationChoice.DEFAULT);
    }

    @Transactional
    public void choose(RoomMember member, NotificationChoice choice) {
        rooms.saveChoice(member.networkId(), member.email(), choice);
    }

    /**
     * The room whose mail an unsubscribe link turns off, for its confirm page.
     *
     * @return empty for a secret that never was such a link
     * @throws se.arena.notification.ExpiredLinkException for an expired link: the page offers a new one
     */
    public Optional<Network> unsubscribeTarget(String token) {
        return links.open(UNSUBSCRIBE_LINK, token).flatMap(Unsubscribe::of).flatMap(target -> networks.find(target.networkId()));
    }

    /** The holder of the link confirmed: no more mail from the room, until they choose otherwise on its settings page. */
    @Transactional
    public Optional<Network> unsubscribe(String token) {
        Optional<Unsubscribe> target = links.open(UNSUBSCRIBE_LINK, token).flatMap(Unsubscribe::of);
        // someone no longer in the room gets no mail from it anyway
        target.flatMap(unsubscribe -> unsubscribe.recipient(access)).ifPresent(email ->
                rooms.saveChoice(target.get().networkId(), email, NotificationChoice.NONE));
        return target.flatMap(unsubscribe -> networks.find(unsubscribe.networkId()));
    }

    /** A staff member invites a speaker: a mail that says how to sign in. */
    @Transactional(propagation = Propagation.MANDATORY)
    void inviteSpeaker(Network network, String email, String name, String invitedBy) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("network", network.title());
        model.put("invitedBy", invitedBy);
        model.put("roomLink", baseUrl + "/rum/" + network.id());
        model.put("signInLink", baseUrl + "/logga-in");
        outbox.enqueue(email, oneLine("Du är inbjuden till samarbetsrummet för " + network.title()), "room-speaker", model);
    }

    private static String oneLine(String subject) {
        String line = subject.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }

    /**
     * Opens the unsubscribe link: the room, and a digest of the address whose mail it turns off.
     * A digest, because a link's reference has at most 64 characters and an address may have 320.
     */
    record Unsubscribe(long networkId, String emailDigest) {

        static String reference(long networkId, String email) {
            return networkId + ":" + digest(email);
        }

        static Optional<Unsubscribe> of(String reference) {
            String[] parts = reference.split(":", 2);
            return parts.length == 2 && parts[0].matches("\\d{1,18}")
                    ? Optional.of(new Unsubscribe(Long.parseLong(parts[0]), parts[1])) : Optional.empty();
        }

        /** The member of the room the link was made for, while they are one. */
        Optional<String> recipient(RoomAccess access) {
            return access.people(networkId).stream().map(RoomPerson::email).filter(email -> digest(email).equals(emailDigest)).findFirst();
        }

        private static String digest(String email) {
            try {
                byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(RoomMember.key(email).getBytes(StandardCharsets.UTF_8));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java has SHA-256", e);
            }
        }
    }

    /** A fresh unsubscribe link for whoever holds an expired one. */
    @Configuration(proxyBeanMethods = false)
    static class UnsubscribeLinks {

        @Bean
        PersonalLinkIssuer roomUnsubscribeLinks(PersonalLinks links, NetworkCatalogue networks, RoomAccess access, Clock clock) {
            return PersonalLinkIssuer.of(UNSUBSCRIBE_LINK, reference -> Unsubscribe.of(reference)
                    .flatMap(unsubscribe -> networks.find(unsubscribe.networkId()).flatMap(network -> unsubscribe.recipient(access).map(email -> new IssuedLink(
                            links.issue(UNSUBSCRIBE_LINK, reference, UNSUBSCRIBE_PATH, clock.instant().plus(UNSUBSCRIBE_VALIDITY)),
                            email, "avstängning av e-post från samarbetsrummet för " + network.title(),
                            clock.instant().plus(UNSUBSCRIBE_VALIDITY))))));
        }
    }
}
