package se.arena.survey.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;

/**
 * A few weeks of answers to "Hjälpte informationen på sidan dig?" on the network pages, with some
 * comments, so that staff's Sidfeedback list and a page's comments show something in the demo.
 */
@Component
@Order(160)
@ConditionalOnDemoContent
class PageFeedbackDemoContent implements ApplicationRunner {

    private static final String NETWORK = "/natverk/samverkan-civilsamhallet-2023-2026";

    /** page, yes votes, no votes, and the comments some of the no votes left */
    private record Votes(String page, int yes, int no, List<String> comments) {
    }

    private static final List<Votes> VOTES = List.of(
            new Votes("/natverk", 14, 3, List.of("Jag hittade inte vilka nätverk som startar i höst.")),
            new Votes(NETWORK, 9, 5, List.of(
                    "Vad kostar det för en liten kommun? Priset per organisationsstorlek var svårt att hitta.",
                    "Jag saknade datum för nätverksträffarna under nästa termin.",
                    "Finns det en sammanfattning från förra årets träffar?")),
            new Votes("/aktiviteter", 6, 1, List.of()),
            new Votes("/", 11, 2, List.of("Jag letade efter kontaktuppgifter till föreningen.")));

    private final PageFeedbackRepository feedback;
    private final DemoContentLedger ledger;
    private final Clock clock;

    PageFeedbackDemoContent(PageFeedbackRepository feedback, DemoContentLedger ledger, Clock clock) {
        this.feedback = feedback;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ledger.loadOnce("page-feedback", this::writeVotes);
    }

    private void writeVotes() {
        Instant now = clock.instant();
        int vote = 0;
        for (Votes page : VOTES) {
            for (int yes = 0; yes < page.yes(); yes++) {
                feedback.insert(page.page(), true, null, spread(now, vote++));
            }
            for (int no = 0; no < page.no(); no++) {
                feedback.insert(page.page(), false, no < page.comments().size() ? page.comments().get(no) : null, spread(now, vote++));
            }
        }
    }

    /** Spread over the last three weeks, so that the default period of 30 days shows them all. */
    private static Instant spread(Instant now, int vote) {
        return now.minus(Duration.ofHours(3 + (vote * 7L) % (21 * 24)));
    }
}
