package se.arena.invoicing;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.arena.identity.ResourceOwnership;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;

/** A coordinator reaches an invoice or credit note by id only when it was issued to one of their organisations. */
@Component
class InvoiceOwnership implements ResourceOwnership {

    private final Invoices invoices;

    InvoiceOwnership(Invoices invoices) {
        this.invoices = invoices;
    }

    @Override
    public String pathVariable() {
        return "invoiceDocumentId";
    }

    @Override
    public boolean mayAccess(Optional<SignedInUser> user, String id) {
        return user.isPresent() && user.get().has(Role.COORDINATOR) && id != null && id.matches("\\d{1,18}")
                && invoices.find(Long.parseLong(id))
                        .map(IssuedDocument::organisationId)
                        .filter(organisationId -> user.get().organisationIds().contains(organisationId))
                        .isPresent();
    }
}
