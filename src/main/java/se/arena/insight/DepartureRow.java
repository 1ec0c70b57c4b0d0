package se.arena.insight;

import java.util.List;

/**
 * An organisation that declined or let lapse seats of a network for one year.
 *
 * @param people         who held those seats, each with what happened, e.g. "Anna Andersson (avböjd)"
 * @param confirmedLeft  the organisation's seats still confirmed in the network that year
 */
public record DepartureRow(String network, int year, String organisation, String organisationType, int declined, int lapsed,
                    List<String> people, int confirmedLeft) {

    public DepartureRow {
        people = List.copyOf(people);
    }

    public boolean stillTakesPart() {
        return confirmedLeft > 0;
    }
}
