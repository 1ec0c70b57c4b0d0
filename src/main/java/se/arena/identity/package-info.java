/**
 * Accounts, sign-in (e-mail link, password with TOTP), roles and sessions.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "organisation", "notification", "privacy", "web" })
package se.arena.identity;

import org.springframework.modulith.ApplicationModule;
