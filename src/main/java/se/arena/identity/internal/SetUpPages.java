package se.arena.identity.internal;

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
import org.springframework.web.bind.annotation.RequestParam;
import se.arena.web.FormErrors;

/** A staff member's first visit: choose a password, connect an authenticator app, note the backup codes. */
@Controller
class SetUpPages {

    private final AccountSetUp setUp;
    private final SignInService signIn;
    private final SignInSessions sessions;

    SetUpPages(AccountSetUp setUp, SignInService signIn, SignInSessions sessions) {
        this.setUp = setUp;
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @GetMapping("/konfigurera/{token}")
    String passwordPage(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", setUp.isLinkUsable(token));
        return "identity/set-up-password";
    }

    @PostMapping("/konfigurera/{token}")
    String choosePassword(@PathVariable String token,
                          @RequestParam(name = "password", defaultValue = "") String password,
                          @RequestParam(name = "repeat", defaultValue = "") String repeat,
                          HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", true);
        FormErrors errors = new FormErrors();
        PasswordPolicy.problemWith(password).ifPresent(problem -> errors.add("password", problem));
        if (errors.isEmpty() && !password.equals(repeat)) {
            errors.add("repeat", "Lösenorden är inte likadana. Skriv samma lösenord i båda fälten.");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.asMap());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "identity/set-up-password";
        }
        Optional<Account> account = setUp.choosePassword(token, password);
        if (account.isEmpty()) {
            model.addAttribute("usable", false);
            response.setStatus(HttpStatus.GONE.value());
            return "identity/set-up-password";
        }
        sessions.startPending(account.get().id(), PendingSignIn.Stage.APP_ENROLMENT, request, response);
        return "redirect:/konfigurera/app";
    }

    @GetMapping("/konfigurera/app")
    String appPage(HttpServletRequest request, Model model) {
        Optional<PendingSignIn> pending = sessions.pending(request, PendingSignIn.Stage.APP_ENROLMENT);
        if (pending.isEmpty()) {
            return "redirect:/logga-in/personal?tidenGickUt";
        }
        addEnrolment(model, setUp.account(pending.get().accountId()));
        return "identity/set-up-app";
    }

    @PostMapping("/konfigurera/app")
    String confirmApp(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
                      HttpServletResponse response, Model model) {
        Optional<PendingSignIn> pending = sessions.pending(request, PendingSignIn.Stage.APP_ENROLMENT);
        if (pending.isEmpty()) {
            return "redirect:/logga-in/personal?tidenGickUt";
        }
        long accountId = pending.get().accountId();
        Optional<List<String>> backupCodes = setUp.confirmApp(accountId, code);
        if (backupCodes.isEmpty()) {
            addEnrolment(model, setUp.account(accountId));
            model.addAttribute("errors", new FormErrors().add("code",
                    "Koden stämmer inte. Kontrollera att du lagt till kontot i appen och skriv koden den visar just nu.").asMap());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "identity/set-up-app";
        }
        sessions.establishWithSecondFactor(signIn.signedInUser(accountId), request, response);
        // shown in this response only, never stored in the clear
        model.addAttribute("backupCodes", backupCodes.get());
        return "identity/backup-codes";
    }

    private static void addEnrolment(Model model, Account account) {
        String uri = Totp.provisioningUri(account.totpSecret(), account.email());
        model.addAttribute("secret", account.totpSecret().replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("qrCode", Totp.qrCodeDataUri(uri));
        model.addAttribute("provisioningUri", uri);
    }
}
