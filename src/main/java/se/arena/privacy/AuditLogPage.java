package se.arena.privacy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import se.arena.Paged;
import se.arena.web.ExportTable;
import se.arena.web.SwedishTime;
import se.arena.web.TableExport;

/** The staff admins' view of the audit log: search, page through and export. */
@Controller
class AuditLogPage {

    static final int PAGE_SIZE = 50;
    /** Enough for any audit question; a wider export is narrowed by date instead. */
    static final int EXPORT_LIMIT = 50_000;

    private final AuditLog auditLog;
    private final TableExport tableExport;

    AuditLogPage(AuditLog auditLog, TableExport tableExport) {
        this.auditLog = auditLog;
        this.tableExport = tableExport;
    }

    @GetMapping("/admin/logg")
    String list(@RequestParam(name = "q", required = false) String text,
                @RequestParam(name = "handelse", required = false) String action,
                @RequestParam(name = "fran", required = false) String from,
                @RequestParam(name = "till", required = false) String to,
                @RequestParam(name = "ip", required = false) String ip,
                @RequestParam(name = "sida", required = false) String page,
                Model model) {
        AuditSearch search = AuditSearch.of(text, action, from, to, ip);
        model.addAttribute("search", search);
        model.addAttribute("actions", AuditActions.labels());
        model.addAttribute("exportLimit", EXPORT_LIMIT);
        if (search.valid()) {
            model.addAttribute("result", auditLog.search(search.filter(), Paged.pageNumber(page), PAGE_SIZE));
        }
        return "privacy/audit-log";
    }

    @GetMapping("/admin/logg/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "format", required = false) String format,
                                  @RequestParam(name = "q", required = false) String text,
                                  @RequestParam(name = "handelse", required = false) String action,
                                  @RequestParam(name = "fran", required = false) String from,
                                  @RequestParam(name = "till", required = false) String to,
                                  @RequestParam(name = "ip", required = false) String ip) {
        AuditSearch search = AuditSearch.of(text, action, from, to, ip);
        if (!search.valid()) {
            // A hand-edited export address goes back to the form, where the messages are.
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(formAddress(search)).build();
        }
        List<AuditEntry> entries = auditLog.export(search.filter(), EXPORT_LIMIT);
        return tableExport.download(table(entries), format);
    }

    /** The search page with what was typed, every value strictly encoded ("+" stays a plus). */
    private static URI formAddress(AuditSearch search) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("q", search.text());
        typed.put("handelse", search.action());
        typed.put("fran", search.from());
        typed.put("till", search.to());
        typed.put("ip", search.ip());
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/admin/logg");
        typed.forEach((name, value) -> {
            if (value != null) {
                address.queryParam(name, "{" + name + "}");
            }
        });
        return address.encode().buildAndExpand(typed).toUri();
    }

    private static ExportTable table(List<AuditEntry> entries) {
        List<String> headers = List.of("Tid (svensk tid)", "Händelse", "Händelsekod", "Utförd av",
                "Konto-id", "IP-adress", "Objekttyp", "Objekt-id", "Beskrivning");
        List<List<String>> rows = entries.stream()
                .map(entry -> List.of(
                        SwedishTime.iso(entry.occurredAt()),
                        entry.actionLabel(),
                        entry.action(),
                        entry.actorLabel(),
                        entry.actorAccountId() == null ? "" : entry.actorAccountId().toString(),
                        orEmpty(entry.ipAddress()),
                        orEmpty(entry.subjectType()),
                        orEmpty(entry.subjectId()),
                        orEmpty(entry.details())))
                .toList();
        return new ExportTable("granskningslogg", headers, rows);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
