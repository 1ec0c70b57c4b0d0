package se.arena.room.document;

import org.springframework.stereotype.Component;

import se.arena.room.RoomMember;
import se.arena.room.StartPageSection;

/** The room's newest documents on its start page: one read of at most a handful of rows. */
@Component
class LatestDocuments implements StartPageSection {

    private final RoomDocuments documents;

    LatestDocuments(RoomDocuments documents) {
        this.documents = documents;
    }

    @Override
    public String attribute() {
        return "latestDocuments";
    }

    @Override
    public Object contentFor(RoomMember member) {
        return documents.latest(member);
    }
}
