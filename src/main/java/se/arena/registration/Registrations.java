package se.arena.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.identity.ParticipantAccounts;
import se.arena.network.Network;
import se.arena.notification.IssuedLink;
import se.arena.notification.PersonalLink;
import se.arena.organisation.OrganisationInvoicing;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;
import se.arena.web.SwedishCount;

/**
 * Seat decisions. Every decision for a network takes the network's lock row first, so the
 * count that decides "seat or waitlist" cannot change until the decision is committed: the
 * limits hold in the database however many people register at the same moment.
 *
 * <p>A registration whose address nobody has proven (the public form, anonymously) is pending
 * until the person confirms it by the link e-mailed there. Meanwhile it holds the seat it would
 * get, counted against the limits, until its hold runs out; when the network was full it holds
 * nothing and joins the waitlist on confirmation, behind whoever joined before. Only a confirmed
 * registration has seat years (so it is invoiced), a personal link, an account, and is told to
 * the organisation's coordinators.
 */
@Service
public class Registrations {

    private final RegistrationRepository registrations;
    private final RegistrationMails mails;
    private final AuditLog audit;
    private final ParticipantAccounts participantAccounts;
    private final Clock clock;
    private final SeatLock seatLock;
    private final TransactionTemplate transaction;
    private final RegistrationProperties properties;
    private final RegistrationLinks links;
    private final RegistrationSeatCounts seatCounts;
    private final OrganisationInvoicing organisationInvoicing;
    private final ApplicationEventPublisher events;

