package se.arena.room;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.Paged;
import se.arena.organisation.County;
import se.arena.organisation.OrganisationDirectory;
import se.arena.registration.SeatHolders;

/**
 * The room's people page: everyone in the room with their organisation, county and what each chose
 * to show of themselves. Built from five reads whatever the number of people (seats, their
 * organisations, speakers, choices, counties) and filtered in memory: a network has hundreds of people, not
 * millions, and this keeps the rules of who sees what in one place.
 */
@Service
public class RoomDirectory {

    static final int PAGE_SIZE = 50;

    private final RoomAccess access;
    private final DirectoryRepository directory;
    private final SeatHolders seats;
    private final OrganisationDirectory organisations;

    RoomDirectory(RoomAccess access, DirectoryRepository directory, SeatHolders seats, OrganisationDirectory organisations) {
        this.access = access;
        this.directory = directory;
        this.seats = seats;
        this.organisations = organisations;
    }

    /**
     * One page of the people the filter lets through.
     *
     * @param inRoom everyone in the room, filtered or not
     * @param counties every county, in SCB's order as the organisation list has them, so that the filter shows what it filters by
     */
    public record People(Paged<DirectoryEntry> page, long inRoom, List<County> counties) {
    }

    @Transactional(readOnly = true)
    public People people(RoomMember reader, DirectoryFilter filter, int requestedPage) {
        List<RoomPerson> everyone = access.people(reader.networkId());
        List<DirectoryEntry> shown = entries(reader, everyone, filter);
        int page = Paged.clamp(requestedPage, shown.size(), PAGE_SIZE);
        int first = Paged.firstRow(page, PAGE_SIZE);
        return new People(new Paged<>(shown.subList(first, Math.min(shown.size(), first + PAGE_SIZE)), page, PAGE_SIZE, shown.size()),
                everyone.size(), organisations.counties());
    }

    /** Every person the filter lets through, for staff's download. */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> all(RoomMember reader, DirectoryFilter filter) {
        return entries(reader, access.people(reader.networkId()), filter);
    }

    /** The member's own choice, with the phone from their seat offered when they have typed none. */
    @Transactional(readOnly = true)
    public DirectoryForm formOf(RoomMember member) {
        DirectoryChoice choice = directory.choice(member.networkId(), member.email()).orElse(DirectoryChoice.PRIVATE);
        String phone = choice.phone() != null ? choice.phone()
                : seats.phoneOf(member.networkId(), member.email()).orElse("");
        return DirectoryForm.of(choice, phone);
    }

    @Transactional
    public void choose(RoomMember member, DirectoryChoice choice) {
        directory.save(member.networkId(), member.email(), choice);
    }

    private List<DirectoryEntry> entries(RoomMember reader, List<RoomPerson> people, DirectoryFilter filter) {
        Map<String, DirectoryChoice> choices = directory.choices(reader.networkId());
        return people.stream().filter(filter::matches).map(person -> {
            DirectoryChoice choice = choices.getOrDefault(person.email(), DirectoryChoice.PRIVATE);
            return new DirectoryEntry(person, reader.isStaff() || choice.showEmail() ? person.email() : null, choice.shownPhone());
        }).toList();
    }
}
