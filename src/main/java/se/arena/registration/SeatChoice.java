package se.arena.registration;

import jakarta.validation.constraints.Size;

/**
 * What someone chose for one seat on the round's page.
 *
 * @param colleagueName  for {@link RenewalAnswer#TRANSFERRED}: who is to take the seat over
 * @param colleagueEmail for {@link RenewalAnswer#TRANSFERRED}: where their offer goes
 */
public record SeatChoice(RenewalAnswer answer, @Size(max = 200) String colleagueName, @Size(max = 320) String colleagueEmail) {

    public static SeatChoice of(RenewalAnswer answer) {
        return new SeatChoice(answer, null, null);
    }
}
