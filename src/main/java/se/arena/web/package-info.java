/**
 * Layout, navigation, error pages, i18n and shared view helpers; holds no business rules and depends on no other module.
 */
@ApplicationModule(displayName = "Web shell", allowedDependencies = {})
package se.arena.web;

import org.springframework.modulith.ApplicationModule;
