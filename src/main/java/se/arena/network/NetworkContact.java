package se.arena.network;

/** A staff member to ask about a network. */
public record NetworkContact(String name, String title, String email, String phone) {
}
