/**
 * Member organisations (kommuner and regioner), their counties, organisation numbers, invoice details and coordinators.
 */
@ApplicationModule(displayName = "Organisations", allowedDependencies = { "privacy", "web" })
package se.arena.organisation;

import org.springframework.modulith.ApplicationModule;
