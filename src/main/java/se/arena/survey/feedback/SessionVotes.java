package se.arena.survey.feedback;

import java.util.LinkedHashSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The pages this browser session has answered for, so that a second answer on the same page is
 * not counted and the page thanks instead of asking. Kept in the session that the answer form's
 * CSRF token starts: a visitor who only reads gets no session (sessions live in the database),
 * and the public pages only look for a session that is already there. The latest
 * {@value #MAX_PAGES} pages are kept, so that a session stays small.
 */
final class SessionVotes {

    private static final String ATTRIBUTE = SessionVotes.class.getName();
    private static final int MAX_PAGES = 100;

    private SessionVotes() {
    }

    static boolean hasAnswered(HttpServletRequest request, PageKey page) {
        HttpSession session = request.getSession(false);
        return session != null && pages(session).contains(page.path());
    }

    static void remember(HttpServletRequest request, PageKey page) {
        HttpSession session = request.getSession();
        LinkedHashSet<String> pages = pages(session);
        pages.remove(page.path());
        pages.add(page.path());
        while (pages.size() > MAX_PAGES) {
            pages.remove(pages.iterator().next());
        }
        // set again, not only changed in place: a session stored in the database saves what is set
        session.setAttribute(ATTRIBUTE, pages);
    }

    private static LinkedHashSet<String> pages(HttpSession session) {
        Object stored = session.getAttribute(ATTRIBUTE);
        LinkedHashSet<String> pages = new LinkedHashSet<>();
        if (stored instanceof LinkedHashSet<?> set) {
            set.forEach(page -> pages.add((String) page));
        }
        return pages;
    }
}
