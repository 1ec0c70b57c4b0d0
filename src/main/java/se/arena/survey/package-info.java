/**
 * Surveys to organisations and participants (mappings, evaluations), page feedback and results.
 */
@ApplicationModule(displayName = "Surveys",
        allowedDependencies = { "network", "registration", "organisation", "notification", "identity", "privacy", "web" })
package se.arena.survey;

import org.springframework.modulith.ApplicationModule;
