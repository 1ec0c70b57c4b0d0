package se.arena.room.subgroup;

/** A seat holder of the network as sub-groups show them: a registration with its person and organisation. */
public record Member(long registrationId, long organisationId, String name, String email, String title, String organisationName,
              String countyName) {
}
