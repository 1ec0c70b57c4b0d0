package se.arena.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.ArenaProperties;
import se.arena.ClusterJob;
import se.arena.TimeConfiguration;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.notification.Outbox;
import se.arena.registration.SeatHolders;

/**
 * The e-mails that go out on a date rather than on someone's action: the invitation with the
 * programme to every seat holder of the activity's networks on its invitation date, and the
 * reminder the day before. Each runs on one node per firing, and records what it has sent with
 * a conditional update, so that nobody gets the same e-mail twice.
 */
@Component
public class ActivityMailings {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ActivityRepository activities;
    private final ActivityCatalogue catalogue;
    private final SignUps signUps;
    private final SeatHolders seatHolders;
    private final NetworkCatalogue networks;
    private final Outbox outbox;
    private final ArenaProperties arena;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ActivityMailings(ActivityRepository activities, ActivityCatalogue catalogue, SignUps signUps, SeatHolders seatHolders,
                     NetworkCatalogue networks, Outbox outbox, ArenaProperties arena, Clock clock,
                     PlatformTransactionManager transactions) {
        this.activities = activities;
        this.catalogue = catalogue;
        this.signUps = signUps;
        this.seatHolders = seatHolders;
        this.networks = networks;
        this.outbox = outbox;
        this.arena = arena;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @ClusterJob(name = "activity-invitations", cron = "${arena.activity.invitation-cron:0 0 7 * * *}")
    public void sendInvitations() {
        inviteWhereDue();
    }

    @ClusterJob(name = "activity-reminders", cron = "${arena.activity.reminder-cron:0 0 8 * * *}")
    public void sendReminders() {
        remindForTomorrow();
    }

    /**
     * Invites the networks to every activity whose invitation date has come, once per activity and
     * person: the conditional update makes a second run, on this node or another, send nothing.
     */
    public void inviteWhereDue() {
        for (long activityId : activities.invitationsDue(LocalDate.now(clock))) {
            transaction.executeWithoutResult(status -> {
                if (activities.markInvitationSent(activityId, clock.instant())) {
                    invite(catalogue.find(activityId).orElseThrow());
                }
            });
        }
    }

    /** Reminds everyone with a place on an occasion that starts tomorrow, Swedish time, once each. */
    public void remindForTomorrow() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Instant from = tomorrow.atStartOfDay(TimeConfiguration.SWEDEN).toInstant();
        Instant to = tomorrow.plusDays(1).atStartOfDay(TimeConfiguration.SWEDEN).toInstant();
        for (Occasion occasion : activities.occasionsStartingBetween(from, to)) {
            signUps.remindAttendees(catalogue.find(occasion.activityId()).orElseThrow(), occasion);
        }
    }

    /** A person who holds seats in several of the activity's networks is invited once, in the first one's name. */
    private void invite(Activity activity) {
        List<String> occasions = catalogue.occasions(activity).stream().filter(Occasion::isScheduled).map(Occasion::label).toList();
        Set<String> invited = new HashSet<>();
        for (long networkId : activity.networkIds()) {
            Network network = networks.find(networkId).orElse(null);
            if (network == null) {
                continue;
            }
            for (SeatHolders.Seat seat : seatHolders.holdersOf(networkId)) {
                if (!invited.add(seat.email().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Map<String, Object> model = new HashMap<>();
                model.put("name", seat.name());
                model.put("network", network.title());
                model.put("activity", activity.title());
                model.put("kind", activity.kind().label().toLowerCase(SWEDISH));
                model.put("occasions", occasions);
                model.put("place", activity.format().hasPlace() ? activity.place() : null);
                model.put("programme", activity.programme());
                model.put("signUpLink", arena.baseUrl() + "/aktiviteter/" + activity.id() + "/anmalan");
                outbox.enqueue(seat.email(), "Inbjudan: " + activity.title(), "activity-invitation", model);
            }
        }
    }
}
