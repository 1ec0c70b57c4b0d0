package se.arena.registration;

import java.util.List;

import se.arena.organisation.Organisation;

/** One organisation's part of a round, as staff follow it: its seats with their answers and who was asked. */
record RenewalProgress(Organisation organisation, List<RenewalSeat> seats, List<RenewalRequest> requests) {

    public long silent() {
        return seats.stream().filter(seat -> !seat.isAnswered()).count();
    }

    public boolean hasDeclined() {
        return seats.stream().anyMatch(seat -> seat.answer() == RenewalAnswer.DECLINED || seat.answer() == RenewalAnswer.LAPSED);
    }

    /** Besvarad, delvis besvarad or tyst, as the follow page shows it. */
    public String state() {
        long silent = silent();
        return silent == 0 ? "Besvarad" : silent == seats.size() ? "Inget svar" : "Delvis besvarad";
    }

    /** Whether the organisation belongs under the page's filter: alla, tysta, avbojda or besvarade. */
    public boolean matches(String filter) {
        return switch (filter) {
            case "tysta" -> silent() > 0;
            case "avbojda" -> hasDeclined();
            case "besvarade" -> silent() == 0;
            default -> true;
        };
    }
}
