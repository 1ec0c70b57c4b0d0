package se.arena.survey.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.Paged;
import se.arena.identity.RateLimits;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;

/** Votes and comments on the public pages, and staff's reading of them. */
@Service
class PageFeedbacks {

    static final String HANDLED = "PAGE_FEEDBACK_HANDLED";
    /** Far more than a person reads pages in ten minutes, few enough that a script cannot tilt a page's share of yes. */
    static final int VOTES_PER_WINDOW = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final PageFeedbackRepository feedback;
    private final RateLimits rateLimits;
    private final AuditLog audit;
    private final Clock clock;

    PageFeedbacks(PageFeedbackRepository feedback, RateLimits rateLimits, AuditLog audit, Clock clock) {
        this.feedback = feedback;
        this.rateLimits = rateLimits;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether another vote from this client address may be counted now. */
    boolean mayVote(String clientAddress) {
        return rateLimits.tryAcquire("page-feedback:ip:" + clientAddress, VOTES_PER_WINDOW, WINDOW);
    }

    void answer(PageKey page, AnswerForm answer) {
        feedback.insert(page.path(), answer.helpful(), answer.comment(), clock.instant());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Paged<PageSummary> summaries(FeedbackFilter filter, int page, int pageSize) {
        return feedback.summaries(filter, page, pageSize);
    }

    List<PageSummary> allSummaries(FeedbackFilter filter) {
        return feedback.allSummaries(filter);
    }

    PageSummary summary(PageKey page) {
        return feedback.summary(page.path());
    }

    Paged<FeedbackComment> comments(PageKey page, boolean withHandled, int pageNumber, int pageSize) {
        return feedback.comments(page.path(), withHandled, pageNumber, pageSize);
    }

    /** @return the comment's page, for going back to it; empty when there is no such comment */
    @Transactional
    Optional<String> markHandled(long id, Actor staff) {
        return feedback.comment(id).map(comment -> {
            if (feedback.markHandled(id, staff.label(), clock.instant())) {
                audit.record(new AuditEvent(staff, HANDLED, "page_feedback", Long.toString(id), "Kommentar om " + comment.page()));
            }
            return comment.page();
        });
    }
}
