package se.arena;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.CronTrigger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link ClusterJob} fired by two nodes at the same moment runs once. Node A is this
 * application (the job's Spring proxy, as its scheduler calls it); node B has a lock provider
 * of its own on the same database, as another JVM would. Runs on H2 and on PostgreSQL.
 */
@SpringBootTest
class ClusterJobIntegrationTest {

    @Autowired
    ProbeClusterJob job;

    @Autowired
    ScheduledTaskHolder scheduler;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetJob() {
        job.reset();
    }

    @Test
    void theSchedulerFiresAClusterJobByItsCronInSwedishTime() {
        List<CronTask> probeTasks = scheduler.getScheduledTasks().stream()
                .map(ScheduledTask::getTask)
                .filter(CronTask.class::isInstance)
                .map(CronTask.class::cast)
                .filter(task -> task.getRunnable().toString().contains("ProbeClusterJob.fire"))
                .toList();
        assertThat(probeTasks).hasSize(1);
        assertThat(probeTasks.getFirst().getTrigger()).isEqualTo(new CronTrigger(ProbeClusterJob.CRON, TimeConfiguration.SWEDEN));
    }

    /**
     * Both nodes fire together; the first to take the lock holds its run open until the other
     * node's firing has been decided, so the other fires while the lock is certainly held.
     * Afterwards a node that fires late, within lockAtLeastFor, does not run the job again.
     */
    @Test
    void twoNodesFiringAtOnceRunTheJobOnce() throws Exception {
        LockingTaskExecutor nodeB = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withLockedByValue("node-b")
                        .usingDbTime()
                        .build()));
        LockConfiguration lock = new LockConfiguration(Instant.now(), ProbeClusterJob.NAME,
                Duration.parse(ClusterJob.DEFAULT_LOCK_AT_MOST_FOR), Duration.parse(ClusterJob.DEFAULT_LOCK_AT_LEAST_FOR));

        int runs = fireTogether(job::fire, () -> nodeB.executeWithLock((Runnable) job::work, lock));

        assertThat(runs).as("runs while both nodes had fired").isEqualTo(1);
        assertThat(job.runs()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = :name").param("name", ProbeClusterJob.NAME)
                .query(Long.class).single()).isEqualTo(1);

        job.fire();
        nodeB.executeWithLock((Runnable) job::work, lock);
        assertThat(job.runs()).as("a late firing in the same window").isEqualTo(1);
    }

    /** Negative control: the same two firings without the lock both run the job. */
    @Test
    void withoutTheLockBothNodesRunTheJob() throws Exception {
        int runs = fireTogether(job::work, job::work);

        assertThat(runs).isEqualTo(2);
        assertThat(job.runs()).isEqualTo(2);
    }

    /**
     * Fires both nodes at once, each on its own thread, and returns how many runs had started
     * once both firings were decided: a run holds at its middle until then, and a firing that
     * did not run counts as decided when it returns.
     */
    private int fireTogether(Runnable nodeA, Runnable nodeB) throws Exception {
        CountDownLatch decided = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        job.whileRunning(() -> {
            decided.countDown();
            await(release);
        });
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> firings = new ArrayList<>();
            for (Runnable node : List.of(nodeA, nodeB)) {
                firings.add(nodes.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    node.run();
                    if (!job.ranOn(Thread.currentThread())) {
                        decided.countDown();
                    }
                    return null;
                }));
            }
            assertThat(decided.await(30, TimeUnit.SECONDS)).as("both firings decided").isTrue();
            int runs = job.runs();
            release.countDown();
            for (Future<?> firing : firings) {
                firing.get(30, TimeUnit.SECONDS);
            }
            return runs;
        } finally {
            release.countDown();
            nodes.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the run");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
