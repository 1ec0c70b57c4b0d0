package se.arena.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.identity.ParticipantAccounts;
import se.arena.network.Network;
import se.arena.notification.IssuedLink;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;

/**
 * A holder hands their seat to a colleague: the offer is e-mailed, and the seat changes hands only
 * when the colleague accepts, under the network's seat lock, so the seat count never changes.
 */
@Service
public class SeatTransfers {

    private final RegistrationRepository registrations;
    private final RegistrationMails mails;
    private final SeatLock seatLock;
    private final ParticipantAccounts participantAccounts;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final RegistrationLinks links;
    private final AuditLog audit;

    SeatTransfers(RegistrationRepository registrations, RegistrationMails mails, SeatLock seatLock,
                  ParticipantAccounts participantAccounts, Clock clock, PlatformTransactionManager transactions,
                  RegistrationLinks links, AuditLog audit) {
        this.audit = audit;
        this.links = links;
        this.registrations = registrations;
        this.mails = mails;
        this.seatLock = seatLock;
        this.participantAccounts = participantAccounts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Offers the seat to a colleague, who is e-mailed a link to accept it. The seat stays with
     * the holder until the colleague accepts.
     */
    public void offer(Network network, Registration holder, String colleagueName, String colleagueEmail) {
        String address = colleagueEmail.strip().toLowerCase(Locale.ROOT);
        transaction.executeWithoutResult(status -> {
            long id = registrations.insertTransfer(holder.id(), colleagueName, address, clock.instant());
            mails.sendTransferOffer(network, holder, address, links.transfer(id), null);
        });
    }

    /**
     * The organisation replaces one of its people: the new person is e-mailed the offer, told that
     * the organisation makes it, and the seat changes hands only when they accept, as when a
     * holder offers it. Audited with the offer.
     */
    public void offerByOrganisation(Network network, Registration holder, String name, String email, String organisationName,
                                    Actor coordinator) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        transaction.executeWithoutResult(status -> {
            long id = registrations.insertTransfer(holder.id(), name.strip(), address, clock.instant());
            mails.sendTransferOffer(network, holder, address, links.transfer(id), organisationName);
            audit.record(new AuditEvent(coordinator, "SEAT_TRANSFER_OFFERED", "registration", Long.toString(holder.id()),
                    "Organisationen erbjöd platsen efter " + holder.name() + " i " + network.title() + " till " + name.strip()
                            + " <" + address + ">"));
        });
    }

    /** The newest offer of each seat that can still be accepted, by the registration that holds the seat. */
    public Map<Long, SeatTransfer> openOffers(Collection<Registration> holders) {
        return registrations.openTransfersOf(holders.stream().map(Registration::id).toList()).stream()
                .filter(transfer -> links.works(RegistrationLinks.TRANSFER, transfer.id()))
                .collect(Collectors.toMap(SeatTransfer::registrationId, Function.identity(), (older, newer) -> newer));
    }

    /**
     * The open offer a link is for.
     *
     * @throws se.arena.notification.ExpiredLinkException when the link has expired or been revoked
     */
    public Optional<SeatTransfer> find(String token) {
        return links.open(RegistrationLinks.TRANSFER, token).flatMap(registrations::findOpenTransfer);
    }

    /** A fresh link to an offer that can still be accepted, for the colleague it was made to. */
    Optional<IssuedLink> reissueOfferLink(long transferId, Network network) {
        return transaction.execute(status -> registrations.findOpenTransfer(transferId)
                .filter(transfer -> registrations.findById(transfer.registrationId())
                        .filter(holder -> holder.status() == RegistrationStatus.CONFIRMED).isPresent())
                .map(transfer -> new IssuedLink(links.transfer(transfer.id()), transfer.colleagueEmail(),
                        "platsen i " + network.title() + " som en kollega vill lämna över till dig", links.transferExpiry())));
    }

    /**
     * The colleague accepts: the holder's registration ends as transferred and the colleague's
     * begins with the same seat, holding its years from the next one (this year's fee stays the holder's).
     *
     * @return the colleague's new registration, or empty when the seat is no longer the holder's to give
     * @throws AlreadyRegisteredException when the colleague already holds or waits for a seat in the network
     */
    public Optional<Registration> accept(Network network, SeatTransfer transfer, NewRegistration colleague) {
        Optional<Registration> taken = seatLock.decide(network.id(), () -> {
            Registration holder = registrations.findById(transfer.registrationId()).orElseThrow();
            if (holder.status() != RegistrationStatus.CONFIRMED) {
                return Optional.<Registration>empty();
            }
            if (registrations.findActive(network.id(), colleague.email()).isPresent()) {
                throw new AlreadyRegisteredException();
            }
            if (!registrations.acceptTransfer(transfer.id(), clock.instant())) {
                return Optional.<Registration>empty();
            }
            Instant now = clock.instant();
            registrations.end(holder.id(), RegistrationStatus.TRANSFERRED, now);
            long id = registrations.insert(colleague, RegistrationStatus.CONFIRMED, now);
            registrations.setTransferredFrom(id, holder.id());
            registrations.passSeatYears(holder.id(), id, SeatPeriod.of(network).firstYearChangedIn(LocalDate.now(clock).getYear()));
            Registration newHolder = registrations.findById(id).orElseThrow();
            mails.send(network, newHolder, "registration-confirmed", "Bekräftelse: " + network.title(), links.manage(id));
            mails.send(network, holder, "registration-transferred", "Din plats har överlåtits: " + network.title(), null);
            return Optional.of(newHolder);
        });
        taken.ifPresent(newHolder -> participantAccounts.ensureFor(newHolder.email(), newHolder.name()));
        return taken;
    }

    /** Who held the seat before this registration, most recent first. */
    public List<Registration> previousHolders(Registration registration) {
        return registrations.previousHolders(registration.id());
    }
}
