package se.arena.survey.feedback;

/**
 * What the public layout shows at the foot of a page: the question, or the thank-you once this
 * browser session has answered for the page.
 *
 * @param page the page's key, sent with the answer
 */
public record Widget(String page, boolean answered) {
}
