package se.arena.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the relay on every node with a pause of {@code arena.outbox.relay-interval} between runs
 * (scheduling itself is switched on by {@code se.arena.SchedulingConfiguration}).
 * Deliberately not a {@code ClusterJob} behind a ShedLock lock: the relay claims each message
 * with a conditional update before sending it, so nodes running at once share the work instead
 * of waiting for each other, and a node that dies mid-run holds up only the messages it had
 * claimed, for the claim timeout, instead of all e-mail for a lock's lifetime.
 */
@Configuration(proxyBeanMethods = false)
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
