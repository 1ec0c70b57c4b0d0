package se.arena.network;

import java.time.LocalDate;

import se.arena.Money;

/**
 * A multi-year knowledge network: who it is for, its period, its fee per person and year
 * and how many seats each organisation may hold.
 *
 * @param seatsPerOrganisation null when an organisation may send any number of people
 * @param vatRatePerMille VAT in thousandths (250 = 25 %), so that rates like 12.5 % stay exact
 * @param totalCapacity null when only the per-organisation limit applies
 * @param membership what leaving costs and how the yearly re-confirmation runs
 * @param asksPhase whether the registration form asks where the organisation stands in the work
 *                  (the phases are the registration module's), for sub-groups by phase
 */
public record Network(
        long id,
        String slug,
        String title,
        String theme,
        TargetGroup targetGroup,
        NetworkStatus status,
        int firstYear,
        int lastYear,
        Money feePerYear,
        int vatRatePerMille,
        Integer seatsPerOrganisation,
        LocalDate registrationDeadline,
        String feeIncludes,
        String summary,
        boolean demo,
        Integer totalCapacity,
        boolean admitsMunicipalities,
        boolean admitsRegions,
        MembershipRules membership,
        boolean asksPhase) {

    public Network {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("Nätverkets sista år kan inte ligga före det första.");
        }
        if (!admitsMunicipalities && !admitsRegions) {
            throw new IllegalArgumentException("Nätverket måste vara öppet för kommuner, regioner eller båda.");
        }
    }

    /** Who may join, as the invitations say it. */
    public String admits() {
        return admitsMunicipalities && admitsRegions ? "Kommuner och regioner" : admitsMunicipalities ? "Kommuner" : "Regioner";
    }

    public String period() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "–" + lastYear;
    }

    public boolean isFree() {
        return feePerYear.isZero();
    }

    /** How the invitations state the fee: "900 kr per person och år", or that it is free. */
    public String feeDescription() {
        return isFree() ? "Kostnadsfritt" : feePerYear.format() + " per person och år";
    }

    /** Open for registration today: the state says so and the deadline has not passed. */
    public boolean acceptsRegistrations(LocalDate today) {
        return status == NetworkStatus.OPEN
                && (registrationDeadline == null || !today.isAfter(registrationDeadline));
    }
}
