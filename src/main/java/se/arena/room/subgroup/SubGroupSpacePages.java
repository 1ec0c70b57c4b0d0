package se.arena.room.subgroup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.arena.Paged;
import se.arena.room.RoomAccess;
import se.arena.room.RoomMember;
import se.arena.room.RoomSubGroup;
import se.arena.room.Rooms;
import se.arena.room.document.RoomDocuments;

/**
 * A sub-group's own page in the room: who is in it, its threads, its documents and the activities
 * staff linked to it. Only the group's members and staff find it; to anyone else in the room (and
 * outside it) the page does not exist.
 */
@Controller
class SubGroupSpacePages {

    private final RoomAccess access;
    private final Rooms rooms;
    private final RoomDocuments documents;
    private final SubGroups subGroups;

    SubGroupSpacePages(RoomAccess access, Rooms rooms, RoomDocuments documents, SubGroups subGroups) {
        this.access = access;
        this.rooms = rooms;
        this.documents = documents;
        this.subGroups = subGroups;
    }

    @GetMapping("/rum/{roomId:\\d{1,18}}/undergrupper/{subgroupId:\\d{1,18}}")
    String group(@PathVariable("roomId") long networkId, @PathVariable long subgroupId,
                 @RequestParam(name = "sida", required = false) String page, Model model) {
        RoomMember member = access.enterPage(networkId, model, "subgroup");
        RoomSubGroup group = access.scope(member).named(Long.toString(subgroupId)).orElseThrow();
        model.addAttribute("group", group);
        model.addAttribute("threads", rooms.groupThreads(member, subgroupId, Paged.pageNumber(page)).orElseThrow());
        model.addAttribute("documents", documents.groupPage(member, subgroupId, 1).orElseThrow());
        model.addAttribute("members", subGroups.members(member.network(), subgroupId));
        model.addAttribute("occasions", subGroups.occasions(member.network(), subgroupId));
        return "room/subgroup-space";
    }
}
