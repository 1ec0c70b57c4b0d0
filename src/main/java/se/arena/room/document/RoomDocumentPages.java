package se.arena.room.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.Paged;
import se.arena.activity.ActivityDocument;
import se.arena.identity.RateLimits;
import se.arena.identity.SignedInUser;
import se.arena.room.RoomAccess;
import se.arena.room.RoomMember;
import se.arena.room.RoomSubGroup;
import se.arena.web.FormErrors;

import static se.arena.web.FormValues.value;

/**
 * The room's documents: the list with its meeting folders and upload form, a document's page with
 * its versions, downloads, and removal. Every route first asks {@link RoomAccess} whether the
 * person may enter the room (anyone else gets "not found"), and a document is only ever looked up
 * within that room.
 */
@Controller
class RoomDocumentPages {

    /** Enough to share a meeting's papers, too few for a script to fill the database. */
    private static final int UPLOADS_PER_WINDOW = 20;
    private static final Duration UPLOAD_WINDOW = Duration.ofHours(1);
    private static final String SECTION = "documents";

    private final RoomAccess access;
    private final RoomDocuments documents;
    private final RateLimits rateLimits;

    RoomDocumentPages(RoomAccess access, RoomDocuments documents, RateLimits rateLimits) {
        this.access = access;
        this.documents = documents;
        this.rateLimits = rateLimits;
    }

    @GetMapping("/rum/{roomId:\\d{1,18}}/dokument")
    String list(@PathVariable("roomId") long networkId, @RequestParam(name = "mote", required = false) String meeting,
                @RequestParam(name = "grupp", required = false) String group, @RequestParam(name = "sida", required = false) String page,
                Model model) {
        RoomMember member = access.enterPage(networkId, model, SECTION);
        model.addAttribute("group", access.scope(member).named(group).orElse(null));
        List<MeetingFolder> folders = documents.folders(member);
        boolean inFolder = meeting != null && !meeting.isBlank();
        MeetingFolder folder = !inFolder ? null : folders.stream().filter(shown -> meeting.equals(Long.toString(shown.activityId())))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return listPage(member, folders, folder, Paged.pageNumber(page), UploadForm.empty(inFolder ? meeting : ""), model);
    }

