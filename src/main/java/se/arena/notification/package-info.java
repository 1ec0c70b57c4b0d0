/**
 * The e-mail outbox, templates, SMTP relay and message log.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "web" })
package se.arena.notification;

import org.springframework.modulith.ApplicationModule;
