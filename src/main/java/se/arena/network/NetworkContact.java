package se.arena.network;

import jakarta.validation.constraints.Size;

/** A staff member to ask about a network. */
public record NetworkContact(@Size(max = 200, message = "Namnet får vara högst {max} tecken.") String name,
                             @Size(max = 200, message = "Titeln får vara högst {max} tecken.") String title,
                             @Size(max = 320, message = "E-postadressen får vara högst {max} tecken.") String email,
                             @Size(max = 40, message = "Telefonnumret får vara högst {max} tecken.") String phone) {
}
