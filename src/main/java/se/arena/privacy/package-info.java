/**
 * Audit log, data-subject export, erasure and retention.
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = { "web" })
package se.arena.privacy;

import org.springframework.modulith.ApplicationModule;
