package se.arena.identity.internal;

import java.util.EnumSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.identity.ParticipantAccounts;
import se.arena.identity.Role;

@Service
class ParticipantAccountCreation implements ParticipantAccounts {

    private final AccountRepository accounts;
    private final TransactionTemplate ownTransaction;

    ParticipantAccountCreation(AccountRepository accounts, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void ensureFor(String email, String displayName) {
        if (accounts.findByEmail(email).isPresent()) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> {
                long id = accounts.insert(email, displayName);
                accounts.replaceRoles(id, EnumSet.of(Role.PARTICIPANT));
            });
        } catch (DuplicateKeyException createdByAConcurrentRegistration) {
            // the account exists now, which is all that was needed
        }
    }
}
