package se.arena.room.message;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
import se.arena.SecretTokens;
import se.arena.activity.Activity;
import se.arena.identity.SignedInUser;
import se.arena.web.ExportTable;
import se.arena.web.FormErrors;
import se.arena.web.SwedishTime;
import se.arena.web.TableExport;

/**
 * Staff's messages to participants ("Meddelanden"): the list of what was sent and scheduled, the
 * compose page of one audience with its preview and test send, and each message with where every
 * recipient's mail is.
 */
@Controller
class MessagePages {

    private static final int PAGE_SIZE = 50;
    private static final String ID = "\\d{1,18}";

    private final ParticipantMessages messages;
    private final Audiences audiences;
    private final ActivityDrafts drafts;
    private final TableExport export;
    private final Clock clock;

    MessagePages(ParticipantMessages messages, Audiences audiences, ActivityDrafts drafts, TableExport export, Clock clock) {
        this.messages = messages;
        this.audiences = audiences;
        this.drafts = drafts;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/admin/meddelanden")
    String list(@RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "typ", required = false) String kind,
                @RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "sida", required = false) String page,
                Model model) {
        MessageFilter filter = MessageFilter.of(status, kind, query);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("statuses", ParticipantMessage.Status.values());
        model.addAttribute("kinds", Audience.Kind.values());
        model.addAttribute("result", messages.search(filter, Paged.pageNumber(page), PAGE_SIZE));
        return "room/message-list";
    }

    @GetMapping("/admin/meddelanden/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "status", required = false) String status,
                                  @RequestParam(name = "typ", required = false) String kind,
                                  @RequestParam(name = "q", required = false) String query,
                                  @RequestParam(name = "format", required = false) String format) {
        List<List<String>> rows = messages.all(MessageFilter.of(status, kind, query)).stream()
                .map(message -> List.of(Long.toString(message.id()), message.audienceKind().label(), message.audienceLabel(),
                        message.subject(), message.status().label(), SwedishTime.iso(message.sendAt()), SwedishTime.iso(message.sentAt()),
                        Integer.toString(message.recipients()), message.sender(), SwedishTime.iso(message.createdAt())))
                .toList();
        return export.download(new ExportTable("meddelanden",
                List.of("Id", "Mottagare", "Nätverk, undergrupp eller aktivitet", "Ämne", "Status", "Skickas", "Skickat", "Antal mottagare",
                        "Avsändare", "Skrivet"), rows), format);
    }

    /**
     * The compose page of the audience named, empty or, with {@code utkast}, filled in with the
     * programme or the invitation of an activity ({@code fran} names one of a network's).
     */
    @GetMapping("/admin/meddelanden/nytt")
    String compose(@RequestParam(name = "natverk", required = false) String network,
                   @RequestParam(name = "aktivitet", required = false) String activity,
                   @RequestParam(name = "undergrupp", required = false) String subGroup,
                   @RequestParam(name = "utkast", required = false) String draft,
                   @RequestParam(name = "fran", required = false) String from,
                   HttpServletResponse response, Model model) {
        Optional<Audience> audience = audience(network, activity, subGroup);
        if (audience.isEmpty() && subGroup != null && network != null) {
            // staff come from a sub-group's page, which a proposal's groups have too
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("message", "Det finns ingen bekräftad undergrupp med det numret i nätverket. "
                    + "Bekräfta indelningen först; sedan kan du skriva till gruppen.");
            return "room/message-choose";
        }
        if (audience.isEmpty() && (network != null || activity != null || subGroup != null)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (audience.isEmpty()) {
            return "room/message-choose";
        }
        MessageForm form = MessageForm.empty(SecretTokens.newToken());
        Optional<ActivityDrafts.Kind> kind = ActivityDrafts.Kind.parse(draft);
        if (kind.isPresent()) {
            Activity source = drafts.source(audience.get(), from).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            return page(audience.get(), drafts.draft(kind.get(), source, form.submissionKey()), source, model);
        }
        return page(audience.get(), form, model);
    }

    /**
     * The compose form's three buttons: a preview and a test send come back to the form as typed;
     * sending (now or scheduled) goes to the message.
     */
    @PostMapping("/admin/meddelanden/nytt")
    String submit(@RequestParam(name = "natverk", required = false) String network,
                  @RequestParam(name = "aktivitet", required = false) String activity,
                  @RequestParam(name = "undergrupp", required = false) String subGroup,
                  @RequestParam(name = "atgard", defaultValue = "") String action,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Audience audience = audience(network, activity, subGroup).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        MessageForm form = new MessageForm(value(request, "subject"), value(request, "body"), value(request, "sendAt"),
                value(request, "submissionKey"));
        FormErrors errors = form.validate(clock.instant());
        if (errors.isEmpty() && "skicka".equals(action)) {
            Optional<ParticipantMessage> earlier = messages.find(form.submissionKey());
            if (earlier.isPresent()) {
                return "redirect:/admin/meddelanden/" + earlier.get().id();
            }
            if (messages.sentBefore(audience, form, SignedInUser.actor(request))) {
                errors.add("subject", "Du har redan skickat det här meddelandet till samma mottagare.");
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.asMap());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(audience, form, model);
        }
        SignedInUser staff = SignedInUser.current().orElseThrow();
        switch (action) {
            case "forhandsgranska" -> {
                List<Audiences.Recipient> recipients = audiences.recipients(audience);
                String name = recipients.isEmpty() ? staff.displayName() : recipients.getFirst().name();
                model.addAttribute("preview", messages.preview(audience, form.subject().strip(), form.body().strip(), name));
                model.addAttribute("previewName", name);
                return page(audience, form, model);
            }
            case "testa" -> {
                messages.sendTest(audience, form, staff.email(), staff.displayName());
                model.addAttribute("message", "Ett testmeddelande är skickat till " + staff.email() + ". Ingen annan fick det.");
                return page(audience, form, model);
            }
            case "skicka" -> {
                long id = messages.submit(audience, form, SignedInUser.actor(request));
                redirect.addFlashAttribute("message", form.isScheduled()
                        ? "Meddelandet är schemalagt och skickas " + SwedishTime.format(form.scheduledFor(), "d MMMM yyyy HH:mm") + "."
                        : "Meddelandet är skickat. Här ser du hur det går för varje mottagare.");
                return "redirect:/admin/meddelanden/" + id;
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/admin/meddelanden/{messageId}")
    String message(@PathVariable String messageId, Model model) {
        ParticipantMessage message = existing(messageId);
        model.addAttribute("sent", message);
        model.addAttribute("deliveries", messages.deliveries(message));
        return "room/message";
    }

    @PostMapping("/admin/meddelanden/{messageId}/stoppa")
    String cancel(@PathVariable String messageId, HttpServletRequest request, RedirectAttributes redirect) {
        ParticipantMessage message = existing(messageId);
        redirect.addFlashAttribute("message", messages.cancel(message, SignedInUser.actor(request))
                ? "Meddelandet är stoppat och skickas inte."
                : "Meddelandet kunde inte stoppas: det har redan skickats eller stoppats.");
        return "redirect:/admin/meddelanden/" + message.id();
    }

    private String page(Audience audience, MessageForm form, Model model) {
        return page(audience, form, null, model);
    }

    /** @param source the activity the text was filled in from, if any */
    private String page(Audience audience, MessageForm form, Activity source, Model model) {
        model.addAttribute("audience", audience);
        model.addAttribute("recipientCount", audiences.recipients(audience).size());
        model.addAttribute("form", form);
        model.addAttribute("subGroups", audience instanceof Audience.OfNetwork ofNetwork ? audiences.subGroupsOf(ofNetwork) : List.of());
        model.addAttribute("draftSources", switch (audience) {
            case Audience.OfNetwork ofNetwork -> drafts.upcoming(ofNetwork.id());
            case Audience.OfSubGroup ofSubGroup -> drafts.upcoming(ofSubGroup.network().id());
            case Audience.OfActivity ofActivity -> List.of(ofActivity.activity());
        });
        Activity shown = source == null && audience instanceof Audience.OfActivity ofActivity ? ofActivity.activity() : source;
        model.addAttribute("source", shown);
        model.addAttribute("automatic", shown == null ? null : drafts.automatic(shown));
        return "room/message-compose";
    }

    /** The audience named in the address: a network, a sub-group of a network or an activity, by id. */
    private Optional<Audience> audience(String network, String activity, String subGroup) {
        if (subGroup != null) {
            return network != null && network.matches(ID) && subGroup.matches(ID)
                    ? audiences.find(Audience.Kind.SUBGROUP, Long.parseLong(subGroup), Long.parseLong(network))
                    : Optional.empty();
        }
        if (network != null && network.matches(ID)) {
            return audiences.find(Audience.Kind.NETWORK, Long.parseLong(network), null);
        }
        if (activity != null && activity.matches(ID)) {
            return audiences.find(Audience.Kind.ACTIVITY, Long.parseLong(activity), null);
        }
        return Optional.empty();
    }

    private ParticipantMessage existing(String id) {
        return Optional.of(id).filter(value -> value.matches(ID)).flatMap(value -> messages.find(Long.parseLong(value)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
