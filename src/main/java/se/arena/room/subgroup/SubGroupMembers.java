package se.arena.room.subgroup;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.arena.room.RoomSubGroup;
import se.arena.room.SubGroupMembership;

/** Tells the room's core who is in which current sub-group, so that it shows each group's threads and documents to its members only. */
@Component
@Transactional(readOnly = true)
class SubGroupMembers implements SubGroupMembership {

    private final SubGroupRepository repository;

    SubGroupMembers(SubGroupRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<RoomSubGroup> groupsOf(long networkId, String email) {
        return repository.groupsOf(networkId, email);
    }

    @Override
    public List<RoomSubGroup> groupsIn(long networkId) {
        return repository.groupsIn(networkId);
    }

    @Override
    public Map<String, Set<Long>> membersOf(long networkId) {
        return repository.membersOf(networkId);
    }
}
