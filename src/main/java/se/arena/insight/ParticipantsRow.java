package se.arena.insight;

/**
 * One network's participation in one year.
 *
 * @param confirmedYears seat years held that year: one per person with a confirmed seat
 * @param organisations  organisations that held at least one of them, of which so many kommuner and regioner
 * @param declined       seat years the organisations gave up for that year
 * @param lapsed         seat years left to lapse unanswered
 */
public record ParticipantsRow(String network, int year, int confirmedYears, int organisations, int municipalities, int regions,
                       int declined, int lapsed) {
}
