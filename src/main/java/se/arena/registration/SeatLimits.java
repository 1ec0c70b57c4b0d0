package se.arena.registration;

/**
 * A network's two limits: seats per organisation and, optionally, seats in total.
 *
 * @param perOrganisation null for no limit per organisation
 * @param total null for no overall limit
 */
record SeatLimits(Integer perOrganisation, Integer total) {

    /** Whether one more person from an organisation with this many confirmed seats can have a seat now. */
    boolean hasRoom(int confirmedForOrganisation, int confirmedInTotal) {
        return (perOrganisation == null || confirmedForOrganisation < perOrganisation)
                && (total == null || confirmedInTotal < total);
    }

    boolean isFull(int confirmedInTotal) {
        return total != null && confirmedInTotal >= total;
    }
}
