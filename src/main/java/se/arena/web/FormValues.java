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

    /** An optional field as it is stored: stripped, and null when nothing was typed. */
    public static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A stored optional value as a form shows it: empty text instead of null. */
    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
