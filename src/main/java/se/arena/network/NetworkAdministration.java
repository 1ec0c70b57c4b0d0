package se.arena.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;

/** What staff do with networks: create, edit, and move them through their lifecycle, all audited. */
@Service
public class NetworkAdministration {

    static final String NETWORK_CREATED = "NETWORK_CREATED";
    static final String NETWORK_CHANGED = "NETWORK_CHANGED";
    static final String NETWORK_STATUS_CHANGED = "NETWORK_STATUS_CHANGED";

    private final NetworkRepository networks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    NetworkAdministration(NetworkRepository networks, AuditLog audit, ApplicationEventPublisher events) {
        this.networks = networks;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Network> list(String text, NetworkStatus status) {
        return networks.findAllForStaff(text, status);
    }

    @Transactional(readOnly = true)
    public Optional<Invitation> find(long id) {
        return networks.findById(id)
                .map(network -> new Invitation(network, networks.sections(id), networks.contacts(id)));
    }

    boolean slugTaken(String slug, Long exceptId) {
        return networks.slugTaken(slug, exceptId);
    }

    /** New networks start as drafts, visible to staff only. */
    @Transactional
    public long create(NetworkForm form, Actor actor) {
        long id = networks.insert(form.toNetwork(0, NetworkStatus.DRAFT, false));
        networks.replaceSections(id, form.toSections());
        networks.replaceContacts(id, form.filledContacts());
        audit.record(new AuditEvent(actor, NETWORK_CREATED, "network", Long.toString(id), "Utkast skapat: " + form.title().strip()));
        return id;
    }

    @Transactional
    public void update(long id, NetworkForm form, Actor actor) {
        Network current = networks.findById(id).orElseThrow();
        Network changed = form.toNetwork(id, current.status(), current.demo());
        networks.update(changed);
        networks.replaceSections(id, form.toSections());
        networks.replaceContacts(id, form.filledContacts());
        audit.record(new AuditEvent(actor, NETWORK_CHANGED, "network", Long.toString(id), "Inbjudan och villkor ändrade"));
        if (!Objects.equals(current.seatsPerOrganisation(), changed.seatsPerOrganisation())
                || !Objects.equals(current.totalCapacity(), changed.totalCapacity())) {
            events.publishEvent(new NetworkLimitsChanged(id));
        }
    }

    /**
     * @return false when the move is not allowed from the state the staff member saw, or someone
     *         else moved the network first
     */
    @Transactional
    public boolean moveStatus(long id, NetworkStatus from, NetworkStatus to, Actor actor) {
        if (!from.canMoveTo(to) || !networks.moveStatus(id, from, to)) {
            return false;
        }
        audit.record(new AuditEvent(actor, NETWORK_STATUS_CHANGED, "network", Long.toString(id),
                from.label() + " → " + to.label()));
        return true;
    }
}
