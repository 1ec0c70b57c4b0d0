package se.arena;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.core.annotation.AliasFor;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A scheduled job that every node fires on the same cron schedule, in Swedish time, and that
 * runs on exactly one of them each time: the node that takes the job's lock in the database
 * runs it, the others skip that firing. Put it on a public no-argument method of a bean:
 *
 * <pre>{@code
 * @ClusterJob(name = "activity-reminders", cron = "${arena.activity.reminder-cron:0 0 7 * * *}")
 * public void sendReminders() { ... }
 * }</pre>
 *
 * <p>The lock makes one node run each firing. A job whose effect must happen exactly once (one
 * reminder per person) still records what it has done in its own transaction, so that a run
 * after a crash neither repeats nor skips anything.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Scheduled(zone = "Europe/Stockholm") // TimeConfiguration.SWEDEN
@SchedulerLock
public @interface ClusterJob {

    String DEFAULT_LOCK_AT_LEAST_FOR = "PT5M";
    String DEFAULT_LOCK_AT_MOST_FOR = "PT30M";

    /** The job's lock: unique among jobs, at most 64 characters. */
    @AliasFor(annotation = SchedulerLock.class, attribute = "name")
    String name();

    /** A Spring cron expression in Europe/Stockholm; may be a ${placeholder}, and "-" turns the job off. */
    @AliasFor(annotation = Scheduled.class, attribute = "cron")
    String cron();

    /**
     * How long the lock stays taken after a quick run, so that a node that fires a little later
     * (its clock or scheduler behind the others) finds it taken and does not run the job again.
     * Longer than nodes can disagree, shorter than the time between two firings.
     */
    @AliasFor(annotation = SchedulerLock.class, attribute = "lockAtLeastFor")
    String lockAtLeastFor() default DEFAULT_LOCK_AT_LEAST_FOR;

    /** When the lock of a node that died mid-run frees itself: longer than the job ever takes. */
    @AliasFor(annotation = SchedulerLock.class, attribute = "lockAtMostFor")
    String lockAtMostFor() default DEFAULT_LOCK_AT_MOST_FOR;
}
