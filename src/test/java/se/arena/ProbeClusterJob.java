package se.arena;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * A cluster job that exists only in tests, top-level so that test scanning finds it. Its cron
 * names 30 February, so the scheduler registers it but never fires it: tests fire it themselves.
 * State is reached through methods, because the bean is a proxy whose own fields stay empty.
 */
@Component
public class ProbeClusterJob {

    static final String NAME = "probe-cluster-job";
    static final String CRON = "0 0 7 30 2 *";

    private final AtomicInteger runs = new AtomicInteger();
    private final Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
    private volatile Runnable whileRunning = () -> { };

    /** What a node's scheduler calls when the job fires. */
    @ClusterJob(name = NAME, cron = CRON)
    public void fire() {
        work();
    }

    /** The job's body, without the lock. */
    public void work() {
        runs.incrementAndGet();
        ranOn.add(Thread.currentThread());
        whileRunning.run();
    }

    public int runs() {
        return runs.get();
    }

    public boolean ranOn(Thread thread) {
        return ranOn.contains(thread);
    }

    /** Lets a test hold a run at its middle, where the run holds its lock. */
    public void whileRunning(Runnable hook) {
        whileRunning = hook;
    }

    public void reset() {
        runs.set(0);
        ranOn.clear();
        whileRunning = () -> { };
    }
}
