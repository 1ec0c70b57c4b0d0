package se.arena.room.message;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;
import se.arena.SecretTokens;
import se.arena.TimeConfiguration;
import se.arena.network.NetworkCatalogue;
import se.arena.privacy.Actor;

/**
 * Staff wrote to the running network's participants once, scheduled the programme of its next
 * meeting and wrote to its first sub-group, so that the message list, a sent message with its
 * deliveries and a scheduled one all have something to show. After the registrations (115), the
 * sub-groups (125) and everything else (up to 130).
 */
@Component
@Order(140)
@ConditionalOnDemoContent
class MessageDemoContent implements ApplicationRunner {

    static final String RUNNING_NETWORK = "samverkan-civilsamhallet-2023-2026";

    private final NetworkCatalogue networks;
    private final ParticipantMessages messages;
    private final Audiences audiences;
    private final DemoContentLedger ledger;
    private final Clock clock;

    MessageDemoContent(NetworkCatalogue networks, ParticipantMessages messages, Audiences audiences, DemoContentLedger ledger,
                       Clock clock) {
        this.networks = networks;
        this.messages = messages;
        this.audiences = audiences;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ledger.loadOnce("participant messages", () -> networks.publicInvitation(RUNNING_NETWORK).ifPresent(invitation -> {
            Audience audience = new Audience.OfNetwork(invitation.network());
            Actor staff = new Actor(null, "kansliet@example.org", null);
            messages.submit(audience, new MessageForm("Tack för senaste träffen", """
                    Hej alla och tack för en givande träff!

                    Presentationerna finns nu på nätverkets sida: https://example.org/natverk/samverkan
                    Hör gärna av er om ni vill visa ert arbete på nästa träff.

                    Hälsningar
                    Kansliet""", "", SecretTokens.newToken()), staff);
            String nextMonth = LocalDate.now(clock.withZone(TimeConfiguration.SWEDEN)).plusMonths(1).atTime(LocalTime.of(9, 0)).toString();
            messages.submit(audience, new MessageForm("Program till nästa nätverksträff", """
                    Hej!

                    Här kommer programmet till nästa träff. Vi börjar med kaffe klockan 9.30.""", nextMonth,
                    SecretTokens.newToken()), staff);
        }));
        ledger.loadOnce("participant messages to a sub-group", () -> networks.publicInvitation(RUNNING_NETWORK)
                .flatMap(invitation -> audiences.subGroupsOf(new Audience.OfNetwork(invitation.network())).stream().findFirst())
                .ifPresent(group -> messages.submit(group, new MessageForm("Gruppträff i vår undergrupp", """
                        Hej!

                        Vi i gruppen ses digitalt en timme före nästa nätverksträff för att förbereda oss tillsammans.

                        Hälsningar
                        Kansliet""", "", SecretTokens.newToken()), new Actor(null, "kansliet@example.org", null))));
    }
}
