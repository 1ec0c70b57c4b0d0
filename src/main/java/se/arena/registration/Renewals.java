package se.arena.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.ArenaProperties;
import se.arena.identity.Coordinators;
import se.arena.network.MembershipRules.UnansweredSeats;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkFilter;
import se.arena.network.NetworkStatus;
import se.arena.notification.IssuedLink;
import se.arena.notification.Outbox;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;
import se.arena.web.SwedishTime;

/**
 * The yearly re-confirmation: before a new year of a network's period, each organisation's
 * coordinator (or, where it has none, each seat holder) is asked whether its seats continue, and
 * answers on one page: continue, decline, or name another person. The silent are reminded; on
 * the deadline their seats lapse or stay as the network's rule says, and declined or lapsed seats
 * go to the waitlist from the new year.
 */
@Service
public class Renewals {

    private static final DateTimeFormatter SWEDISH_DATE = SwedishTime.pattern("d MMMM yyyy");

    private final RenewalRepository renewals;
    private final Registrations registrations;
    private final SeatTransfers transfers;
    private final RegistrationRepository registrationRows;
    private final SeatLock seatLock;
    private final NetworkCatalogue networks;
    private final OrganisationDirectory organisations;
    private final Coordinators coordinators;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ArenaProperties arena;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final RegistrationLinks links;

