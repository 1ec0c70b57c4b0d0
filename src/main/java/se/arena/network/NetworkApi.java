package se.arena.network;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public network catalogue as JSON. */
@RestController
@Tag(name = "Nätverk", description = "Nätverkskatalogen")
class NetworkApi {

    private final NetworkCatalogue catalogue;

    NetworkApi(NetworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/networks")
    @Operation(summary = "Publicerade nätverk", description = "Samma urval som /natverk, med samma filter.")
    List<NetworkSummary> networks(@RequestParam(name = "targetGroup", required = false) String targetGroup,
                                  @RequestParam(name = "theme", required = false) String theme,
                                  @RequestParam(name = "openOnly", required = false) String openOnly) {
        return catalogue.publicNetworks(NetworkFilter.of(targetGroup, theme, openOnly)).stream().map(NetworkSummary::of).toList();
    }

    /** A network as the API shows it: amounts in öre, dates as ISO dates. */
    record NetworkSummary(long id, String slug, String title, String theme, TargetGroup targetGroup, NetworkStatus status,
                          int firstYear, int lastYear, long feePerYearOre, Integer seatsPerOrganisation,
                          Integer totalCapacity, LocalDate registrationDeadline, boolean demo) {

        static NetworkSummary of(Network network) {
            return new NetworkSummary(network.id(), network.slug(), network.title(), network.theme(), network.targetGroup(),
                    network.status(), network.firstYear(), network.lastYear(), network.feePerYear().ore(),
                    network.seatsPerOrganisation(), network.totalCapacity(), network.registrationDeadline(), network.demo());
        }
    }
}
