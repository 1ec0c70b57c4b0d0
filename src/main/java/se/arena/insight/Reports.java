package se.arena.insight;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.invoicing.InvoiceRevenue;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationType;
import se.arena.registration.SeatYearReport;
import se.arena.registration.SeatYearReport.EndedYear;
import se.arena.registration.SeatYearReport.OrganisationYear;

/**
 * The staff reports: revenue, participants and departures per network and year. The figures come
 * from the invoicing and registration modules; this class only names and orders them, networks
 * in the order of the network list and organisations alphabetically.
 */
@Service
@Transactional(readOnly = true)
class Reports {

    private final InvoiceRevenue revenue;
    private final SeatYearReport seatYears;
    private final NetworkAdministration networks;
    private final OrganisationDirectory organisations;

    Reports(InvoiceRevenue revenue, SeatYearReport seatYears, NetworkAdministration networks,
            OrganisationDirectory organisations) {
        this.revenue = revenue;
        this.seatYears = seatYears;
        this.networks = networks;
        this.organisations = organisations;
    }

    /** Every network, for the filter, in the order the reports list them. */
    List<Network> networks() {
        return networks.list(null, null);
    }

    /**
     * The years of all networks' periods, latest first, for the filter; widened to the years the
     * filter names, so that the form always shows what the reports are for.
     */
    List<Integer> years(List<Network> all, ReportFilter filter) {
        IntSummaryStatistics years = Stream.concat(all.stream().flatMap(network -> Stream.of(network.firstYear(), network.lastYear())),
                Stream.of(filter.fromYear(), filter.toYear()).filter(Objects::nonNull))
                .mapToInt(Integer::intValue).summaryStatistics();
        if (years.getCount() == 0) {
            return List.of();
        }
        return IntStream.iterate(years.getMax(), year -> year >= years.getMin(), year -> year - 1).boxed().toList();
    }

    List<RevenueRow> revenue(ReportFilter filter) {
        NetworkNames names = new NetworkNames(networks());
        return revenue.perNetworkAndYear(filter.networkId(), filter.fromYear(), filter.toYear()).stream()
                .sorted(Comparator.comparingInt((InvoiceRevenue.NetworkYear row) -> names.position(row.networkId()))
                        .thenComparing(InvoiceRevenue.NetworkYear::year, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(row -> new RevenueRow(names.name(row.networkId()), row.year(), row.net(), row.vat(), row.total(),
                        row.invoices(), row.creditNotes()))
                .toList();
    }

    List<ParticipantsRow> participants(ReportFilter filter) {
        NetworkNames names = new NetworkNames(networks());
        List<OrganisationYear> years = seatYears.byOrganisation(filter.networkId(), filter.fromYear(), filter.toYear());
        Map<Long, Organisation> members = members(years);
        Map<NetworkYear, List<OrganisationYear>> byNetworkYear = years.stream()
                .collect(Collectors.groupingBy(row -> new NetworkYear(row.networkId(), row.year())));
        return byNetworkYear.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt((NetworkYear key) -> names.position(key.networkId()))
                        .thenComparingInt(NetworkYear::year)))
                .map(entry -> {
                    List<OrganisationYear> list = entry.getValue();
                    List<OrganisationYear> taking = list.stream().filter(row -> row.confirmed() > 0).toList();
                    return new ParticipantsRow(names.name(entry.getKey().networkId()), entry.getKey().year(),
                            list.stream().mapToInt(OrganisationYear::confirmed).sum(), taking.size(),
                            count(taking, members, OrganisationType.MUNICIPALITY), count(taking, members, OrganisationType.REGION),
                            list.stream().mapToInt(OrganisationYear::declined).sum(),
                            list.stream().mapToInt(OrganisationYear::lapsed).sum());
                })
                .toList();
    }

    List<DepartureRow> departures(ReportFilter filter) {
        NetworkNames names = new NetworkNames(networks());
        List<OrganisationYear> years = seatYears.byOrganisation(filter.networkId(), filter.fromYear(), filter.toYear()).stream()
                .filter(row -> row.declined() + row.lapsed() > 0).toList();
        Map<Long, Organisation> members = members(years);
        Map<Long, Integer> alphabetical = new HashMap<>();
        members.keySet().forEach(id -> alphabetical.put(id, alphabetical.size()));
        Map<OrganisationNetworkYear, List<String>> people = seatYears.ended(filter.networkId(), filter.fromYear(), filter.toYear())
                .stream().collect(Collectors.groupingBy(
                        ended -> new OrganisationNetworkYear(ended.networkId(), ended.year(), ended.organisationId()),
                        Collectors.mapping(Reports::person, Collectors.toList())));
        return years.stream()
                .sorted(Comparator.comparingInt((OrganisationYear row) -> names.position(row.networkId()))
                        .thenComparingInt(OrganisationYear::year)
                        .thenComparingInt(row -> alphabetical.getOrDefault(row.organisationId(), Integer.MAX_VALUE)))
                .map(row -> {
                    Organisation member = members.get(row.organisationId());
                    return new DepartureRow(names.name(row.networkId()), row.year(),
                            member == null ? "Organisation " + row.organisationId() : member.name(),
                            member == null ? "" : member.type().label(), row.declined(), row.lapsed(),
                            people.getOrDefault(new OrganisationNetworkYear(row.networkId(), row.year(), row.organisationId()),
                                    List.of()), row.confirmed());
                })
                .toList();
    }

    private static String person(EndedYear ended) {
        return ended.name() + " (" + ended.status().label().toLowerCase(Locale.forLanguageTag("sv-SE")) + ")";
    }

    /** The rows' organisations by id, in Swedish alphabetical order. */
    private Map<Long, Organisation> members(List<OrganisationYear> rows) {
        return organisations.findAll(rows.stream().map(OrganisationYear::organisationId).distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static int count(List<OrganisationYear> taking, Map<Long, Organisation> members, OrganisationType type) {
        return (int) taking.stream().map(row -> members.get(row.organisationId()))
                .filter(member -> member != null && member.type() == type).count();
    }

    private record NetworkYear(long networkId, int year) {
    }

    private record OrganisationNetworkYear(long networkId, int year, long organisationId) {
    }

    /** Networks' titles and their place in the network list; documents without a network come last. */
    private static final class NetworkNames {

        private final Map<Long, String> titles = new HashMap<>();
        private final Map<Long, Integer> positions = new HashMap<>();

        NetworkNames(List<Network> networks) {
            for (Network network : networks) {
                titles.put(network.id(), network.title());
                positions.put(network.id(), positions.size());
            }
        }

        String name(Long networkId) {
            if (networkId == null) {
                return "Utan nätverk";
            }
            return titles.getOrDefault(networkId, "Nätverk " + networkId);
        }

        int position(Long networkId) {
            return networkId == null ? Integer.MAX_VALUE : positions.getOrDefault(networkId, Integer.MAX_VALUE - 1);
        }
    }
}
