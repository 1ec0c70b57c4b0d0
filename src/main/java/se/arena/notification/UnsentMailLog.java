package se.arena.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.arena.ArenaProperties;
import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;

/**
 * With demo content and no e-mail server, prints each committed message, personal links
 * included, to the application log: that is how someone trying the embedded default signs in
 * as a coordinator, while staff in the message log still see the links masked. Only the
 * operator reads the log, and a real installation has an e-mail server and no demo content.
 * The demo content's own e-mails to its fictional people stay in the outbox without being
 * printed, so that they do not bury the links someone trying Arena is looking for.
 */
@Component
@ConditionalOnDemoContent
class UnsentMailLog {

    private static final Logger log = LoggerFactory.getLogger(UnsentMailLog.class);

    private final boolean noMailServer;
    private final String fallbackLink;

    UnsentMailLog(ObjectProvider<JavaMailSender> mailSender, ArenaProperties arena) {
        this.noMailServer = mailSender.getIfAvailable() == null;
        this.fallbackLink = arena.baseUrl() + OutboxRelay.SIGN_IN_PATH;
        if (noMailServer) {
            log.info("Demo content without an e-mail server: each e-mail is printed here, with its links, "
                    + "as it is put in the outbox");
        }
    }

    void whenCommitted(String recipient, String subject, String storedText, List<MaskedLinks.StoredLink> links) {
        if (!noMailServer || DemoContentLedger.loading()) {
            return;
        }
        String text = MaskedLinks.forRecipient(storedText, links, fallbackLink, false);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                log.info("E-mail not sent (no e-mail server), to {}: {}\n{}", recipient, subject, text);
            }
        });
    }
}
