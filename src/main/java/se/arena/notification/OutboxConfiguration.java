package se.arena.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the relay on every node with a pause of {@code arena.outbox.relay-interval} between runs.
 * No cross-node lock is needed: the relay claims each message before sending it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxConfiguration implements SchedulingConfigurer {

    private final OutboxRelay relay;
    private final OutboxProperties settings;

    OutboxConfiguration(OutboxRelay relay, OutboxProperties settings) {
        this.relay = relay;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // The first run also waits one interval, so that start-up (and a test's own calls) go first.
        registrar.addFixedDelayTask(new FixedDelayTask(relay::relayDue, settings.relayInterval(), settings.relayInterval()));
    }
}
