package se.arena.insight.map;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationType;
import se.arena.registration.SeatYearReport;
import se.arena.registration.SeatYearReport.Standing;

/**
 * Who takes part where: each kommun's and region's participation in one network or all, in one
 * year. A confirmed seat that year counts first, then a place on a waitlist (only for this year
 * and later: a waitlist is about seats to come), then a seat the organisation had before.
 */
@Service
@Transactional(readOnly = true)
class CoverageMaps {

    private final KommunShapes shapes;
    private final SeatYearReport seatYears;
    private final NetworkAdministration networks;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    CoverageMaps(KommunShapes shapes, SeatYearReport seatYears, NetworkAdministration networks,
                 OrganisationDirectory organisations, Clock clock) {
        this.shapes = shapes;
        this.seatYears = seatYears;
        this.networks = networks;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The network and year the address names, each checked against what there is to choose. */
    MapChoice choose(String network, String year) {
        List<Network> all = networks.list(null, null);
        Network chosen = null;
        String networkError = null;
        if (network != null && !network.isBlank()) {
            chosen = all.stream().filter(n -> Long.toString(n.id()).equals(network.strip())).findFirst().orElse(null);
            networkError = chosen == null ? "Välj ett nätverk i listan." : null;
        }
        List<Integer> years = years(all, chosen);
        int shown = defaultYear(years);
        String yearError = null;
        if (year != null && !year.isBlank()) {
            String typed = year.strip();
            Integer match = years.stream().filter(y -> y.toString().equals(typed)).findFirst().orElse(null);
            if (match == null) {
                yearError = "Välj ett år i listan.";
            } else {
                shown = match;
            }
        }
        return new MapChoice(all, chosen, years, shown, networkError, yearError);
    }

    private int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The years to choose from, latest first: the network's period, or every network's years and this one. */
    private List<Integer> years(List<Network> all, Network chosen) {
        List<Network> spanning = chosen == null ? all : List.of(chosen);
        int first = spanning.stream().mapToInt(Network::firstYear).min().orElse(currentYear());
        int last = spanning.stream().mapToInt(Network::lastYear).max().orElse(currentYear());
        if (chosen == null) {
            first = Math.min(first, currentYear());
            last = Math.max(last, currentYear());
        }
        int from = first;
        return IntStream.iterate(last, year -> year >= from, year -> year - 1).boxed().toList();
    }

    /** This year when the choices include it, otherwise the nearest of them. */
    private int defaultYear(List<Integer> years) {
        int now = currentYear();
        return years.stream().min((a, b) -> Integer.compare(Math.abs(a - now), Math.abs(b - now))).orElse(now);
    }

    Coverage coverage(MapChoice choice) {
        Network network = choice.network();
        int year = choice.year();
        boolean waitlistCounts = year >= currentYear();
        Map<Long, CoverageStatus> statuses = new HashMap<>();
        for (Standing standing : seatYears.standings(network == null ? null : network.id(), year)) {
            CoverageStatus status = standing.confirmed() ? CoverageStatus.CONFIRMED
                    : standing.waitlisted() && waitlistCounts ? CoverageStatus.WAITLISTED
                    : standing.former() ? CoverageStatus.FORMER : CoverageStatus.NONE;
            statuses.put(standing.organisationId(), status);
        }
        List<Organisation> all = organisations.all();
        return Coverage.of(shapes, all.stream().filter(o -> o.type() == OrganisationType.MUNICIPALITY).toList(),
                all.stream().filter(o -> o.type() == OrganisationType.REGION).toList(), statuses);
    }
}
