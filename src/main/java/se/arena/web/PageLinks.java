package se.arena.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that keep what a list is filtered by: the pager's next page, or the same list as a
 * download. Templates call it as {@code @pageLinks}, so no page has to repeat its filter
 * parameters in every link.
 */
@Component("pageLinks")
public class PageLinks {

    /** The current page of the list with another page number. */
    public String page(int page) {
        return with(currentRequest().getRequestURI(), "sida", page);
    }

    /** The current list as an Excel download: every list exports at its address + "/export". */
    public String xlsx() {
        return export("", "xlsx");
    }

    /** The current list as a CSV download. */
    public String csv() {
        return export("", "csv");
    }

    /** One of several lists on the page as an Excel download: each exports at the page's address + "/" + list + "/export". */
    public String xlsx(String list) {
        return export("/" + list, "xlsx");
    }

    /** One of several lists on the page as a CSV download. */
    public String csv(String list) {
        return export("/" + list, "csv");
    }

    private static String export(String list, String format) {
        return with(currentRequest().getRequestURI() + list + "/export", "format", format);
    }

    private static String with(String path, String name, Object value) {
        return UriComponentsBuilder.fromPath(path)
                .query(currentRequest().getQueryString())
                .replaceQueryParam("sida")
                .replaceQueryParam(name, value)
                .build()
                .toUriString();
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
