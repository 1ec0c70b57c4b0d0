package se.arena.activity.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.arena.Paged;
import se.arena.activity.Activity;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.ActivityDocument;
import se.arena.activity.ActivityDocuments;
import se.arena.activity.ActivityFilter;
import se.arena.activity.ActivityFormat;
import se.arena.activity.ActivityKind;
import se.arena.activity.CalendarEntries;
import se.arena.activity.Eligibility;
import se.arena.activity.ScheduledActivity;
import se.arena.activity.SignUp;
import se.arena.activity.SignUps;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkFilter;

/**
 * The public activity calendar ("Planerade aktiviteter"), each activity's page and the calendar
 * feeds. Activities are public records, so their pages are addressed as {activity} rather than
 * an *Id variable: what is personal on them (a sign-up, the meeting link) is found through the
 * signed-in person or a secret link, never through the address.
 */
@Controller
class ActivityPages {

    static final int PAGE_SIZE = 20;
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ActivityCatalogue catalogue;
    private final NetworkCatalogue networks;
    private final SignUps signUps;
    private final Eligibility eligibility;
    private final CalendarEntries calendarEntries;
    private final ActivityDocuments documents;
    private final Clock clock;

    ActivityPages(ActivityCatalogue catalogue, NetworkCatalogue networks, SignUps signUps, Eligibility eligibility,
                  CalendarEntries calendarEntries, ActivityDocuments documents, Clock clock) {
        this.documents = documents;
        this.catalogue = catalogue;
        this.networks = networks;
        this.signUps = signUps;
        this.eligibility = eligibility;
        this.calendarEntries = calendarEntries;
        this.clock = clock;
    }

    @GetMapping("/aktiviteter")
    String calendar(@RequestParam(name = "natverk", required = false) String network,
                    @RequestParam(name = "typ", required = false) String kind,
                    @RequestParam(name = "format", required = false) String format,
                    @RequestParam(name = "tidigare", required = false) String past,
                    @RequestParam(name = "sida", required = false) String page, Model model) {
        ActivityFilter filter = ActivityFilter.of(network, kind, format, past);
        Paged<ScheduledActivity> result = catalogue.calendar(filter, Paged.pageNumber(page), PAGE_SIZE);
        Map<Long, Network> publicNetworks = publicNetworks();
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("networks", publicNetworks);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("formats", ActivityFormat.values());
        model.addAttribute("chosenNetwork", filter.networkId() == null ? null : publicNetworks.get(filter.networkId()));
        return "activity/calendar";
    }

    @GetMapping("/aktiviteter/{activity:\\d{1,18}}")
    String activity(@PathVariable long activity, Model model) {
        Activity shown = catalogue.findPublic(activity).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<SignedInUser> user = SignedInUser.current();
        Optional<SignUp> mine = user.flatMap(person -> signUps.activeOf(shown, person.email()));
        Map<Long, Network> publicNetworks = publicNetworks();
        model.addAttribute("activity", shown);
        model.addAttribute("demand", catalogue.demand(shown));
        model.addAttribute("now", clock.instant());
        model.addAttribute("activityNetworks", shown.networkIds().stream().map(publicNetworks::get)
                .filter(java.util.Objects::nonNull).toList());
        Eligibility.Entitlement entitlement = eligibility.of(shown, user);
        model.addAttribute("entitlement", entitlement);
        model.addAttribute("documents", ActivityDocuments.mayRead(shown, entitlement, user.map(SignedInUser::isStaff).orElse(false),
                mine.isPresent()) ? documents.shownFor(shown) : List.of());
        mine.ifPresent(signUp -> {
            model.addAttribute("signUp", signUp);
            se.arena.activity.Occasion occasion = catalogue.findOccasion(shown, signUp.occasionId()).orElseThrow();
            model.addAttribute("signUpOccasion", occasion);
            model.addAttribute("cancellable", occasion.takesSignUps(clock.instant()));
            model.addAttribute("meetingLink", signUps.linkFor(shown, signUp).orElse(null));
        });
        return "activity/activity";
    }

    /** A document, for the people the activity is for (an anonymous visitor is sent to sign in). */
    @GetMapping("/aktiviteter/{activity:\\d{1,18}}/dokument/{document:\\d{1,18}}")
    ResponseEntity<byte[]> document(@PathVariable long activity, @PathVariable long document) {
        Activity shown = catalogue.findPublic(activity).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<SignedInUser> user = SignedInUser.current();
        boolean signedUp = user.flatMap(person -> signUps.activeOf(shown, person.email())).isPresent();
        if (!ActivityDocuments.mayRead(shown, eligibility.of(shown, user), user.map(SignedInUser::isStaff).orElse(false), signedUp)) {
            throw new AccessDeniedException("The activity's documents are for its participants");
        }
        return download(documents, shown, document);
    }

    /** A document as a download: never shown inline, so a file cannot act as a page of the site. */
    static ResponseEntity<byte[]> download(ActivityDocuments documents, Activity activity, long documentId) {
        ActivityDocument found = documents.find(activity, documentId).filter(document -> !document.withdrawn())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(found.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(documents.content(found));
    }

    /** The activities open to all, for calendar programs to subscribe to. */
    @GetMapping("/aktiviteter/kalender.ics")
    ResponseEntity<String> publicFeed() {
        return ResponseEntity.ok().contentType(CALENDAR)
                .body(calendarEntries.feed("Arena: öppna aktiviteter", catalogue.feed(null)));
    }

    /** One network's meetings and webcasts. */
    @GetMapping("/natverk/{slug}/aktiviteter.ics")
    ResponseEntity<String> networkFeed(@PathVariable String slug) {
        Network network = networks.publicInvitation(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
                .network();
        return ResponseEntity.ok().contentType(CALENDAR)
                .body(calendarEntries.feed("Arena: " + network.title(), catalogue.feed(network.id())));
    }

    /** The networks the public may see, by id, for filters and for naming an activity's networks. */
    private Map<Long, Network> publicNetworks() {
        List<Network> all = networks.publicNetworks(NetworkFilter.of(null, null, null));
        return all.stream().collect(Collectors.toMap(Network::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
