package se.arena.room.subgroup;

import java.util.List;

import se.arena.registration.Phase;

/**
 * An organisation taking part in a network, with the people who hold its seats: the unit a
 * proposal places, so that an organisation's people start out in the same group.
 *
 * @param population the kommun's inhabitants, or for a region those of its county
 * @param phase where the organisation stands in the work by its people's answers ({@link Phase#mostGiven}); null when unknown
 */
public record MemberOrganisation(long id, String name, String countyCode, String countyName, int population, List<Member> people,
                                 Phase phase) {

    public MemberOrganisation {
        people = List.copyOf(people);
    }
}
