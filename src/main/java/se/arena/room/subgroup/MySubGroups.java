package se.arena.room.subgroup;

import org.springframework.stereotype.Component;

import se.arena.room.RoomAccess;
import se.arena.room.RoomMember;
import se.arena.room.StartPageSection;

/** "Mina undergrupper" on the room's start page: the member's sub-groups (staff: all), read once per request. */
@Component
class MySubGroups implements StartPageSection {

    private final RoomAccess access;

    MySubGroups(RoomAccess access) {
        this.access = access;
    }

    @Override
    public String attribute() {
        return "mySubgroups";
    }

    @Override
    public Object contentFor(RoomMember member) {
        return access.scope(member).groups();
    }
}
