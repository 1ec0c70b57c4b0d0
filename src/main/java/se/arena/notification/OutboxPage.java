package se.arena.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import se.arena.web.ExportTable;
import se.arena.web.SwedishTime;
import se.arena.web.TableExport;

/** Staff's message log ("Utskick"): every e-mail in the outbox, its status, and sending again. */
@Controller
class OutboxPage {

    private static final int PAGE_SIZE = 50;

    private final OutboxLog log;
    private final OutboxRelay relay;
    private final TableExport export;

    OutboxPage(OutboxLog log, OutboxRelay relay, TableExport export) {
        this.log = log;
        this.relay = relay;
        this.export = export;
    }

    @GetMapping("/admin/utskick")
    String list(@RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "sida", required = false) String page,
                Model model) {
        OutboxFilter filter = OutboxFilter.of(status, query);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("result", log.search(filter, Paged.pageNumber(page), PAGE_SIZE));
        model.addAttribute("canSend", relay.canSend());
        return "notification/list";
    }

    @GetMapping("/admin/utskick/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "status", required = false) String status,
                                  @RequestParam(name = "q", required = false) String query,
                                  @RequestParam(name = "format", required = false) String format) {
        boolean canSend = relay.canSend();
        List<List<String>> rows = log.all(OutboxFilter.of(status, query)).stream()
                .map(message -> List.of(
                        Long.toString(message.id()),
                        SwedishTime.iso(message.createdAt()),
                        message.recipient(),
                        message.subject(),
                        message.statusText(canSend),
                        Integer.toString(message.attempts()),
                        message.waiting() ? SwedishTime.iso(message.nextAttemptAt()) : "",
                        SwedishTime.iso(message.sentAt()),
                        Objects.toString(message.lastError(), ""),
                        message.messageId(),
                        Objects.toString(message.resentFromId(), "")))
                .toList();
        return export.download(new ExportTable("utskick",
                List.of("Id", "Skapat", "Mottagare", "Ämne", "Status", "Försök", "Nästa försök", "Skickat",
                        "Senaste fel", "Message-ID", "Skickat igen från"),
                rows), format);
    }

    @GetMapping("/admin/utskick/{id}")
    String message(@PathVariable String id, Model model) {
        OutboxMessage message = existing(id);
        model.addAttribute("message", message);
        model.addAttribute("textBody", MaskedLinks.forStaff(message.textBody()));
        model.addAttribute("htmlBody", MaskedLinks.forStaff(message.htmlBody()));
        model.addAttribute("resends", log.resendsOf(message.id()));
        model.addAttribute("attachments", log.attachmentsOf(message.id()));
        model.addAttribute("canSend", relay.canSend());
        return "notification/message";
    }

    /**
     * One attachment as it was stored, always as an opaque download: a file is never rendered
     * inside the staff pages, whatever type it claims to be. The page lists its real type.
     */
    @GetMapping("/admin/utskick/{id}/bilagor/{nummer}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String nummer) {
        OutboxMessage message = existing(id);
        MailAttachment file = parseCount(nummer)
                .flatMap(number -> log.attachment(message.id(), number))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @PostMapping("/admin/utskick/{id}/skicka-igen")
    String resend(@PathVariable String id,
                  @RequestParam(name = "tidigare", required = false) String knownResends,
                  RedirectAttributes redirect) {
        OutboxMessage original = existing(id);
        int resendNumber = parseCount(knownResends)
                .orElseGet(() -> log.resendsOf(original.id()).size()) + 1;
        Optional<OutboxMessage> copy = log.resend(original, resendNumber);
        if (copy.isEmpty()) {
            redirect.addFlashAttribute("notice",
                    "Meddelandet hade redan skickats igen, så inget nytt utskick lades till. Se listan nedan.");
            return "redirect:/admin/utskick/" + original.id();
        }
        redirect.addFlashAttribute("notice", relay.canSend()
                ? "Ett nytt utskick till " + original.recipient() + " har lagts i kön och skickas inom kort."
                : "Ett nytt utskick till " + original.recipient() + " har lagts i kön. Det skickas när en "
                        + "e-postserver har konfigurerats.");
        return "redirect:/admin/utskick/" + copy.get().id();
    }

    private OutboxMessage existing(String id) {
        return parseId(id).flatMap(log::find).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id)).filter(value -> value > 0);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> parseCount(String count) {
        try {
            return count == null ? Optional.empty() : Optional.of(Integer.parseInt(count.strip())).filter(n -> n >= 0 && n < 10_000);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
