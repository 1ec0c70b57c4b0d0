package se.arena.room;

/**
 * What another part of the room (its documents, say) adds to the room's start page, so that the
 * start page shows it without the room's core knowing that part. It must read a bounded number of
 * statements, whatever the room holds.
 */
public interface StartPageSection {

    /** The name the start page's template reads the content under. */
    String attribute();

    Object contentFor(RoomMember member);
}