    Renewals(RenewalRepository renewals, Registrations registrations, SeatTransfers transfers, RegistrationRepository registrationRows, SeatLock seatLock,
             NetworkCatalogue networks, OrganisationDirectory organisations, Coordinators coordinators, Outbox outbox,
             AuditLog audit, ArenaProperties arena, Clock clock, PlatformTransactionManager transactions,
             RegistrationLinks links) {
        this.links = links;
        this.renewals = renewals;
        this.registrations = registrations;
        this.transfers = transfers;
        this.registrationRows = registrationRows;
        this.seatLock = seatLock;
        this.networks = networks;
        this.organisations = organisations;
        this.coordinators = coordinators;
        this.outbox = outbox;
        this.audit = audit;
        this.arena = arena;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The years a round can be opened for today: the next year, if it is a later year of the period. */
    public Optional<Integer> yearToAsk(Network network) {
        int next = today().getYear() + 1;
        return next > network.firstYear() && next <= network.lastYear() ? Optional.of(next) : Optional.empty();
    }

    /**
     * Opens the round and e-mails every request. Opening a year twice finds the first round.
     *
     * @throws IllegalArgumentException when the year cannot be asked about today or the deadline is not ahead
     */
    public RenewalRound open(Network network, int year, LocalDate deadline, Actor actor) {
        if (yearToAsk(network).filter(askable -> askable == year).isEmpty()) {
            throw new IllegalArgumentException("Förnyelse kan bara göras för nästa år, och bara för ett senare år av nätverkets period.");
        }
        if (!deadline.isAfter(today()) || deadline.getYear() > year) {
            throw new IllegalArgumentException("Svarsdagen ska ligga efter i dag och senast under " + year + ".");
        }
        long roundId;
        try {
            roundId = transaction.execute(status -> {
                long id = renewals.insertRound(network.id(), year, deadline, network.membership().renewalReminderDays(),
                        network.membership().unansweredSeats(), clock.instant(), actor.label());
                RenewalRound round = renewals.findRound(id).orElseThrow();
                sendRequests(network, round);
                return id;
            });
        } catch (DuplicateKeyException openedAlready) {
            return roundsOf(network).stream().filter(round -> round.year() == year).findFirst().orElseThrow();
        }
        audit.record(new AuditEvent(actor, "RENEWAL_OPENED", "network", Long.toString(network.id()),
                "Förnyelse för " + year + " öppnad i " + network.title() + ", svar senast " + deadline));
        return renewals.findRound(roundId).orElseThrow();
    }

    public List<RenewalRound> roundsOf(Network network) {
        return renewals.roundsOf(network.id());
    }

    public Optional<RenewalRound> findRound(Network network, long roundId) {
        return renewals.findRound(roundId).filter(round -> round.networkId() == network.id());
    }

    /**
     * A request found by the link in one of its e-mails.
     *
     * @throws se.arena.notification.ExpiredLinkException when the link has expired or been revoked
     */
    public Optional<RenewalRequest> findRequest(String token) {
        return links.open(RegistrationLinks.RENEWAL, token).flatMap(renewals::findRequest);
    }

    /** A fresh link to a request whose round still takes answers, for the person asked. */
    Optional<IssuedLink> reissueAnswerLink(long requestId) {
        return transaction.execute(status -> renewals.findRequest(requestId).flatMap(request -> renewals.findRound(request.roundId())
                .filter(round -> round.takesAnswers(today()))
                .map(round -> new IssuedLink(links.renewal(request.id(), round), request.recipientEmail(),
                        "förfrågan om " + round.year() + " för " + organisationName(request.organisationId()),
                        links.renewalExpiry(round)))));
    }

    public Optional<RenewalRequest> findRequest(long id) {
        return renewals.findRequest(id);
    }

    /** The requests to the address in rounds that still take answers, the nearest deadline first. */
    public List<RenewalRequest> openRequestsTo(String email) {
        return renewals.openRequestsTo(email, today());
    }

    public RenewalRound roundOf(RenewalRequest request) {
        return renewals.findRound(request.roundId()).orElseThrow();
    }

    /** Every seat the round asks about, by organisation, for staff. */
    public List<RenewalSeat> seats(RenewalRound round) {
        return renewals.seats(round);
    }

    /** The seats the person asked may answer for. */
    public List<RenewalSeat> seats(RenewalRound round, RenewalRequest request) {
        return renewals.seats(round).stream().filter(request::covers).toList();
    }

    public List<RenewalRequest> requests(RenewalRound round) {
        return renewals.requests(round.id());
    }

    /**
     * Records the choices for the person's seats. A seat outside the request, or whose answer
     * stands already, is left as it is.
     *
     * @param request the request answered from, or null when staff answer on the organisation's behalf
     * @throws IllegalStateException when the round takes no more answers
     */
    public void answer(Network network, RenewalRound round, RenewalRequest request, Map<Long, SeatChoice> choices, Actor actor) {
        if (!round.takesAnswers(today())) {
            throw new IllegalStateException("Svarstiden har gått ut.");
        }
        List<String> summary = new ArrayList<>();
        seatLock.run(network.id(), () -> {
            for (RenewalSeat seat : renewals.seats(round)) {
                SeatChoice choice = choices.get(seat.registrationId());
                if (choice == null || (request != null && !request.covers(seat))) {
                    continue;
                }
                // the seats are read under the lock, so each seat's answer is the current one
                if (!seat.isOpen() || seat.answer() == choice.answer()) {
                    continue;
                }
                apply(network, round, seat, choice, actor);
                summary.add(seat.name() + ": " + choice.answer().label());
            }
            if (request != null && !summary.isEmpty()) {
                sendReceipt(network, round, request, summary);
            }
        });
        if (!summary.isEmpty()) {
            audit.record(new AuditEvent(actor, request == null ? "RENEWAL_ANSWERED_BY_STAFF" : "RENEWAL_ANSWERED", "network",
                    Long.toString(network.id()), "Förnyelse " + round.year() + " i " + network.title() + ": " + String.join("; ", summary)));
        }
    }

    /** Staff remind the organisation's silent recipients now; returns how many were reminded. */
    public int remind(Network network, RenewalRound round, long organisationId, Actor actor) {
        int reminded = 0;
        List<RenewalSeat> seats = renewals.seats(round);
        for (RenewalRequest request : renewals.requests(round.id())) {
            if (request.organisationId() == organisationId && remindIfSilent(network, round, request, seats)) {
                reminded++;
            }
        }
        audit.record(new AuditEvent(actor, "RENEWAL_REMINDED", "network", Long.toString(network.id()),
                "Påminnelse om förnyelse " + round.year() + " till organisation " + organisationId + ": " + reminded + " e-post"));
        return reminded;
    }

    /**
     * Staff stop every link of the round's requests to the organisation, e.g. one sent to a person
     * who has left; audited. A reminder, or a new link asked for by its holder, gives working ones again.
     *
     * @return how many links stopped working
     */
    public int revokeLinks(Network network, RenewalRound round, long organisationId, Actor actor) {
        return transaction.execute(status -> {
            int revoked = 0;
            for (RenewalRequest request : renewals.requests(round.id())) {
                if (request.organisationId() == organisationId) {
                    revoked += links.revoke(RegistrationLinks.RENEWAL, request.id());
                }
            }
            audit.record(new AuditEvent(actor, "RENEWAL_LINKS_REVOKED", "network", Long.toString(network.id()),
                    "Länkar till förnyelse " + round.year() + " spärrade för organisation " + organisationId + ": " + revoked));
            return revoked;
        });
    }

    /** Opens the rounds whose day has come, for networks whose rule opens them by themselves. */
    public int openScheduledRounds() {
        int opened = 0;
        LocalDate today = today();
        for (Network network : networks.publicNetworks(new NetworkFilter(null, null, false))) {
            MonthDay opensOn = network.membership().renewalOpensOn();
            Optional<Integer> year = yearToAsk(network);
            if (opensOn == null || year.isEmpty() || today.isBefore(opensOn.atYear(today.getYear()))
                    || renewals.roundExists(network.id(), year.get())) {
                continue;
            }
            LocalDate deadline = min(today.plusDays(network.membership().renewalAnswerDays()), LocalDate.of(today.getYear(), 12, 31));
            if (deadline.isAfter(today)) {
                open(network, year.get(), deadline, Actor.system());
                opened++;
            }
        }
        return opened;
    }

    /**
     * Gives the waitlists the seats that are free this year. A seat declined or let lapse for a
     * year frees its place only when that year comes, and someone may have joined the waitlist
     * after the round had given away what it freed.
     *
     * @return how many got a seat
     */
    public int fillSeatsFreedThisYear() {
        int year = today().getYear();
        int promoted = 0;
        for (Network network : networks.publicNetworks(new NetworkFilter(null, null, false))) {
            if (network.status() != NetworkStatus.FINISHED && year >= network.firstYear() && year <= network.lastYear()) {
                promoted += registrations.fillFreeSeats(network);
            }
        }
        return promoted;
    }

    /** Reminds every silent recipient of an open round whose last e-mail is the round's reminder interval old. */
    public int sendDueReminders() {
        int reminded = 0;
        for (RenewalRound round : renewals.openRounds()) {
            if (!round.takesAnswers(today())) {
                continue;
            }
            Network network = networks.find(round.networkId()).orElseThrow();
            Instant due = clock.instant().minus(Duration.ofDays(round.reminderDays()));
            List<RenewalSeat> seats = renewals.seats(round);
            for (RenewalRequest request : renewals.requests(round.id())) {
                Instant lastSent = request.remindedAt() == null ? request.sentAt() : request.remindedAt();
                if (!lastSent.isAfter(due) && remindIfSilent(network, round, request, seats)) {
                    reminded++;
                }
            }
        }
        return reminded;
    }

    /**
     * Closes the rounds whose deadline has passed: unanswered seats lapse or stay as the round's
     * rule says, and lapsed seats go to the waitlist from the round's year.
     */
    public int closeRoundsPastDeadline() {
        int closed = 0;
        for (RenewalRound round : renewals.openRounds()) {
            if (!today().isAfter(round.deadline())) {
                continue;
            }
            Network network = networks.find(round.networkId()).orElseThrow();
            boolean closedHere = seatLock.decide(network.id(), () -> {
                if (!renewals.close(round.id(), clock.instant())) {
                    return false;
                }
                for (RenewalSeat seat : renewals.seats(round)) {
                    if (!seat.isAnswered()) {
                        apply(network, round, seat, SeatChoice.of(round.unanswered() == UnansweredSeats.LAPSE
                                ? RenewalAnswer.LAPSED : RenewalAnswer.KEPT), Actor.system());
                    }
                }
                return true;
            });
            if (closedHere) {
                audit.record(new AuditEvent(Actor.system(), "RENEWAL_CLOSED", "network", Long.toString(network.id()),
                        "Förnyelse " + round.year() + " i " + network.title() + " stängd: obesvarade platser "
                                + round.unanswered().label().toLowerCase(Locale.ROOT)));
                closed++;
            }
        }
        return closed;
    }

    /** Only under the network's seat lock. */
    private void apply(Network network, RenewalRound round, RenewalSeat seat, SeatChoice choice, Actor actor) {
        Instant now = clock.instant();
        switch (choice.answer()) {
            case DECLINED, LAPSED -> {
                registrations.releaseYears(network, seat.registrationId(), round.year(),
                        choice.answer() == RenewalAnswer.LAPSED ? SeatYearStatus.LAPSED : SeatYearStatus.DECLINED);
                tellHolderSeatEnds(network, round, seat, choice.answer());
            }
            case TRANSFERRED -> transfers.offer(network, registrationRows.findById(seat.registrationId()).orElseThrow(),
                    choice.colleagueName().strip(), choice.colleagueEmail().strip());
            case CONFIRMED, KEPT -> {
                // the seat's years stand as they are
            }
        }
        renewals.recordAnswer(round.id(), seat.registrationId(), choice.answer(), actor.label(), now);
    }

    private void sendRequests(Network network, RenewalRound round) {
        Map<Long, List<RenewalSeat>> byOrganisation = renewals.seats(round).stream()
                .collect(Collectors.groupingBy(RenewalSeat::organisationId, LinkedHashMap::new, Collectors.toList()));
        for (var entry : byOrganisation.entrySet()) {
            List<String> coordinatorEmails = coordinators.emailsOf(entry.getKey());
            if (coordinatorEmails.isEmpty()) {
                for (RenewalSeat seat : entry.getValue()) {
                    long requestId = renewals.insertRequest(round.id(), entry.getKey(), seat.registrationId(), seat.email(), clock.instant());
                    sendRequest(network, round, renewals.findRequest(requestId).orElseThrow(), List.of(seat), false);
                }
            } else {
                for (String coordinator : coordinatorEmails) {
                    long requestId = renewals.insertRequest(round.id(), entry.getKey(), null, coordinator, clock.instant());
                    sendRequest(network, round, renewals.findRequest(requestId).orElseThrow(), entry.getValue(), false);
                }
            }
        }
    }

    /**
     * @param roundSeats the round's seats, read once for all its requests; an answer given since
     *                   costs at most one reminder too many, and the conditional update keeps it to one
     */
    private boolean remindIfSilent(Network network, RenewalRound round, RenewalRequest request, List<RenewalSeat> roundSeats) {
        if (!round.takesAnswers(today())) {
            return false;
        }
        List<RenewalSeat> asked = roundSeats.stream().filter(request::covers).toList();
        if (asked.stream().allMatch(RenewalSeat::isAnswered)) {
            return false;
        }
        return Boolean.TRUE.equals(transaction.execute(status -> {
            Instant lastSent = request.remindedAt() == null ? request.sentAt() : request.remindedAt();
            if (!renewals.markReminded(request.id(), lastSent, clock.instant())) {
                return false;
            }
            sendRequest(network, round, request, asked, true);
            return true;
        }));
    }

    /** Every e-mail gets its own link, so that no link needs to be kept in clear text. */
    private void sendRequest(Network network, RenewalRound round, RenewalRequest request, List<RenewalSeat> seats, boolean reminder) {
        Map<String, Object> model = new HashMap<>();
        model.put("network", network.title());
        model.put("year", round.year());
        model.put("deadline", SWEDISH_DATE.format(round.deadline()));
        model.put("organisation", organisationName(request.organisationId()));
        model.put("seats", seats.stream().map(seat -> seat.name() + (seat.title() == null ? "" : ", " + seat.title())).toList());
        model.put("forCoordinator", request.registrationId() == null);
        model.put("reminder", reminder);
        model.put("unanswered", round.unanswered() == UnansweredSeats.LAPSE
                ? "Platser som ingen svarat för när svarstiden gått ut förfaller och kan gå till väntelistan."
                : "Platser som ingen svarat för när svarstiden gått ut behålls, och avgiften för " + round.year() + " faktureras.");
        model.put("fee", network.feeDescription());
        model.put("answerLink", links.renewal(request.id(), round));
        outbox.enqueue(request.recipientEmail(), (reminder ? "Påminnelse: " : "") + "Fortsätter ni " + round.year() + "? "
                + network.title(), "renewal-request", model);
    }

    private void sendReceipt(Network network, RenewalRound round, RenewalRequest request, List<String> summary) {
        Map<String, Object> model = new HashMap<>();
        model.put("network", network.title());
        model.put("year", round.year());
        model.put("answers", summary);
        model.put("deadline", SWEDISH_DATE.format(round.deadline()));
        outbox.enqueue(request.recipientEmail(), "Tack för ert svar: " + network.title() + " " + round.year(), "renewal-answered", model);
    }

    private void tellHolderSeatEnds(Network network, RenewalRound round, RenewalSeat seat, RenewalAnswer answer) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", seat.name());
        model.put("network", network.title());
        model.put("year", round.year());
        model.put("lapsed", answer == RenewalAnswer.LAPSED);
        model.put("networkLink", arena.baseUrl() + "/natverk/" + network.slug());
        outbox.enqueue(seat.email(), "Din plats i " + network.title() + " fortsätter inte " + round.year(), "renewal-seat-ended", model);
    }

    private String organisationName(long organisationId) {
        return organisations.findAll(List.of(organisationId)).stream().map(Organisation::name).findFirst().orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LocalDate min(LocalDate first, LocalDate second) {
        return first.isBefore(second) ? first : second;
    }
}
