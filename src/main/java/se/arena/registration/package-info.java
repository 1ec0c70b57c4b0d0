/**
 * Registrations, seats per organisation, quotas, waitlists, transfers, appointments and yearly renewals.
 */
@ApplicationModule(displayName = "Registrations", allowedDependencies = { "network", "organisation", "notification", "privacy", "identity", "web" })
package se.arena.registration;

import org.springframework.modulith.ApplicationModule;
