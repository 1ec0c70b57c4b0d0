/**
 * Invoice runs, invoices, credit notes, PDF and Peppol BIS Billing 3.0 documents and exports.
 */
@ApplicationModule(displayName = "Invoicing", allowedDependencies = { "network", "registration", "organisation", "activity", "notification", "identity", "privacy", "web" })
package se.arena.invoicing;

import org.springframework.modulith.ApplicationModule;