    @PostMapping("/rum/{roomId:\\d{1,18}}/dokument")
    String upload(@PathVariable("roomId") long networkId, @RequestParam(name = "file", required = false) MultipartFile file,
                  HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        RoomMember member = access.enterPage(networkId, model, SECTION);
        Optional<RoomSubGroup> group = access.scope(member).named(request.getParameter("grupp"));
        model.addAttribute("group", group.orElse(null));
        UploadForm form = new UploadForm(value(request, "title"), value(request, "meeting"), value(request, "submissionKey"));
        FormErrors errors = form.validate();
        if (errors.isEmpty() && form.meetingId() != null && !documents.isMeetingOf(member, form.meetingId())) {
            errors.add("meeting", "Välj ett möte i listan.");
        }
        NewFile chosen = checked(file, errors);
        refuseWhenTooMany(member, errors, response);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.asMap());
            List<MeetingFolder> folders = documents.folders(member);
            return listPage(member, folders, null, 1, form, model);
        }
        String title = form.title().isBlank() ? titleOf(chosen.name()) : form.title().strip();
        try {
            long id = documents.upload(member, title, form.meetingId(), group.map(RoomSubGroup::id).orElse(null), chosen, form.submissionKey());
            return "redirect:/rum/" + networkId + "/dokument/" + id;
        } catch (DuplicateKeyException sameFormSubmittedAtOnce) {
            return "redirect:/rum/" + networkId + "/dokument";
        }
    }

    @GetMapping("/rum/{roomId:\\d{1,18}}/dokument/{documentId:\\d{1,18}}")
    String document(@PathVariable("roomId") long networkId, @PathVariable long documentId, Model model) {
        RoomMember member = access.enterPage(networkId, model, SECTION);
        return documentPage(member, document(member, documentId), UploadForm.empty(""), model);
    }

    @PostMapping("/rum/{roomId:\\d{1,18}}/dokument/{documentId:\\d{1,18}}/versioner")
    String addVersion(@PathVariable("roomId") long networkId, @PathVariable long documentId,
                      @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
                      HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
        RoomMember member = access.enterPage(networkId, model, SECTION);
        RoomDocument document = document(member, documentId);
        if (!documents.mayChange(member, document)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        UploadForm form = new UploadForm("", "", value(request, "submissionKey"));
        FormErrors errors = form.validate();
        NewFile chosen = checked(file, errors);
        refuseWhenTooMany(member, errors, response);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.asMap());
            return documentPage(member, document, form, model);
        }
        try {
            if (documents.addVersion(member, document, chosen, form.submissionKey())) {
                redirect.addFlashAttribute("message", "Den nya versionen är sparad. De tidigare finns kvar.");
            }
        } catch (DuplicateKeyException sameFormSubmittedAtOnce) {
            // the other submit of the form stored the version
        }
        return "redirect:/rum/" + networkId + "/dokument/" + documentId;
    }

    /** A version as a download, never shown inline, so that a file cannot act as a page of the site. */
    @GetMapping("/rum/{roomId:\\d{1,18}}/dokument/{documentId:\\d{1,18}}/versioner/{versionId:\\d{1,18}}")
    ResponseEntity<byte[]> download(@PathVariable("roomId") long networkId, @PathVariable long documentId, @PathVariable long versionId) {
        RoomMember member = access.enter(networkId);
        RoomDocument document = document(member, documentId);
        DocumentVersion version = documents.version(document, versionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return attachment(version.fileName(), version.contentType(), documents.content(version));
    }

    /** Documentation staff attached to one of the network's meetings, as members of its room download it. */
    @GetMapping("/rum/{roomId:\\d{1,18}}/motesdokument/{meetingDocumentId:\\d{1,18}}")
    ResponseEntity<byte[]> meetingDocument(@PathVariable("roomId") long networkId, @PathVariable long meetingDocumentId) {
        RoomMember member = access.enter(networkId);
        ActivityDocument document = documents.meetingDocument(member, meetingDocumentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return attachment(document.fileName(), document.contentType(), documents.content(document));
    }

    @PostMapping("/rum/{roomId:\\d{1,18}}/dokument/{documentId:\\d{1,18}}/ta-bort")
    String remove(@PathVariable("roomId") long networkId, @PathVariable long documentId, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        RoomMember member = access.enterPage(networkId, model, SECTION);
        RoomDocument document = document(member, documentId);
        if (!documents.mayChange(member, document)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        documents.remove(member, document, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Dokumentet " + document.title() + " är borttaget ur rummet.");
        return "redirect:/rum/" + networkId + "/dokument";
    }

    private String listPage(RoomMember member, List<MeetingFolder> folders, MeetingFolder folder, int page, UploadForm form, Model model) {
        Paged<RoomDocument> shown = documents.page(member, folder == null ? null : folder.activityId(), page);
        model.addAttribute("documents", shown);
        model.addAttribute("folders", folders);
        model.addAttribute("folder", folder);
        model.addAttribute("form", form);
        model.addAttribute("allowedKinds", FileContent.allowedKinds());
        return "room/documents";
    }

    private String documentPage(RoomMember member, RoomDocument document, UploadForm form, Model model) {
        model.addAttribute("document", document);
        model.addAttribute("folder", document.activityId() == null ? null : documents.folders(member).stream()
                .filter(folder -> folder.activityId() == document.activityId()).findFirst().orElse(null));
        model.addAttribute("versions", documents.versions(document));
        model.addAttribute("mayChange", documents.mayChange(member, document));
        model.addAttribute("form", form);
        model.addAttribute("allowedKinds", FileContent.allowedKinds());
        return "room/document";
    }

    private RoomDocument document(RoomMember member, long documentId) {
        return documents.find(member, documentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The chosen file once it passes the checks; otherwise its problem is added next to the file field. */
    private static NewFile checked(MultipartFile file, FormErrors errors) throws IOException {
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            errors.add("file", "Välj en fil att ladda upp.");
            return null;
        }
        if (file.getSize() > ActivityDocument.MAX_SIZE) {
            errors.add("file", "Filen är för stor (" + ActivityDocument.sizeLabel(file.getSize()) + "). Den får vara högst "
                    + ActivityDocument.sizeLabel(ActivityDocument.MAX_SIZE) + ".");
            return null;
        }
        NewFile.Result result = NewFile.of(file.getOriginalFilename(), file.getBytes());
        if (result.problem() != null) {
            errors.add("file", result.problem());
        }
        return result.file();
    }

    private void refuseWhenTooMany(RoomMember member, FormErrors errors, HttpServletResponse response) {
        if (errors.isEmpty() && !rateLimits.tryAcquire("room-document:" + member.email(), UPLOADS_PER_WINDOW, UPLOAD_WINDOW)) {
            errors.add("file", "Du har laddat upp många filer på kort tid. Vänta en stund och försök sedan igen.");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        } else if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
    }

    /** "Protokoll mars.pdf" is titled "Protokoll mars" when nothing else was typed. */
    private static String titleOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String title = dot > 0 ? fileName.substring(0, dot) : fileName;
        return title.length() > RoomDocument.MAX_TITLE_LENGTH ? title.substring(0, RoomDocument.MAX_TITLE_LENGTH) : title;
    }

    /** RFC 6266 with an RFC 5987 {@code filename*} for names beyond ASCII; nosniff so no browser guesses a page from the bytes. */
    private static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
