package se.arena.room;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.Paged;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;
import se.arena.registration.SeatHolders;

/** What members do in a room: start threads, reply, edit their posts, read; staff hide posts. */
@Service
public class Rooms {

    public static final int THREADS_PER_PAGE = 20;
    static final int START_THREADS = 5;
    static final int START_POSTS = 10;

    private final RoomRepository rooms;
    private final RoomAccess access;
    private final DirectoryRepository directory;
    private final SeatHolders seats;
    private final RoomMail mail;
    private final AuditLog audit;
    private final Clock clock;

    Rooms(RoomRepository rooms, RoomAccess access, DirectoryRepository directory, SeatHolders seats, RoomMail mail, AuditLog audit,
          Clock clock) {
        this.rooms = rooms;
        this.access = access;
        this.directory = directory;
        this.seats = seats;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /** The start page: the threads with the latest activity and the newest posts. */
    @Transactional(readOnly = true)
    public Start start(RoomMember reader) {
        SubGroupScope scope = access.scope(reader);
        return new Start(rooms.threads(reader.networkId(), reader.email(), scope, 0, START_THREADS),
                rooms.recentPosts(reader.networkId(), scope, START_POSTS));
    }

    public record Start(List<RoomThread> threads, List<RecentPost> posts) {
    }

    /** The threads the reader sees: the whole room's, and those of the reader's sub-groups (staff: all). */
    @Transactional(readOnly = true)
    public Paged<RoomThread> threads(RoomMember reader, int requestedPage) {
        SubGroupScope scope = access.scope(reader);
        long total = rooms.countThreads(reader.networkId(), scope);
        int page = Paged.clamp(requestedPage, total, THREADS_PER_PAGE);
        return new Paged<>(rooms.threads(reader.networkId(), reader.email(), scope, Paged.firstRow(page, THREADS_PER_PAGE), THREADS_PER_PAGE),
                page, THREADS_PER_PAGE, total);
    }

    /**
     * One sub-group's threads.
     *
     * @return empty when the reader is neither in the group nor staff
     */
    @Transactional(readOnly = true)
    public Optional<Paged<RoomThread>> groupThreads(RoomMember reader, long subgroupId, int requestedPage) {
        if (!access.scope(reader).includes(subgroupId)) {
            return Optional.empty();
        }
        long total = rooms.countGroupThreads(reader.networkId(), subgroupId);
        int page = Paged.clamp(requestedPage, total, THREADS_PER_PAGE);
        return Optional.of(new Paged<>(rooms.groupThreads(reader.networkId(), subgroupId, reader.email(), Paged.firstRow(page, THREADS_PER_PAGE),
                THREADS_PER_PAGE), page, THREADS_PER_PAGE, total));
    }

    @Transactional(readOnly = true)
    public Optional<RoomThread> thread(RoomMember reader, long threadId) {
        return rooms.findThread(reader.networkId(), threadId, reader.email(), access.scope(reader));
    }

    @Transactional(readOnly = true)
    public List<Post> posts(RoomThread thread) {
        return rooms.posts(thread.id());
    }

    /** Outside a transaction: a marker written by another tab at the same moment is as good as this one. */
    public void markRead(RoomMember reader, List<Post> posts) {
        if (!posts.isEmpty()) {
            rooms.markRead(posts.getFirst().threadId(), reader.email(), posts.getLast().id());
        }
    }

    /** Starts a thread of the whole room, as {@link #startThread(RoomMember, Long, String, String, String)}. */
    @Transactional
    public long startThread(RoomMember author, String title, String body, String submissionKey) {
        return startThread(author, null, title, body, submissionKey);
    }

    /**
     * Starts a thread with its first post; a second submit of the same form starts nothing new.
     *
     * @param subgroupId the sub-group the thread belongs to, null for the whole room; the caller has
     *                   checked that the author may write in it ({@link SubGroupScope#includes})
     * @return the thread's id
     */
    @Transactional
    public long startThread(RoomMember author, Long subgroupId, String title, String body, String submissionKey) {
        if (subgroupId != null && !access.scope(author).includes(subgroupId)) {
            throw new IllegalArgumentException("Not in sub-group " + subgroupId);
        }
        Optional<Long> submittedBefore = rooms.threadOfSubmission(submissionKey);
        if (submittedBefore.isPresent()) {
            return submittedBefore.get();
        }
        long threadId = rooms.insertThread(author.networkId(), subgroupId, title, author.name(), clock.instant());
        long postId = rooms.insertPostOnce(threadId, author.networkId(), author.email(), author.name(), body, submissionKey, clock.instant())
                .orElseThrow();
        mail.announce(author, threadId, subgroupId, title, postId, body, true);
        return threadId;
    }

    /** A reply; a second submit of the same form replies nothing new. */
    @Transactional
    public void reply(RoomMember author, RoomThread thread, String body, String submissionKey) {
        rooms.insertPostOnce(thread.id(), author.networkId(), author.email(), author.name(), body, submissionKey, clock.instant())
                .ifPresent(postId -> mail.announce(author, thread.id(), thread.subgroupId(), thread.title(), postId, body, false));
    }

    @Transactional(readOnly = true)
    public Optional<Post> post(RoomMember reader, long postId) {
        return rooms.findPost(reader.networkId(), postId, access.scope(reader));
    }

    /** @return false when the edit window has closed, the post is hidden or is someone else's */
    @Transactional
    public boolean edit(RoomMember author, Post post, String body) {
        return post.mayBeEditedBy(author.email(), clock.instant()) && rooms.updateBody(post.id(), author.email(), body, clock.instant());
    }

    public boolean mayEdit(RoomMember author, Post post) {
        return post.mayBeEditedBy(author.email(), clock.instant());
    }

    /** Staff hide a post: it is kept, and the room shows only that a moderator hid it. */
    @Transactional
    public boolean hide(RoomMember moderator, Post post, Actor actor) {
        if (!moderator.isStaff() || !rooms.hide(post.id(), moderator.email(), clock.instant())) {
            return false;
        }
        audit.record(new AuditEvent(actor, "ROOM_POST_HIDDEN", "room_post", Long.toString(post.id()),
                "Inlägg dolt i samarbetsrummet för " + moderator.network().title()));
        return true;
    }

    /**
     * Staff let a speaker into the room; the speaker signs in with the address as anyone does.
     *
     * @return false when the address was invited before
     */
    @Transactional
    public boolean inviteSpeaker(RoomMember inviter, String email, String name, Actor actor) {
        String address = RoomMember.key(email);
        if (!inviter.isStaff() || !rooms.insertSpeaker(inviter.networkId(), address, name.strip(), inviter.email(), clock.instant())) {
            return false;
        }
        mail.inviteSpeaker(inviter.network(), address, name.strip(), inviter.name());
        audit.record(new AuditEvent(actor, "ROOM_SPEAKER_INVITED", "network", Long.toString(inviter.networkId()),
                "Talare inbjuden till samarbetsrummet"));
        return true;
    }

    /**
     * Staff take a speaker out of the room: the next request the speaker makes is told the room does
     * not exist. What the speaker chose in the room goes too, unless the address also holds a seat
     * in the network and so stays in the room.
     *
     * @return false when the address was not a speaker in the room
     */
    @Transactional
    public boolean removeSpeaker(RoomMember remover, String email, Actor actor) {
        String address = RoomMember.key(email);
        if (!remover.isStaff() || !rooms.deleteSpeaker(remover.networkId(), address)) {
            return false;
        }
        if (seats.seatsOf(address, List.of(remover.networkId())).isEmpty()) {
            directory.delete(remover.networkId(), address);
            rooms.deleteChoice(remover.networkId(), address);
        }
        audit.record(new AuditEvent(actor, "ROOM_SPEAKER_REMOVED", "network", Long.toString(remover.networkId()),
                "Talare borttagen ur samarbetsrummet"));
        return true;
    }
}
