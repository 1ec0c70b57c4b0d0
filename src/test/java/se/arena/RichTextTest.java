package se.arena;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

    @Test
    void keepsTheTagsOfAnInvitation() {
        RichText text = RichText.sanitise("<p>Två <strong>heldagar</strong> per år:</p><ul><li>Zoom</li></ul>");
        assertThat(text.html()).isEqualTo("<p>Två <strong>heldagar</strong> per år:</p><ul><li>Zoom</li></ul>");
    }

    @Test
    void removesScriptsHandlersAndJavascriptLinks() {
        RichText text = RichText.sanitise(
                "<p onclick=\"steal()\">Hej<script>alert(1)</script></p><a href=\"javascript:alert(1)\">länk</a>");
        assertThat(text.html()).doesNotContain("script", "onclick", "javascript").contains("Hej", "länk");
    }
}
