package se.arena.network;

import java.util.List;

/** Everything the public network page shows: the network, its sections and its contacts. */
public record Invitation(Network network, List<InvitationSection> sections, List<NetworkContact> contacts) {
}
