package se.arena.room;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.arena.identity.MyPagesSection;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;

/** "Mina samarbetsrum" on Mina sidor: the rooms the person may enter now. */
@Component
@Order(15)
class MyRooms implements MyPagesSection {

    private final RoomAccess access;

    MyRooms(RoomAccess access) {
        this.access = access;
    }

    @Override
    public String template() {
        return "room/my-rooms";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<Network>> content(SignedInUser user) {
        List<Network> rooms = access.roomsOf(user);
        return rooms.isEmpty() ? Optional.empty() : Optional.of(rooms);
    }
}
