package se.arena.identity.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.Paged;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.internal.AccountAdministration.AccountForm;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.web.ExportTable;
import se.arena.web.TableExport;
import se.arena.web.FormErrors;

/** Staff admins manage accounts and roles at /admin/konton. */
@Controller
class AccountsPage {

    private final AccountAdministration administration;
    private final OrganisationDirectory organisations;
    private final TableExport export;

    AccountsPage(AccountAdministration administration, OrganisationDirectory organisations, TableExport export) {
        this.administration = administration;
        this.organisations = organisations;
        this.export = export;
    }

    @GetMapping("/admin/konton")
    String list(@RequestParam(name = "q", required = false) String text,
                @RequestParam(name = "roll", required = false) String role,
                @RequestParam(name = "sida", required = false) String page, Model model) {
        Role chosenRole = AccountForm.parseRoles(role == null ? List.of() : List.of(role)).stream().findFirst().orElse(null);
        model.addAttribute("query", text == null ? "" : text);
        model.addAttribute("role", chosenRole);
        model.addAttribute("roles", Role.values());
        model.addAttribute("result", administration.search(text, chosenRole, Paged.pageNumber(page)));
        return "identity/accounts";
    }

    @GetMapping("/admin/konton/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "q", required = false) String text,
                                  @RequestParam(name = "roll", required = false) String role,
                                  @RequestParam(name = "format", defaultValue = "csv") String format) {
        Role chosenRole = AccountForm.parseRoles(role == null ? List.of() : List.of(role)).stream().findFirst().orElse(null);
        List<Account> accounts = administration.searchAll(text, chosenRole);
        List<List<String>> rows = accounts.stream().map(account -> List.of(
                account.email(), account.displayName(),
                String.join(", ", account.roles().stream().map(Role::label).toList()),
                account.enabled() ? "Aktivt" : "Avstängt")).toList();
        return export.download(new ExportTable("konton", List.of("E-post", "Namn", "Roller", "Status"), rows), format);
    }

    @GetMapping("/admin/konton/nytt")
    String newAccount(Model model) {
        model.addAttribute("form", new AccountForm("", "", "", "", Set.of(), Set.of()));
        return form(model, null);
    }

    @PostMapping("/admin/konton/nytt")
    String create(@RequestParam(name = "email", defaultValue = "") String email,
                  @RequestParam(name = "displayName", defaultValue = "") String displayName,
                  @RequestParam(name = "title", defaultValue = "") String title,
                  @RequestParam(name = "phone", defaultValue = "") String phone,
                  @RequestParam(name = "roles", required = false) List<String> roles,
                  @RequestParam(name = "organisationIds", required = false) List<Long> organisationIds,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        AccountForm form = new AccountForm(email, displayName, title, phone, AccountForm.parseRoles(roles), ids(organisationIds));
        FormErrors errors = validate(form, null);
        if (!errors.isEmpty()) {
            return invalid(model, response, form, errors, null);
        }
        long id = administration.create(form, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", form.roles().stream().anyMatch(Role::isStaff)
                ? "Kontot är skapat. En länk för att välja lösenord har skickats till " + form.email().strip() + "."
                : "Kontot är skapat. Personen loggar in med en länk till sin e-post.");
        return "redirect:/admin/konton/" + id;
    }

    @GetMapping("/admin/konton/{id}")
    String edit(@PathVariable long id, Model model) {
        Account account = administration.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", new AccountForm(account.email(), account.displayName(), account.title(), account.phone(),
                account.roles(), account.organisationIds()));
        return form(model, account);
    }

    @PostMapping("/admin/konton/{id}")
    String update(@PathVariable long id,
                  @RequestParam(name = "displayName", defaultValue = "") String displayName,
                  @RequestParam(name = "title", defaultValue = "") String title,
                  @RequestParam(name = "phone", defaultValue = "") String phone,
                  @RequestParam(name = "roles", required = false) List<String> roles,
                  @RequestParam(name = "organisationIds", required = false) List<Long> organisationIds,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Account account = administration.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AccountForm form = new AccountForm(account.email(), displayName, title, phone, AccountForm.parseRoles(roles), ids(organisationIds));
        FormErrors errors = validate(form, id);
        if (!errors.isEmpty()) {
            return invalid(model, response, form, errors, account);
        }
        administration.update(id, form, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Ändringarna är sparade.");
        return "redirect:/admin/konton/" + id;
    }

    @PostMapping("/admin/konton/{id}/status")
    String setEnabled(@PathVariable long id, @RequestParam(name = "aktivt") boolean enabled,
                      HttpServletRequest request, RedirectAttributes redirect) {
        administration.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!enabled && SignedInUser.current().map(user -> user.accountId() == id).orElse(false)) {
            redirect.addFlashAttribute("message", "Du kan inte stänga av ditt eget konto.");
            return "redirect:/admin/konton/" + id;
        }
        administration.setEnabled(id, enabled, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", enabled ? "Kontot är aktiverat." : "Kontot är avstängt och alla dess inloggningar är avslutade.");
        return "redirect:/admin/konton/" + id;
    }

    @PostMapping("/admin/konton/{id}/konfigureringslank")
    String sendSetUpLink(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        Account account = administration.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        administration.sendSetUpLink(id, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "En ny länk för att välja lösenord och koppla autentiseringsapp har skickats till "
                + account.email() + ". Tidigare länkar slutar fungera.");
        return "redirect:/admin/konton/" + id;
    }

    private FormErrors validate(AccountForm form, Long accountId) {
        FormErrors errors = FormErrors.checking(form);
        if (accountId == null) {
            if (!FormErrors.isEmail(form.email())) {
                errors.add("email", "Skriv en e-postadress, till exempel namn@kommun.se.");
            } else if (administration.emailTaken(form.email(), null)) {
                errors.add("email", "Det finns redan ett konto med den e-postadressen.");
            }
        }
        errors.asMap().putAll(new MyProfile.ProfileForm(form.displayName(), form.title(), form.phone()).validate().asMap());
        if (form.roles().isEmpty()) {
            errors.add("roles", "Välj minst en roll.");
        }
        if (form.roles().contains(Role.COORDINATOR) && form.organisationIds().isEmpty()) {
            errors.add("organisationIds", "En kontaktperson behöver minst en organisation.");
        }
        if (organisations.findAll(form.organisationIds()).size() != form.organisationIds().size()) {
            errors.add("organisationIds", "Välj organisationer ur listan.");
        }
        return errors;
    }

    private String invalid(Model model, HttpServletResponse response, AccountForm form, FormErrors errors, Account account) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.asMap());
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, account);
    }

    private String form(Model model, Account account) {
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        List<Organisation> all = organisations.all();
        model.addAttribute("organisations", all);
        return "identity/account-form";
    }

    private static Set<Long> ids(List<Long> organisationIds) {
        return organisationIds == null ? Set.of() : new LinkedHashSet<>(organisationIds);
    }
}
