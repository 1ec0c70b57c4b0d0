package se.arena.registration;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.arena.identity.ResourceOwnership;
import se.arena.identity.SignedInUser;

/** A signed-in person reaches a registration by id only when it was made with their own e-mail address. */
@Component
class RegistrationOwnership implements ResourceOwnership {

    private final RegistrationRepository registrations;

    RegistrationOwnership(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    public String pathVariable() {
        return "registrationId";
    }

    @Override
    public boolean mayAccess(Optional<SignedInUser> user, String id) {
        return user.isPresent() && id != null && id.matches("\\d{1,18}")
                && registrations.findById(Long.parseLong(id))
                        .filter(registration -> registration.email().equalsIgnoreCase(user.get().email()))
                        .isPresent();
    }
}
