package se.arena.registration;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.arena.identity.ResourceOwnership;
import se.arena.identity.SignedInUser;

/** A signed-in person reaches a re-confirmation request by id only when it was sent to their own address. */
@Component
class RenewalRequestOwnership implements ResourceOwnership {

    private final RenewalRepository renewals;

    RenewalRequestOwnership(RenewalRepository renewals) {
        this.renewals = renewals;
    }

    @Override
    public String pathVariable() {
        return "renewalRequestId";
    }

    @Override
    public boolean mayAccess(Optional<SignedInUser> user, String id) {
        return user.isPresent() && id != null && id.matches("\\d{1,18}")
                && renewals.findRequest(Long.parseLong(id))
                        .filter(request -> request.recipientEmail().equalsIgnoreCase(user.get().email()))
                        .isPresent();
    }
}
