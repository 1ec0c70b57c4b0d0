/**
 * Dashboards and reports for staff.
 */
@ApplicationModule(displayName = "Insight", allowedDependencies = { "network", "registration", "organisation", "activity", "invoicing", "survey" })
package se.arena.insight;

import org.springframework.modulith.ApplicationModule;
