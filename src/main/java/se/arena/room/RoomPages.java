package se.arena.room;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
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
import se.arena.identity.RateLimits;
import se.arena.identity.SignedInUser;
import se.arena.web.FormErrors;

import static se.arena.web.FormValues.value;

/**
 * A network's room: its start page, threads and posts. Every route first asks
 * {@link RoomAccess} whether the signed-in person may enter; anyone who may not gets "not found".
 */
@Controller
class RoomPages {

    /** Enough for a lively discussion, too few for a script to flood a room. */
    private static final int POSTS_PER_WINDOW = 10;
    private static final Duration POST_WINDOW = Duration.ofMinutes(10);

    private final RoomAccess access;
    private final Rooms rooms;
    private final RateLimits rateLimits;
    private final List<StartPageSection> startSections;

    RoomPages(RoomAccess access, Rooms rooms, RateLimits rateLimits, List<StartPageSection> startSections) {
        this.access = access;
        this.rooms = rooms;
        this.rateLimits = rateLimits;
        this.startSections = startSections;
    }

    @GetMapping("/rum/{roomId:\\d{1,18}}")
    String start(@PathVariable("roomId") long networkId, Model model) {
        RoomMember member = enter(networkId, model, "start");
        model.addAttribute("start", rooms.start(member));
        startSections.forEach(section -> model.addAttribute(section.attribute(), section.contentFor(member)));
        return "room/start";
    }

    @GetMapping("/rum/{roomId:\\d{1,18}}/tradar")
    String threads(@PathVariable("roomId") long networkId, @RequestParam(name = "sida", required = false) String page, Model model) {
        RoomMember member = enter(networkId, model, "threads");
        model.addAttribute("threads", rooms.threads(member, Paged.pageNumber(page)));
        return "room/threads";
    }

    /** The new-thread form; with {@code grupp}, for a thread of that sub-group, which only its members and staff may start. */
    @GetMapping("/rum/{roomId:\\d{1,18}}/tradar/ny")
    String newThread(@PathVariable("roomId") long networkId, @RequestParam(name = "grupp", required = false) String group, Model model) {
        RoomMember member = enter(networkId, model, "threads");
        model.addAttribute("group", group(member, group).orElse(null));
        model.addAttribute("form", new ThreadForm("", "", SecretTokens.newToken()));
        return "room/new-thread";
    }

