package se.arena.room.document;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.Paged;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.ActivityDocument;
import se.arena.activity.ActivityDocuments;
import se.arena.activity.Occasion;
import se.arena.activity.ScheduledActivity;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;
import se.arena.room.RoomAccess;
import se.arena.room.RoomMember;
import se.arena.room.SubGroupScope;

/**
 * The documents of a room: members upload them, optionally into the folder of one of the
 * network's meetings, and add versions, all of which are kept; staff's documentation of a meeting
 * appears read-only in that meeting's folder. Every read is bounded: a page of the list is a
 * handful of statements however many documents, versions or meetings the room has.
 */
@Service
public class RoomDocuments {

    public static final int DOCUMENTS_PER_PAGE = 25;
    static final int START_DOCUMENTS = 5;
    static final String DOCUMENT_REMOVED = "ROOM_DOCUMENT_REMOVED";

    private final RoomDocumentRepository documents;
    private final RoomAccess access;
    private final ActivityCatalogue activities;
    private final ActivityDocuments meetingDocuments;
    private final AuditLog audit;
    private final Clock clock;

    RoomDocuments(RoomDocumentRepository documents, RoomAccess access, ActivityCatalogue activities, ActivityDocuments meetingDocuments,
                  AuditLog audit, Clock clock) {
        this.documents = documents;
        this.access = access;
        this.activities = activities;
        this.meetingDocuments = meetingDocuments;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of the documents the reader sees (the whole room's and their sub-groups'), newest
     * first, in one meeting's folder when one is given.
     */
    @Transactional(readOnly = true)
    public Paged<RoomDocument> page(RoomMember reader, Long meetingId, int requestedPage) {
        return page(reader, meetingId, null, requestedPage);
    }

    /**
     * One page of a sub-group's documents.
     *
     * @return empty when the reader is neither in the group nor staff
     */
    @Transactional(readOnly = true)
    public Optional<Paged<RoomDocument>> groupPage(RoomMember reader, long subgroupId, int requestedPage) {
        return access.scope(reader).includes(subgroupId) ? Optional.of(page(reader, null, subgroupId, requestedPage)) : Optional.empty();
    }

    private Paged<RoomDocument> page(RoomMember reader, Long meetingId, Long subgroupId, int requestedPage) {
        SubGroupScope scope = access.scope(reader);
        long total = documents.count(reader.networkId(), scope, meetingId, subgroupId);
        int page = Paged.clamp(requestedPage, total, DOCUMENTS_PER_PAGE);
        return new Paged<>(documents.page(reader.networkId(), scope, meetingId, subgroupId, Paged.firstRow(page, DOCUMENTS_PER_PAGE),
                DOCUMENTS_PER_PAGE), page, DOCUMENTS_PER_PAGE, total);
    }

    /**
     * The network's meetings as folders, latest first, each with what staff attached to it: the
     * network's activities, the members' documents counted per meeting, and the meetings' own
     * documents, read once for all meetings.
     */
    @Transactional(readOnly = true)
    public List<MeetingFolder> folders(RoomMember reader) {
        Map<Long, Long> counts = documents.countsByMeeting(reader.networkId(), access.scope(reader));
        Map<Long, List<ActivityDocument>> documentation = meetingDocuments.shownInNetwork(reader.networkId()).stream()
                .collect(Collectors.groupingBy(ActivityDocument::activityId));
        return activities.feed(reader.networkId()).stream()
                .map(meeting -> new MeetingFolder(meeting.activity().id(), meeting.activity().title(),
                        meeting.occasions().stream().map(Occasion::date).min(Comparator.naturalOrder()).orElse(null),
                        counts.getOrDefault(meeting.activity().id(), 0L),
                        documentation.getOrDefault(meeting.activity().id(), List.of())))
                .sorted(Comparator.comparing(MeetingFolder::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(MeetingFolder::activityId, Comparator.reverseOrder()))
                .toList();
    }

    /** The newest documents, for the room's start page. */
    @Transactional(readOnly = true)
    public List<RoomDocument> latest(RoomMember reader) {
        return documents.page(reader.networkId(), access.scope(reader), null, null, 0, START_DOCUMENTS);
    }

    @Transactional(readOnly = true)
    public Optional<RoomDocument> find(RoomMember reader, long documentId) {
        return documents.find(reader.networkId(), documentId, access.scope(reader));
    }

    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(RoomDocument document) {
        return documents.versions(document.id());
    }

    @Transactional(readOnly = true)
    public Optional<DocumentVersion> version(RoomDocument document, long versionId) {
        return documents.version(document.id(), versionId);
    }

    @Transactional(readOnly = true)
    public byte[] content(DocumentVersion version) {
        return documents.content(version.id());
    }

    /** Documentation staff attached to one of the network's meetings, never a withdrawn one or another network's. */
    @Transactional(readOnly = true)
    public Optional<ActivityDocument> meetingDocument(RoomMember reader, long documentId) {
        return meetingDocuments.findShownInNetwork(reader.networkId(), documentId);
    }

    @Transactional(readOnly = true)
    public byte[] content(ActivityDocument meetingDocument) {
        return meetingDocuments.content(meetingDocument);
    }

    /** Whether the meeting is one of the room's network's, so that a document can be filed in its folder. */
    boolean isMeetingOf(RoomMember member, long activityId) {
        return activities.find(activityId).filter(activity -> activity.networkIds().contains(member.networkId())
                && activity.status().isPublic()).isPresent();
    }

    /**
     * A new document with its first version; a second submit of the same form stores nothing new.
     *
     * @param subgroupId the sub-group it belongs to, null for the whole room; the uploader must be in it, or staff
     * @return the document's id
     */
    @Transactional
    public long upload(RoomMember uploader, String title, Long meetingId, Long subgroupId, NewFile file, String submissionKey) {
        if (subgroupId != null && !access.scope(uploader).includes(subgroupId)) {
            throw new IllegalArgumentException("Not in sub-group " + subgroupId);
        }
        Optional<Long> submittedBefore = documents.documentOfSubmission(submissionKey);
        if (submittedBefore.isPresent()) {
            return submittedBefore.get();
        }
        long id = documents.insertDocument(uploader.networkId(), title, meetingId, subgroupId, uploader.email(), uploader.name(),
                clock.instant());
        documents.insertVersionOnce(id, file, uploader.email(), uploader.name(), submissionKey, clock.instant());
        return id;
    }

    /** A new version by the first uploader or staff; a second submit of the same form stores nothing new. */
    @Transactional
    public boolean addVersion(RoomMember uploader, RoomDocument document, NewFile file, String submissionKey) {
        return mayChange(uploader, document)
                && documents.insertVersionOnce(document.id(), file, uploader.email(), uploader.name(), submissionKey, clock.instant());
    }

    public boolean mayChange(RoomMember member, RoomDocument document) {
        return document.mayBeChangedBy(member.email(), member.isStaff());
    }

    /** Staff or the first uploader remove a document: it is kept with its versions, and the room no longer shows it. */
    @Transactional
    public boolean remove(RoomMember member, RoomDocument document, Actor actor) {
        if (!mayChange(member, document) || !documents.remove(document.id(), member.email(), clock.instant())) {
            return false;
        }
        audit.record(new AuditEvent(actor, DOCUMENT_REMOVED, "room_document", Long.toString(document.id()),
                "Dokumentet " + document.title() + " borttaget ur samarbetsrummet för " + member.network().title()));
        return true;
    }
}
