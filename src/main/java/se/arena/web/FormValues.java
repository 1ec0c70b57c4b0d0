package se.arena.web;

import jakarta.servlet.http.HttpServletRequest;

/** Reads a form field as typed, with a missing field as empty text, so a form can always be shown again. */
public final class FormValues {

    private FormValues() {
    }

    public static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