    Registrations(RegistrationRepository registrations, RegistrationMails mails, AuditLog audit,
                  ParticipantAccounts participantAccounts, Clock clock, SeatLock seatLock,
                  PlatformTransactionManager transactions, RegistrationProperties properties, RegistrationLinks links,
                  RegistrationSeatCounts seatCounts, OrganisationInvoicing organisationInvoicing,
                  ApplicationEventPublisher events) {
        this.seatCounts = seatCounts;
        this.organisationInvoicing = organisationInvoicing;
        this.events = events;
        this.properties = properties;
        this.links = links;
        this.registrations = registrations;
        this.mails = mails;
        this.audit = audit;
        this.participantAccounts = participantAccounts;
        this.clock = clock;
        this.seatLock = seatLock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Registers someone whose address or authority is proven (signed in with the address, staff,
     * a coordinator's appointment): a seat or a waitlist place at once.
     *
     * @throws AlreadyRegisteredException when the address already holds, waits for or has a pending claim on a seat
     */
    public RegistrationResult register(Network network, NewRegistration registration) {
        Optional<Registration> repeated = registrations.findBySubmissionKey(registration.submissionKey());
        if (repeated.isPresent()) {
            return new RegistrationResult(repeated.get());
        }
        RegistrationResult result = seatLock.decide(network.id(), () -> decide(network, registration, true, () -> { }));
        participantAccounts.ensureFor(registration.email(), registration.name());
        return result;
    }

    /**
     * Registers someone from the public form: held as pending, with what it would get now, until
     * the person confirms by the link e-mailed to the address, within
     * {@code arena.registration.confirmation-hold}.
     *
     * @throws AlreadyRegisteredException when the address already holds, waits for or has a pending claim on a seat
     */
    public RegistrationResult registerPending(Network network, NewRegistration registration) {
        Optional<Registration> repeated = registrations.findBySubmissionKey(registration.submissionKey());
        if (repeated.isPresent()) {
            return new RegistrationResult(repeated.get());
        }
        return seatLock.decide(network.id(), () -> decide(network, registration, false, () -> { }));
    }

    /**
     * The same decision without the lock, pausing after counting: only for the tests that prove
     * the lock is what prevents an oversell.
     */
    RegistrationResult registerWithoutLock(Network network, NewRegistration registration, boolean proven, Runnable afterCounting) {
        return transaction.execute(status -> decide(network, registration, proven, afterCounting));
    }

    /**
     * The registration a confirmation link is for.
     *
     * @throws se.arena.notification.ExpiredLinkException when the link has expired or been revoked
     */
    public Optional<Registration> findByConfirmationToken(String token) {
        return links.open(RegistrationLinks.CONFIRMATION, token).flatMap(registrations::findById);
    }

    /**
     * The person confirms their pending registration: it takes up the seat it held, or, when it
     * held none, a seat if one is free now and otherwise the end of the waitlist. A second
     * confirmation, or one after the hold ran out, changes nothing.
     *
     * @return the registration as it stands afterwards
     */
    public Registration confirm(Network network, Registration pending) {
        Registration confirmed = seatLock.decide(network.id(), () -> {
            releaseExpiredHolds(network);
            Registration current = registrations.findById(pending.id()).orElseThrow();
            return current.status() == RegistrationStatus.PENDING ? takeUp(network, current) : current;
        });
        if (confirmed.status().isActive()) {
            participantAccounts.ensureFor(confirmed.email(), confirmed.name());
        }
        return confirmed;
    }

    /** Staff confirm a pending registration on the person's behalf; audited. */
    public Registration confirmByStaff(Network network, Registration pending, Actor staff) {
        Registration confirmed = confirm(network, pending);
        if (confirmed.status().isActive()) {
            audit.record(new AuditEvent(staff, "REGISTRATION_CONFIRMED", "registration", Long.toString(confirmed.id()),
                    "Bekräftad av personal för deltagaren: " + confirmed.name() + " i " + network.title()));
        }
        return confirmed;
    }

    /**
     * Ends the network's holds that have run out and gives the seats they held to the waitlist.
     *
     * @return how many holds ended
     */
    int expireHolds(Network network) {
        return seatLock.decide(network.id(), () -> releaseExpiredHolds(network));
    }

    List<Long> networksWithExpiredHolds() {
        return registrations.networksWithExpiredHolds(clock.instant());
    }

    /** Who holds the organisation's seats: only for its coordinators and staff. */
    public List<Registration> seatHoldersOf(Network network, long organisationId) {
        return registrations.confirmedOf(network.id(), organisationId);
    }

    /**
     * What the form can suggest for a person's invoice address and reference: the invoice details
     * the organisation keeps, address and reference together.
     */
    Optional<InvoiceDetails> knownInvoiceDetails(long organisationId) {
        return organisationInvoicing.detailsOf(organisationId)
                .map(details -> new InvoiceDetails(String.join(", ", details.addressLines()), details.reference()));
    }

    public List<Registration> allOfOrganisation(long organisationId) {
        return registrations.allOfOrganisation(organisationId);
    }

    /** Everything registered with the address, newest first: what a signed-in person sees as theirs. */
    public List<Registration> allOfEmail(String email) {
        return registrations.allOfEmail(email);
    }

    /** The years of the seat the registration holds or held, each with its status. */
    public List<SeatYear> seatYears(Registration registration) {
        return registrations.seatYears(registration.id());
    }

    public List<Registration> allOf(Network network) {
        return registrations.allOf(network.id());
    }

    public Optional<Registration> find(long id) {
        return registrations.findById(id);
    }

    /**
     * The registration a personal link opens.
     *
     * @throws se.arena.notification.ExpiredLinkException when the link has expired or been revoked
     */
    public Optional<Registration> findByManageToken(String token) {
        return links.open(RegistrationLinks.MANAGE, token).flatMap(registrations::findById);
    }

    /** A fresh personal link to a registration that has been decided, for its address. */
    Optional<IssuedLink> reissueManageLink(long registrationId, Network network) {
        return transaction.execute(status -> registrations.findById(registrationId)
                .filter(registration -> registration.status() != RegistrationStatus.PENDING)
                .map(registration -> new IssuedLink(links.manage(registration.id()), registration.email(),
                        "din anmälan till " + network.title(), links.manageExpiry())));
    }

    /** A fresh confirmation link, while the registration can still be confirmed. */
    Optional<IssuedLink> reissueConfirmationLink(long registrationId, Network network) {
        return transaction.execute(status -> registrations.findById(registrationId)
                .filter(registration -> registration.awaitsConfirmation(clock.instant()))
                .map(registration -> new IssuedLink(links.confirmation(registration.id(), registration.hold().expiresAt()),
                        registration.email(), "bekräftelsen av din anmälan till " + network.title(),
                        registration.hold().expiresAt())));
    }

    /** Whether a personal link to the registration works now: staff see it before they revoke. */
    public boolean hasWorkingLink(Registration registration) {
        return links.works(RegistrationLinks.MANAGE, registration.id()) || links.works(RegistrationLinks.CONFIRMATION, registration.id());
    }

    /**
     * Staff stop every personal link to the registration, e.g. one forwarded by mistake; audited.
     * The person can have a new one sent to the registration's own address.
     */
    public void revokeLinks(Network network, Registration registration, Actor staff) {
        transaction.executeWithoutResult(status -> {
            links.revoke(RegistrationLinks.MANAGE, registration.id());
            links.revoke(RegistrationLinks.CONFIRMATION, registration.id());
            audit.record(new AuditEvent(staff, "REGISTRATION_LINK_REVOKED", "registration", Long.toString(registration.id()),
                    "Personlig länk spärrad: " + registration.name() + " i " + network.title()));
        });
    }

    public Optional<RegistrationResult> findBySubmissionKey(Network network, String key) {
        return registrations.findBySubmissionKey(key).filter(found -> found.networkId() == network.id())
                .map(RegistrationResult::new);
    }

    /**
     * Records the organisation's decision and registers each appointed person under it, all in one
     * transaction under the network's seat lock: the decision, the registrations and their seat
     * years, the audit record and every e-mail are kept together or not at all. Each new person
     * gets a seat or a waitlist place by the same rules as anyone registering; a person the
     * organisation has registered already keeps their place (a pending one is confirmed, since the
     * decision vouches for them) and is linked to the decision. Staff are told of the decision.
     * A second submit of the same form records nothing and gets the first one's outcome back.
     *
     * @param submissionKey the random key of the form, unique per decision
     * @throws RegisteredElsewhereException when someone is registered in the network for another
     *                                      organisation; nothing is recorded
     */
    public AppointmentOutcome appoint(Network network, Appointment appointment, List<NewRegistration> people,
                                      String submissionKey, Actor recordedBy) {
        Optional<AppointmentOutcome> repeated = findAppointment(submissionKey);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        AppointmentOutcome outcome;
        try {
            outcome = seatLock.decide(network.id(), () -> findAppointment(submissionKey)
                    .orElseGet(() -> recordAppointment(network, appointment, people, submissionKey, recordedBy)));
        } catch (DuplicateKeyException sameFormAtTheSameMomentForAnotherNetwork) {
            return findAppointment(submissionKey).orElseThrow(() -> sameFormAtTheSameMomentForAnotherNetwork);
        }
        outcome.people().forEach(person -> participantAccounts.ensureFor(person.email(), person.name()));
        return outcome;
    }

    /** What the appointment form with this key recorded, when it has been submitted before: as a repeat shows it. */
    Optional<AppointmentOutcome> findAppointment(String submissionKey) {
        return registrations.findAppointmentBySubmissionKey(submissionKey).map(decision -> {
            List<Registration> people = registrations.appointedBySubmissionKey(submissionKey);
            return new AppointmentOutcome(decision, people, people.size(), true);
        });
    }

    /** Only under the network's lock: checks every person before anything is written. */
    private AppointmentOutcome recordAppointment(Network network, Appointment appointment, List<NewRegistration> people,
                                                 String submissionKey, Actor recordedBy) {
        releaseExpiredHolds(network);
        List<String> elsewhere = people.stream().map(NewRegistration::email)
                .filter(email -> registrations.findActive(network.id(), email)
                        .filter(found -> found.organisationId() != appointment.organisationId()).isPresent())
                .toList();
        if (!elsewhere.isEmpty()) {
            throw new RegisteredElsewhereException(elsewhere);
        }
        long appointmentId = registrations.insertAppointment(appointment, submissionKey, recordedBy.accountId(), clock.instant());
        audit.record(new AuditEvent(recordedBy, "REPRESENTATIVES_APPOINTED", "appointment", Long.toString(appointmentId),
                appointment.label() + ": " + SwedishCount.of(people.size(), "person", "personer") + " till " + network.title()));
        List<Registration> appointed = new ArrayList<>();
        int newlyRegistered = 0;
        for (NewRegistration person : people) {
            Optional<Registration> existing = registrations.findActive(network.id(), person.email());
            Registration registration;
            if (existing.isEmpty()) {
                registration = decide(network, person, true, () -> { }).registration();
                newlyRegistered++;
            } else if (existing.get().status() == RegistrationStatus.PENDING) {
                registration = takeUp(network, existing.get());
            } else {
                registration = existing.get();
            }
            registrations.setAppointment(registration.id(), appointmentId);
            appointed.add(registration);
        }
        mails.tellStaffOfAppointment(network, appointment, appointed);
        return new AppointmentOutcome(appointment, appointed, newlyRegistered, false);
    }

    /** The person corrects their own contact and invoice details; audited as a change of personal data. */
    public void correctDetails(Registration registration, RegistrationForm details, String ipAddress) {
        changeDetails(registration, details, new Actor(null, registration.email(), ipAddress),
                "Kontakt- och fakturauppgifter rättade av deltagaren");
    }

    /**
     * Staff correct any of a person's details, the e-mail address included; audited.
     *
     * @throws AlreadyRegisteredException when the new address already holds or waits for a seat in the network
     */
    public void correctDetailsByStaff(Registration registration, RegistrationForm details, Actor staff) {
        changeDetails(registration, details, staff, "Uppgifter ändrade av personal");
    }

    private void changeDetails(Registration registration, RegistrationForm details, Actor actor, String description) {
        try {
            transaction.executeWithoutResult(status -> {
                registrations.updateDetails(registration.id(), details.toNew(registration.networkId()));
                audit.record(new AuditEvent(actor, "PERSONAL_DATA_CHANGED", "registration", Long.toString(registration.id()),
                        description));
            });
        } catch (DuplicateKeyException addressTakenInTheNetwork) {
            throw new AlreadyRegisteredException();
        }
    }

    /** Staff register someone, whatever the deadline says; the change is audited. */
    public RegistrationResult addByStaff(Network network, NewRegistration registration, Actor staff) {
        RegistrationResult result = register(network, registration);
        audit.record(new AuditEvent(staff, "REGISTRATION_ADDED", "registration", Long.toString(result.registration().id()),
                "Tillagd av personal: " + registration.name() + " i " + network.title()));
        return result;
    }

    /**
     * Staff give a waitlisted person a seat ahead of the queue, when the limits leave room for one.
     *
     * @return false when there is no free seat for the person's organisation or in the network
     */
    public boolean promoteByStaff(Network network, Registration registration, Actor staff) {
        Boolean promoted = seatLock.decide(network.id(), () -> {
            Registration current = registrations.findById(registration.id()).orElseThrow();
            int year = SeatPeriod.of(network).firstYearHeldFrom(currentYear());
            if (current.status() != RegistrationStatus.WAITLISTED || !hasRoom(network, current.organisationId(), year)) {
                return false;
            }
            giveSeat(network, current, year);
            audit.record(new AuditEvent(staff, "REGISTRATION_PROMOTED", "registration", Long.toString(current.id()),
                    "Flyttad från väntelistan av personal: " + current.name() + " i " + network.title()));
            return true;
        });
        return Boolean.TRUE.equals(promoted);
    }

    /** Whether the address holds, waits for or has a pending claim on a place in the network. */
    public boolean isRegisteredIn(Network network, String email) {
        return registrations.findActive(network.id(), email).isPresent();
    }

    /** The decision that appointed each of the registrations that has one, by registration id. */
    public Map<Long, Appointment> decisionsOf(Collection<Registration> appointed) {
        return registrations.appointmentsOf(appointed.stream().map(Registration::id).toList());
    }

    /**
     * The organisation's coordinator cancels one of its people: as a cancellation by the person,
     * audited in the same transaction.
     *
     * @return false when the registration had already ended, so nothing changed
     */
    public boolean cancelByOrganisation(Network network, Registration registration, Actor coordinator) {
        return seatLock.decide(network.id(), () -> {
            if (!end(network, registration.id())) {
                return false;
            }
            audit.record(new AuditEvent(coordinator, "REGISTRATION_CANCELLED", "registration", Long.toString(registration.id()),
                    "Avbokad av organisationen: " + registration.name() + " i " + network.title()));
            return true;
        });
    }

    /** Staff cancel on someone's behalf; the change is audited. */
    public void cancelByStaff(Network network, Registration registration, Actor staff) {
        cancel(network, registration);
        audit.record(new AuditEvent(staff, "REGISTRATION_CANCELLED", "registration", Long.toString(registration.id()),
                "Avbokad av personal: " + registration.name() + " i " + network.title()));
    }

    /**
     * Gives free seats to the waitlist in arrival order, each person told by e-mail: after the
     * network's limits have been raised.
     *
     * @return how many got a seat
     */
    public int fillFreeSeats(Network network) {
        return seatLock.decide(network.id(), () -> promoteFromWaitlist(network, SeatPeriod.of(network).firstYearHeldFrom(currentYear())));
    }

    /**
     * Cancels; a freed seat goes to the first on the waitlist whose organisation has room, who is
     * told by e-mail. Whether the current year stays with the person follows the network's rule.
     */
    public void cancel(Network network, Registration registration) {
        seatLock.run(network.id(), () -> end(network, registration.id()));
    }

    /**
     * The organisation leaves the network: every seat and waitlist place it has ends, each person
     * is told, and the freed seats go to the waitlist. The current year's fee follows the network's
     * rule. {@link OrganisationLeftNetwork} tells the other modules, so that the people's places on
     * the network's coming activities end too.
     *
     * @return the registrations that ended
     */
    public List<Registration> leave(Network network, long organisationId, Actor actor) {
        return seatLock.decide(network.id(), () -> {
            List<Registration> ended = registrations.activeOf(network.id(), organisationId).stream()
                    .filter(registration -> end(network, registration.id())).toList();
            if (!ended.isEmpty()) {
                audit.record(new AuditEvent(actor, "ORGANISATION_LEFT_NETWORK", "network", Long.toString(network.id()),
                        "Organisation " + organisationId + " lämnade " + network.title() + ": "
                                + SwedishCount.of(ended.size(), "anmälan", "anmälningar") + " avslutade ("
                                + network.membership().leavingFee().label().toLowerCase(Locale.ROOT) + ")"));
                events.publishEvent(new OrganisationLeftNetwork(network.id(), organisationId));
            }
            return ended;
        });
    }

    /**
     * Declines or lets lapse the seat's years from {@code fromYear} on, and gives the freed seat
     * from that year to the waitlist. Only within {@link SeatLock}; the person stays a seat holder
     * until then.
     */
    void releaseYears(Network network, long registrationId, int fromYear, SeatYearStatus status) {
        registrations.releaseSeatYears(registrationId, fromYear, status, clock.instant());
        promoteFromWaitlist(network, fromYear);
    }

    /** Ends an active registration under the network's lock; false when it had already ended. */
    private boolean end(Network network, long registrationId) {
        Registration current = registrations.findById(registrationId).orElseThrow();
        if (!current.status().isActive()) {
            return false;
        }
        registrations.end(current.id(), RegistrationStatus.CANCELLED, clock.instant());
        send(network, current, "registration-cancelled", "Din anmälan är avbokad", null);
        if (current.status() == RegistrationStatus.CONFIRMED) {
            SeatPeriod period = SeatPeriod.of(network);
            registrations.releaseSeatYears(current.id(), period.firstYearReleasedIn(currentYear(), network.membership().leavingFee()),
                    SeatYearStatus.DECLINED, clock.instant());
            promoteFromWaitlist(network, period.firstYearHeldFrom(currentYear()));
        }
        return true;
    }

    private RegistrationResult decide(Network network, NewRegistration registration, boolean proven, Runnable afterCounting) {
        Optional<Registration> repeated = registrations.findBySubmissionKey(registration.submissionKey());
        if (repeated.isPresent()) {
            return new RegistrationResult(repeated.get());
        }
        releaseExpiredHolds(network);
        if (registrations.findActive(network.id(), registration.email()).isPresent()) {
            throw new AlreadyRegisteredException();
        }
        int year = SeatPeriod.of(network).firstYearHeldFrom(currentYear());
        boolean seat = hasRoom(network, registration.organisationId(), year);
        afterCounting.run();
        Instant now = clock.instant();
        if (!proven) {
            Instant holdExpiresAt = now.plus(properties.confirmationHold());
            long id = registrations.insertPending(registration, holdExpiresAt, seat, now);
            Registration stored = registrations.findById(id).orElseThrow();
            mails.sendConfirmationRequest(network, stored, links.confirmation(id, holdExpiresAt));
            return new RegistrationResult(stored);
        }
        long id = registrations.insert(registration, seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, now);
        return new RegistrationResult(settle(network, id, seat, year, now));
    }

    /** Only under the network's lock: the pending registration becomes a seat or a waitlist place. */
    private Registration takeUp(Network network, Registration pending) {
        int year = SeatPeriod.of(network).firstYearHeldFrom(currentYear());
        boolean seat = pending.hold().seat() || hasRoom(network, pending.organisationId(), year);
        Instant now = clock.instant();
        registrations.confirmPending(pending.id(), seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, now);
        return settle(network, pending.id(), seat, year, now);
    }

    /** A registration just decided: its seat years, and the e-mails to the person and to the coordinators. */
    private Registration settle(Network network, long id, boolean seat, int year, Instant now) {
        if (seat) {
            holdSeatYears(network, id, year, now);
        }
        Registration stored = registrations.findById(id).orElseThrow();
        send(network, stored, seat ? "registration-confirmed" : "registration-waitlisted",
                seat ? "Bekräftelse: " + network.title() : "Du står på väntelistan: " + network.title(), links.manage(id));
        mails.tellCoordinators(network, stored);
        return stored;
    }

    /**
     * Only under the network's lock. Holds stop counting the moment they run out; marking them
     * expired here, before a decision, also gives their seats to the waitlist before a newcomer.
     */
    private int releaseExpiredHolds(Network network) {
        int expired = registrations.expireHolds(network.id(), clock.instant());
        if (expired > 0) {
            promoteFromWaitlist(network, SeatPeriod.of(network).firstYearHeldFrom(currentYear()));
        }
        return expired;
    }

    private boolean hasRoom(Network network, long organisationId, int year) {
        return seatCounts.hasRoom(network, organisationId, year);
    }

    /**
     * Fills the seats free in {@code year} from the waitlist in arrival order, skipping people whose
     * organisation has no room; each seat holds from that year.
     */
    private int promoteFromWaitlist(Network network, int year) {
        int promoted = 0;
        for (Registration waiting : registrations.waitlist(network.id())) {
            if (seatCounts.isFull(network, year)) {
                break;
            }
            if (hasRoom(network, waiting.organisationId(), year)) {
                giveSeat(network, waiting, year);
                promoted++;
            }
        }
        return promoted;
    }

    private void giveSeat(Network network, Registration waiting, int fromYear) {
        Instant now = clock.instant();
        registrations.confirm(waiting.id(), now);
        holdSeatYears(network, waiting.id(), fromYear, now);
        mails.sendPromoted(network, waiting, fromYear > currentYear() ? fromYear : null);
    }

    private void holdSeatYears(Network network, long registrationId, int fromYear, Instant now) {
        registrations.holdSeatYears(registrationId, fromYear, network.lastYear(), now);
    }

    private int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private void send(Network network, Registration registration, String template, String subject, PersonalLink manageLink) {
        mails.send(network, registration, template, subject, manageLink);
    }
}
