package se.arena.network;

import se.arena.RichText;

public record InvitationSection(SectionKind kind, RichText body) {
}
