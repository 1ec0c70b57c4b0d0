package se.arena.web;

import org.junit.jupiter.api.Test;

import se.arena.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class WebShellBrowserTest extends BrowserTestSupport {

    @Test
    void informationAndErrorPagesPassAxeOnDesktopAndAt320Pixels() {
        String[] paths = {"/", "/tillganglighet", "/integritet", "/finns-inte", "/test/krasch"};
        for (int width : new int[] {1280, 320}) {
            page.setViewportSize(width, 800);
            for (String path : paths) {
                open(path);
                assertThat(page.locator("html")).hasAttribute("lang", "sv");
                assertThat(scrollsSideways()).as(path + " at " + width + " px").isFalse();
                assertNoAccessibilityViolations();
            }
        }
    }
}
