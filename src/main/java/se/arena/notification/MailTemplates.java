package se.arena.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import se.arena.web.ArenaDialect;

/**
 * Renders e-mail templates from {@code templates/mail/}: {@code name.txt} as plain text and
 * {@code name.html} as HTML. A template engine of its own, because the web one only knows HTML
 * pages, and a text body must not be HTML-escaped.
 */
@Component
class MailTemplates {

    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        engine.setTemplateResolvers(Set.of(
                resolver("mail/*.txt", TemplateMode.TEXT, 1),
                resolver("mail/*.html", TemplateMode.HTML, 2)));
        engine.addDialect(new ArenaDialect());
    }

    Rendered render(String template, Map<String, Object> model) {
        if (template == null || !TEMPLATE_NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Not a mail template name: " + template);
        }
        for (String extension : new String[] {".txt", ".html"}) {
            if (!new ClassPathResource("templates/mail/" + template + extension).exists()) {
                throw new IllegalArgumentException("Missing mail template templates/mail/" + template + extension);
            }
        }
        Context context = new Context(SWEDISH, model);
        return new Rendered(
                engine.process("mail/" + template + ".txt", context),
                engine.process("mail/" + template + ".html", context));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    record Rendered(String text, String html) {
    }
}
