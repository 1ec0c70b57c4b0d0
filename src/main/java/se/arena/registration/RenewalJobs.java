package se.arena.registration;

import org.springframework.stereotype.Component;

import se.arena.ClusterJob;

/**
 * The re-confirmation's daily work, on one node: closing the rounds past their deadline, giving
 * the waitlists the seats that the year has freed, opening the rounds whose day has come, and
 * reminding the silent. Each step records what it has done, so a
 * run after a crash neither repeats nor skips anything.
 */
@Component
class RenewalJobs {

    private final Renewals renewals;

    RenewalJobs(Renewals renewals) {
        this.renewals = renewals;
    }

    @ClusterJob(name = "renewal-rounds", cron = "${arena.registration.renewal-cron:0 30 6 * * *}")
    public void runRenewals() {
        renewals.closeRoundsPastDeadline();
        renewals.fillSeatsFreedThisYear();
        renewals.openScheduledRounds();
        renewals.sendDueReminders();
    }
}
