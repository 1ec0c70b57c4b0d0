/**
 * Meetings, webcasts, seminars and conferences: occasions, sign-ups, programme, attendance and calendar feeds.
 */
@ApplicationModule(displayName = "Activities", allowedDependencies = { "network", "registration", "organisation", "notification", "identity", "privacy", "web" })
package se.arena.activity;

import org.springframework.modulith.ApplicationModule;
