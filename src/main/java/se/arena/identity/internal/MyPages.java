package se.arena.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.identity.MyPagesSection;
import se.arena.identity.SignedInUser;
import se.arena.organisation.OrganisationDirectory;
import se.arena.web.FormErrors;

/** "Mina sidor": a person's own contact details, a coordinator's organisations, and what other modules hold for the person. */
@Controller
class MyPages {

    private final MyProfile profiles;
    private final OrganisationDirectory organisations;
    private final List<MyPagesSection> sections;

    MyPages(MyProfile profiles, OrganisationDirectory organisations, List<MyPagesSection> sections) {
        this.profiles = profiles;
        this.organisations = organisations;
        this.sections = sections;
    }

    @GetMapping("/mina-sidor")
    String show(Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        Account account = profiles.account(user.accountId());
        model.addAttribute("account", account);
        model.addAttribute("organisations", organisations.findAll(account.organisationIds()));
        model.addAttribute("sections", sections.stream()
                .flatMap(section -> section.content(user).stream()
                        .map(content -> new MyPagesSection.Shown(section.template(), content)))
                .toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MyProfile.ProfileForm(account.displayName(), account.title(), account.phone()));
        }
        return "identity/my-pages";
    }

    @PostMapping("/mina-sidor/profil")
    String update(@RequestParam(name = "displayName", defaultValue = "") String displayName,
                  @RequestParam(name = "title", defaultValue = "") String title,
                  @RequestParam(name = "phone", defaultValue = "") String phone,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        MyProfile.ProfileForm form = new MyProfile.ProfileForm(displayName, title, phone);
        FormErrors errors = form.validate();
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors.asMap());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model);
        }
        profiles.update(user, form, request.getRemoteAddr());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/mina-sidor";
    }
}
