package se.arena;

import java.lang.management.ManagementFactory;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs. Every node runs the scheduler. Work that is safe to share (the e-mail relay,
 * which claims each message) simply runs everywhere; a job that must run on one node only each
 * time it fires is a {@link ClusterJob}, which first takes the job's row in the {@code shedlock}
 * table (ShedLock). The lock is timed by the database's clock, so that nodes whose clocks
 * disagree still agree on when a lock runs out.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = ClusterJob.DEFAULT_LOCK_AT_MOST_FOR)
public class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                // Process and host, as the outbox relay names itself: two nodes on one host differ.
                .withLockedByValue(ManagementFactory.getRuntimeMXBean().getName())
                .usingDbTime()
                .build());
    }
}
