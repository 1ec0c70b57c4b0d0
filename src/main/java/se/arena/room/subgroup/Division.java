package se.arena.room.subgroup;

import java.time.Instant;

/** One division of a network's seat holders into sub-groups, from proposal to confirmation. */
public record Division(long id, long networkId, Grouping grouping, DivisionStatus status, Instant createdAt, Instant confirmedAt,
                String confirmedBy) {

    public boolean isProposal() {
        return status == DivisionStatus.PROPOSED;
    }
}
