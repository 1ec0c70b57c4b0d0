/**
 * Audit log, data-subject export, erasure and retention.
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = {  })
package se.arena.privacy;

import org.springframework.modulith.ApplicationModule;
