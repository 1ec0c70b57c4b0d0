package se.arena.activity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;

/**
 * Documents attached to an activity. Who may read them follows who the activity is for: anyone
 * for an activity open to all; otherwise staff, the networks' seat holders and those who signed up.
 */
@Service
public class ActivityDocuments {

    static final String DOCUMENT_ATTACHED = "ACTIVITY_DOCUMENT_ATTACHED";
    static final String DOCUMENT_WITHDRAWN = "ACTIVITY_DOCUMENT_WITHDRAWN";

    private final DocumentRepository documents;
    private final AuditLog audit;
    private final Clock clock;

    ActivityDocuments(DocumentRepository documents, AuditLog audit, Clock clock) {
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** The kinds of file that may be attached, for the upload form's hint. */
    public static String allowedKinds() {
        return "PDF, Word (docx), PowerPoint (pptx), Excel (xlsx), OpenDocument-text (odt) eller text (txt), högst 20 MB";
    }

    /** Whether the file's kind may be attached and its size is within the limit. */
    public static boolean accepts(String fileName, long size) {
        return ActivityDocument.contentTypeOf(baseName(fileName)) != null && size > 0 && size <= ActivityDocument.MAX_SIZE;
    }

    /**
     * The documents participants see of every published or cancelled activity of the network,
     * newest first, without their content: one read, for the network's collaboration room.
     */
    @Transactional(readOnly = true)
    public List<ActivityDocument> shownInNetwork(long networkId) {
        return documents.shownInNetwork(networkId);
    }

    /** A document participants see, only when its activity is one of the network's published or cancelled ones. */
    @Transactional(readOnly = true)
    public Optional<ActivityDocument> findShownInNetwork(long networkId, long id) {
        return documents.findShownInNetwork(networkId, id);
    }

    /** Only call for a file that {@link #accepts}. */
    @Transactional
    public long attach(Activity activity, String fileName, byte[] content, Actor staff) {
        String name = baseName(fileName);
        long id = documents.insert(activity.id(), name, ActivityDocument.contentTypeOf(name), content, staff.label(), clock.instant());
        audit.record(new AuditEvent(staff, DOCUMENT_ATTACHED, "activity", Long.toString(activity.id()),
                name + " bifogat till " + activity.title()));
        return id;
    }

    /** Hides the document from participants; it is kept. */
    @Transactional
    public void withdraw(Activity activity, ActivityDocument document, Actor staff) {
        if (documents.withdraw(document.id(), clock.instant())) {
            audit.record(new AuditEvent(staff, DOCUMENT_WITHDRAWN, "activity", Long.toString(activity.id()),
                    document.fileName() + " borttaget från " + activity.title()));
        }
    }

    /** The documents participants see, newest first. */
    @Transactional(readOnly = true)
    public List<ActivityDocument> shownFor(Activity activity) {
        return documents.allOf(activity.id(), false);
    }

    /** Every document, withdrawn ones too, for staff. */
    @Transactional(readOnly = true)
    public List<ActivityDocument> allOf(Activity activity) {
        return documents.allOf(activity.id(), true);
    }

    @Transactional(readOnly = true)
    public Optional<ActivityDocument> find(Activity activity, long id) {
        return documents.find(activity.id(), id);
    }

    @Transactional(readOnly = true)
    public byte[] content(ActivityDocument document) {
        return documents.content(document.id());
    }

    /**
     * Whether the person may read the activity's documents: anyone for an activity open to all,
     * staff, a seat holder of one of its networks, or someone who signed up.
     */
    public static boolean mayRead(Activity activity, Eligibility.Entitlement entitlement, boolean staff, boolean signedUp) {
        return activity.openToPublic() || staff || signedUp || entitlement.kind() == Eligibility.Entitlement.Kind.SEAT;
    }

    /** The name without any folder a browser may send along ("C:\\Users\\…\\program.pdf"). */
    public static String baseName(String fileName) {
        return fileName == null ? "" : fileName.replaceAll("^.*[\\\\/]", "").strip();
    }
}
