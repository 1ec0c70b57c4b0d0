package se.arena.room.subgroup;

import java.util.List;

/**
 * A division as staff see it: each group with its current seat holders, and the holders in no
 * group (who got their seat after it was made, or whose group was removed).
 */
public record DivisionView(Division division, List<GroupView> groups, List<Member> ungrouped, List<MemberOrganisation> organisations) {

    /** A group and its people, in the order of their organisations. */
    public record GroupView(SubGroup group, List<Member> members) {

        public long organisationCount() {
            return members.stream().map(Member::organisationId).distinct().count();
        }
    }

    public List<Member> everyone() {
        return organisations.stream().flatMap(organisation -> organisation.people().stream()).toList();
    }
}
