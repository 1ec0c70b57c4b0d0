package se.arena.room;

import se.arena.organisation.County;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationType;

/**
 * A member of a room as the people page lists them and @-mentions find them. A speaker has no
 * organisation, so no county or organisation type either.
 *
 * @param organisation the organisation's name, empty for a speaker
 * @param county null for a speaker
 * @param organisationType null for a speaker
 */
public record RoomPerson(String name, String title, String organisation, County county, OrganisationType organisationType,
                         String email, boolean speaker) {

    static RoomPerson holder(String name, String title, Organisation organisation, String email) {
        return organisation == null ? new RoomPerson(name, title, "", null, null, email, false)
                : new RoomPerson(name, title, organisation.name(), organisation.county(), organisation.type(), email, false);
    }

    static RoomPerson speaker(String name, String email) {
        return new RoomPerson(name, "Inbjuden talare", "", null, null, email, true);
    }
}
