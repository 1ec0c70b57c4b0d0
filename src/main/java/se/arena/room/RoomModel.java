package se.arena.room;

import org.springframework.ui.Model;

/** What every page of a room shows: who is in it, its network, and which of the room's pages this is. */
final class RoomModel {

    private RoomModel() {
    }

    /**
     * The member of the room for this request, with the room's heading on the model.
     *
     * @param section the page of the room's menu that is the current one
     */
    static RoomMember enter(RoomAccess access, long networkId, Model model, String section) {
        RoomMember member = access.enter(networkId);
        model.addAttribute("member", member);
        model.addAttribute("network", member.network());
        model.addAttribute("section", section);
        return member;
    }
}
