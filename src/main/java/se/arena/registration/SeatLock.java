package se.arena.registration;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The network's lock row, taken before every seat decision (registering, promoting, cancelling,
 * transferring, declining a year), so that the counts a decision rests on cannot change until it
 * is committed: the limits hold however many people act at the same moment.
 */
@Component
class SeatLock {

    private final RegistrationRepository registrations;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separateTransaction;

    SeatLock(RegistrationRepository registrations, PlatformTransactionManager transactions) {
        this.registrations = registrations;
        this.transaction = new TransactionTemplate(transactions);
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs the decision in a transaction holding the network's lock; joins the caller's transaction if there is one. */
    <T> T decide(long networkId, Supplier<T> decision) {
        ensureLockRow(networkId);
        return transaction.execute(status -> {
            registrations.lock(networkId);
            return decision.get();
        });
    }

    void run(long networkId, Runnable decision) {
        decide(networkId, () -> {
            decision.run();
            return null;
        });
    }

    /** The lock row is made once per network, outside the decision's own transaction. */
    private void ensureLockRow(long networkId) {
        if (registrations.lockRowExists(networkId)) {
            return;
        }
        try {
            separateTransaction.executeWithoutResult(status -> registrations.insertLockRow(networkId));
        } catch (DuplicateKeyException madeByAConcurrentDecision) {
            // the row exists now, which is all that was needed
        }
    }
}
