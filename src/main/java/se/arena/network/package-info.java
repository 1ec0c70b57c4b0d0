/**
 * Networks: their invitation content, period, fee, seat limit, lifecycle and contact people.
 */
@ApplicationModule(displayName = "Networks", allowedDependencies = { "organisation", "identity", "privacy", "web" })
package se.arena.network;

import org.springframework.modulith.ApplicationModule;