    @PostMapping("/rum/{roomId:\\d{1,18}}/tradar")
    String startThread(@PathVariable("roomId") long networkId, HttpServletRequest request, HttpServletResponse response, Model model) {
        RoomMember member = enter(networkId, model, "threads");
        Optional<RoomSubGroup> group = group(member, request.getParameter("grupp"));
        model.addAttribute("group", group.orElse(null));
        ThreadForm form = new ThreadForm(value(request, "title"), value(request, "body"), value(request, "submissionKey"));
        FormErrors errors = form.validate();
        if (errors.isEmpty() && !mayPost(member)) {
            errors.add("body", tooManyPosts());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        } else if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.asMap());
            model.addAttribute("form", form);
            return "room/new-thread";
        }
        try {
            long threadId = rooms.startThread(member, group.map(RoomSubGroup::id).orElse(null), form.title().strip(), form.body().strip(),
                    form.submissionKey());
            return "redirect:/rum/" + networkId + "/tradar/" + threadId;
        } catch (DuplicateKeyException sameFormSubmittedAtOnce) {
            return "redirect:/rum/" + networkId + "/tradar";
        }
    }

    @GetMapping("/rum/{roomId:\\d{1,18}}/tradar/{threadId:\\d{1,18}}")
    String thread(@PathVariable("roomId") long networkId, @PathVariable long threadId, Model model) {
        RoomMember member = enter(networkId, model, "threads");
        RoomThread thread = thread(member, threadId);
        List<Post> posts = rooms.posts(thread);
        threadPage(member, thread, posts, new PostForm("", SecretTokens.newToken()), model);
        rooms.markRead(member, posts);
        return "room/thread";
    }

    @PostMapping("/rum/{roomId:\\d{1,18}}/tradar/{threadId:\\d{1,18}}")
    String reply(@PathVariable("roomId") long networkId, @PathVariable long threadId, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        RoomMember member = enter(networkId, model, "threads");
        RoomThread thread = thread(member, threadId);
        PostForm form = new PostForm(value(request, "body"), value(request, "submissionKey"));
        FormErrors errors = form.validate();
        if (errors.isEmpty() && !mayPost(member)) {
            errors.add("body", tooManyPosts());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        } else if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.asMap());
            threadPage(member, thread, rooms.posts(thread), form, model);
            return "room/thread";
        }
        try {
            rooms.reply(member, thread, form.body().strip(), form.submissionKey());
        } catch (DuplicateKeyException sameFormSubmittedAtOnce) {
            // the other submit of the form posted it
        }
        return "redirect:/rum/" + networkId + "/tradar/" + threadId + "#svar";
    }

    @GetMapping("/rum/{roomId:\\d{1,18}}/inlagg/{postId:\\d{1,18}}/andra")
    String editForm(@PathVariable("roomId") long networkId, @PathVariable long postId, Model model) {
        RoomMember member = enter(networkId, model, "threads");
        Post post = editable(member, postId);
        model.addAttribute("post", post);
        model.addAttribute("open", rooms.mayEdit(member, post));
        model.addAttribute("form", new PostForm(post.body(), SecretTokens.newToken()));
        return "room/edit-post";
    }

    @PostMapping("/rum/{roomId:\\d{1,18}}/inlagg/{postId:\\d{1,18}}/andra")
    String edit(@PathVariable("roomId") long networkId, @PathVariable long postId, HttpServletRequest request, HttpServletResponse response,
                Model model, RedirectAttributes redirect) {
        RoomMember member = enter(networkId, model, "threads");
        Post post = editable(member, postId);
        PostForm form = new PostForm(value(request, "body"), value(request, "submissionKey"));
        FormErrors errors = form.validate();
        if (errors.isEmpty() && !rooms.edit(member, post, form.body().strip())) {
            errors.add("body", "Tiden för att ändra inlägget har gått ut. Skriv gärna ett nytt inlägg i stället.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", errors.asMap());
            model.addAttribute("post", post);
            model.addAttribute("open", true);
            model.addAttribute("form", form);
            return "room/edit-post";
        }
        redirect.addFlashAttribute("message", "Inlägget är ändrat.");
        return "redirect:/rum/" + networkId + "/tradar/" + post.threadId() + "#inlagg-" + postId;
    }

    @PostMapping("/rum/{roomId:\\d{1,18}}/inlagg/{postId:\\d{1,18}}/dolj")
    String hide(@PathVariable("roomId") long networkId, @PathVariable long postId, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        RoomMember member = enter(networkId, model, "threads");
        Post post = rooms.post(member, postId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!member.isStaff()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        boolean hidden = rooms.hide(member, post, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", hidden ? "Inlägget är dolt." : "Inlägget var redan dolt.");
        return "redirect:/rum/" + networkId + "/tradar/" + post.threadId() + "#inlagg-" + postId;
    }

    private void threadPage(RoomMember member, RoomThread thread, List<Post> posts, PostForm form, Model model) {
        model.addAttribute("thread", thread);
        model.addAttribute("posts", posts);
        model.addAttribute("editable", posts.stream().filter(post -> rooms.mayEdit(member, post)).map(Post::id).toList());
        model.addAttribute("form", form);
    }

    private RoomMember enter(long networkId, Model model, String section) {
        return access.enterPage(networkId, model, section);
    }

    /** The sub-group a form names, if any; 404 for a group the member is not in (staff: not one of the network's current groups). */
    private Optional<RoomSubGroup> group(RoomMember member, String group) {
        return access.scope(member).named(group);
    }

    private RoomThread thread(RoomMember member, long threadId) {
        return rooms.thread(member, threadId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Only the author's own post, and only within the edit window: anything else is not found. */
    private Post editable(RoomMember member, long postId) {
        Post post = rooms.post(member, postId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!post.authorEmail().equals(member.email())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return post;
    }

    private boolean mayPost(RoomMember member) {
        return rateLimits.tryAcquire("room-post:" + member.email(), POSTS_PER_WINDOW, POST_WINDOW);
    }

    private static String tooManyPosts() {
        return "Du har skrivit många inlägg på kort tid. Vänta några minuter och skicka sedan igen; texten finns kvar här.";
    }
}
