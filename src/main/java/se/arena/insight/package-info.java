/**
 * Dashboards and reports for staff.
 */
@ApplicationModule(displayName = "Insight", allowedDependencies = { "network", "registration", "organisation", "activity", "invoicing", "survey", "web" })
package se.arena.insight;

import org.springframework.modulith.ApplicationModule;
