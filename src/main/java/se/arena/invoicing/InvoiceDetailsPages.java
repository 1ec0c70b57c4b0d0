package se.arena.invoicing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.TimeConfiguration;
import se.arena.identity.SignedInUser;
import se.arena.organisation.InvoiceDetailsForm;
import se.arena.organisation.InvoicePreferences;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationInvoiceDetails;
import se.arena.organisation.OrganisationInvoicing;
import se.arena.web.FormErrors;

import static se.arena.web.FormValues.value;

/**
 * The organisation's invoice details, kept by its coordinators on their organisation's page and
 * by staff on theirs: the same form at two addresses. Coordinators reach only their own
 * organisations ("organisationId" is checked for every request by the identity module).
 */
@Controller
class InvoiceDetailsPages {

    private static final String COORDINATOR_PAGE = "/organisation/{organisationId}/fakturauppgifter";
    private static final String STAFF_PAGE = "/admin/organisationer/{organisationId}/fakturauppgifter";

    private final OrganisationDirectory organisations;
    private final OrganisationInvoicing invoicing;
    private final InvoicePreferences preferences;

    InvoiceDetailsPages(OrganisationDirectory organisations, OrganisationInvoicing invoicing, InvoicePreferences preferences) {
        this.organisations = organisations;
        this.invoicing = invoicing;
        this.preferences = preferences;
    }

    @GetMapping({COORDINATOR_PAGE, STAFF_PAGE})
    String show(@PathVariable long organisationId, HttpServletRequest request, Model model) {
        Organisation organisation = organisation(organisationId);
        Optional<OrganisationInvoiceDetails> stored = invoicing.detailsOf(organisationId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", InvoiceDetailsForm.of(stored));
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("stored", stored.orElse(null));
        model.addAttribute("changedOn", stored.map(details -> LocalDate.ofInstant(details.changedAt(), TimeConfiguration.SWEDEN))
                .orElse(null));
        model.addAttribute("perPerson", preferences.isPerPerson(organisationId));
        model.addAttribute("staffView", isStaffPage(request));
        model.addAttribute("path", path(organisationId, request));
        return "invoicing/invoice-details";
    }

    @PostMapping({COORDINATOR_PAGE, STAFF_PAGE})
    String save(@PathVariable long organisationId, HttpServletRequest request, HttpServletResponse response, Model model,
                RedirectAttributes redirect) {
        Organisation organisation = organisation(organisationId);
        InvoiceDetailsForm form = new InvoiceDetailsForm(value(request, "street"), value(request, "additionalLine"),
                value(request, "postalCode"), value(request, "city"), value(request, "reference"), value(request, "peppolId"),
                value(request, "gln"));
        FormErrors errors = form.validate();
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors.asMap());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(organisationId, request, model);
        }
        boolean changed = invoicing.save(organisation, form, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", changed
                ? "Fakturauppgifterna för " + organisation.name() + " är sparade. Nästa faktura skickas dit."
                : "Inget ändrades: fakturauppgifterna var redan de här.");
        return "redirect:" + path(organisationId, request);
    }

    private static boolean isStaffPage(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/admin/");
    }

    /** The page the request came to, built from the id rather than copied from the request. */
    private static String path(long organisationId, HttpServletRequest request) {
        return (isStaffPage(request) ? STAFF_PAGE : COORDINATOR_PAGE).replace("{organisationId}", Long.toString(organisationId));
    }

    private Organisation organisation(long id) {
        return organisations.findAll(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
