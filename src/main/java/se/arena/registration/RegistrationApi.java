package se.arena.registration;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;

/** A network's registrations as JSON, for staff (the same rule as the staff pages). */
@RestController
@Tag(name = "Anmälningar", description = "Anmälningar till ett nätverk (kräver personalbehörighet)")
class RegistrationApi {

    private final NetworkCatalogue catalogue;
    private final Registrations registrations;

    RegistrationApi(NetworkCatalogue catalogue, Registrations registrations) {
        this.catalogue = catalogue;
        this.registrations = registrations;
    }

    @GetMapping("/api/v1/networks/{networkId}/registrations")
    @Operation(summary = "Nätverkets anmälningar i den ordning de kom in")
    List<RegistrationSummary> registrations(@PathVariable long networkId) {
        Network network = catalogue.find(networkId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return registrations.allOf(network).stream().map(RegistrationSummary::of).toList();
    }

    record RegistrationSummary(long id, long organisationId, String name, String title, String email,
                               ParticipantKind kind, RegistrationStatus status, Instant createdAt) {

        static RegistrationSummary of(Registration registration) {
            return new RegistrationSummary(registration.id(), registration.organisationId(), registration.name(),
                    registration.title(), registration.email(), registration.kind(), registration.status(),
                    registration.createdAt());
        }
    }
}
