package se.arena.room;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.server.ResponseStatusException;

import se.arena.SwedishCollation;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.registration.SeatHolders;

/**
 * Who may enter a network's room, asked afresh on every request: the people who hold a seat in
 * the network now (so a seat that ends closes the room the same day), the speakers staff invited,
 * and staff. Anyone else is told the room does not exist.
 */
@Component
public class RoomAccess {

    private final NetworkCatalogue networks;
    private final SeatHolders seats;
    private final RoomRepository rooms;
    private final OrganisationDirectory organisations;
    private final SubGroupMembership subGroups;

    RoomAccess(NetworkCatalogue networks, SeatHolders seats, RoomRepository rooms, OrganisationDirectory organisations,
               SubGroupMembership subGroups) {
        this.networks = networks;
        this.seats = seats;
        this.rooms = rooms;
        this.organisations = organisations;
        this.subGroups = subGroups;
    }

    /**
     * The member of the room for this request. Asked once per request (by the path's id check,
     * see {@link RoomOwnership}) and remembered for the page that follows.
     *
     * @throws ResponseStatusException 404 for anyone who may not enter, and for a network that does not exist
     */
    public RoomMember enter(long networkId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = RoomAccess.class.getName() + "." + networkId;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof RoomMember member) {
            return member;
        }
        RoomMember member = SignedInUser.current().flatMap(user -> member(networkId, user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (request != null) {
            request.setAttribute(key, member, RequestAttributes.SCOPE_REQUEST);
        }
        return member;
    }

    /**
     * As {@link #enter}, for a room page: the model gets what every room page shows (the member,
     * the network, and the section of the room's menu the page belongs to).
     */
    public RoomMember enterPage(long networkId, Model model, String section) {
        RoomMember member = enter(networkId);
        model.addAttribute("member", member);
        model.addAttribute("network", member.network());
        model.addAttribute("section", section);
        return member;
    }

    /**
     * The sub-groups whose threads and documents the member sees: staff all, anyone else the
     * groups they are in (a speaker is in none). One read, remembered for the request.
     */
    public SubGroupScope scope(RoomMember member) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = SubGroupScope.class.getName() + "." + member.networkId();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof SubGroupScope scope) {
            return scope;
        }
        SubGroupScope scope = member.isStaff() ? new SubGroupScope(true, subGroups.groupsIn(member.networkId()))
                : new SubGroupScope(false, subGroups.groupsOf(member.networkId(), member.email()));
        if (request != null) {
            request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
        }
        return scope;
    }

    Optional<RoomMember> member(long networkId, SignedInUser user) {
        Optional<Network> network = networks.find(networkId);
        if (network.isEmpty()) {
            return Optional.empty();
        }
        String email = RoomMember.key(user.email());
        if (user.isStaff()) {
            return Optional.of(new RoomMember(network.get(), user.accountId(), email, user.displayName(), RoomMember.Kind.STAFF));
        }
        Optional<RoomMember> holder = seats.seatsOf(email, List.of(networkId)).stream().findFirst()
                .map(seat -> new RoomMember(network.get(), user.accountId(), email, seat.name(), RoomMember.Kind.SEAT_HOLDER));
        if (holder.isPresent()) {
            return holder;
        }
        return rooms.speaker(networkId, email)
                .map(speaker -> new RoomMember(network.get(), user.accountId(), email, speaker.name(), RoomMember.Kind.SPEAKER));
    }

    /** The rooms the person may enter as a seat holder or speaker, in the order they joined. */
    public List<Network> roomsOf(SignedInUser user) {
        String email = RoomMember.key(user.email());
        return Stream.concat(seats.seatsOf(email).stream().map(SeatHolders.Seat::networkId),
                        rooms.speakerRoomsOf(email).stream().map(RoomRepository.Speaker::networkId))
                .distinct().map(networks::find).flatMap(Optional::stream).toList();
    }

    /** The room's seat holders and speakers, by name, one entry per address: three reads, whatever the number of people. */
    List<RoomPerson> people(long networkId) {
        List<SeatHolders.Seat> holders = seats.holdersOf(networkId);
        Map<Long, Organisation> organisationsById = organisations.findAll(holders.stream().map(SeatHolders.Seat::organisationId).distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<String, RoomPerson> byEmail = new LinkedHashMap<>();
        holders.forEach(seat -> byEmail.putIfAbsent(RoomMember.key(seat.email()), RoomPerson.holder(seat.name(), seat.title(),
                organisationsById.get(seat.organisationId()), RoomMember.key(seat.email()))));
        rooms.speakers(networkId).forEach(speaker -> byEmail.putIfAbsent(speaker.email(), RoomPerson.speaker(speaker.name(), speaker.email())));
        return byEmail.values().stream().sorted(Comparator.comparing(person -> SwedishCollation.sortKey(person.name()))).toList();
    }
}
