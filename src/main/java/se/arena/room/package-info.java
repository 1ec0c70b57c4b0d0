/**
 * The digital collaboration room of a network: threads, posts, documents, directory and sub-groups.
 */
@ApplicationModule(displayName = "Collaboration rooms", allowedDependencies = { "network", "registration", "organisation", "activity", "identity", "notification", "privacy", "web" })
package se.arena.room;

import org.springframework.modulith.ApplicationModule;
