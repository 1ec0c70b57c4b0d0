package se.arena.room.subgroup;

import java.util.List;

/** One group of a proposal, before staff confirm it. */
record ProposedGroup(String name, List<MemberOrganisation> organisations) {

    ProposedGroup {
        organisations = List.copyOf(organisations);
    }

    int people() {
        return organisations.stream().mapToInt(organisation -> organisation.people().size()).sum();
    }
}
